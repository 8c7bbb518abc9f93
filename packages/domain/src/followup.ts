import { z } from "zod";
import { addDaysUtc, addMonthsUtc, daysBetweenUtc, startOfDayUtc, toDate, toIsoDate } from "./dates";
import { issueKey, type Refusal, refusal } from "./errors";
import { bool, oneOf, text } from "./fields";
import { SurveyAnswers, type SurveyOccasion } from "./sustainability-survey";
import {
  contactMethods,
  followUpKinds,
  followUpStatuses,
  planFollowUpKinds,
  type scheduledFollowUpKinds,
} from "./values";

export const FollowUpKind = oneOf("kind", followUpKinds).meta({ id: "FollowUpKind" });
export type FollowUpKind = z.infer<typeof FollowUpKind>;
export type PlanFollowUpKind = (typeof planFollowUpKinds)[number];
export type ScheduledFollowUpKind = (typeof scheduledFollowUpKinds)[number];

const monthsAfterPlan: Record<PlanFollowUpKind, number> = { month_3: 3, month_6: 6, month_12: 12 };

/** Follow-ups due 3, 6 and 12 calendar months after the plan became active, as UTC midnight dates. */
export function followUpSchedule(planActivatedAt: Date): { kind: PlanFollowUpKind; dueDate: Date }[] {
  const day = startOfDayUtc(planActivatedAt);
  return planFollowUpKinds.map((kind) => ({ kind, dueDate: addMonthsUtc(day, monthsAfterPlan[kind]) }));
}

export const FollowUpStatus = z.enum(followUpStatuses).meta({ id: "FollowUpStatus" });
export type FollowUpStatus = z.infer<typeof FollowUpStatus>;

/**
 * When each scheduled follow-up may be recorded: from `opensDaysBefore` days before its due date (it is then
 * "due"); `overdueDaysAfter` days after that date it is overdue, and may still be recorded late. The later a
 * follow-up, the wider its window, as a visit a year on is arranged weeks ahead.
 */
export const followUpWindows: Record<
  ScheduledFollowUpKind,
  { opensDaysBefore: number; overdueDaysAfter: number }
> = {
  month_3: { opensDaysBefore: 7, overdueDaysAfter: 14 },
  month_6: { opensDaysBefore: 14, overdueDaysAfter: 14 },
  month_12: { opensDaysBefore: 30, overdueDaysAfter: 14 },
  repayment: { opensDaysBefore: 7, overdueDaysAfter: 14 },
  grant_use: { opensDaysBefore: 7, overdueDaysAfter: 14 },
};

/** The widest opening and the narrowest grace of all windows: what a sweep must look at to miss none. */
export const followUpWindowBounds = {
  opensDaysBefore: Math.max(...Object.values(followUpWindows).map((w) => w.opensDaysBefore)),
  overdueDaysAfter: Math.min(...Object.values(followUpWindows).map((w) => w.overdueDaysAfter)),
};

const windowOf = (kind: string) => followUpWindows[kind as ScheduledFollowUpKind];

/** The first day a follow-up may be recorded (YYYY-MM-DD); null for an extra contact, which has no window. */
export function followUpOpensOn(followUp: { kind: string; dueDate: Date | string }): string | null {
  const window = windowOf(followUp.kind);
  if (!window) return null;
  return toIsoDate(addDaysUtc(startOfDayUtc(toDate(followUp.dueDate)), -window.opensDaysBefore));
}

/** Counted in whole UTC calendar days, so the answer does not change during the due day itself. */
export function followUpStatus(
  followUp: { kind: string; dueDate: Date | string; doneAt?: Date | string | null },
  now: Date,
): FollowUpStatus {
  if (followUp.doneAt != null) return "done";
  const window = windowOf(followUp.kind);
  if (!window) return "due";
  const daysPastDue = daysBetweenUtc(toDate(followUp.dueDate), now);
  if (daysPastDue < -window.opensDaysBefore) return "scheduled";
  if (daysPastDue <= window.overdueDaysAfter) return "due";
  return "overdue";
}

export type FollowUpRecordingDecision = { ok: true } | ({ ok: false } & Refusal);

/**
 * Whether a follow-up may be recorded now: not twice, and not before its window opens. A contact before
 * then is an extra contact, so that an early call is never counted as the 12-month follow-up.
 */
export function decideFollowUpRecording(
  followUp: { kind: string; dueDate: Date | string; doneAt?: Date | string | null },
  now: Date,
): FollowUpRecordingDecision {
  const kind = followUp.kind;
  if (followUp.doneAt != null)
    return { ok: false, ...refusal("conflict", "follow_up.already_done", { kind }) };
  if (followUpStatus(followUp, now) !== "scheduled") return { ok: true };
  const opensOn = followUpOpensOn(followUp) ?? "";
  const dueOn = toIsoDate(toDate(followUp.dueDate));
  return { ok: false, ...refusal("conflict", "follow_up.not_open", { kind, opensOn, dueOn }) };
}

export const ContactMethod = oneOf("contactMethod", contactMethods).meta({ id: "ContactMethod" });
export type ContactMethod = z.infer<typeof ContactMethod>;

export const FollowUpCompleteInput = z
  .object({
    contactMethod: ContactMethod,
    reached: bool("reached"),
    note: text("note", { max: 4000 }).optional(),
    survey: SurveyAnswers.optional().describe(
      "the sustainability survey taken at this contact, as indicator: option (the version in use scores it)",
    ),
  })
  .refine((input) => input.reached || input.survey === undefined, {
    message: "survey can only be taken when the returnee was reached",
    path: ["survey"],
    ...issueKey("follow_up.survey_unreached"),
  });
export type FollowUpCompleteInput = z.infer<typeof FollowUpCompleteInput>;

/** A survey taken at a plan's follow-up is that follow-up's; at any other contact it is "other". */
export function surveyOccasionOf(kind: FollowUpKind): SurveyOccasion {
  return (planFollowUpKinds as readonly string[]).includes(kind) ? (kind as PlanFollowUpKind) : "other";
}
