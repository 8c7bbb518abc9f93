import type { TFunction } from "i18next";
import {
  cellAt,
  type Disaggregation,
  type IndicatorCell,
  type IndicatorResult,
  keysOf,
} from "../api/indicators";
import { formatValue } from "./formatValue";
import { keyLabel } from "./keyLabel";
import { quarterCode, quarterDates, type ReportBlock, type ReportParams, reportSections } from "./report";

/** A table of the report as text: a head, rows, and whether its last row is the total. */
export interface ReportTable {
  caption: string;
  head: string[];
  rows: string[][];
  total: boolean;
}

export interface ReportModelBlock {
  /** where its chart is found on the page (data-report-chart), when it has one */
  id: string;
  heading: string | null;
  chartAlt: string | null;
  table: ReportTable;
}

/** The whole report as words and figures in its language, from which the PDF is made. */
export interface ReportModel {
  lang: string;
  dir: "ltr" | "rtl";
  title: string;
  lines: string[];
  sections: { title: string; blocks: ReportModelBlock[] }[];
  /** the note on hidden values, where one is hidden */
  note: string | null;
  source: string;
  generated: string;
  /** the footer's page numbers, in the report's language */
  page: (page: number, pages: number) => string;
}

export const resultKey = (code: string, by: readonly string[]) => `${code}|${by.join(",")}`;
export const blockId = (block: ReportBlock) =>
  block.kind === "split" ? resultKey(block.code, [block.by]) : block.codes.join("+");

/** A published value as the report writes it: the figure in its language, days named, a dash when hidden. */
export function valueText(
  t: TFunction,
  unit: IndicatorResult["unit"],
  cell: IndicatorCell | undefined,
  locale: string,
) {
  const text = formatValue(unit, cell, locale);
  if (text === null) return "–";
  return unit === "median_days" ? t("indicators.days", { days: text }) : text;
}

/** The dates of a day (2026-07-01) and of a moment, in the report's language. */
export function reportDates(locale: string) {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return {
    day: (iso: string) => day.format(new Date(`${iso}T00:00:00Z`)),
    time: (at: string | Date) => time.format(typeof at === "string" ? new Date(at) : at),
  };
}

/** The quarter as the report names it: "Q3 2026: 1 Jul 2026 to 30 Sep 2026". */
export function quarterLine(t: TFunction, p: ReportParams, locale: string) {
  const { from, to } = quarterDates(p.quarter);
  const dates = reportDates(locale);
  return t("indicators.report.period", {
    quarter: keyLabel(t, "quarter", quarterCode(p.quarter), {}, locale),
    from: dates.day(from),
    to: dates.day(to),
  });
}

function splitTable(
  t: TFunction,
  result: IndicatorResult | undefined,
  by: Disaggregation,
  caption: string,
  locale: string,
): ReportTable {
  const head = [t(`indicators.splits.${by}`), t(`indicators.units.${result?.unit ?? "count"}`)];
  if (!result) return { caption, head, rows: [[t("indicators.failed"), "–"]], total: false };
  const rows = [...keysOf(result, 0), null].map((key) => [
    keyLabel(t, by, key, result.labels, locale),
    valueText(t, result.unit, cellAt(result, [key]), locale),
  ]);
  return { caption, head, rows, total: true };
}

/**
 * The report's model: its title block, each section with its blocks' tables as the page shows them, the note
 * on hidden values and the source line, written with `t` (the report's language) and numbers and dates in
 * `locale`. `results` holds each indicator's answer under resultKey(code, by).
 */
export function reportModel(input: {
  t: TFunction;
  params: ReportParams;
  dir: "ltr" | "rtl";
  locale: string;
  name: (code: string) => string;
  results: ReadonlyMap<string, IndicatorResult | undefined>;
  scope: string;
  now: Date;
}): ReportModel {
  const { t, params, locale, name, results } = input;
  const dates = reportDates(locale);
  const all = [...results.values()].filter((r): r is IndicatorResult => Boolean(r));
  const refreshed = all.map((r) => r.refreshedAt).find((at) => at);
  const sections = reportSections.map((s) => {
    const title = t(`indicators.report.sections.${s.key}`);
    return {
      title,
      blocks: s.blocks.map((b): ReportModelBlock => {
        if (b.kind === "split") {
          const heading = t("indicators.report.byHeading", {
            name: name(b.code),
            split: t(`indicators.splits.${b.by}`),
          });
          const over = b.by === "month" || b.by === "quarter" || b.by === "year";
          return {
            id: blockId(b),
            heading,
            chartAlt: t(over ? "indicators.chartAltLine" : "indicators.chartAltBar", {
              name: name(b.code),
              split: t(`indicators.splits.${b.by}`),
            }),
            table: splitTable(t, results.get(resultKey(b.code, [b.by])), b.by, heading, locale),
          };
        }
        const caption = b.chart
          ? t("indicators.funnelCaption")
          : t("indicators.report.figuresCaption", { section: title });
        return {
          id: blockId(b),
          heading: null,
          chartAlt: b.chart ? t("indicators.funnelAlt") : null,
          table: {
            caption,
            head: [t("indicators.column.name"), t("indicators.report.value")],
            rows: b.codes.map((code) => {
              const result = results.get(resultKey(code, []));
              return [
                name(code),
                result ? valueText(t, result.unit, result.cells[0], locale) : t("indicators.failed"),
              ];
            }),
            total: false,
          },
        };
      }),
    };
  });
  return {
    lang: params.lang,
    dir: input.dir,
    title: t("indicators.report.name"),
    lines: [
      t("indicators.report.scopeLine", { scope: input.scope }),
      quarterLine(t, params, locale),
      t("indicators.report.asOf", {
        time: refreshed ? dates.time(refreshed) : t("indicators.neverRefreshed"),
      }),
    ],
    sections,
    note: all.some((r) => r.cells.some((c) => c.suppressed)) ? t("indicators.suppressedNote") : null,
    source: t("indicators.report.source"),
    generated: t("indicators.report.generated", { time: dates.time(input.now) }),
    page: (page, pages) =>
      t("indicators.report.page", {
        page: new Intl.NumberFormat(locale).format(page),
        pages: new Intl.NumberFormat(locale).format(pages),
      }),
  };
}
