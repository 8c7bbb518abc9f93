import { z } from "zod";
import { int, text } from "./fields";
import type { ServiceCategoryCode } from "./service-category";

// Kessler K6: "During the past 30 days, how often did you feel ...",
// 0 = none of the time, 4 = all of the time.
const item = (field: string) => int(field, 0, 4);

export const PsychosocialAnswers = z.strictObject({
  nervous: item("nervous"),
  hopeless: item("hopeless"),
  restless: item("restless"),
  /** "so depressed that nothing could cheer you up" */
  depressed: item("depressed"),
  /** "that everything was an effort" */
  effort: item("effort"),
  worthless: item("worthless"),
  notes: text("notes", { max: 4000 }).optional(),
});
export type PsychosocialAnswers = z.infer<typeof PsychosocialAnswers>;

export const k6Items = ["nervous", "hopeless", "restless", "depressed", "effort", "worthless"] as const;

export type DistressLevel = "low" | "moderate" | "severe";
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
