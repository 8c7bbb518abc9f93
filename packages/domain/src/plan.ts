import { z } from "zod";
import { issueKey } from "./errors";
import { isoDate, oneOf, text, uuid } from "./fields";
import { isOpenStatus, type ReferralStatus } from "./referral";
import { Dimension, ServiceCategoryCode } from "./service-category";
import { planActionStatuses } from "./values";

export const PlanActionStatus = oneOf("status", planActionStatuses).meta({ id: "PlanActionStatus" });
export type PlanActionStatus = z.infer<typeof PlanActionStatus>;

export const PlanGoalInput = z.object({
  dimension: Dimension,
  title: text("title", { max: 200 }),
  description: text("description", { max: 2000 }).optional(),
});
export type PlanGoalInput = z.infer<typeof PlanGoalInput>;

// Without defaults, so that a patch built from them leaves absent fields absent.
const actionFields = {
  goalId: uuid("goalId").optional(),
  dimension: Dimension,
  title: text("title", { max: 200 }),
  ownerUserId: uuid("ownerUserId").optional(),
  ownerOrganisationId: uuid("ownerOrganisationId").optional(),
  dueDate: isoDate("dueDate").optional(),
  status: PlanActionStatus,
  serviceCategory: ServiceCategoryCode.optional(),
};

export const PlanActionInput = z.object({ ...actionFields, status: PlanActionStatus.default("planned") });
export type PlanActionInput = z.infer<typeof PlanActionInput>;

export const ActionPatch = z
  .object(actionFields)
  .partial()
  .refine((p) => Object.keys(p).length > 0, {
    error: "the update must change at least one field",
    ...issueKey("validation.no_change"),
  });
export type ActionPatch = z.infer<typeof ActionPatch>;

// On a whole-plan save, goals and actions that already exist carry their id so they keep it (and what links
// to it); those without an id are new.
const existingId = { id: uuid("id").optional() };

/** An action written inside its goal: it takes the goal's dimension and belongs to that goal. */
export const PlanGoalActionInput = PlanActionInput.omit({ goalId: true, dimension: true }).extend(existingId);
export type PlanGoalActionInput = z.infer<typeof PlanGoalActionInput>;

/** The whole plan as one document; saving it replaces the previous goals and actions. */
export const PlanInput = z.object({
  goals: z
    .array(
      PlanGoalInput.extend({
        ...existingId,
        actions: z.array(PlanGoalActionInput).max(50, "a goal must have at most 50 actions").default([]),
      }),
    )
    .max(30, "a plan must have at most 30 goals"),
});
export type PlanInput = z.infer<typeof PlanInput>;

/**
 * A plan action linked to a referral follows it: the action is under way once the referral has gone out,
 * done when the service was given, and back to planned when the referral ended without it (declined, not
 * completed, cancelled), so the plan shows it still has to happen; a draft or a suspension changes nothing.
 */
export function actionStatusForReferral(referralStatus: ReferralStatus): PlanActionStatus | null {
  switch (referralStatus) {
    case "draft":
    case "suspended":
      return null;
    case "sent":
    case "accepted":
    case "in_progress":
      return "in_progress";
    case "completed":
      return "done";
    case "declined":
    case "not_completed":
    case "cancelled":
      return "planned";
  }
}

/**
 * The action a new referral serves when none is named: the first one of the plan in the referred service's
 * category that is not finished and not already followed by a referral still open.
 */
export function actionForReferral<
  A extends { id: string; serviceCategory: string | null; status: string; referralStatus: string | null },
>(actions: readonly A[], category: string): A | undefined {
  return actions.find(
    (a) =>
      a.serviceCategory === category &&
      (a.status === "planned" || a.status === "in_progress") &&
      !(a.referralStatus && isOpenStatus(a.referralStatus as ReferralStatus)),
  );
}
