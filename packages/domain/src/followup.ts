import { z } from "zod";
import { addMonthsUtc, daysBetweenUtc, startOfDayUtc, toDate } from "./dates";
import { bool, oneOf, text } from "./fields";
import { contactMethods, followUpKinds, followUpStatuses, planFollowUpKinds } from "./values";

export const FollowUpKind = oneOf("kind", followUpKinds).meta({ id: "FollowUpKind" });
export type FollowUpKind = z.infer<typeof FollowUpKind>;
export type PlanFollowUpKind = (typeof planFollowUpKinds)[number];

const monthsAfterPlan: Record<PlanFollowUpKind, number> = { month_3: 3, month_6: 6, month_12: 12 };

/** Follow-ups due 3, 6 and 12 calendar months after the plan became active, as UTC midnight dates. */
export function followUpSchedule(planActivatedAt: Date): { kind: PlanFollowUpKind; dueDate: Date }[] {
  const day = startOfDayUtc(planActivatedAt);
  return planFollowUpKinds.map((kind) => ({ kind, dueDate: addMonthsUtc(day, monthsAfterPlan[kind]) }));
}

export const FollowUpStatus = z.enum(followUpStatuses).meta({ id: "FollowUpStatus" });
export type FollowUpStatus = z.infer<typeof FollowUpStatus>;

/** A follow-up becomes due a week before its date and overdue two weeks after it. */
export const followUpWindow = { opensDaysBefore: 7, overdueDaysAfter: 14 } as const;

/** Counted in whole UTC calendar days, so the answer does not change during the due day itself. */
export function followUpStatus(
  followUp: { dueDate: Date | string; doneAt?: Date | string | null },
  now: Date,
): FollowUpStatus {
  if (followUp.doneAt != null) return "done";
  const daysPastDue = daysBetweenUtc(toDate(followUp.dueDate), now);
  if (daysPastDue < -followUpWindow.opensDaysBefore) return "scheduled";
  if (daysPastDue <= followUpWindow.overdueDaysAfter) return "due";
  return "overdue";
}

export const ContactMethod = oneOf("contactMethod", contactMethods).meta({ id: "ContactMethod" });
export type ContactMethod = z.infer<typeof ContactMethod>;

export const FollowUpCompleteInput = z.object({
  contactMethod: ContactMethod,
  reached: bool("reached"),
  note: text("note", { max: 4000 }).optional(),
});
export type FollowUpCompleteInput = z.infer<typeof FollowUpCompleteInput>;
