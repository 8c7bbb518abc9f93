import { describe, expect, it } from "vitest";
import {
  checkSurveyAnswers,
  type DomainError,
  redactAssessment,
  type SurveyDefinition,
  SurveyDefinition as SurveyDefinitionSchema,
  scoreSurvey,
  sharedSurveyAnswers,
  sharedSurveyScores,
  sustainabilitySurveyV1,
} from "../src";

const option = (value: string, score: number | null) => ({ value, label: { en: value }, score });
const yesNo = [option("yes", 1), option("partly", 0.5), option("no", 0), option("na", null)];

/** A small survey whose scores are worked out by hand below. */
const survey: SurveyDefinition = {
  title: { en: "Test survey", bn: "পরীক্ষা" },
  threshold: 0.6,
  dimensions: [
    {
      dimension: "economic",
      weight: 2,
      indicators: [
        { code: "income", question: { en: "Income?" }, weight: 3, restricted: false, options: yesNo },
        { code: "debt", question: { en: "Debt?" }, weight: 1, restricted: false, options: yesNo },
      ],
    },
    {
      dimension: "social",
      weight: 1,
      indicators: [
        { code: "housing", question: { en: "Housing?" }, weight: 1, restricted: false, options: yesNo },
        { code: "health", question: { en: "Health?" }, weight: 1, restricted: true, options: yesNo },
      ],
    },
    {
      dimension: "psychosocial",
      weight: 1,
      indicators: [
        { code: "distress", question: { en: "Distress?" }, weight: 1, restricted: false, options: yesNo },
      ],
    },
  ],
};

const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e as DomainError;
  }
  throw new Error("expected an error");
};

describe("scoreSurvey", () => {
  it("takes weighted means of the indicators, then of the dimensions", () => {
    const scores = scoreSurvey(survey, 4, {
      income: "yes",
      debt: "no",
      housing: "partly",
      health: "yes",
      distress: "partly",
    });
    // economic (3*1 + 1*0) / 4 = 0.75; social (0.5 + 1) / 2 = 0.75; psychosocial 0.5
    // composite (2*0.75 + 0.75 + 0.5) / 4 = 0.6875, rounded to 0.688; at or above 0.6
    expect(scores).toEqual({
      version: 4,
      indicators: { income: 1, debt: 0, housing: 0.5, health: 1, distress: 0.5 },
      dimensions: { economic: 0.75, social: 0.75, psychosocial: 0.5 },
      composite: 0.688,
      aboveThreshold: true,
    });
  });

  it("leaves answers that do not apply, and questions not answered, out of the means", () => {
    const scores = scoreSurvey(survey, 1, { income: "partly", debt: "na", housing: "no", distress: "no" });
    // economic 0.5 (debt does not apply); social 0 (health not asked); composite (2*0.5 + 0 + 0) / 4 = 0.25
    expect(scores.indicators).toEqual({ income: 0.5, debt: null, housing: 0, health: null, distress: 0 });
    expect(scores.dimensions).toEqual({ economic: 0.5, social: 0, psychosocial: 0 });
    expect(scores.composite).toBe(0.25);
    expect(scores.aboveThreshold).toBe(false);
  });

  it("gives no composite while a dimension has no score", () => {
    const scores = scoreSurvey(survey, 1, { income: "yes", housing: "yes" });
    expect(scores.dimensions).toEqual({ economic: 1, social: 1, psychosocial: null });
    expect(scores.composite).toBeNull();
    expect(scores.aboveThreshold).toBeNull();
  });

  it("refuses an unknown question, an unknown answer and an empty survey, naming the field", () => {
    const unknownQuestion = errorOf(() => scoreSurvey(survey, 1, { salary: "yes" }));
    expect(unknownQuestion).toMatchObject({ key: "survey.unknown_question", values: { question: "salary" } });
    expect(unknownQuestion.field).toBe("answers.salary");
    const unknownAnswer = errorOf(() => checkSurveyAnswers(survey, { income: "maybe" }));
    expect(unknownAnswer.message).toBe("Choose one of: yes, partly, no, na");
    expect(unknownAnswer.code).toBe("validation");
    expect(errorOf(() => checkSurveyAnswers(survey, {}))).toMatchObject({
      key: "survey.no_answers",
      field: "answers",
    });
  });
});

describe("restricted answers of a survey", () => {
  const answers = { income: "yes", debt: "no", housing: "partly", health: "no", distress: "no" };

  it("are the psychosocial dimension's and those marked restricted", () => {
    expect(sharedSurveyAnswers(survey, answers)).toEqual({ income: "yes", debt: "no", housing: "partly" });
  });

  it("leave the shared scores: social without health, no psychosocial, no composite", () => {
    const shared = sharedSurveyScores(survey, 2, answers);
    expect(shared.dimensions).toEqual({ economic: 0.75, social: 0.5, psychosocial: null });
    expect(shared.indicators).toEqual({ income: 1, debt: 0, housing: 0.5 });
    expect(shared.composite).toBeNull();
    expect(shared.aboveThreshold).toBeNull();
    // two returnees differing only in restricted answers look the same from outside
    const other = sharedSurveyScores(survey, 2, { ...answers, health: "yes", distress: "yes" });
    expect(other).toEqual(shared);
  });

  it("redact a survey with its version, and hide it all without one", () => {
    const assessment = {
      id: "a1",
      kind: "sustainability_survey" as const,
      answers,
      scores: scoreSurvey(survey, 2, answers),
    };
    const redacted = redactAssessment(assessment, survey);
    expect(redacted.answers).toEqual({ income: "yes", debt: "no", housing: "partly" });
    expect(redacted.scores).toEqual(sharedSurveyScores(survey, 2, answers));
    expect(redacted.redacted).toBe(true);
    expect(redactAssessment(assessment)).toMatchObject({ answers: null, scores: null, redacted: true });
  });
});

describe("SurveyDefinition", () => {
  const issues = (definition: unknown) =>
    SurveyDefinitionSchema.safeParse(definition).error?.issues.map(
      (i) => `${i.path.join(".")}: ${i.message}`,
    );

  it("accepts the first version: fifteen indicators, five per dimension, every option scored 0 to 1 or null", () => {
    const parsed = SurveyDefinitionSchema.parse(sustainabilitySurveyV1);
    expect(parsed.dimensions.map((d) => [d.dimension, d.indicators.length])).toEqual([
      ["economic", 5],
      ["social", 5],
      ["psychosocial", 5],
    ]);
    // the best answer of each indicator scores 1 and the worst 0
    for (const d of parsed.dimensions)
      for (const i of d.indicators) {
        const scores = i.options.flatMap((o) => (o.score === null ? [] : [o.score]));
        expect([Math.min(...scores), Math.max(...scores)], i.code).toEqual([0, 1]);
      }
  });

  it("names each mistake of an edited version", () => {
    const broken = structuredClone(survey) as unknown as {
      title: Record<string, string>;
      threshold: number;
      dimensions: { dimension: string; weight: number; indicators: Record<string, unknown>[] }[];
    };
    broken.threshold = 1.5;
    broken.dimensions[0]!.weight = 0;
    broken.dimensions[1]!.indicators[1]!.code = "housing";
    broken.dimensions[2]!.indicators[0]!.options = [option("a", 2), option("b", null)];
    expect(issues(broken)).toEqual([
      "dimensions.0.weight: weight must be more than 0",
      "dimensions.2.indicators.0.options.0.score: score must be between 0 and 1",
      "threshold: threshold must be between 0 and 1",
      "dimensions.1.indicators.1.code: the indicator code housing appears twice",
    ]);
    const duplicateOption = structuredClone(survey);
    duplicateOption.dimensions[2]!.indicators[0]!.options = [option("a", 1), option("a", null)];
    expect(issues(duplicateOption)).toEqual([
      "dimensions.2.indicators.0.options.1.value: the answer option a appears twice",
    ]);
    expect(issues({ ...survey, dimensions: survey.dimensions.slice(0, 2) })).toEqual([
      "dimensions: dimensions must list economic, social, psychosocial, each once",
    ]);
    expect(issues({ ...survey, title: { bn: "শিরোনাম", english: "x" } })).toEqual([
      "title.en: an English text (en) is required",
      "title.english: english is not a language code such as en or bn",
    ]);
  });
});
