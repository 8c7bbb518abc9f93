import { z } from "zod";
import { int, text } from "./fields";
import type { ServiceCategoryCode } from "./service-category";
import { type DistressLevel, type K6Item, k6Items } from "./values";

// Kessler K6 (the items in values.ts): 0 = none of the time, 4 = all of the time.
const item = (field: string) => int(field, 0, 4);

export const PsychosocialAnswers = z.strictObject({
  ...(Object.fromEntries(k6Items.map((k) => [k, item(k)])) as Record<K6Item, ReturnType<typeof item>>),
  notes: text("notes", { max: 4000 }).optional(),
});
export type PsychosocialAnswers = z.infer<typeof PsychosocialAnswers>;

export type PsychosocialScores = {
  k6Total: number;
  level: DistressLevel;
  requiresReferral: boolean;
  categories: ServiceCategoryCode[];
};

/** K6 cut-offs: 13 and over is the validated threshold for serious psychological distress; 5-12 moderate. */
export const k6Thresholds = { severe: 13, moderate: 5 } as const;

const categoriesByLevel: Record<DistressLevel, ServiceCategoryCode[]> = {
  low: [],
  moderate: ["psy.counselling", "psy.peer_support"],
  severe: ["psy.mental_health", "psy.counselling"],
};

export function scorePsychosocial(answers: PsychosocialAnswers): PsychosocialScores {
  const k6Total = k6Items.reduce((sum, key) => sum + answers[key], 0);
  const level: DistressLevel =
    k6Total >= k6Thresholds.severe ? "severe" : k6Total >= k6Thresholds.moderate ? "moderate" : "low";
  return { k6Total, level, requiresReferral: level === "severe", categories: [...categoriesByLevel[level]] };
}
