import { answer, client, type QueryOf, type Schema } from "../../../api/client";

export {
  ageGroups,
  indicatorDisaggregations,
  periodDisaggregations,
  returneeDisaggregations,
} from "@homecoming/domain/values";

export type IndicatorDefinition = Schema<"IndicatorDefinition">;
export type IndicatorResult = Schema<"IndicatorResult">;
export type IndicatorCell = IndicatorResult["cells"][number];
export type Disaggregation = IndicatorDefinition["disaggregations"][number];

/** What an indicator is asked for: a period, up to two splits, filters by split. */
export interface IndicatorAsk {
  from: string;
  to: string;
  by: Disaggregation[];
  filter: Partial<Record<Disaggregation, string>>;
}

export const indicatorKeys = {
  catalogue: ["indicators"] as const,
  one: (code: string, ask: IndicatorAsk) => ["indicators", code, ask] as const,
};

export const listIndicators = () => answer(client.GET("/api/v1/indicators"));

/** The filters of an ask that hold a value, each under the parameter name `name` gives it. */
export function filterParams(filter: IndicatorAsk["filter"], name: (split: string) => string) {
  return Object.fromEntries(
    Object.entries(filter)
      .filter(([, v]) => v)
      .map(([k, v]) => [name(k), v as string]),
  );
}

/**
 * The ask as an indicator can answer it: money (a total) is added up only within one currency, so a total
 * neither split nor filtered by currency is split by it first.
 */
export function answerableAsk(
  definition: Pick<IndicatorDefinition, "unit">,
  ask: IndicatorAsk,
): IndicatorAsk {
  if (definition.unit !== "sum" || ask.by.includes("currency") || ask.filter.currency) return ask;
  return { ...ask, by: (["currency", ...ask.by] as Disaggregation[]).slice(0, 2) };
}

export function getIndicator(code: string, ask: IndicatorAsk) {
  const query = {
    from: ask.from,
    to: ask.to,
    ...(ask.by.length ? { by: ask.by.join(",") } : {}),
    ...filterParams(ask.filter, (k) => `filter[${k}]`),
  } as QueryOf<"/api/v1/indicators/{code}", "get">;
  return answer(client.GET("/api/v1/indicators/{code}", { params: { path: { code }, query } }));
}

/** The cell of a result at these keys (null: the total over that split). */
export function cellAt(result: IndicatorResult, keys: (string | null)[]): IndicatorCell | undefined {
  return result.cells.find((c) => c.keys.length === keys.length && c.keys.every((k, i) => k === keys[i]));
}

/** The distinct keys of one split in a result, in the order the server gave them, totals left out. */
export function keysOf(result: IndicatorResult, split: number): string[] {
  return [...new Set(result.cells.map((c) => c.keys[split]).filter((k): k is string => k != null))];
}

/** Where the published table of an indicator downloads as a file, for the ask on screen. */
export function exportUrl(code: string, ask: IndicatorAsk, format: "csv" | "xlsx"): string {
  const params = new URLSearchParams({
    format,
    from: ask.from,
    to: ask.to,
    ...(ask.by.length ? { by: ask.by.join(",") } : {}),
    ...filterParams(ask.filter, (k) => `filter[${k}]`),
  });
  return `/api/v1/indicators/${encodeURIComponent(code)}/export?${params}`;
}

/** The cases behind a number (a cell's keys given as filters), as the case list pages them. */
export function listCasesBehind(
  code: string,
  ask: IndicatorAsk,
  page: { sort?: string; limit: number; offset: number },
) {
  const query = {
    from: ask.from,
    to: ask.to,
    ...filterParams(ask.filter, (k) => `filter[${k}]`),
    ...page,
  } as QueryOf<"/api/v1/indicators/{code}/cases", "get">;
  return answer(client.GET("/api/v1/indicators/{code}/cases", { params: { path: { code }, query } }));
}

/** A cell's ask: the view's period and filters with the cell's keys added as filters, and no split. */
export function cellAsk(
  ask: IndicatorAsk,
  by: readonly Disaggregation[],
  keys: readonly (string | null)[],
): IndicatorAsk {
  const filter = { ...ask.filter };
  by.forEach((d, i) => {
    const key = keys[i];
    if (key != null) filter[d] = key;
  });
  return { ...ask, by: [], filter };
}
