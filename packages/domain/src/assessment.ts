import { z } from "zod";
import { NeedsAnswers, type NeedsScores, scoreNeeds } from "./assessment-needs";
import { PsychosocialAnswers, type PsychosocialScores, scorePsychosocial } from "./assessment-psychosocial";
import {
  scoreVulnerability,
  VulnerabilityAnswers,
  type VulnerabilityScores,
  vulnerabilityRules,
} from "./assessment-vulnerability";
import { oneOf } from "./fields";
import {
  SurveyAnswers,
  type SurveyAnswers as SurveyAnswersType,
  type SurveyDefinition,
  type SurveyScores,
  sharedSurveyAnswers,
  sharedSurveyScores,
} from "./sustainability-survey";
import { assessmentKinds } from "./values";

export const AssessmentKind = oneOf("kind", assessmentKinds).meta({ id: "AssessmentKind" });
export type AssessmentKind = z.infer<typeof AssessmentKind>;

export const AssessmentInput = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("needs"), answers: NeedsAnswers }),
    z.object({ kind: z.literal("vulnerability"), answers: VulnerabilityAnswers }),
    z.object({ kind: z.literal("psychosocial"), answers: PsychosocialAnswers }),
    // checked against the survey's current version when recorded (checkSurveyAnswers)
    z.object({ kind: z.literal("sustainability_survey"), answers: SurveyAnswers }),
  ],
  { error: `kind must be one of: ${assessmentKinds.join(", ")}` },
);
export type AssessmentInput = z.infer<typeof AssessmentInput>;

/** The kinds scored by fixed code; a survey is scored with the version it is taken on (scoreSurvey). */
export type FixedAssessmentInput = Exclude<AssessmentInput, { kind: "sustainability_survey" }>;

export type AssessmentScores = NeedsScores | VulnerabilityScores | PsychosocialScores | SurveyScores;

export function scoreAssessment(input: FixedAssessmentInput): AssessmentScores {
  switch (input.kind) {
    case "needs":
      return scoreNeeds(input.answers);
    case "vulnerability":
      return scoreVulnerability(input.answers);
    case "psychosocial":
      return scorePsychosocial(input.answers);
  }
}

/** Kinds whose answers and scores only the lead organisation's case manager and counsellors may read. */
export const restrictedAssessmentKinds: readonly AssessmentKind[] = ["psychosocial"];

export function isRestrictedKind(kind: AssessmentKind): boolean {
  return restrictedAssessmentKinds.includes(kind);
}

// Health and psychosocial answers also sit inside the other kinds (DESIGN.md access rules), so those
// fields are withheld too. Paths are dot-separated inside the answers object.
const restrictedVulnerabilityRules = vulnerabilityRules.filter((rule) => rule.restricted);
export const restrictedAnswerPaths: Record<AssessmentKind, readonly string[]> = {
  needs: ["psychosocial", "social.healthNeed"],
  vulnerability: restrictedVulnerabilityRules.map((rule) => rule.answer),
  psychosocial: [],
  sustainability_survey: [],
};

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function without(value: unknown, path: readonly string[]): unknown {
  const [head, ...rest] = path;
  if (!isRecord(value) || head === undefined) return value;
  if (rest.length === 0) {
    const { [head]: _dropped, ...kept } = value;
    return kept;
  }
  return { ...value, [head]: without(value[head], rest) };
}

/** A restricted answer at its neutral value: a scale at 0, a yes/no at no, an object with every field so. */
function neutral(value: unknown): unknown {
  if (typeof value === "number") return 0;
  if (typeof value === "boolean") return false;
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, neutral(v)]));
  return value;
}

function neutralAt(value: unknown, path: readonly string[]): unknown {
  const [head, ...rest] = path;
  if (!isRecord(value) || head === undefined || !(head in value)) return value;
  return { ...value, [head]: rest.length === 0 ? neutral(value[head]) : neutralAt(value[head], rest) };
}

/** Needs dimensions all of whose answers are restricted: a reader outside the circle gets no score for them. */
export const restrictedDimensions = ["psychosocial"] as const;

/** The needs scores a reader outside the restricted circle may see: no psychosocial dimension. */
export type SharedNeedsScores = Omit<NeedsScores, (typeof restrictedDimensions)[number]>;
export type SharedAssessmentScores = SharedNeedsScores | VulnerabilityScores;

/**
 * The scores of an assessment as they would be if every restricted answer stood at its neutral value, for
 * readers outside the restricted circle: whatever is derived from restricted answers (a dimension's score and
 * priority, the needs and flags they raise, a risk level) is then derived without them, so two returnees whose
 * answers differ only in restricted fields get the same shared scores. Restricted kinds have none (null), and
 * neither do answers that no longer parse.
 */
export function sharedScores(kind: AssessmentKind, answers: unknown): SharedAssessmentScores | null {
  if (isRestrictedKind(kind) || (kind !== "needs" && kind !== "vulnerability")) return null;
  const neutralised = restrictedAnswerPaths[kind].reduce(
    (acc, path) => neutralAt(acc, path.split(".")),
    answers,
  );
  const input = AssessmentInput.safeParse({ kind, answers: neutralised });
  if (!input.success) return null;
  if (input.data.kind === "vulnerability") return scoreVulnerability(input.data.answers);
  const { psychosocial: _restricted, ...shared } = scoreNeeds(input.data.answers as NeedsAnswers);
  return shared;
}

/**
 * The assessment as a reader outside the restricted circle may see it: restricted kinds lose answers and
 * scores entirely, other kinds lose their health and psychosocial answers, and their scores are the shared
 * scores worked out without those answers (`sharedScores`). A survey needs the version it was taken on to
 * know which of its answers are restricted; without it nothing of the survey is shown.
 */
export function redactAssessment<T extends { kind: AssessmentKind; answers: unknown; scores: unknown }>(
  assessment: T,
  survey?: SurveyDefinition,
): Omit<T, "answers" | "scores"> & { answers: unknown; scores: unknown; redacted: boolean } {
  if (isRestrictedKind(assessment.kind))
    return { ...assessment, answers: null, scores: null, redacted: true };
  if (assessment.kind === "sustainability_survey") {
    if (!survey) return { ...assessment, answers: null, scores: null, redacted: true };
    const answers = assessment.answers as SurveyAnswersType;
    const version = (assessment.scores as SurveyScores).version;
    return {
      ...assessment,
      answers: sharedSurveyAnswers(survey, answers),
      scores: sharedSurveyScores(survey, version, answers),
      redacted: true,
    };
  }
  const paths = restrictedAnswerPaths[assessment.kind];
  if (paths.length === 0) return { ...assessment, redacted: false };
  const answers = paths.reduce((acc, path) => without(acc, path.split(".")), assessment.answers);
  return {
    ...assessment,
    answers,
    scores: sharedScores(assessment.kind, assessment.answers),
    redacted: true,
  };
}
