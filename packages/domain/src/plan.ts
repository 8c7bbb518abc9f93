import { z } from "zod";
import { isoDate, oneOf, text, uuid } from "./fields";
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
  .refine((p) => Object.keys(p).length > 0, "the update must change at least one field");
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
