import { z } from "zod";
import { oneOf, text, uuid } from "./fields";

/** Stages in the order the process runs them (DESIGN.md, "The process the system carries"). */
export const caseStages = [
  "pre_return",
  "registered",
  "assessed",
  "plan_active",
  "monitoring",
  "handed_over",
  "closed",
] as const;
export const CaseStage = oneOf("stage", caseStages);
export type CaseStage = z.infer<typeof CaseStage>;

export const riskLevels = ["low", "medium", "high"] as const;
export const RiskLevel = oneOf("riskLevel", riskLevels);
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

/** The work done on a case, each by its own route; the screen offers exactly those the case allows. */
export const caseWorkActions = [
  "update",
  "assess",
  "plan",
  "refer",
  "record_follow_up",
  "apply",
  "hand_over",
  "close",
] as const;
export const CaseWorkAction = oneOf("action", caseWorkActions);
export type CaseWorkAction = z.infer<typeof CaseWorkAction>;

/**
 * What may be done on a case now, by someone who works it (its lead organisation's case workers, or an
 * administrator): nothing on a closed case; a hand-over or a closure only where the stage may move there.
 * Everyone else reads.
 */
export function caseWorkOpen(stage: CaseStage, worksCase: boolean): CaseWorkAction[] {
  if (!worksCase || !isOpenStage(stage)) return [];
  return caseWorkActions.filter(
    (action) =>
      (action !== "hand_over" || canMoveStage(stage, "handed_over")) &&
      (action !== "close" || canMoveStage(stage, "closed")),
  );
}

export const CaseInput = z.object({
  personId: uuid("personId"),
  stage: oneOf("stage", ["pre_return", "registered"]).default("registered"),
});
export type CaseInput = z.infer<typeof CaseInput>;

export const CaseClosureReason = oneOf("reason", [
  "reintegrated",
  "handed_over",
  "moved_abroad_again",
  "lost_contact",
  "declined_support",
  "deceased",
  "other",
]);
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
