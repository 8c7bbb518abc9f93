import {
  type ActionPatch,
  type AssessmentInput,
  type AssessmentKind,
  addDaysUtc,
  type CaseStage,
  type CloseCaseInput,
  canMoveStage,
  conflict,
  type FollowUpCompleteInput,
  type FollowUpKind,
  type FollowUpStatus,
  flagsAwaitingReferral,
  followUpSchedule,
  followUpStatus,
  followUpWindow,
  forbidden,
  type HandOverInput,
  invalidTransition,
  notFound,
  type PlanInput,
  type RiskLevel,
  redactAssessment,
  type Sex,
  scoreAssessment,
  staleVersion,
  toIsoDate,
  type VulnerabilityScores,
  validation,
} from "@homecoming/domain";
import type { Db } from "../../db/client";
import { cases } from "../../db/schema";
import { type Ctx, hasRole } from "../../http/context";
import type { Sort } from "../../http/schemas";
import { audit } from "../audit/service";
import { getUser } from "../organisations/service";
import { canSeePerson, visibleToSql } from "../persons/access";
import { loadVisiblePerson, personSummaries } from "../persons/service";
import { referralCategoriesOfCase } from "../referrals/service";
import type { CaseSortField, FollowUpSortField } from "./schemas";
import * as store from "./store";

const caseWriters = ["admin", "case_manager", "counsellor"] as const;

/** Loads a case the caller may see (same rule as its person); 404 otherwise so existence does not leak. */
export async function loadVisibleCase(ctx: Ctx, id: string) {
  if (!hasRole(ctx.actor, "admin", "case_manager", "counsellor", "provider")) {
    throw forbidden("Analysts see aggregates only, not cases");
  }
  // who may see the case's person is part of the query: a case they may not see is not found
  const row = await store.getCase(ctx.tx, id, visibleToSql(ctx.actor, cases.personId));
  if (!row) throw notFound("case");
  return row;
}

export function isLeadStaff(ctx: Ctx, row: store.CaseRow) {
  return (
    ctx.actor.organisationId === row.leadOrganisationId && hasRole(ctx.actor, "case_manager", "counsellor")
  );
}

/** Writing to a case is for the lead organisation's case workers (and administrators). */
export async function loadWritableCase(ctx: Ctx, id: string) {
  const row = await loadVisibleCase(ctx, id);
  const lead =
    ctx.actor.organisationId === row.leadOrganisationId && hasRole(ctx.actor, "case_manager", "counsellor");
  if (!lead && !hasRole(ctx.actor, "admin")) {
    throw forbidden("Only the lead organisation's case manager and counsellors may change this case");
  }
  if (row.stage === "closed") throw conflict("This case is closed");
  return row;
}

/** One entry of the case's timeline. */
export async function recordCaseEvent(
  ctx: Ctx,
  caseId: string,
  type: string,
  data: Record<string, unknown> = {},
) {
  await store.insertCaseEvent(ctx.tx, {
    caseId,
    type,
    at: ctx.now,
    actorUserId: ctx.actor.userId,
    actorOrganisationId: ctx.actor.organisationId,
    data,
  });
}

async function moveStage(ctx: Ctx, row: store.CaseRow, to: CaseStage, patch: Partial<store.CaseRow> = {}) {
  if (!canMoveStage(row.stage as CaseStage, to)) {
    throw invalidTransition(`A case cannot move from ${row.stage} to ${to}`);
  }
  const updated = await store.updateCase(ctx.tx, row.id, row.version, {
    updatedAt: ctx.now,
    ...patch,
    stage: to,
  });
  if (!updated) throw staleVersion();
  await recordCaseEvent(ctx, row.id, "stage_changed", { from: row.stage, to });
  return updated;
}

async function requireCaseManager(ctx: Ctx, userId: string, organisationId: string) {
  const user = await getUser(ctx, userId).catch(() => undefined);
  if (
    !user ||
    user.organisationId !== organisationId ||
    !user.roles.some((r) => r === "case_manager" || r === "counsellor")
  ) {
    throw validation(
      "caseManagerUserId must be a case manager or counsellor of the lead organisation",
      "caseManagerUserId",
    );
  }
}

export async function openCase(
  ctx: Ctx,
  input: { personId: string; stage: "pre_return" | "registered"; caseManagerUserId?: string | undefined },
) {
  if (!hasRole(ctx.actor, ...caseWriters)) throw forbidden("Only case managers and counsellors open cases");
  await loadVisiblePerson(ctx, input.personId).catch(() => {
    throw validation(`personId: no returnee with id ${input.personId} that you may see`, "personId");
  });
  if (await store.openCaseOfPerson(ctx.tx, input.personId, ctx.actor.organisationId)) {
    throw conflict("This returnee already has an open case with your organisation");
  }
  const caseManagerUserId =
    input.caseManagerUserId ?? (hasRole(ctx.actor, "case_manager") ? ctx.actor.userId : null);
  if (caseManagerUserId && caseManagerUserId !== ctx.actor.userId) {
    await requireCaseManager(ctx, caseManagerUserId, ctx.actor.organisationId);
  }
  const row = await store.insertCase(ctx.tx, {
    personId: input.personId,
    leadOrganisationId: ctx.actor.organisationId,
    caseManagerUserId,
    stage: input.stage,
    openedAt: ctx.now,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  await recordCaseEvent(ctx, row.id, "opened", { stage: row.stage });
  await audit(ctx, { action: "create", recordType: "case", recordId: row.id, personId: row.personId });
  return withPerson(ctx, row);
}

async function withPerson(ctx: Ctx, row: store.CaseRow) {
  const people = await personSummaries(ctx, [row.personId]);
  return toCaseView(row, people.get(row.personId));
}

type PersonBits = {
  givenName: string;
  familyName: string;
  nameNative: string | null;
  sex: Sex;
  adminAreaCode: string;
};

function toCaseView(row: store.CaseRow, person: PersonBits | undefined) {
  // a case references its person, so a missing one is a broken database rather than something to show
  if (!person) throw new Error(`case ${row.id} has no person ${row.personId}`);
  const { givenName, familyName, nameNative, sex, adminAreaCode } = person;
  return { ...row, person: { id: row.personId, givenName, familyName, nameNative, sex, adminAreaCode } };
}

export async function getCase(ctx: Ctx, id: string) {
  const row = await loadVisibleCase(ctx, id);
  const events = await store.caseEventsOf(ctx.tx, id);
  await audit(ctx, { action: "read", recordType: "case", recordId: id, personId: row.personId });
  return { ...(await withPerson(ctx, row)), events, flagsAwaitingReferral: await awaitingReferral(ctx, row) };
}

/** Flags of the latest vulnerability screening that still wait for a referral (restricted ones for the lead only). */
async function awaitingReferral(ctx: Ctx, row: store.CaseRow) {
  const [latest] = await store.assessmentsOf(ctx.tx, row.id, ["vulnerability"]);
  if (!latest) return [];
  const visible = isLeadStaff(ctx, row)
    ? latest
    : redactAssessment({ ...latest, kind: "vulnerability" as const });
  const flags = (visible.scores as VulnerabilityScores | null)?.flags ?? [];
  return flagsAwaitingReferral(flags, await referralCategoriesOfCase(ctx, row.id));
}

export async function listCases(
  ctx: Ctx,
  query: {
    stage?: CaseStage;
    mine?: boolean;
    scope?: "organisation" | "shared";
    personId?: string;
    sort: Sort<CaseSortField>;
    limit: number;
    offset: number;
  },
) {
  if (!hasRole(ctx.actor, "admin", "case_manager", "counsellor", "provider")) {
    throw forbidden("Analysts see aggregates only, not cases");
  }
  const admin = hasRole(ctx.actor, "admin");
  const filter: store.CaseFilter = {
    stage: query.stage,
    personId: query.personId,
    sort: query.sort,
    limit: query.limit,
    offset: query.offset,
  };
  if (query.mine) filter.caseManagerUserId = ctx.actor.userId;
  else if (query.scope === "shared" || (!admin && query.personId))
    filter.visible = visibleToSql(ctx.actor, cases.personId);
  else if (!admin) filter.leadOrganisationId = ctx.actor.organisationId;
  const page = await store.listCases(ctx.tx, filter);
  const people = await personSummaries(
    ctx,
    page.items.map((c) => c.personId),
  );
  await audit(ctx, {
    action: "list",
    recordType: "case",
    recordId: null,
    details: { resultIds: page.items.map((c) => c.id) },
  });
  return { items: page.items.map((c) => toCaseView(c, people.get(c.personId))), total: page.total };
}

export async function updateCase(
  ctx: Ctx,
  id: string,
  patch: {
    version: number;
    caseManagerUserId?: string | null | undefined;
    riskLevel?: RiskLevel | undefined;
    stage?: CaseStage | undefined;
  },
) {
  const row = await loadWritableCase(ctx, id);
  if (row.version !== patch.version) throw staleVersion();
  if (patch.caseManagerUserId) await requireCaseManager(ctx, patch.caseManagerUserId, row.leadOrganisationId);
  if (patch.stage && patch.stage !== row.stage && !canMoveStage(row.stage as CaseStage, patch.stage)) {
    throw invalidTransition(`A case cannot move from ${row.stage} to ${patch.stage}`);
  }
  if (patch.stage === "closed" || patch.stage === "handed_over") {
    throw validation("Use the close or hand-over action, which record a reason", "stage");
  }
  const updated = await store.updateCase(ctx.tx, id, patch.version, {
    updatedAt: ctx.now,
    ...(patch.caseManagerUserId !== undefined ? { caseManagerUserId: patch.caseManagerUserId } : {}),
    ...(patch.riskLevel ? { riskLevel: patch.riskLevel } : {}),
    ...(patch.stage ? { stage: patch.stage } : {}),
  });
  if (!updated) throw staleVersion();
  if (patch.caseManagerUserId !== undefined && patch.caseManagerUserId !== row.caseManagerUserId) {
    await recordCaseEvent(ctx, id, "case_manager_assigned", { caseManagerUserId: patch.caseManagerUserId });
  }
  if (patch.riskLevel && patch.riskLevel !== row.riskLevel)
    await recordCaseEvent(ctx, id, "risk_changed", { riskLevel: patch.riskLevel });
  if (patch.stage && patch.stage !== row.stage)
    await recordCaseEvent(ctx, id, "stage_changed", { from: row.stage, to: patch.stage });
  await audit(ctx, {
    action: "update",
    recordType: "case",
    recordId: id,
    personId: row.personId,
    details: { fields: Object.keys(patch) },
  });
  return withPerson(ctx, updated);
}

export async function addAssessment(ctx: Ctx, caseId: string, input: AssessmentInput) {
  let row = await loadWritableCase(ctx, caseId);
  const scores = scoreAssessment(input);
  const created = await store.insertAssessment(ctx.tx, {
    caseId,
    kind: input.kind,
    answers: input.answers as Record<string, unknown>,
    scores: scores as Record<string, unknown>,
    assessedByUserId: ctx.actor.userId,
    assessedByOrganisationId: ctx.actor.organisationId,
    createdAt: ctx.now,
  });
  await recordCaseEvent(ctx, caseId, "assessed", { kind: input.kind, assessmentId: created.id });
  if (input.kind === "needs" && (row.stage === "registered" || row.stage === "pre_return")) {
    row = await moveStage(ctx, row, "assessed");
  }
  if (input.kind === "vulnerability" && "riskLevel" in scores && scores.riskLevel !== row.riskLevel) {
    const updated = await store.updateCase(ctx.tx, caseId, row.version, {
      updatedAt: ctx.now,
      riskLevel: scores.riskLevel,
    });
    if (!updated) throw staleVersion();
    await recordCaseEvent(ctx, caseId, "risk_changed", { riskLevel: scores.riskLevel });
  }
  await audit(ctx, {
    action: "create",
    recordType: "assessment",
    recordId: created.id,
    personId: row.personId,
    details: { kind: input.kind },
  });
  return created;
}

export async function listAssessments(ctx: Ctx, caseId: string) {
  const row = await loadVisibleCase(ctx, caseId);
  const rows = await store.assessmentsOf(ctx.tx, caseId);
  const restricted = !isLeadStaff(ctx, row);
  await audit(ctx, { action: "list", recordType: "assessment", recordId: caseId, personId: row.personId });
  const items = rows.map((a) => {
    const typed = { ...a, kind: a.kind as AssessmentKind };
    return restricted ? redactAssessment(typed) : { ...typed, redacted: false };
  });
  return { items, total: items.length };
}

export async function getPlan(ctx: Ctx, caseId: string) {
  const row = await loadVisibleCase(ctx, caseId);
  await audit(ctx, { action: "read", recordType: "plan", recordId: caseId, personId: row.personId });
  return planView(ctx, caseId);
}

async function planView(ctx: Ctx, caseId: string) {
  const { goals, actions } = await store.planOf(ctx.tx, caseId);
  return {
    caseId,
    goals: goals.map((g) => ({ ...g, actions: actions.filter((a) => a.goalId === g.id) })),
  };
}

/**
 * Saving a plan replaces its goals and actions. The first saved plan activates it: the case moves to
 * plan_active and its 3, 6 and 12 month follow-ups are scheduled.
 */
export async function savePlan(ctx: Ctx, caseId: string, input: PlanInput & { version: number }) {
  let row = await loadWritableCase(ctx, caseId);
  if (row.version !== input.version) throw staleVersion();
  for (const [gi, goal] of input.goals.entries()) {
    for (const [ai, action] of goal.actions.entries()) {
      if (action.ownerUserId) {
        const owner = await getUser(ctx, action.ownerUserId).catch(() => undefined);
        if (!owner)
          throw validation(
            `goals.${gi}.actions.${ai}.ownerUserId: no such user in your organisation`,
            `goals.${gi}.actions.${ai}.ownerUserId`,
          );
      }
    }
  }
  await store.replacePlan(
    ctx.tx,
    caseId,
    input.goals.map((g, gi) => ({
      goal: { dimension: g.dimension, title: g.title, description: g.description ?? null, position: gi },
      actions: g.actions.map((a, ai) => ({
        dimension: g.dimension,
        title: a.title,
        ownerUserId: a.ownerUserId ?? null,
        ownerOrganisationId: a.ownerOrganisationId ?? null,
        dueDate: a.dueDate ?? null,
        status: a.status,
        serviceCategory: a.serviceCategory ?? null,
        position: ai,
      })),
    })),
  );
  await recordCaseEvent(ctx, caseId, "plan_saved", { goals: input.goals.length });
  if (
    !row.planActivatedAt &&
    input.goals.length > 0 &&
    ["registered", "assessed", "pre_return"].includes(row.stage)
  ) {
    row = await moveStage(ctx, row, "plan_active", { planActivatedAt: ctx.now });
    await store.insertFollowUps(
      ctx.tx,
      followUpSchedule(ctx.now).map((f) => ({
        caseId,
        kind: f.kind,
        dueDate: toIsoDate(f.dueDate),
        status: "scheduled",
        createdAt: ctx.now,
      })),
    );
    await recordCaseEvent(ctx, caseId, "follow_ups_scheduled", {});
  } else {
    const bumped = await store.updateCase(ctx.tx, caseId, row.version, { updatedAt: ctx.now });
    if (!bumped) throw staleVersion();
  }
  await audit(ctx, { action: "update", recordType: "plan", recordId: caseId, personId: row.personId });
  return planView(ctx, caseId);
}

export async function updateAction(ctx: Ctx, caseId: string, actionId: string, patch: ActionPatch) {
  const row = await loadWritableCase(ctx, caseId);
  const updated = await store.updateAction(ctx.tx, caseId, actionId, {
    ...patch,
    ...(patch.dueDate !== undefined ? { dueDate: patch.dueDate } : {}),
  });
  if (!updated) throw notFound("action");
  await audit(ctx, {
    action: "update",
    recordType: "plan_action",
    recordId: actionId,
    personId: row.personId,
  });
  return updated;
}

export async function listFollowUps(ctx: Ctx, caseId: string) {
  const row = await loadVisibleCase(ctx, caseId);
  const items = await store.followUpsOf(ctx.tx, caseId);
  await audit(ctx, { action: "list", recordType: "follow_up", recordId: caseId, personId: row.personId });
  return { items, total: items.length };
}

export async function completeFollowUp(
  ctx: Ctx,
  caseId: string,
  followUpId: string,
  input: FollowUpCompleteInput,
) {
  let row = await loadWritableCase(ctx, caseId);
  const current = await store.getFollowUp(ctx.tx, caseId, followUpId);
  if (!current) throw notFound("follow-up");
  if (current.status === "done") throw conflict("This follow-up is already done");
  const updated = await store.completeFollowUp(ctx.tx, followUpId, {
    status: "done",
    doneAt: ctx.now,
    doneByUserId: ctx.actor.userId,
    contactMethod: input.contactMethod,
    reached: input.reached ? 1 : 0,
    note: input.note ?? null,
  });
  if (!updated) throw conflict("This follow-up is already done");
  await recordCaseEvent(ctx, caseId, "follow_up_done", {
    followUpId,
    kind: current.kind,
    reached: input.reached,
  });
  if (row.stage === "plan_active") row = await moveStage(ctx, row, "monitoring");
  await audit(ctx, {
    action: "update",
    recordType: "follow_up",
    recordId: followUpId,
    personId: row.personId,
  });
  return updated;
}

export async function handOver(ctx: Ctx, caseId: string, input: HandOverInput & { version: number }) {
  const row = await loadWritableCase(ctx, caseId);
  if (row.version !== input.version) throw staleVersion();
  const updated = await moveStage(ctx, row, "handed_over", {
    handedOverTo: [input.nationalService, input.organisationName].filter(Boolean).join(" — "),
    handedOverAt: ctx.now,
  });
  await recordCaseEvent(ctx, caseId, "handed_over", {
    nationalService: input.nationalService,
    organisationName: input.organisationName,
    note: input.note,
  });
  await audit(ctx, {
    action: "transition",
    recordType: "case",
    recordId: caseId,
    personId: row.personId,
    details: { to: "handed_over" },
  });
  return withPerson(ctx, updated);
}

export async function closeCase(ctx: Ctx, caseId: string, input: CloseCaseInput & { version: number }) {
  const row = await loadWritableCase(ctx, caseId);
  if (row.version !== input.version) throw staleVersion();
  const updated = await moveStage(ctx, row, "closed", {
    closedAt: ctx.now,
    closureReason: input.reason,
    closureNote: input.note ?? null,
  });
  await recordCaseEvent(ctx, caseId, "closed", { reason: input.reason, note: input.note });
  await audit(ctx, {
    action: "close",
    recordType: "case",
    recordId: caseId,
    personId: row.personId,
    details: { reason: input.reason },
  });
  return withPerson(ctx, updated);
}

/** For referrals: the case must be open and led by the caller's organisation to refer from it. */
export async function caseForReferral(ctx: Ctx, caseId: string) {
  const row = await store.getCase(ctx.tx, caseId);
  if (!row || !(await canSeePerson(ctx, row.personId)))
    throw validation(`caseId: no case with id ${caseId} that you may see`, "caseId");
  if (row.stage === "closed") throw conflict("This case is closed");
  return row;
}

export const caseById = (ctx: Ctx, id: string) => store.getCase(ctx.tx, id);

/**
 * Background sweep: follow-ups become due a week before their date and overdue two weeks after it.
 * Only open follow-ups that the clock can have moved are read.
 */
export async function refreshFollowUpStatuses(tx: Db, now: Date, batch = 5000): Promise<number> {
  const opensBy = toIsoDate(addDaysUtc(now, followUpWindow.opensDaysBefore));
  const overdueBefore = toIsoDate(addDaysUtc(now, -followUpWindow.overdueDaysAfter));
  const rows = await store.followUpsToRestatus(tx, opensBy, overdueBefore, batch);
  const changed = new Map<FollowUpStatus, string[]>();
  for (const r of rows) {
    const status = followUpStatus({ dueDate: r.dueDate }, now);
    if (status !== r.status) changed.set(status, [...(changed.get(status) ?? []), r.id]);
  }
  for (const [status, ids] of changed) await store.setFollowUpStatus(tx, ids, status);
  return [...changed.values()].reduce((n, ids) => n + ids.length, 0);
}

/** Follow-ups to do by a date (default: the end of this week), for my caseload or my organisation's cases. */
export async function listDueFollowUps(
  ctx: Ctx,
  query: {
    dueBy?: string | undefined;
    mine?: boolean | undefined;
    sort: Sort<FollowUpSortField>;
    limit: number;
    offset: number;
  },
) {
  if (!hasRole(ctx.actor, "admin", "case_manager", "counsellor")) {
    throw forbidden("Follow-ups are for case managers and counsellors");
  }
  const dueBy = query.dueBy ?? toIsoDate(addDaysUtc(ctx.now, 7 - ((ctx.now.getUTCDay() + 6) % 7) - 1));
  const page = await store.dueFollowUps(ctx.tx, {
    dueBy,
    ...(query.mine
      ? { caseManagerUserId: ctx.actor.userId }
      : { leadOrganisationId: ctx.actor.organisationId }),
    sort: query.sort,
    limit: query.limit,
    offset: query.offset,
  });
  const people = await personSummaries(
    ctx,
    page.items.map((i) => i.personId),
  );
  await audit(ctx, {
    action: "list",
    recordType: "follow_up",
    recordId: null,
    details: { resultIds: page.items.map((i) => i.followUp.id) },
  });
  return {
    items: page.items.map((i) => {
      const p = people.get(i.personId);
      return {
        ...i.followUp,
        person: { id: i.personId, givenName: p?.givenName ?? "", familyName: p?.familyName ?? "" },
        caseStage: i.stage,
      };
    }),
    total: page.total,
  };
}

/** The latest assessment of each kind asked for, newest first (for eligibility; callers audit their read). */
export async function assessmentsOfCase(ctx: Ctx, caseId: string, kinds: AssessmentKind[]) {
  const rows = await store.assessmentsOf(ctx.tx, caseId, kinds);
  return kinds.flatMap((kind) => rows.filter((r) => r.kind === kind).slice(0, 1));
}

/** The cases of a person the caller may see, latest first. */
export async function casesOfPerson(ctx: Ctx, personId: string) {
  const page = await store.listCases(ctx.tx, {
    personId,
    visible: visibleToSql(ctx.actor, cases.personId),
    sort: { field: "updated", direction: "desc" },
    limit: 50,
    offset: 0,
  });
  return page.items;
}

/** Follow-ups beyond the plan's own: repayment and grant-use checks of an enrolment. */
export async function scheduleFollowUps(
  ctx: Ctx,
  caseId: string,
  rows: { kind: FollowUpKind; dueDate: Date; enrolmentId?: string }[],
) {
  if (!rows.length) return;
  await store.insertFollowUps(
    ctx.tx,
    rows.map((r) => ({
      caseId,
      kind: r.kind,
      dueDate: toIsoDate(r.dueDate),
      status: "scheduled",
      enrolmentId: r.enrolmentId ?? null,
      createdAt: ctx.now,
    })),
  );
  await recordCaseEvent(ctx, caseId, "money_follow_ups_scheduled", {
    kinds: [...new Set(rows.map((r) => r.kind))],
    count: rows.length,
  });
}
