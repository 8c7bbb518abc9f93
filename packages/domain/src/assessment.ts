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
import { assessmentKinds } from "./values";

export const AssessmentKind = oneOf("kind", assessmentKinds).meta({ id: "AssessmentKind" });
export type AssessmentKind = z.infer<typeof AssessmentKind>;

export const AssessmentInput = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("needs"), answers: NeedsAnswers }),
    z.object({ kind: z.literal("vulnerability"), answers: VulnerabilityAnswers }),
    z.object({ kind: z.literal("psychosocial"), answers: PsychosocialAnswers }),
  ],
  { error: "kind must be one of: needs, vulnerability, psychosocial" },
);
export type AssessmentInput = z.infer<typeof AssessmentInput>;

export type AssessmentScores = NeedsScores | VulnerabilityScores | PsychosocialScores;

export function scoreAssessment(input: AssessmentInput): AssessmentScores {
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

/**
 * The assessment as a reader outside the restricted circle may see it: restricted kinds lose answers and
 * scores entirely, other kinds lose their health and psychosocial fields (and the flags that reveal them).
 */
export function redactAssessment<T extends { kind: AssessmentKind; answers: unknown; scores: unknown }>(
  assessment: T,
): Omit<T, "answers" | "scores"> & { answers: unknown; scores: unknown; redacted: boolean } {
  if (isRestrictedKind(assessment.kind))
    return { ...assessment, answers: null, scores: null, redacted: true };
  const paths = restrictedAnswerPaths[assessment.kind];
  const answers = paths.reduce((acc, path) => without(acc, path.split(".")), assessment.answers);
  let scores = assessment.scores;
  if (assessment.kind === "vulnerability" && isRecord(scores) && Array.isArray(scores.flags)) {
    const hidden = new Set<unknown>(restrictedVulnerabilityRules.map((rule) => rule.code));
    scores = { ...scores, flags: scores.flags.filter((f: unknown) => !(isRecord(f) && hidden.has(f.code))) };
  }
  return { ...assessment, answers, scores, redacted: paths.length > 0 };
}
