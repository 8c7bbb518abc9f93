import {
  conflict,
  decideEnrolment,
  type EnrolmentAction,
  type EnrolmentInput,
  type EnrolmentStatus,
  enrolmentMovesOpen,
  explain,
  isCoachingKind,
  isFinanceKind,
  isProgrammeOpen,
  moneyFollowUps,
  notFound,
  redactExplanation,
  refusalError,
  staleVersion,
  toIsoDate,
  validation,
} from "@homecoming/domain";
import type { Ctx } from "../../http/context";
import {
  checkProgrammeOwnerOrCaseLead,
  isCaseLead,
  isCaseLeadOrAdmin,
  ownsProgramme,
  requireProgrammeOwner,
} from "../access";
import { audit } from "../audit/service";
import { scheduleFollowUps } from "../cases/follow-ups";
import {
  leadOrganisationsOfCases,
  loadVisibleCase,
  loadWritableCase,
  recordCaseEvent,
} from "../cases/service";
import { factsOf } from "../rules/facts";
import * as store from "./store";

const today = (ctx: { now: Date }) => toIsoDate(ctx.now);

// ---- enrolments ----------------------------------------------------------------------------------------

/**
 * Enrolments as their reader may see them, each with what the reader may do next to it (the moves of the
 * domain's table for their side: the programme's organisation, the case's lead). A verdict's restricted
 * conditions keep their values for the case's lead organisation's case workers only (not for the programme's
 * organisation, nor administrators).
 */
async function toEnrolment(
  ctx: Ctx,
  rows: store.EnrolmentRow[],
  /** The enrolments' case when the caller has read it already (every row is of that case). */
  ofCase?: { id: string; leadOrganisationId: string },
) {
  const programmes = await store.programmesByIds(ctx.tx, [...new Set(rows.map((r) => r.programmeId))]);
  const byId = new Map(programmes.map((p) => [p.programme.id, p.programme]));
  const leads = ofCase
    ? new Map([[ofCase.id, ofCase.leadOrganisationId]])
    : await leadOrganisationsOfCases(ctx, [...new Set(rows.map((r) => r.caseId))]);
  return rows.map((r) => {
    const kase = { leadOrganisationId: leads.get(r.caseId) ?? "" };
    const programme = byId.get(r.programmeId);
    // an enrolment references its programme, so a missing one is a broken database rather than something to show
    if (!programme) throw new Error(`enrolment ${r.id} has no programme ${r.programmeId}`);
    const side = {
      owner: ownsProgramme(ctx, programme),
      caseLead: isCaseLeadOrAdmin(ctx, kase),
    };
    return {
      ...r,
      verdict: isCaseLead(ctx.actor, kase) ? r.verdict : redactExplanation(r.verdict),
      programmeName: programme.name,
      programmeKind: programme.kind,
      moves: enrolmentMovesOpen(r.status as EnrolmentStatus, side),
    };
  });
}

export async function listEnrolmentsOfCase(ctx: Ctx, caseId: string) {
  const kase = await loadVisibleCase(ctx, caseId);
  const items = await toEnrolment(ctx, await store.enrolmentsOfCase(ctx.tx, caseId), kase);
  return { items, total: items.length };
}

/** Applies for a programme from a case: the rule is evaluated now and its verdict and version kept. */
export async function applyForProgramme(ctx: Ctx, caseId: string, input: EnrolmentInput) {
  const kase = await loadWritableCase(ctx, caseId);
  const programme = await store.getProgramme(ctx.tx, input.programmeId);
  if (!programme) throw validation("programme.unknown", { id: input.programmeId }, "programmeId");
  if (!isProgrammeOpen(programme, today(ctx)))
    throw conflict("programme.not_taking", { programme: programme.name });
  const facts = await factsOf(ctx, kase.personId, caseId);
  const verdict = explain(programme.eligibilityRule, facts);
  if (verdict.verdict === "not_eligible") {
    const failed = verdict.conditions
      .filter((c) => c.outcome === "failed")
      .map((c) => `${c.text} (${c.because})`);
    throw conflict("programme.not_eligible", { programme: programme.name, reasons: failed.join("; ") });
  }
  let businessPlanId: string | null = null;
  if (isFinanceKind(programme.kind)) {
    const plan = await store.businessPlanOf(ctx.tx, caseId);
    if (!plan)
      throw validation(
        programme.kind === "loan" ? "enrolment.loan_plan_first" : "enrolment.grant_plan_first",
        {},
        "businessPlan",
      );
    businessPlanId = plan.id;
    if (!input.coachingEnrolmentId)
      throw validation(
        programme.kind === "loan" ? "enrolment.loan_coaching" : "enrolment.grant_coaching",
        {},
        "coachingEnrolmentId",
      );
    const coaching = await store.getEnrolment(ctx.tx, input.coachingEnrolmentId);
    const coachingProgramme = coaching ? await store.getProgramme(ctx.tx, coaching.programmeId) : undefined;
    if (
      !coaching ||
      coaching.caseId !== caseId ||
      !coachingProgramme ||
      !isCoachingKind(coachingProgramme.kind) ||
      ["rejected", "dropped"].includes(coaching.status)
    )
      throw validation("enrolment.coaching_invalid", {}, "coachingEnrolmentId");
  } else if (input.coachingEnrolmentId) {
    throw validation("enrolment.coaching_only_finance", {}, "coachingEnrolmentId");
  }
  let created: store.EnrolmentRow;
  try {
    created = await store.insertEnrolment(ctx.tx, {
      programmeId: programme.id,
      caseId,
      personId: kase.personId,
      status: "applied",
      ruleVersion: programme.ruleVersion,
      verdict,
      coachingEnrolmentId: input.coachingEnrolmentId ?? null,
      businessPlanId,
      note: input.note ?? null,
      appliedByUserId: ctx.actor.userId,
      appliedByOrganisationId: ctx.actor.organisationId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
  } catch (e) {
    if (
      (e as { code?: string; cause?: { code?: string } }).code === "23505" ||
      (e as { cause?: { code?: string } }).cause?.code === "23505"
    )
      throw conflict("enrolment.already_open", { programme: programme.name });
    throw e;
  }
  await recordCaseEvent(ctx, caseId, "enrolment_applied", {
    enrolmentId: created.id,
    programmeId: programme.id,
    programmeName: programme.name,
    verdict: verdict.verdict,
    ruleVersion: programme.ruleVersion,
  });
  await audit(ctx, {
    action: "create",
    recordType: "enrolment",
    recordId: created.id,
    personId: kase.personId,
    details: { programmeId: programme.id, ruleVersion: programme.ruleVersion, verdict: verdict.verdict },
  });
  return (await toEnrolment(ctx, [created], kase))[0]!;
}

const eventOfStatus: Record<EnrolmentStatus, string> = {
  applied: "enrolment_applied",
  accepted: "enrolment_accepted",
  rejected: "enrolment_rejected",
  waitlisted: "enrolment_waitlisted",
  active: "enrolment_started",
  completed: "enrolment_completed",
  dropped: "enrolment_dropped",
};

/**
 * Moves an enrolment. The programme's owner decides (accept, reject, waitlist, start, complete); the case's
 * lead organisation may also drop it. The programme row is locked so two acceptances cannot both take the
 * last place.
 */
export async function transitionEnrolment(
  ctx: Ctx,
  id: string,
  action: EnrolmentAction,
  input: {
    reason?: string | undefined;
    amountGiven?: number | undefined;
    currency?: string | undefined;
    version: number;
  },
) {
  const current = await store.getEnrolment(ctx.tx, id);
  if (!current) throw notFound("enrolment.not_found");
  const programme = await store.getProgramme(ctx.tx, current.programmeId, true);
  const kase = await loadVisibleCase(ctx, current.caseId).catch(() => undefined);
  const { owner, caseLead } = checkProgrammeOwnerOrCaseLead(ctx, programme!, kase);
  if (!owner && !caseLead) throw notFound("enrolment.not_found");
  const taken = (await store.placesTaken(ctx.tx, [programme!.id])).get(programme!.id) ?? 0;
  const decision = decideEnrolment({
    status: current.status as EnrolmentStatus,
    action,
    side: { owner, caseLead },
    programmeName: programme!.name,
    placesTaken: taken,
    capacity: programme!.capacity,
    reason: input.reason,
    finance: isFinanceKind(programme!.kind),
    amountGiven: input.amountGiven,
  });
  if (!decision.ok) throw refusalError(decision);
  if (input.currency !== undefined && input.amountGiven === undefined)
    throw validation("enrolment.currency_without_amount", {}, "currency");
  if (current.version !== input.version) throw staleVersion();
  const to = decision.to;
  const patch: Partial<store.EnrolmentRow> = { status: to, updatedAt: ctx.now };
  if (input.reason) patch.reason = input.reason;
  if (to === "accepted" || to === "rejected" || to === "waitlisted") patch.decidedAt = ctx.now;
  if (to === "active") patch.startedAt = ctx.now;
  if (input.amountGiven !== undefined) {
    const plan = await store.businessPlanOf(ctx.tx, current.caseId);
    const currency = input.currency ?? plan?.currency;
    if (!currency) throw validation("enrolment.currency_required", {}, "currency");
    patch.amountGiven = input.amountGiven;
    patch.currency = currency;
  }
  if (to === "completed" || to === "dropped") patch.endedAt = ctx.now;
  const updated = await store.updateEnrolment(ctx.tx, id, current.version, patch);
  if (!updated) throw staleVersion();
  if (to === "active" && (programme!.kind === "loan" || programme!.kind === "grant"))
    await scheduleFollowUps(
      ctx,
      current.caseId,
      moneyFollowUps(programme!.kind, ctx.now).map((f) => ({ ...f, enrolmentId: id })),
    );
  await recordCaseEvent(ctx, current.caseId, eventOfStatus[to], {
    enrolmentId: id,
    programmeId: programme!.id,
    programmeName: programme!.name,
    ...(input.reason ? { reason: input.reason } : {}),
    ...(patch.amountGiven !== undefined ? { amountGiven: patch.amountGiven, currency: patch.currency } : {}),
    ...(action === "accept" && to === "waitlisted" ? { full: true } : {}),
  });
  await audit(ctx, {
    action: "transition",
    recordType: "enrolment",
    recordId: id,
    personId: current.personId,
    details: { action, to, ...(patch.amountGiven !== undefined ? { amountGiven: patch.amountGiven } : {}) },
  });
  return (await toEnrolment(ctx, [updated], kase))[0]!;
}

export async function listEnrolmentsOfProgramme(
  ctx: Ctx,
  programmeId: string,
  query: { status?: EnrolmentStatus[] | undefined; limit: number; offset: number },
) {
  const programme = await store.getProgramme(ctx.tx, programmeId);
  if (!programme) throw notFound("programme.not_found");
  requireProgrammeOwner(ctx, programme, "programme.owner_lists");
  const page = await store.enrolmentsOfProgramme(ctx.tx, { programmeId, ...query });
  await audit(ctx, {
    action: "list",
    recordType: "enrolment",
    recordId: programmeId,
    personIds: page.items.map((e) => e.personId),
  });
  return { items: await toEnrolment(ctx, page.items), total: page.total };
}
