import { z } from "zod";
import { oneOf, text, uuid } from "./fields";
import { caseClosureReasons, caseStages, riskLevels } from "./values";

export const CaseStage = oneOf("stage", caseStages).meta({ id: "CaseStage" });
export type CaseStage = z.infer<typeof CaseStage>;

export const RiskLevel = oneOf("riskLevel", riskLevels).meta({ id: "RiskLevel" });
export type RiskLevel = z.infer<typeof RiskLevel>;

export function isOpenStage(stage: CaseStage): boolean {
  return stage !== "closed";
}

/**
 * Cases move forward, possibly skipping stages (pre-return is optional, a case can be handed over straight
 * from an active plan). Monitoring may fall back to plan_active when follow-up shows the plan needs work.
 * Any open case can be closed; a closed case stays closed.
 */
export function canMoveStage(from: CaseStage, to: CaseStage): boolean {
  if (from === to || from === "closed") return false;
  if (to === "closed") return true;
  if (from === "monitoring" && to === "plan_active") return true;
  return caseStages.indexOf(to) > caseStages.indexOf(from);
}

export function nextStages(from: CaseStage): CaseStage[] {
  return caseStages.filter((to) => canMoveStage(from, to));
}

export const CaseInput = z.object({
  personId: uuid("personId"),
  stage: oneOf("stage", ["pre_return", "registered"]).default("registered"),
});
export type CaseInput = z.infer<typeof CaseInput>;

export const CaseClosureReason = oneOf("reason", caseClosureReasons).meta({ id: "CaseClosureReason" });
export type CaseClosureReason = z.infer<typeof CaseClosureReason>;

export const HandOverInput = z.object({
  nationalService: text("nationalService", { max: 200 }),
  organisationName: text("organisationName", { max: 200 }).optional(),
  note: text("note", { max: 2000 }).optional(),
});
export type HandOverInput = z.infer<typeof HandOverInput>;

export const CloseCaseInput = z
  .object({ reason: CaseClosureReason, note: text("note", { max: 2000 }).optional() })
  .refine((c) => c.reason !== "other" || c.note !== undefined, {
    error: "note is required when reason is other",
    path: ["note"],
  });
export type CloseCaseInput = z.infer<typeof CloseCaseInput>;
