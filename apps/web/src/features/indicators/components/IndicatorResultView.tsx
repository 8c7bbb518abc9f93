import { Anchor, Stack, Text } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Loading } from "../../../components/Loading";
import { QueryState } from "../../../components/QueryState";
import { intlLocale } from "../../../i18n/languages";
import {
  cellAsk,
  getIndicator,
  type IndicatorAsk,
  type IndicatorResult,
  indicatorKeys,
} from "../api/indicators";
import { paramsFrom } from "../hooks/useIndicatorAsk";
import { IndicatorTable } from "./IndicatorTable";
import { IndicatorValue } from "./IndicatorValue";

// the charting library loads with the first chart
const IndicatorChart = lazy(() => import("./IndicatorChart").then((m) => ({ default: m.IndicatorChart })));

/** The period a result covers and how fresh its facts are, as a caption. */
export function useCaption() {
  const { t, i18n } = useTranslation();
  const day = new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: "medium", timeZone: "UTC" });
  const time = new Intl.DateTimeFormat(intlLocale(i18n.language), {
    dateStyle: "medium",
    timeStyle: "short",
  });
  return (result: IndicatorResult, name: string) =>
    t("indicators.caption", {
      name,
      from: day.format(new Date(`${result.from}T00:00:00Z`)),
      to: day.format(new Date(`${result.to}T00:00:00Z`)),
      fresh: result.refreshedAt ? time.format(new Date(result.refreshedAt)) : t("indicators.neverRefreshed"),
    });
}

/**
 * One indicator asked and shown: its chart (when split) and the table behind it, or its value alone; a
 * link leads to the indicator's own page.
 */
export function IndicatorResultView({
  code,
  name,
  ask,
  keep,
  link = true,
}: {
  code: string;
  name: string;
  ask: IndicatorAsk;
  keep?: (key: string) => boolean;
  link?: boolean;
}) {
  const { t } = useTranslation();
  const caption = useCaption();
  const query = useQuery({
    queryKey: indicatorKeys.one(code, ask),
    queryFn: () => getIndicator(code, ask),
    placeholderData: keepPreviousData,
  });
  return (
    <QueryState query={query}>
      {(result) => (
        <Stack gap="xs">
          {result.by.length === 0 ? (
            <Text size="xl" fw={700}>
              <IndicatorValue unit={result.unit} cell={result.cells[0]} />
            </Text>
          ) : (
            <Suspense fallback={<Loading />}>
              <IndicatorChart result={result} name={name} {...(keep ? { keep } : {})} />
            </Suspense>
          )}
          <IndicatorTable
            result={result}
            caption={caption(result, name)}
            {...(keep ? { keep } : {})}
            cellHref={
              result.casesBehind
                ? (keys) =>
                    `/indicators/${code}/cases?${new URLSearchParams(paramsFrom(cellAsk(ask, result.by, keys)))}`
                : undefined
            }
          />
          {link && (
            <Anchor component={Link} to={`/indicators/${code}`} size="sm">
              {t("indicators.open", { name })}
            </Anchor>
          )}
        </Stack>
      )}
    </QueryState>
  );
}
