import { z } from "zod";
import { issueKey, validation } from "./errors";
import { Dimension } from "./service-category";
import { dimensions, surveyOccasions } from "./values";

// The reintegration sustainability survey (docs/sustainability-survey.md): questions across the economic,
// social and psychosocial dimensions, each answer mapped to a score between 0 and 1. Its questions, answer
// options, score mappings and weights are data, kept as numbered versions that administrators edit; this file
// holds the shape of a definition, the scoring, and the first version.

const codePattern = /^[a-z][a-z0-9_]{0,39}$/;
const code = (field: string) =>
  z
    .string({ error: `${field} is required` })
    .regex(codePattern, `${field} must be lower-case letters, digits and _ (starting with a letter)`);

const languagePattern = /^[a-z]{2,3}$/;

/** A text in several languages: English always, others by their ISO 639 code (bn, ur, ar, ckb). */
export const SurveyText = z
  .record(z.string(), z.string().trim().min(1, "a text must not be empty").max(500))
  .superRefine((texts, ctx) => {
    if (!texts.en)
      ctx.addIssue({
        code: "custom",
        message: "an English text (en) is required",
        path: ["en"],
        ...issueKey("survey.english_text"),
      });
    for (const lang of Object.keys(texts))
      if (!languagePattern.test(lang))
        ctx.addIssue({
          code: "custom",
          message: `${lang} is not a language code such as en or bn`,
          path: [lang],
          ...issueKey("survey.language_code", { language: lang }),
        });
  })
  .meta({ id: "SurveyText" });
export type SurveyText = z.infer<typeof SurveyText>;

const weight = (field: string) =>
  z
    .number({ error: `${field} must be a number` })
    .gt(0, `${field} must be more than 0`)
    .max(100, `${field} must be at most 100`);

export const SurveyOption = z
  .strictObject({
    value: code("value"),
    label: SurveyText,
    /** 0 (worst) to 1 (best); null: the question does not apply, and is left out of the mean. */
    score: z
      .number({ error: "score must be a number between 0 and 1, or null when the question does not apply" })
      .min(0, "score must be between 0 and 1")
      .max(1, "score must be between 0 and 1")
      .nullable(),
  })
  .meta({ id: "SurveyOption" });
export type SurveyOption = z.infer<typeof SurveyOption>;

export const SurveyIndicator = z
  .strictObject({
    code: code("code"),
    question: SurveyText,
    weight: weight("weight"),
    /**
     * Health answers: only the lead organisation's case manager and counsellors read them. Every indicator of
     * the psychosocial dimension is restricted whatever this says.
     */
    restricted: z.boolean().default(false),
    options: z
      .array(SurveyOption)
      .min(2, "an indicator needs at least two answer options")
      .max(10, "an indicator has at most ten answer options"),
  })
  .superRefine((indicator, ctx) => {
    const seen = new Set<string>();
    indicator.options.forEach((option, i) => {
      if (seen.has(option.value))
        ctx.addIssue({
          code: "custom",
          message: `the answer option ${option.value} appears twice`,
          path: ["options", i, "value"],
          ...issueKey("survey.option_twice", { option: option.value }),
        });
      seen.add(option.value);
    });
    if (!indicator.options.some((o) => o.score !== null))
      ctx.addIssue({
        code: "custom",
        message: "at least one answer option must have a score",
        path: ["options"],
        ...issueKey("survey.no_score"),
      });
  })
  .meta({ id: "SurveyIndicator" });
export type SurveyIndicator = z.infer<typeof SurveyIndicator>;

export const SurveyDimension = z
  .strictObject({
    dimension: Dimension,
    weight: weight("weight"),
    indicators: z
      .array(SurveyIndicator)
      .min(1, "a dimension needs at least one indicator")
      .max(15, "a dimension has at most 15 indicators"),
  })
  .meta({ id: "SurveyDimension" });
export type SurveyDimension = z.infer<typeof SurveyDimension>;

export const SurveyDefinition = z
  .strictObject({
    title: SurveyText,
    dimensions: z.array(SurveyDimension),
    /** The composite score at or above which a returnee counts as sustainably reintegrated (the programme's). */
    threshold: z
      .number({ error: "threshold must be a number between 0 and 1" })
      .min(0, "threshold must be between 0 and 1")
      .max(1, "threshold must be between 0 and 1"),
  })
  .superRefine((definition, ctx) => {
    const given = definition.dimensions.map((d) => d.dimension);
    if (given.length !== dimensions.length || dimensions.some((d) => !given.includes(d)))
      ctx.addIssue({
        code: "custom",
        message: `dimensions must list ${dimensions.join(", ")}, each once`,
        path: ["dimensions"],
        ...issueKey("survey.dimensions", { dimensions: dimensions.join(", ") }),
      });
    const codes = new Set<string>();
    definition.dimensions.forEach((d, i) => {
      d.indicators.forEach((indicator, j) => {
        if (codes.has(indicator.code))
          ctx.addIssue({
            code: "custom",
            message: `the indicator code ${indicator.code} appears twice`,
            path: ["dimensions", i, "indicators", j, "code"],
            ...issueKey("survey.code_twice", { code: indicator.code }),
          });
        codes.add(indicator.code);
      });
    });
  })
  .meta({ id: "SurveyDefinition" });
export type SurveyDefinition = z.infer<typeof SurveyDefinition>;

export const SurveyOccasion = z.enum(surveyOccasions).meta({ id: "SurveyOccasion" });
export type SurveyOccasion = z.infer<typeof SurveyOccasion>;

/** The answers of one survey: each indicator's chosen option; an indicator left out was not answered. */
export const SurveyAnswers = z
  .record(code("indicator"), code("answer"), { error: "answers must be an object of indicator: option" })
  .meta({ id: "SurveyAnswers" });
export type SurveyAnswers = z.infer<typeof SurveyAnswers>;

export type SurveyScores = {
  /** The version of the survey the answers were scored with. */
  version: number;
  indicators: Record<string, number | null>;
  dimensions: Record<Dimension, number | null>;
  /** Weighted mean of the three dimensions; null unless each has a score. */
  composite: number | null;
  aboveThreshold: boolean | null;
};

/** Whether only the lead organisation's case manager and counsellors may read an indicator's answer. */
export function isRestrictedIndicator(dimension: Dimension, indicator: SurveyIndicator): boolean {
  return dimension === "psychosocial" || indicator.restricted;
}

const indicatorsOf = (definition: SurveyDefinition) =>
  definition.dimensions.flatMap((d) =>
    d.indicators.map((indicator) => ({ dimension: d.dimension, indicator })),
  );

/**
 * The answers checked against a version: every indicator known, every answer one of its options. `field` is
 * where the request holds them (an assessment's `answers`, a follow-up's `survey`), for the error to name.
 */
export function checkSurveyAnswers(
  definition: SurveyDefinition,
  answers: SurveyAnswers,
  field = "answers",
): SurveyAnswers {
  const byCode = new Map(indicatorsOf(definition).map((i) => [i.indicator.code, i.indicator]));
  for (const [indicatorCode, value] of Object.entries(answers)) {
    const indicator = byCode.get(indicatorCode);
    const at = `${field}.${indicatorCode}`;
    if (!indicator) throw validation("survey.unknown_question", { question: indicatorCode }, at);
    if (!indicator.options.some((o) => o.value === value))
      throw validation(
        "validation.invalid_value",
        { options: indicator.options.map((o) => o.value).join(", ") },
        at,
      );
  }
  if (Object.keys(answers).length === 0) throw validation("survey.no_answers", {}, field);
  return answers;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** The weighted mean of the scores present; null when none is. */
function weightedMean(items: { score: number | null; weight: number }[]): number | null {
  const scored = items.filter((i): i is { score: number; weight: number } => i.score !== null);
  const weights = scored.reduce((sum, i) => sum + i.weight, 0);
  if (weights === 0) return null;
  return round(scored.reduce((sum, i) => sum + i.score * i.weight, 0) / weights);
}

function score(
  definition: SurveyDefinition,
  version: number,
  answers: SurveyAnswers,
  include: (dimension: Dimension, indicator: SurveyIndicator) => boolean,
): SurveyScores {
  const indicators: Record<string, number | null> = {};
  const perDimension = {} as Record<Dimension, number | null>;
  for (const d of definition.dimensions) {
    const items = d.indicators.filter((indicator) => include(d.dimension, indicator));
    for (const indicator of items) {
      const answer = answers[indicator.code];
      indicators[indicator.code] = indicator.options.find((o) => o.value === answer)?.score ?? null;
    }
    perDimension[d.dimension] = items.length
      ? weightedMean(items.map((i) => ({ score: indicators[i.code] ?? null, weight: i.weight })))
      : null;
  }
  const complete = definition.dimensions.every((d) => perDimension[d.dimension] !== null);
  const composite = complete
    ? weightedMean(definition.dimensions.map((d) => ({ score: perDimension[d.dimension], weight: d.weight })))
    : null;
  return {
    version,
    indicators,
    dimensions: perDimension,
    composite,
    aboveThreshold: composite === null ? null : composite >= definition.threshold,
  };
}

/**
 * An indicator's score is its answer's; a dimension's, the weighted mean of its indicators that have one (an
 * answer that does not apply, or no answer, is left out); the composite, the weighted mean of the dimensions.
 */
export function scoreSurvey(
  definition: SurveyDefinition,
  version: number,
  answers: SurveyAnswers,
  field = "answers",
): SurveyScores {
  return score(definition, version, checkSurveyAnswers(definition, answers, field), () => true);
}

/**
 * The scores a reader outside the restricted circle may see: worked out without the restricted answers, so
 * no psychosocial dimension, and no composite (it would carry them).
 */
export function sharedSurveyScores(definition: SurveyDefinition, version: number, answers: SurveyAnswers) {
  const shared = score(definition, version, answers, (d, i) => !isRestrictedIndicator(d, i));
  return {
    ...shared,
    dimensions: { ...shared.dimensions, psychosocial: null },
    composite: null,
    aboveThreshold: null,
  };
}

/** The answers without those only the restricted circle may read. */
export function sharedSurveyAnswers(definition: SurveyDefinition, answers: SurveyAnswers): SurveyAnswers {
  const restricted = new Set(
    indicatorsOf(definition)
      .filter((i) => isRestrictedIndicator(i.dimension, i.indicator))
      .map((i) => i.indicator.code),
  );
  return Object.fromEntries(Object.entries(answers).filter(([k]) => !restricted.has(k)));
}
