import { serviceCategoryCodes } from "@homecoming/reference";
import { z } from "zod";
import { issueKey } from "./errors";
import { bool, int, oneOf } from "./fields";
import { type Dimension, dimensionOfCategory, type ServiceCategoryCode } from "./service-category";
import { employmentStatuses, needPriorities } from "./values";

const scale = (field: string) => int(field, 0, 3);

export const NeedsAnswers = z.strictObject({
  economic: z
    .strictObject({
      employmentStatus: oneOf("economic.employmentStatus", employmentStatuses),
      incomeSufficient: bool("economic.incomeSufficient"),
      hasDebt: bool("economic.hasDebt"),
      debtPressure: scale("economic.debtPressure"),
      wantsTraining: bool("economic.wantsTraining"),
      wantsJob: bool("economic.wantsJob"),
      wantsBusiness: bool("economic.wantsBusiness"),
      skillsRecognitionNeeded: bool("economic.skillsRecognitionNeeded"),
    })
    .refine((e) => e.hasDebt || e.debtPressure === 0, {
      error: "economic.debtPressure must be 0 when hasDebt is false",
      path: ["debtPressure"],
      ...issueKey("case.debt_pressure"),
    }),
  social: z.strictObject({
    housingSecure: bool("social.housingSecure"),
    documentsMissing: bool("social.documentsMissing"),
    healthNeed: scale("social.healthNeed"),
    childrenOutOfSchool: bool("social.childrenOutOfSchool"),
    legalIssue: bool("social.legalIssue"),
    socialProtectionNeeded: bool("social.socialProtectionNeeded"),
    /** 0 = fully accepted by family and community, 3 = rejected. */
    familyAcceptance: scale("social.familyAcceptance"),
  }),
  psychosocial: z.strictObject({
    distress: scale("psychosocial.distress"),
    isolation: scale("psychosocial.isolation"),
    stigma: scale("psychosocial.stigma"),
    wantsSupport: bool("psychosocial.wantsSupport"),
  }),
});
export type NeedsAnswers = z.infer<typeof NeedsAnswers>;

/** How one answer adds to its dimension's score. Scales (perPoint) run 0-3. */
type Weight =
  | { ifTrue: number }
  | { ifFalse: number }
  | { perPoint: number }
  | { byValue: Readonly<Record<string, number>> };

/**
 * The needs weights, in one place. Each dimension's points add up to 100 at worst, so a score reads as a
 * percentage of the worst situation. Wishes (wantsTraining, wantsJob...) carry no weight: they choose
 * services, they do not make a need more pressing.
 */
export const needsWeights = {
  economic: {
    employmentStatus: {
      byValue: { employed: 0, self_employed: 10, unemployed_not_seeking: 25, unemployed_seeking: 30 },
    },
    incomeSufficient: { ifFalse: 25 },
    hasDebt: { ifTrue: 15 },
    debtPressure: { perPoint: 10 },
  },
  social: {
    housingSecure: { ifFalse: 25 },
    documentsMissing: { ifTrue: 15 },
    healthNeed: { perPoint: 8 },
    childrenOutOfSchool: { ifTrue: 10 },
    legalIssue: { ifTrue: 10 },
    socialProtectionNeeded: { ifTrue: 4 },
    familyAcceptance: { perPoint: 4 },
  },
  psychosocial: {
    distress: { perPoint: 15 },
    isolation: { perPoint: 8 },
    stigma: { perPoint: 7 },
    wantsSupport: { ifTrue: 10 },
  },
} as const satisfies { [D in Dimension]: { [K in keyof NeedsAnswers[D]]?: Weight } };

const SCALE_MAX = 3;

function points(weight: Weight, value: unknown): number {
  if ("ifTrue" in weight) return value === true ? weight.ifTrue : 0;
  if ("ifFalse" in weight) return value === false ? weight.ifFalse : 0;
  if ("perPoint" in weight) return typeof value === "number" ? value * weight.perPoint : 0;
  return typeof value === "string" ? (weight.byValue[value] ?? 0) : 0;
}

function maxPoints(weight: Weight): number {
  if ("ifTrue" in weight) return weight.ifTrue;
  if ("ifFalse" in weight) return weight.ifFalse;
  if ("perPoint" in weight) return weight.perPoint * SCALE_MAX;
  return Math.max(...Object.values(weight.byValue));
}

/**
 * Services each answer pattern calls for. A code is reported under its own dimension, so family support
 * shows under psychosocial even when a social answer calls for it.
 */
export const needsRules: readonly {
  when: (a: NeedsAnswers) => boolean;
  categories: readonly ServiceCategoryCode[];
}[] = [
  { when: (a) => a.economic.wantsTraining, categories: ["econ.vocational_training"] },
  { when: (a) => a.economic.skillsRecognitionNeeded, categories: ["econ.skills_recognition"] },
  { when: (a) => a.economic.wantsJob, categories: ["econ.job_matching"] },
  {
    when: (a) => a.economic.employmentStatus === "unemployed_seeking",
    categories: ["econ.job_counselling", "econ.skills_assessment"],
  },
  {
    when: (a) => a.economic.wantsBusiness,
    categories: ["econ.entrepreneurship_training", "econ.business_support", "econ.finance"],
  },
  { when: (a) => a.economic.debtPressure >= 2, categories: ["econ.finance", "econ.investment_advice"] },
  {
    when: (a) => !a.economic.incomeSufficient && a.economic.employmentStatus.startsWith("unemployed"),
    categories: ["econ.cash_for_work"],
  },
  { when: (a) => !a.social.housingSecure, categories: ["soc.housing"] },
  { when: (a) => a.social.documentsMissing, categories: ["soc.documentation"] },
  { when: (a) => a.social.healthNeed >= 2, categories: ["soc.health"] },
  { when: (a) => a.social.childrenOutOfSchool, categories: ["soc.schooling"] },
  { when: (a) => a.social.legalIssue, categories: ["soc.legal_aid"] },
  { when: (a) => a.social.socialProtectionNeeded, categories: ["soc.social_protection"] },
  { when: (a) => a.social.familyAcceptance >= 2, categories: ["psy.family_support"] },
  { when: (a) => a.psychosocial.distress >= 1, categories: ["psy.screening"] },
  {
    when: (a) => a.psychosocial.distress >= 2 || a.psychosocial.wantsSupport,
    categories: ["psy.counselling"],
  },
  { when: (a) => a.psychosocial.distress === 3, categories: ["psy.mental_health"] },
  {
    when: (a) => a.psychosocial.isolation >= 2 || a.psychosocial.stigma >= 2,
    categories: ["psy.peer_support"],
  },
  { when: (a) => a.psychosocial.stigma >= 2, categories: ["psy.family_support"] },
];

export const NeedPriority = z.enum(needPriorities).meta({ id: "NeedPriority" });
export type NeedPriority = z.infer<typeof NeedPriority>;

export type DimensionNeeds = { score: number; priority: NeedPriority; needs: ServiceCategoryCode[] };
export type NeedsScores = Record<Dimension, DimensionNeeds>;

/** A suggested service makes a need at least low even when the score is 0 (a wish for training, say). */
function priorityOf(score: number, hasNeeds: boolean): NeedPriority {
  if (score >= 60) return "high";
  if (score >= 30) return "medium";
  return score > 0 || hasNeeds ? "low" : "none";
}

export function scoreNeeds(answers: NeedsAnswers): NeedsScores {
  const suggested = new Set(
    needsRules.filter((rule) => rule.when(answers)).flatMap((rule) => rule.categories),
  );
  const dimensionScore = (dimension: Dimension): DimensionNeeds => {
    const weights: Readonly<Record<string, Weight>> = needsWeights[dimension];
    const given: Readonly<Record<string, unknown>> = answers[dimension];
    let sum = 0;
    let max = 0;
    for (const [field, weight] of Object.entries(weights)) {
      sum += points(weight, given[field]);
      max += maxPoints(weight);
    }
    const score = Math.round((100 * sum) / max);
    const needs = serviceCategoryCodes.filter(
      (c) => suggested.has(c) && dimensionOfCategory(c) === dimension,
    );
    return { score, priority: priorityOf(score, needs.length > 0), needs };
  };
  return {
    economic: dimensionScore("economic"),
    social: dimensionScore("social"),
    psychosocial: dimensionScore("psychosocial"),
  };
}
