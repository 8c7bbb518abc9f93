import { Stack, Table, Text, Title } from "@mantine/core";
import { useQueries, useQuery } from "@tanstack/react-query";
import { lazy, type Ref, Suspense, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { getOrganisation } from "../../../api/records";
import { Loading } from "../../../components/Loading";
import { loadLanguage } from "../../../i18n";
import { directionOf, intlLocale, isLanguage } from "../../../i18n/languages";
import { getIndicator, type IndicatorResult, indicatorKeys, listIndicators } from "../api/indicators";
import { type ReportBlock, type ReportParams, reportAsk, reportAsks, reportSections } from "../hooks/report";
import { blockId, type ReportModel, reportModel, resultKey } from "../hooks/reportModel";
import { IndicatorLanguage, type IndicatorWords, useIndicatorWords } from "../hooks/useIndicatorWords";
import { IndicatorTable } from "./IndicatorTable";
import { IndicatorValue } from "./IndicatorValue";

// the charting library loads with the first chart
const IndicatorChart = lazy(() => import("./IndicatorChart").then((m) => ({ default: m.IndicatorChart })));
const FunnelChart = lazy(() => import("./FunnelChart").then((m) => ({ default: m.FunnelChart })));

/**
 * The report's figures and words: every indicator it shows asked for the quarter and scope, and the model of
 * the report in its language (words from i18n.getFixedT, numbers and dates in its locale). `ready` once every
 * answer has come (or failed).
 */
export function useReport(params: ReportParams): {
  words: IndicatorWords;
  results: ReadonlyMap<string, IndicatorResult | undefined>;
  model: ReportModel;
  ready: boolean;
} {
  const { i18n } = useTranslation();
  const locale = intlLocale(params.lang);
  // the report's words, fetched when its language is not the screen's
  const wordsLoaded = useQuery({
    queryKey: ["catalogue", params.lang],
    queryFn: () => (isLanguage(params.lang) ? loadLanguage(params.lang) : Promise.resolve()).then(() => true),
    staleTime: Infinity,
  });
  // a fixed t reads the catalogue when called: once it is here, the next render has the report's words
  const words = useMemo(
    () => ({ t: i18n.getFixedT(params.lang), language: locale }),
    [i18n, params.lang, locale],
  );
  const catalogue = useQuery({
    queryKey: indicatorKeys.catalogue,
    queryFn: listIndicators,
    staleTime: Infinity,
  });
  const asks = reportAsks();
  const queries = useQueries({
    queries: asks.map((a) => {
      const ask = reportAsk(params, a.by);
      return { queryKey: indicatorKeys.one(a.code, ask), queryFn: () => getIndicator(a.code, ask) };
    }),
  });
  const organisationId = params.scope.kind === "organisation" ? params.scope.id : "";
  const organisation = useQuery({
    queryKey: ["organisations", organisationId],
    queryFn: () => getOrganisation(organisationId),
    enabled: Boolean(organisationId),
  });
  const results = new Map(asks.map((a, i) => [resultKey(a.code, a.by), queries[i]?.data]));
  const { t } = words;
  const name = (code: string) =>
    t(`indicators.names.${code}`, {
      defaultValue: catalogue.data?.items.find((i) => i.code === code)?.name ?? code,
    });
  const first = [...results.values()].find(Boolean);
  const scope =
    params.scope.kind === "country"
      ? t("indicators.report.scope.country", {
          name:
            new Intl.DisplayNames([locale], { type: "region" }).of(params.scope.code) ?? params.scope.code,
        })
      : params.scope.kind === "organisation"
        ? t("indicators.report.scope.namedOrganisation", { name: organisation.data?.name ?? "…" })
        : t(`indicators.report.scope.${first?.scope ?? "deployment"}`);
  const model = reportModel({
    t,
    params,
    dir: directionOf(params.lang),
    locale,
    name,
    results,
    scope,
    now: new Date(),
  });
  const ready =
    !wordsLoaded.isPending &&
    !catalogue.isPending &&
    queries.every((q) => !q.isPending) &&
    (!organisationId || !organisation.isPending);
  return { words, results, model, ready };
}

function FiguresTable({
  codes,
  caption,
  results,
  name,
}: {
  codes: readonly string[];
  caption: string;
  results: ReadonlyMap<string, IndicatorResult | undefined>;
  name: string[];
}) {
  return (
    <Table striped withTableBorder>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Tbody>
        {codes.map((code, i) => {
          const result = results.get(resultKey(code, []));
          return (
            <Table.Tr key={code}>
              <Table.Th scope="row" fw={500}>
                {name[i]}
              </Table.Th>
              <Table.Td>
                {result ? <IndicatorValue unit={result.unit} cell={result.cells[0]} /> : <Loading />}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

function Block({
  block,
  model,
  results,
}: {
  block: ReportBlock;
  model: ReportModel["sections"][number]["blocks"][number];
  results: ReadonlyMap<string, IndicatorResult | undefined>;
}) {
  const { t } = useIndicatorWords();
  if (block.kind === "split") {
    const result = results.get(resultKey(block.code, [block.by]));
    return (
      <div className="hc-report-block">
        <Title order={4} size="h5" mb={4}>
          {model.heading}
        </Title>
        {result ? (
          <Stack gap="xs">
            <div data-report-chart={model.id} className="hc-report-chart">
              <Suspense fallback={<Loading />}>
                <IndicatorChart result={result} name={model.heading ?? ""} />
              </Suspense>
            </div>
            <IndicatorTable result={result} caption={model.table.caption} />
          </Stack>
        ) : (
          <Loading />
        )}
      </div>
    );
  }
  const names = model.table.rows.map((r) => r[0]!);
  return (
    <div className="hc-report-block">
      {block.chart && (
        <div
          role="img"
          aria-label={model.chartAlt ?? ""}
          data-report-chart={model.id}
          className="hc-report-chart"
        >
          <Suspense fallback={<Loading />}>
            <FunnelChart
              data={block.codes.map((code, i) => ({
                step: names[i]!,
                value: results.get(resultKey(code, []))?.cells[0]?.value ?? null,
              }))}
              label={model.table.head[1] ?? ""}
            />
          </Suspense>
        </div>
      )}
      <FiguresTable codes={block.codes} caption={model.table.caption} results={results} name={names} />
      {block.codes.some((code) => results.get(resultKey(code, []))?.cells[0]?.suppressed) && (
        <Text size="sm" c="dimmed">
          {t("indicators.suppressedNote")}
        </Text>
      )}
    </div>
  );
}

/**
 * The report as the page shows and prints it, in its own language and direction: the title block, each
 * section with its charts (each named for screen readers, with the table of its figures beneath), the note
 * on hidden values and the source line.
 */
export function QuarterlyReport({
  ref,
  params,
  report,
}: {
  ref: Ref<HTMLElement>;
  params: ReportParams;
  report: ReturnType<typeof useReport>;
}) {
  const { words, results, model } = report;
  return (
    <IndicatorLanguage.Provider value={words}>
      <article
        ref={ref}
        className="hc-report"
        lang={params.lang}
        dir={model.dir}
        aria-labelledby="hc-report-title"
      >
        <Stack gap={2} mb="md" className="hc-report-block">
          <Title order={2} id="hc-report-title">
            {model.title}
          </Title>
          {model.lines.map((line) => (
            <Text key={line}>{line}</Text>
          ))}
        </Stack>
        {reportSections.map((section, s) => (
          <Stack key={section.key} component="section" aria-labelledby={`hc-report-${section.key}`} mb="lg">
            <Title order={3} id={`hc-report-${section.key}`} className="hc-report-section-title">
              {model.sections[s]!.title}
            </Title>
            {section.blocks.map((block, b) => (
              <Block
                key={blockId(block)}
                block={block}
                model={model.sections[s]!.blocks[b]!}
                results={results}
              />
            ))}
          </Stack>
        ))}
        {model.note && (
          <Text size="sm" c="dimmed">
            {model.note}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {model.source}
        </Text>
      </article>
    </IndicatorLanguage.Provider>
  );
}
