import { addDaysUtc, toIsoDate } from "@homecoming/domain/dates";
import { useSearchParams } from "react-router";
import {
  type Disaggregation,
  filterParams,
  type IndicatorAsk,
  indicatorDisaggregations,
} from "../api/indicators";

/** The period asked for when none is: the 365 days to today. */
export function defaultPeriod(now = new Date()): { from: string; to: string } {
  return { from: toIsoDate(addDaysUtc(now, -364)), to: toIsoDate(now) };
}

const isSplit = (s: string): s is Disaggregation =>
  (indicatorDisaggregations as readonly string[]).includes(s);

/** The ask as the address holds it: from, to, by=a,b and f.<split>=value, so that a view can be shared. */
export function askFrom(params: URLSearchParams, now = new Date()): IndicatorAsk {
  const period = defaultPeriod(now);
  const filter: IndicatorAsk["filter"] = {};
  for (const [k, v] of params)
    if (k.startsWith("f.") && isSplit(k.slice(2)) && v) filter[k.slice(2) as Disaggregation] = v;
  return {
    from: params.get("from") || period.from,
    to: params.get("to") || period.to,
    by: (params.get("by") ?? "").split(",").filter(isSplit).slice(0, 2),
    filter,
  };
}

export function paramsFrom(ask: IndicatorAsk): Record<string, string> {
  return {
    from: ask.from,
    to: ask.to,
    ...(ask.by.length ? { by: ask.by.join(",") } : {}),
    ...filterParams(ask.filter, (k) => `f.${k}`),
  };
}

/** The ask of the page, kept in the address; a change replaces the entry rather than adding one. */
export function useIndicatorAsk(): [IndicatorAsk, (next: IndicatorAsk) => void] {
  const [params, setParams] = useSearchParams();
  return [askFrom(params), (next) => setParams(paramsFrom(next), { replace: true })];
}
