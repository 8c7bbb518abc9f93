import { adminAreaCountries, isAdminAreaCode, isIsicCode } from "@homecoming/reference";
import { z } from "zod";
import { addMonthsUtc } from "./dates";
import { assertValidRule, ruleProblems } from "./eligibility-rule";
import { issueKey, type Refusal, refusal } from "./errors";
import { amount, currencyCode, int, isoDate, oneOf, text, uuid } from "./fields";
import { ServiceCategoryCode } from "./service-category";
import { ProgrammeTranslations } from "./translations";
import {
  coachingKinds,
  enrolmentActions,
  enrolmentMoves,
  enrolmentStatuses,
  financeKinds,
  programmeKinds,
} from "./values";

export const ProgrammeKind = oneOf("kind", programmeKinds).meta({ id: "ProgrammeKind" });
export type ProgrammeKind = z.infer<typeof ProgrammeKind>;

export const isFinanceKind = (k: string) => (financeKinds as readonly string[]).includes(k);
export const isCoachingKind = (k: string) => (coachingKinds as readonly string[]).includes(k);

/** A rule field: any JSON value, checked as a JSON Logic rule over the returnee facts. */
export const RuleField = (field: string) =>
  z.unknown().superRefine((rule, ctx) => {
    const problems = ruleProblems(rule);
    if (problems.length === 0) return;
    const [first] = problems;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
    ctx.addIssue({
      code: "custom",
      message: `${field} is not a valid eligibility rule: at ${first!.path}, ${first!.message}${more}`,
      params: { key: first!.key, values: first!.values },
    });
  });

const programmeFields = {
  name: text("name", { max: 200 }),
  description: text("description", { min: 0, max: 4000 }).default(""),
  kind: ProgrammeKind,
  category: ServiceCategoryCode,
  areaCodes: z
    .array(
      z
        .string()
        .trim()
        .toUpperCase()
        .refine((c) => isAdminAreaCode(c) || (adminAreaCountries as readonly string[]).includes(c), {
          error: `areaCodes must contain admin area p-codes or the codes of whole countries (${adminAreaCountries.join(", ")})`,
          ...issueKey("programme.area_codes", { countries: adminAreaCountries.join(", ") }),
        }),
    )
    .max(500, "areaCodes must list at most 500 areas")
    .default([]),
  capacity: int("capacity", 1, 1_000_000).nullable().default(null),
  opensOn: isoDate("opensOn").nullable().default(null),
  closesOn: isoDate("closesOn").nullable().default(null),
  eligibilityRule: RuleField("eligibilityRule").default(true),
  active: z.boolean({ error: "active must be true or false" }).default(true),
  translations: ProgrammeTranslations.default({}),
};

const datesInOrder = (p: { opensOn?: string | null; closesOn?: string | null }) =>
  !p.opensOn || !p.closesOn || p.closesOn >= p.opensOn;
const datesError = {
  error: "closesOn must not be before opensOn",
  path: ["closesOn"],
  ...issueKey("programme.dates_order"),
};

export const ProgrammeInput = z
  .object({ ...programmeFields, ownerOrganisationId: uuid("ownerOrganisationId").optional() })
  .refine(datesInOrder, datesError);
export type ProgrammeInput = z.infer<typeof ProgrammeInput>;

export const ProgrammePatch = z
  .object({
    name: programmeFields.name,
    description: text("description", { min: 0, max: 4000 }),
    kind: ProgrammeKind,
    category: ServiceCategoryCode,
    areaCodes: programmeFields.areaCodes.unwrap(),
    capacity: int("capacity", 1, 1_000_000).nullable(),
    opensOn: isoDate("opensOn").nullable(),
    closesOn: isoDate("closesOn").nullable(),
    eligibilityRule: RuleField("eligibilityRule"),
    active: z.boolean({ error: "active must be true or false" }),
    translations: ProgrammeTranslations,
  })
  .partial()
  .extend({ version: z.int32({ error: "version is required" }).min(1, "version is required") })
  .refine(datesInOrder, datesError);
export type ProgrammePatch = z.infer<typeof ProgrammePatch>;

/** Whether a programme takes enrolments on a day: active, and within its open and close dates. */
export function isProgrammeOpen(
  p: { active: boolean; opensOn: string | null; closesOn: string | null },
  today: string,
): boolean {
  return p.active && (!p.opensOn || p.opensOn <= today) && (!p.closesOn || p.closesOn >= today);
}

export { assertValidRule };

// ---- enrolment -----------------------------------------------------------------------------------------

export const EnrolmentStatus = oneOf("status", enrolmentStatuses).meta({ id: "EnrolmentStatus" });
export type EnrolmentStatus = z.infer<typeof EnrolmentStatus>;

export const EnrolmentAction = oneOf("action", enrolmentActions);
export type EnrolmentAction = z.infer<typeof EnrolmentAction>;

/** Statuses that hold one of the programme's places. */
export const placeHoldingStatuses = ["accepted", "active"] as const satisfies readonly EnrolmentStatus[];

/** The caller's relation to an enrolment: the programme's organisation decides, the case's lead may drop. */
export type EnrolmentSide = { owner: boolean; caseLead: boolean };

const mayMakeEnrolmentMove = (side: EnrolmentSide, action: EnrolmentAction) =>
  side.owner || (side.caseLead && action === "drop");

export type EnrolmentDecision = { ok: true; to: EnrolmentStatus } | ({ ok: false } & Refusal);

/**
 * Decides one move of an enrolment. Only the programme's organisation decides; the case's lead organisation
 * may also drop it. Accepting when every place is taken puts the enrolment on the waitlist instead; rejecting
 * and dropping need a reason. Starting a loan or grant records the money given, and only that move does.
 */
export function decideEnrolment(args: {
  status: EnrolmentStatus;
  action: EnrolmentAction;
  side: EnrolmentSide;
  programmeName: string;
  placesTaken: number;
  capacity: number | null;
  reason?: string | undefined;
  /** whether the programme gives a loan or a grant */
  finance?: boolean;
  amountGiven?: number | undefined;
}): EnrolmentDecision {
  const move: { from: readonly EnrolmentStatus[]; to: EnrolmentStatus } = enrolmentMoves[args.action];
  const { action, status } = args;
  if (!mayMakeEnrolmentMove(args.side, action))
    return {
      ok: false,
      ...refusal("forbidden", "enrolment.owner_only", { programme: args.programmeName, action }),
    };
  if (!move.from.includes(status))
    return { ok: false, ...refusal("invalid_transition", "enrolment.cannot_move", { action, status }) };
  if ((action === "reject" || action === "drop") && !args.reason?.trim())
    return { ok: false, ...refusal("reason_required", "enrolment.reason_required", { action }, "reason") };
  const givesMoney = action === "start" && args.finance === true;
  if (givesMoney && args.amountGiven === undefined)
    return { ok: false, ...refusal("invalid_amount", "enrolment.amount_required", {}, "amountGiven") };
  if (!givesMoney && args.amountGiven !== undefined)
    return { ok: false, ...refusal("invalid_amount", "enrolment.amount_only_at_start", {}, "amountGiven") };
  if (action === "accept" && args.capacity !== null && args.placesTaken >= args.capacity)
    return status === "waitlisted"
      ? { ok: false, ...refusal("invalid_transition", "enrolment.programme_full") }
      : { ok: true, to: "waitlisted" };
  return { ok: true, to: move.to };
}

/** What may happen next to an enrolment for the caller: the moves their side may make from its status. */
export function enrolmentMovesOpen(status: EnrolmentStatus, side: EnrolmentSide): EnrolmentAction[] {
  return enrolmentActions.filter(
    (action) =>
      mayMakeEnrolmentMove(side, action) &&
      (enrolmentMoves[action].from as readonly EnrolmentStatus[]).includes(status),
  );
}

export const EnrolmentInput = z.object({
  programmeId: uuid("programmeId"),
  note: text("note", { max: 2000 }).optional(),
  /** For a loan or grant: the business-training or mentoring enrolment of the same case it goes with. */
  coachingEnrolmentId: uuid("coachingEnrolmentId").optional(),
});
export type EnrolmentInput = z.infer<typeof EnrolmentInput>;

export const EnrolmentTransitionInput = z.object({
  reason: text("reason", { max: 2000 }).optional(),
  /** Starting a loan or grant: the money given, in `currency` (the business plan's when not given). */
  amountGiven: amount("amountGiven", 1_000_000_000).positive("amountGiven must be more than 0").optional(),
  currency: currencyCode("currency").optional(),
  version: z.int32({ error: "version is required" }).min(1, "version is required"),
});
export type EnrolmentTransitionInput = z.infer<typeof EnrolmentTransitionInput>;

// ---- self-employment: business plan and money follow-ups ----------------------------------------------

export const BusinessPlanInput = z
  .object({
    activity: text("activity", { max: 500 }),
    sectorIsic: z
      .string({ error: "sectorIsic is required" })
      .trim()
      .toUpperCase()
      .refine(isIsicCode, { error: "sectorIsic must be an ISIC Rev.4 code", ...issueKey("validation.isic") }),
    currency: currencyCode("currency"),
    capitalNeeded: amount("capitalNeeded", 1_000_000_000),
    ownContribution: amount("ownContribution", 1_000_000_000),
    expectedMonthlyIncome: amount("expectedMonthlyIncome", 1_000_000_000),
    market: text("market", { max: 2000 }),
    risks: text("risks", { max: 2000 }),
  })
  .refine((p) => p.ownContribution <= p.capitalNeeded, {
    error: "ownContribution must not be more than capitalNeeded",
    path: ["ownContribution"],
    ...issueKey("business_plan.contribution"),
  });
export type BusinessPlanInput = z.infer<typeof BusinessPlanInput>;

/** Follow-ups of money given: repayment checks for a loan, checks of how a grant was used. */
export const moneyFollowUpMonths: Record<(typeof financeKinds)[number], readonly number[]> = {
  loan: [1, 3, 6, 12],
  grant: [1, 3, 6],
};

export function moneyFollowUps(kind: (typeof financeKinds)[number], startedAt: Date) {
  return moneyFollowUpMonths[kind].map((m) => ({
    kind: kind === "loan" ? ("repayment" as const) : ("grant_use" as const),
    dueDate: addMonthsUtc(startedAt, m),
  }));
}
