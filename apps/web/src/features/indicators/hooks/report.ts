import { periodDays } from "@homecoming/domain/dates";
import type { Disaggregation, IndicatorAsk } from "../api/indicators";

/**
 * The quarterly report as data: its sections in order, and in each the figures it shows. A `split` block is
 * one indicator split once, drawn as a chart with its table beneath; a `figures` block is a few indicators'
 * totals in one table, drawn as bars too when `chart` is set (the referral funnel).
 */
export type ReportBlock =
  | { kind: "split"; code: string; by: Disaggregation }
  | { kind: "figures"; codes: readonly string[]; chart?: boolean };

export interface ReportSection {
  /** its words are indicators.report.sections.<key> */
  key: string;
  blocks: readonly ReportBlock[];
}

export const reportSections: readonly ReportSection[] = [
  {
    key: "registrations",
    blocks: [
      { kind: "split", code: "returnees_registered", by: "sex" },
      { kind: "figures", codes: ["returnees_screened_share", "vulnerable_identified"] },
    ],
  },
  {
    key: "caseFlow",
    blocks: [
      { kind: "split", code: "cases_opened", by: "month" },
      { kind: "figures", codes: ["cases_active"] },
      { kind: "split", code: "cases_closed", by: "closureReason" },
    ],
  },
  {
    key: "referrals",
    blocks: [
      {
        kind: "figures",
        codes: [
          "referrals_sent",
          "referrals_accepted",
          "referrals_declined",
          "referrals_completed",
          "referrals_not_completed",
          "referrals_overdue",
        ],
        chart: true,
      },
      {
        kind: "figures",
        codes: [
          "referral_acceptance_rate",
          "referral_completion_rate",
          "median_days_to_accept",
          "median_days_to_complete",
        ],
      },
      { kind: "split", code: "returnees_referred", by: "serviceCategory" },
    ],
  },
  {
    key: "sustainability",
    blocks: [
      { kind: "figures", codes: ["follow_ups_made_share"] },
      { kind: "split", code: "sustainability_composite_mean", by: "occasion" },
      {
        kind: "figures",
        codes: [
          "sustainability_economic_mean",
          "sustainability_social_mean",
          "sustainability_psychosocial_mean",
          "sustainability_above_threshold_share",
          "sustainability_change_mean",
        ],
      },
    ],
  },
  {
    key: "programmes",
    blocks: [
      { kind: "split", code: "enrolments_started", by: "programmeKind" },
      { kind: "split", code: "loan_amounts_given", by: "currency" },
      { kind: "split", code: "grant_amounts_given", by: "currency" },
    ],
  },
  {
    key: "feedback",
    blocks: [
      { kind: "split", code: "grievances_received", by: "feedbackSubject" },
      {
        kind: "figures",
        codes: [
          "feedback_received",
          "grievances_answered_in_time_share",
          "feedback_satisfaction_mean",
          "feedback_satisfied_share",
        ],
      },
    ],
  },
];

/** Each indicator the report asks for, with the split it is shown by (none: its total). */
export function reportAsks(): { code: string; by: Disaggregation[] }[] {
  return reportSections.flatMap((s) =>
    s.blocks.flatMap((b) =>
      b.kind === "split" ? [{ code: b.code, by: [b.by] }] : b.codes.map((code) => ({ code, by: [] })),
    ),
  );
}

/** A quarter of a year; written 2026-Q3 in the address, as the API writes quarter keys. */
export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

export const quarterCode = (q: Quarter) => `${q.year}-Q${q.quarter}`;

export function parseQuarter(code: string | null): Quarter | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(code ?? "");
  return m ? { year: Number(m[1]), quarter: Number(m[2]) as Quarter["quarter"] } : null;
}

/** The first and last day of a quarter. */
export function quarterDates(q: Quarter): { from: string; to: string } {
  // a quarter's code is always a quarter key
  return periodDays("quarter", quarterCode(q))!;
}

/** The quarter before the one a day falls in. */
export function previousQuarter(q: Quarter): Quarter {
  return q.quarter === 1
    ? { year: q.year - 1, quarter: 4 }
    : { year: q.year, quarter: (q.quarter - 1) as 1 | 2 | 3 };
}

/** The last quarter that has ended by a day (in UTC, as the facts' days are). */
export function defaultQuarter(now = new Date()): Quarter {
  const current = {
    year: now.getUTCFullYear(),
    quarter: (Math.floor(now.getUTCMonth() / 3) + 1) as 1 | 2 | 3 | 4,
  };
  return previousQuarter(current);
}

/** The quarters offered: the current one (not yet complete) and the `count` before it, latest first. */
export function offeredQuarters(now = new Date(), count = 12): Quarter[] {
  const list = [
    { year: now.getUTCFullYear(), quarter: (Math.floor(now.getUTCMonth() / 3) + 1) as 1 | 2 | 3 | 4 },
  ];
  while (list.length <= count) list.push(previousQuarter(list.at(-1)!));
  return list;
}

/** Whose figures the report gives: a country, an organisation, or all the reader may see. */
export type ReportScope =
  | { kind: "all" }
  | { kind: "country"; code: string }
  | { kind: "organisation"; id: string };

export interface ReportParams {
  quarter: Quarter;
  scope: ReportScope;
  lang: string;
}

/** The report as the address holds it: quarter=2026-Q3, country=BD or organisation=<id>, lang=bn. */
export function reportParamsFrom(
  params: URLSearchParams,
  languages: readonly string[],
  interfaceLanguage: string,
  now = new Date(),
): ReportParams {
  const lang = params.get("lang") ?? "";
  const country = params.get("country");
  const organisation = params.get("organisation");
  return {
    quarter: parseQuarter(params.get("quarter")) ?? defaultQuarter(now),
    scope: country
      ? { kind: "country", code: country }
      : organisation
        ? { kind: "organisation", id: organisation }
        : { kind: "all" },
    lang: languages.includes(lang) ? lang : interfaceLanguage,
  };
}

export function reportSearch(p: ReportParams): Record<string, string> {
  return {
    quarter: quarterCode(p.quarter),
    ...(p.scope.kind === "country" ? { country: p.scope.code } : {}),
    ...(p.scope.kind === "organisation" ? { organisation: p.scope.id } : {}),
    lang: p.lang,
  };
}

/** What the report asks of one indicator: the quarter, the scope as a filter, the split. */
export function reportAsk(p: ReportParams, by: Disaggregation[]): IndicatorAsk {
  return {
    ...quarterDates(p.quarter),
    by,
    filter:
      p.scope.kind === "country"
        ? { country: p.scope.code }
        : p.scope.kind === "organisation"
          ? { organisation: p.scope.id }
          : {},
  };
}

/** The PDF's file name: the report, its scope, quarter and language (homecoming-report-BD-2026-Q3-en.pdf). */
export function reportFileName(p: ReportParams): string {
  const scope =
    p.scope.kind === "country"
      ? p.scope.code
      : p.scope.kind === "organisation"
        ? `org-${p.scope.id.slice(0, 8)}`
        : "all";
  return `homecoming-report-${scope}-${quarterCode(p.quarter)}-${p.lang}.pdf`;
}
