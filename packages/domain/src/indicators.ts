import {
  minimumCellCount,
  type PublishedCount,
  type SuppressionReason,
  suppressSmallCounts,
} from "./disclosure";
import { validation } from "./errors";
import {
  ageGroups as ageGroupList,
  type ageGroups,
  type indicatorDisaggregations,
  type indicatorFactKinds,
  type indicatorUnits,
  periodDisaggregations,
  returneeDisaggregations,
} from "./values";

// The indicators of monitoring and evaluation (docs/indicators.md), as data: what each counts, over which
// facts, in which unit, and how it may be split. The server computes them over the indicators' facts (one
// row per thing counted, about one returnee counted once through their merges) and publishes every table
// through the disclosure rule (disclosure.ts).

export type IndicatorFactKind = (typeof indicatorFactKinds)[number];
export type IndicatorDisaggregation = (typeof indicatorDisaggregations)[number];
export type IndicatorUnit = (typeof indicatorUnits)[number];
export type AgeGroup = (typeof ageGroups)[number];

/** Which facts an indicator counts: a kind, and optionally only those flagged, of some details or services. */
export type FactFilter = {
  kind: IndicatorFactKind;
  /** the fact's yes/no (a follow-up made, a screening that found a vulnerability, a score above threshold) */
  flag?: boolean;
  /** the fact's detail among these (a referral's final status, a survey's occasion) */
  detail?: readonly string[];
  /** services of these categories only (a prefix: "psy." for every psychosocial service) */
  categoryPrefix?: string;
};

export type IndicatorCount = FactFilter & {
  /** how many facts, or how many returnees they are about (each once) */
  count: "records" | "persons";
};

export type IndicatorDefinition = {
  code: string;
  name: string;
  definition: string;
  unit: IndicatorUnit;
  /** counted (count, percentage), or whose values are averaged (mean, median_days) or added up (sum) */
  numerator: IndicatorCount;
  /** a percentage's base */
  denominator?: IndicatorCount;
  /** counted at the end of the period (still open then) rather than when it happened within it */
  stock?: true;
  disaggregations: readonly IndicatorDisaggregation[];
  /** the records it is computed from */
  source: string;
  /** the line of the ILO or IOM guidance it answers */
  reference?: string;
  /** false when it counts what no returnee's case stands behind (feedback, which may be anonymous) */
  aboutCases?: false;
};

const period = periodDisaggregations;
const returnee = returneeDisaggregations;
const everyone = [...returnee, ...period] as const;
const services = [...everyone, "serviceCategory"] as const;

const answered = ["accepted", "in_progress", "completed", "not_completed", "declined"] as const;
const accepted = ["accepted", "in_progress", "completed", "not_completed"] as const;

/** Feedback is about no returnee: it splits by the organisation handling it, the service, the subject and time. */
const feedbackSplits = ["organisation", "serviceCategory", "feedbackSubject", ...period] as const;
const accountability = "IOM accountability to affected populations: feedback and complaints mechanism";

const ilo = "ILO guidance on reintegration of returning migrant workers, table of reintegration services";
const manual = "IOM and UN Women reintegration manual, monitoring plan";

const employedAfter = (category: string, service: string, line: string): IndicatorDefinition => ({
  code: `employed_after_${category.slice("econ.".length)}_share`,
  name: `Returnees in regular work after ${service}`,
  definition: `Of the returnees whose ${service} referral was completed in the period, the share who reported regular work (the survey's employment_stability answered "regular") in a sustainability survey on or after that day.`,
  unit: "percentage",
  numerator: { kind: "referral_completed", categoryPrefix: category, flag: true, count: "persons" },
  denominator: { kind: "referral_completed", categoryPrefix: category, count: "persons" },
  disaggregations: everyone,
  source: "referrals, assessments (sustainability survey)",
  reference: `${ilo}: ${line}`,
});

export const indicatorCatalogue: readonly IndicatorDefinition[] = [
  {
    code: "returnees_registered",
    name: "Returnees registered",
    definition: "Returnees whose record was registered in the period, each counted once.",
    unit: "count",
    numerator: { kind: "registered", count: "persons" },
    disaggregations: everyone,
    source: "persons",
    reference: manual,
  },
  {
    code: "returnees_screened_share",
    name: "Returnees registered who were screened for vulnerability",
    definition:
      "Of the returnees registered in the period, the share who have a vulnerability screening (at any time).",
    unit: "percentage",
    numerator: { kind: "registered", flag: true, count: "persons" },
    denominator: { kind: "registered", count: "persons" },
    disaggregations: everyone,
    source: "persons, assessments",
    reference: `${manual}: returnees screened at arrival`,
  },
  {
    code: "vulnerable_identified",
    name: "Vulnerable returnees identified",
    definition:
      "Returnees whose vulnerability screening in the period gave a medium or high risk, each counted once.",
    unit: "count",
    numerator: { kind: "vulnerability_screened", flag: true, count: "persons" },
    disaggregations: everyone,
    source: "assessments (vulnerability)",
    reference: `${ilo}: vulnerable returnees identified`,
  },
  {
    code: "psychosocial_distress_identified",
    name: "Returnees screened with psychological distress",
    definition:
      "Returnees whose psychosocial screening (K6) in the period showed moderate or severe distress, each counted once.",
    unit: "count",
    numerator: { kind: "psychosocial_screened", flag: true, count: "persons" },
    disaggregations: everyone,
    source: "assessments (psychosocial)",
    reference: `${ilo}: psychosocial screening`,
  },
  {
    code: "psychosocial_services_received",
    name: "Returnees who received psychosocial services",
    definition:
      "Returnees with a referral to a psychosocial service (screening, counselling, mental health care, peer or family support) completed in the period, each counted once.",
    unit: "count",
    numerator: { kind: "referral_completed", categoryPrefix: "psy.", count: "persons" },
    disaggregations: services,
    source: "referrals",
    reference: `${ilo}: vulnerable returnees receiving psychosocial services`,
  },
  {
    code: "cases_opened",
    name: "Cases opened",
    definition: "Cases opened in the period.",
    unit: "count",
    numerator: { kind: "case_opened", count: "records" },
    disaggregations: everyone,
    source: "cases",
    reference: `${manual}: case flow`,
  },
  {
    code: "cases_active",
    name: "Active cases",
    definition: "Cases open at the end of the period (opened by then and not closed by then).",
    unit: "count",
    numerator: { kind: "case_opened", count: "records" },
    stock: true,
    disaggregations: returnee,
    source: "cases",
    reference: `${manual}: case flow`,
  },
  {
    code: "cases_handed_over",
    name: "Cases handed over to national services",
    definition: "Cases handed over in the period.",
    unit: "count",
    numerator: { kind: "case_handed_over", count: "records" },
    disaggregations: everyone,
    source: "cases",
    reference: `${manual}: case flow`,
  },
  {
    code: "cases_closed",
    name: "Cases closed",
    definition: "Cases closed in the period, by the reason given.",
    unit: "count",
    numerator: { kind: "case_closed", count: "records" },
    disaggregations: [...everyone, "closureReason"],
    source: "cases",
    reference: `${manual}: case flow`,
  },
  {
    code: "returnees_referred",
    name: "Returnees referred to a service",
    definition:
      "Returnees with a referral sent in the period, each counted once (once per service category when split by it).",
    unit: "count",
    numerator: { kind: "referral_sent", count: "persons" },
    disaggregations: services,
    source: "referrals",
    reference: `${ilo}: returnees referred, by service requested`,
  },
  {
    code: "returnees_served",
    name: "Returnees who received a service",
    definition:
      "Returnees with a referral completed in the period, each counted once (once per service category when split by it).",
    unit: "count",
    numerator: { kind: "referral_completed", count: "persons" },
    disaggregations: services,
    source: "referrals",
    reference: `${ilo}: returnees receiving each reintegration service`,
  },
  employedAfter("econ.job_counselling", "job counselling", "job counselling and the share employed after it"),
  employedAfter("econ.job_matching", "job matching", "job matching and the share employed after it"),
  employedAfter(
    "econ.skills_recognition",
    "skills recognition",
    "skills recognised and the share employed after it",
  ),
  {
    code: "documentation_support_share",
    name: "Returnees seeking documentation support who received it",
    definition:
      "Of the returnees referred for documentation support in the period, the share whose documentation referral was completed.",
    unit: "percentage",
    numerator: {
      kind: "referral_sent",
      categoryPrefix: "soc.documentation",
      detail: ["completed"],
      count: "persons",
    },
    denominator: { kind: "referral_sent", categoryPrefix: "soc.documentation", count: "persons" },
    disaggregations: everyone,
    source: "referrals",
    reference: `${manual}: returnees registered seeking documentation support and those who received it`,
  },
  {
    code: "referrals_sent",
    name: "Referrals sent",
    definition: "Referrals sent to a provider in the period.",
    unit: "count",
    numerator: { kind: "referral_sent", count: "records" },
    disaggregations: services,
    source: "referrals",
    reference: "Referral funnel",
  },
  {
    code: "referrals_accepted",
    name: "Referrals accepted",
    definition: "Referrals the provider accepted in the period.",
    unit: "count",
    numerator: { kind: "referral_accepted", count: "records" },
    disaggregations: services,
    source: "referral events",
    reference: "Referral funnel",
  },
  {
    code: "referrals_declined",
    name: "Referrals declined",
    definition: "Referrals the provider declined in the period.",
    unit: "count",
    numerator: { kind: "referral_declined", count: "records" },
    disaggregations: services,
    source: "referral events",
    reference: "Referral funnel",
  },
  {
    code: "referrals_completed",
    name: "Referrals completed",
    definition: "Referrals the provider completed (the service was delivered) in the period.",
    unit: "count",
    numerator: { kind: "referral_completed", count: "records" },
    disaggregations: services,
    source: "referral events",
    reference: "Referral funnel",
  },
  {
    code: "referrals_not_completed",
    name: "Referrals not completed",
    definition: "Referrals the provider closed without delivering the service in the period.",
    unit: "count",
    numerator: { kind: "referral_not_completed", count: "records" },
    disaggregations: services,
    source: "referral events",
    reference: "Referral funnel",
  },
  {
    code: "referrals_overdue",
    name: "Referrals overdue",
    definition:
      "Referrals whose due date fell in the period before the provider answered or, once accepted, closed them.",
    unit: "count",
    numerator: { kind: "referral_overdue", count: "records" },
    disaggregations: services,
    source: "referrals",
    reference: "Referral funnel",
  },
  {
    code: "referral_acceptance_rate",
    name: "Referrals accepted, of those answered",
    definition:
      "Of the referrals sent in the period that the provider has answered, the share accepted (a referral cancelled after it was accepted no longer counts).",
    unit: "percentage",
    numerator: { kind: "referral_sent", detail: accepted, count: "records" },
    denominator: { kind: "referral_sent", detail: answered, count: "records" },
    disaggregations: services,
    source: "referrals",
    reference: "Referral funnel",
  },
  {
    code: "referral_completion_rate",
    name: "Referrals completed, of those accepted",
    definition: "Of the referrals sent in the period and accepted, the share completed so far.",
    unit: "percentage",
    numerator: { kind: "referral_sent", detail: ["completed"], count: "records" },
    denominator: { kind: "referral_sent", detail: accepted, count: "records" },
    disaggregations: services,
    source: "referrals",
    reference: "Referral funnel",
  },
  {
    code: "median_days_to_accept",
    name: "Median days from sending to acceptance",
    definition:
      "For referrals accepted in the period, the median number of days between sending and acceptance.",
    unit: "median_days",
    numerator: { kind: "referral_accepted", count: "records" },
    disaggregations: services,
    source: "referral events",
    reference: "Referral funnel",
  },
  {
    code: "median_days_to_complete",
    name: "Median days from sending to completion",
    definition:
      "For referrals completed in the period, the median number of days between sending and completion.",
    unit: "median_days",
    numerator: { kind: "referral_completed", count: "records" },
    disaggregations: services,
    source: "referral events",
    reference: "Referral funnel",
  },
  {
    code: "follow_ups_due",
    name: "Follow-ups due",
    definition: "3-, 6- and 12-month follow-ups due in the period.",
    unit: "count",
    numerator: { kind: "follow_up_due", count: "records" },
    disaggregations: everyone,
    source: "follow-ups",
    reference: `${manual}: follow-ups due`,
  },
  {
    code: "follow_ups_made_share",
    name: "Follow-ups due that were made",
    definition: "Of the 3-, 6- and 12-month follow-ups due in the period, the share recorded as done.",
    unit: "percentage",
    numerator: { kind: "follow_up_due", flag: true, count: "records" },
    denominator: { kind: "follow_up_due", count: "records" },
    disaggregations: everyone,
    source: "follow-ups",
    reference: `${manual}: follow-ups due that were made`,
  },
  {
    code: "enrolments_started",
    name: "Programme places started",
    definition:
      "Enrolments that started in the period: loans and grants given, training and other programmes begun, by programme kind.",
    unit: "count",
    numerator: { kind: "enrolment_started", count: "records" },
    disaggregations: [...everyone, "programmeKind"],
    source: "enrolments",
    reference: `${ilo}: number of grants and loans, training places`,
  },
  {
    code: "loan_amounts_given",
    name: "Money lent",
    definition:
      "The money given as loans whose enrolments started in the period, added up currency by currency.",
    unit: "sum",
    numerator: { kind: "money_given", flag: true, count: "records" },
    disaggregations: [...everyone, "currency"],
    source: "enrolments (loans started, with the amount given)",
    reference: `${ilo}: amount of loans`,
  },
  {
    code: "grant_amounts_given",
    name: "Money granted",
    definition:
      "The money given as grants whose enrolments started in the period, added up currency by currency.",
    unit: "sum",
    numerator: { kind: "money_given", flag: false, count: "records" },
    disaggregations: [...everyone, "currency"],
    source: "enrolments (grants started, with the amount given)",
    reference: `${ilo}: amount of grants`,
  },
  {
    code: "sustainability_composite_mean",
    name: "Mean sustainability score",
    definition: "The mean composite score (0 to 1) of the sustainability surveys taken in the period.",
    unit: "mean",
    numerator: { kind: "survey_composite", count: "records" },
    disaggregations: [...everyone, "occasion"],
    source: "assessments (sustainability survey)",
    reference: "IOM Reintegration Sustainability Survey: composite score",
  },
  {
    code: "sustainability_economic_mean",
    name: "Mean economic score",
    definition:
      "The mean economic dimension score (0 to 1) of the sustainability surveys taken in the period.",
    unit: "mean",
    numerator: { kind: "survey_economic", count: "records" },
    disaggregations: [...everyone, "occasion"],
    source: "assessments (sustainability survey)",
    reference: "IOM Reintegration Sustainability Survey: economic dimension",
  },
  {
    code: "sustainability_social_mean",
    name: "Mean social score",
    definition: "The mean social dimension score (0 to 1) of the sustainability surveys taken in the period.",
    unit: "mean",
    numerator: { kind: "survey_social", count: "records" },
    disaggregations: [...everyone, "occasion"],
    source: "assessments (sustainability survey)",
    reference: "IOM Reintegration Sustainability Survey: social dimension",
  },
  {
    code: "sustainability_psychosocial_mean",
    name: "Mean psychosocial score",
    definition:
      "The mean psychosocial dimension score (0 to 1) of the sustainability surveys taken in the period.",
    unit: "mean",
    numerator: { kind: "survey_psychosocial", count: "records" },
    disaggregations: [...everyone, "occasion"],
    source: "assessments (sustainability survey)",
    reference: "IOM Reintegration Sustainability Survey: psychosocial dimension",
  },
  {
    code: "sustainability_above_threshold_share",
    name: "Surveys at or above the sustainability threshold",
    definition:
      "Of the sustainability surveys taken in the period with a composite score, the share at or above the threshold of the survey version they were taken on.",
    unit: "percentage",
    numerator: { kind: "survey_composite", flag: true, count: "records" },
    denominator: { kind: "survey_composite", count: "records" },
    disaggregations: [...everyone, "occasion"],
    source: "assessments (sustainability survey)",
    reference: "IOM Reintegration Sustainability Survey: share sustainably reintegrated",
  },
  {
    code: "sustainability_change_mean",
    name: "Mean change of the sustainability score from baseline to 12 months",
    definition:
      "For cases whose 12-month survey was taken in the period and that have a baseline, the mean of the 12-month composite score minus the baseline's.",
    unit: "mean",
    numerator: { kind: "survey_change", count: "records" },
    disaggregations: everyone,
    source: "assessments (sustainability survey)",
    reference: "IOM Reintegration Sustainability Survey: change over time",
  },
  {
    code: "feedback_received",
    name: "Feedback received",
    definition:
      "Feedback (not grievances) received in the period, from the portal or taken down by staff, named or anonymous.",
    unit: "count",
    numerator: { kind: "feedback_received", count: "records" },
    disaggregations: feedbackSplits,
    source: "feedback",
    reference: accountability,
    aboutCases: false,
  },
  {
    code: "grievances_received",
    name: "Grievances received",
    definition: "Grievances received in the period, named or anonymous, by the organisation handling them.",
    unit: "count",
    numerator: { kind: "grievance_received", count: "records" },
    disaggregations: feedbackSplits,
    source: "feedback (grievances)",
    reference: accountability,
    aboutCases: false,
  },
  {
    code: "grievances_answered_in_time_share",
    name: "Grievances answered within the due time",
    definition:
      "Of the grievances whose answer was due in the period (14 days after receipt, 3 when urgent), the share first answered on or before that day.",
    unit: "percentage",
    numerator: { kind: "grievance_due", flag: true, count: "records" },
    denominator: { kind: "grievance_due", count: "records" },
    disaggregations: feedbackSplits,
    source: "feedback (grievances and their answers)",
    reference: accountability,
    aboutCases: false,
  },
  {
    code: "feedback_satisfaction_mean",
    name: "Mean satisfaction",
    definition:
      "The mean rating (1, not at all satisfied, to 5, very satisfied) of the feedback received in the period that gave one.",
    unit: "mean",
    numerator: { kind: "feedback_rated", count: "records" },
    disaggregations: feedbackSplits,
    source: "feedback (ratings)",
    reference: accountability,
    aboutCases: false,
  },
  {
    code: "feedback_satisfied_share",
    name: "Feedback satisfied",
    definition:
      "Of the feedback received in the period that gave a rating, the share rating 4 or 5 (satisfied or very satisfied).",
    unit: "percentage",
    numerator: { kind: "feedback_rated", flag: true, count: "records" },
    denominator: { kind: "feedback_rated", count: "records" },
    disaggregations: feedbackSplits,
    source: "feedback (ratings)",
    reference: accountability,
    aboutCases: false,
  },
];

/**
 * Facts worked out from health or psychosocial answers (a risk level, a distress level, a score whose
 * dimension or composite carries them): published only as aggregates, and their cases listed only to the
 * case workers of the organisation that holds them, the lead's restricted circle.
 */
export const restrictedFactKinds: readonly IndicatorFactKind[] = [
  "vulnerability_screened",
  "psychosocial_screened",
  "survey_social",
  "survey_psychosocial",
  "survey_composite",
  "survey_change",
];

const byCode = new Map(indicatorCatalogue.map((i) => [i.code, i]));

export function indicatorByCode(code: string): IndicatorDefinition | undefined {
  return byCode.get(code);
}

/** The age group of an age in whole years; unknown without one. */
export function ageGroupOf(age: number | null): AgeGroup {
  if (age === null) return "unknown";
  if (age < 15) return "under_15";
  if (age >= 55) return "55_plus";
  const low = Math.floor((age - 5) / 10) * 10 + 5;
  return `${low}_${low + 9}` as AgeGroup;
}

/** The lower bound in years of each age group but unknown, for the database to group ages the same way. */
export const ageGroupLowerBounds = ageGroupList
  .filter((g) => g !== "unknown")
  .map((g) => ({ group: g, from: g === "under_15" ? 0 : Number.parseInt(g, 10) }));

// ---- publishing ----------------------------------------------------------------------------------------

/** One computed cell: its keys (null: all values of that split), counts and, for means and medians, value. */
export type IndicatorCell = {
  keys: (string | null)[];
  numerator: number;
  denominator?: number;
  value?: number | null;
};

/** A cell as published: its value and counts, or null and why they are hidden. */
export type PublishedIndicatorCell = {
  keys: (string | null)[];
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  suppressed: SuppressionReason | null;
};

const keyOf = (keys: readonly (string | null)[]) => JSON.stringify(keys);

/** The pattern the disclosure rule gives the counts of a table of up to two splits: which entries to hide. */
function hiddenEntries(cells: readonly IndicatorCell[], splits: number, count: (c: IndicatorCell) => number) {
  const detail = cells.filter((c) => c.keys.every((k) => k !== null));
  const rows = [...new Set(detail.map((c) => c.keys[0] ?? ""))];
  const columns = splits === 2 ? [...new Set(detail.map((c) => c.keys[1] ?? ""))] : [""];
  const hidden = new Map<string, SuppressionReason>();
  const at = new Map(detail.map((c) => [keyOf(c.keys), count(c)]));
  if (splits === 0 || detail.length === 0) {
    for (const c of cells) {
      const n = count(c);
      if (n > 0 && n < minimumCellCount) hidden.set(keyOf(c.keys), "small_count");
    }
    return hidden;
  }
  const grid =
    splits === 1
      ? [rows.map((r) => at.get(keyOf([r])) ?? 0)]
      : rows.map((r) => columns.map((col) => at.get(keyOf([r, col])) ?? 0));
  const table = suppressSmallCounts(grid);
  const mark = (keys: (string | null)[], entry: PublishedCount): void => {
    if (entry.suppressed) hidden.set(keyOf(keys), entry.suppressed);
  };
  if (splits === 1) {
    for (const [j, r] of rows.entries()) mark([r], table.cells[0]![j]!);
    mark([null], table.total);
  } else {
    for (const [i, r] of rows.entries()) {
      for (const [j, col] of columns.entries()) mark([r, col], table.cells[i]![j]!);
      mark([r, null], table.rowTotals[i]!);
    }
    for (const [j, col] of columns.entries()) mark([null, col], table.columnTotals[j]!);
    mark([null, null], table.total);
  }
  // a total counts each returnee once, so it may be below the sum of its cells: its own size decides too
  for (const c of cells) {
    const n = count(c);
    if (c.keys.some((k) => k === null) && n > 0 && n < minimumCellCount && !hidden.has(keyOf(c.keys)))
      hidden.set(keyOf(c.keys), "small_count");
  }
  return hidden;
}

/**
 * An indicator's table as it may be published: every count of one to four (people or records) hidden, and
 * further counts until none can be worked out from the totals. A percentage shows only where both its
 * numerator and its denominator show; a mean or median only where the number of facts behind it shows.
 */
export function publishIndicator(
  definition: IndicatorDefinition,
  splits: number,
  cells: readonly IndicatorCell[],
): PublishedIndicatorCell[] {
  if (splits < 0 || splits > 2) throw validation("indicator.split_twice_at_most", {}, "by");
  const numerators = hiddenEntries(cells, splits, (c) => c.numerator);
  const denominators =
    definition.unit === "percentage" ? hiddenEntries(cells, splits, (c) => c.denominator ?? 0) : new Map();
  return cells.map((c) => {
    const key = keyOf(c.keys);
    const reason = numerators.get(key) ?? denominators.get(key) ?? null;
    if (reason) return { keys: c.keys, value: null, numerator: null, denominator: null, suppressed: reason };
    const value =
      definition.unit === "count"
        ? c.numerator
        : definition.unit === "percentage"
          ? c.denominator
            ? Math.round((1000 * c.numerator) / c.denominator) / 10
            : null
          : (c.value ?? null);
    return {
      keys: c.keys,
      value,
      numerator: c.numerator,
      denominator: definition.unit === "percentage" ? (c.denominator ?? 0) : null,
      suppressed: null,
    };
  });
}
