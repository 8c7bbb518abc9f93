import {
  type CaseStage,
  canMoveStage,
  caseFlagsAwaitingReferral,
  caseWorkOpen,
  conflict,
  invalidTransition,
  notFound,
  openItemsOfCase,
  type RiskLevel,
  redactAssessment,
  type Sex,
  staleVersion,
  type VulnerabilityScores,
  validation,
} from "@homecoming/domain";
import { cases } from "../../db/schema";
import { together } from "../../db/together";
import { type Ctx, hasRole } from "../../http/context";
import type { Sort } from "../../http/schemas";
import {
  isCaseLead,
  isCaseLeadOrAdmin,
  personVisibility,
  personVisibilityScope,
  requireCaseLead,
} from "../access";
import { audit } from "../audit/service";
import { userById } from "../organisations/service";
import { loadVisiblePerson, personSummaries } from "../persons/service";
import { caseReferrals } from "./referrals-port";
import type { CaseSortField } from "./schemas";
import * as store from "./store";

/** Loads a case the caller may see (same rule as its person); 404 otherwise so existence does not leak. */
export async function loadVisibleCase(ctx: Ctx, id: string) {
  // who may see the case's person is part of the query: a case they may not see is not found
  const row = await store.getVisibleCase(ctx.tx, id, personVisibilityScope(ctx));
  if (!row) throw notFound("case.not_found");
  return row;
}

/** Writing to a case is for the lead organisation's case workers (and administrators). */
export async function loadWritableCase(ctx: Ctx, id: string) {
  const row = await loadVisibleCase(ctx, id);
  requireCaseLead(ctx, row);
  if (row.stage === "closed") throw conflict("case.closed");
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

export async function moveStage(
  ctx: Ctx,
  row: store.CaseRow,
  to: CaseStage,
  patch: Partial<store.CaseRow> = {},
) {
  if (!canMoveStage(row.stage as CaseStage, to)) {
    throw invalidTransition("case.cannot_move", { from: row.stage, to });
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
  const user = await userById(ctx, userId);
  if (
    !user ||
    user.organisationId !== organisationId ||
    !user.roles.some((r) => r === "case_manager" || r === "counsellor")
  ) {
    throw validation("case.manager_role", {}, "caseManagerUserId");
  }
}

export async function openCase(
  ctx: Ctx,
  input: { personId: string; stage: "pre_return" | "registered"; caseManagerUserId?: string | undefined },
) {
  await loadVisiblePerson(ctx, input.personId).catch(() => {
    throw validation("person.unknown", { id: input.personId }, "personId");
  });
  const open = await store.openCaseOfPerson(ctx.tx, input.personId, ctx.actor.organisationId);
  if (open) throw alreadyOpen(open);
  const caseManagerUserId =
    input.caseManagerUserId ?? (hasRole(ctx.actor, "case_manager") ? ctx.actor.userId : null);
  if (caseManagerUserId && caseManagerUserId !== ctx.actor.userId) {
    await requireCaseManager(ctx, caseManagerUserId, ctx.actor.organisationId);
  }
  const row = await store.insertOpenCase(ctx.tx, {
    personId: input.personId,
    leadOrganisationId: ctx.actor.organisationId,
    caseManagerUserId,
    stage: input.stage,
    openedAt: ctx.now,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  // another request opened one meanwhile: the constraint kept it to one, which is named
  if (!row) throw alreadyOpen(await store.openCaseOfPerson(ctx.tx, input.personId, ctx.actor.organisationId));
  await recordCaseEvent(ctx, row.id, "opened", { stage: row.stage });
  await audit(ctx, { action: "create", recordType: "case", recordId: row.id, personId: row.personId });
  return withPerson(ctx, row);
}

const alreadyOpen = (open: { id: string; openedAt: Date } | undefined) =>
  open
    ? conflict("case.already_open_since", {
        caseId: open.id,
        openedOn: open.openedAt.toISOString().slice(0, 10),
      })
    : conflict("case.already_open");

export async function withPerson(ctx: Ctx, row: store.CaseRow) {
  const people = await personSummaries(ctx, [row.personId]);
  return toCaseView(row, people.get(row.personId), isCaseLead(ctx.actor, row));
}

type PersonBits = {
  givenName: string;
  familyName: string;
  nameNative: string | null;
  sex: Sex;
  adminAreaCode: string;
};

/**
 * A case as its reader sees it. Outside the lead organisation's case workers (`lead`) the risk level is the
 * shared one, worked out without restricted answers.
 */
function toCaseView(row: store.CaseRow, person: PersonBits | undefined, lead: boolean) {
  // a case references its person, so a missing one is a broken database rather than something to show
  if (!person) throw new Error(`case ${row.id} has no person ${row.personId}`);
  const { givenName, familyName, nameNative, sex, adminAreaCode } = person;
  const { sharedRiskLevel, ...kept } = row;
  return {
    ...kept,
    riskLevel: lead ? row.riskLevel : sharedRiskLevel,
    person: { id: row.personId, givenName, familyName, nameNative, sex, adminAreaCode },
  };
}

/**
 * A case's events as its reader sees them: outside the lead organisation's case workers a risk change shows the
 * shared level, and a change of the full level alone (one only restricted answers made) is not shown.
 */
function eventsSeenBy(events: store.CaseEventRow[], lead: boolean) {
  if (lead) return events;
  return events.flatMap((e) => {
    if (e.type !== "risk_changed") return [e];
    const shared = (e.data as { sharedRiskLevel?: RiskLevel }).sharedRiskLevel;
    return shared === undefined ? [] : [{ ...e, data: { riskLevel: shared } }];
  });
}

/** Sets the full and the shared risk level of a case, with an event that says what changed. */
export async function setRiskLevel(
  ctx: Ctx,
  row: store.CaseRow,
  levels: { riskLevel: RiskLevel; sharedRiskLevel: RiskLevel | null },
) {
  if (levels.riskLevel === row.riskLevel && levels.sharedRiskLevel === row.sharedRiskLevel) return row;
  const updated = await store.updateCase(ctx.tx, row.id, row.version, { updatedAt: ctx.now, ...levels });
  if (!updated) throw staleVersion();
  await recordCaseEvent(ctx, row.id, "risk_changed", {
    riskLevel: levels.riskLevel,
    ...(levels.sharedRiskLevel !== row.sharedRiskLevel ? { sharedRiskLevel: levels.sharedRiskLevel } : {}),
  });
  return updated;
}

export async function getCase(ctx: Ctx, id: string) {
  const row = await loadVisibleCase(ctx, id);
  const [view, events, parts] = await together([
    withPerson(ctx, row),
    store.caseEventsOf(ctx.tx, id).then((all) => eventsSeenBy(all, isCaseLead(ctx.actor, row))),
    openParts(ctx, row),
    audit(ctx, { action: "read", recordType: "case", recordId: id, personId: row.personId }),
  ]);
  return {
    ...view,
    events,
    ...parts,
    can: caseWorkOpen(row.stage as CaseStage, isCaseLeadOrAdmin(ctx, row)),
  };
}

/**
 * Flags of the latest vulnerability screening that still wait for a referral (restricted ones for the lead
 * only), and what would stay open if the case ended now: unreferred flags and referrals without an outcome.
 */
export async function openParts(ctx: Ctx, row: store.CaseRow) {
  const [latest, referrals] = await together([
    store.latestAssessment(ctx.tx, row.id, "vulnerability"),
    caseReferrals().referralsOfCase(ctx, row.id),
  ]);
  const visible =
    latest && !isCaseLead(ctx.actor, row)
      ? redactAssessment({ ...latest, kind: "vulnerability" as const })
      : latest;
  const flags = (visible?.scores as VulnerabilityScores | null | undefined)?.flags ?? [];
  const awaiting = caseFlagsAwaitingReferral(row.stage as CaseStage, flags, referrals);
  return {
    flagsAwaitingReferral: awaiting,
    openItems: openItemsOfCase({ stage: row.stage as CaseStage, flagsAwaitingReferral: awaiting, referrals }),
  };
}

export type CaseListQuery = Parameters<typeof listCases>[1];

export async function listCases(
  ctx: Ctx,
  query: {
    stage?: CaseStage;
    mine?: boolean;
    scope?: "organisation" | "shared";
    personId?: string;
    /** only the cases among these (subqueries of case ids, and of persons whose cases count) */
    among?: store.CaseFilter["among"];
    sort: Sort<CaseSortField>;
    limit: number;
    offset: number;
  },
) {
  const admin = hasRole(ctx.actor, "admin");
  const visible = personVisibility(ctx, cases.personId);
  const filter: store.CaseFilter = {
    stage: query.stage,
    personId: query.personId,
    among: query.among,
    sort: query.sort,
    limit: query.limit,
    offset: query.offset,
  };
  if (query.mine) filter.caseManagerUserId = ctx.actor.userId;
  else if (query.scope === "shared" || (!admin && query.personId)) filter.visible = visible;
  else if (!admin) filter.leadOrganisationId = ctx.actor.organisationId;
  if (isCaseLead(ctx.actor, { leadOrganisationId: ctx.actor.organisationId }))
    filter.fullRiskOf = ctx.actor.organisationId;
  const page = await store.listCases(ctx.tx, filter);
  const people = await personSummaries(
    ctx,
    page.items.map((c) => c.personId),
  );
  await audit(ctx, {
    action: "list",
    recordType: "case",
    recordId: null,
    personIds: page.items.map((c) => c.personId),
    details: { resultIds: page.items.map((c) => c.id) },
  });
  return {
    items: page.items.map((c) => toCaseView(c, people.get(c.personId), isCaseLead(ctx.actor, c))),
    total: page.total,
    capped: page.capped,
  };
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
    throw invalidTransition("case.cannot_move", { from: row.stage, to: patch.stage });
  }
  if (patch.stage === "closed" || patch.stage === "handed_over") {
    throw validation("case.end_by_action", {}, "stage");
  }
  let updated = await store.updateCase(ctx.tx, id, patch.version, {
    updatedAt: ctx.now,
    ...(patch.caseManagerUserId !== undefined ? { caseManagerUserId: patch.caseManagerUserId } : {}),
    ...(patch.stage ? { stage: patch.stage } : {}),
  });
  if (!updated) throw staleVersion();
  if (patch.caseManagerUserId !== undefined && patch.caseManagerUserId !== row.caseManagerUserId) {
    await recordCaseEvent(ctx, id, "case_manager_assigned", { caseManagerUserId: patch.caseManagerUserId });
  }
  // a level set by hand is the case worker's judgement, shared as it is
  if (patch.riskLevel)
    updated = await setRiskLevel(ctx, updated, {
      riskLevel: patch.riskLevel,
      sharedRiskLevel: patch.riskLevel,
    });
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

/** For referrals: the case must be open and led by the caller's organisation to refer from it. */
export async function caseForReferral(ctx: Ctx, caseId: string) {
  const row = await store.getVisibleCase(ctx.tx, caseId, personVisibilityScope(ctx));
  if (!row) throw validation("case.unknown", { id: caseId }, "caseId");
  if (row.stage === "closed") throw conflict("case.closed");
  return row;
}

/** Cases by id, for modules that have already checked access to what refers to them. */
export const casesByIds = (ctx: Ctx, ids: string[]) => store.casesByIds(ctx.tx, ids);

/** For modules that show what hangs on cases (enrolments): the lead organisation of each case, by id. */
export function leadOrganisationsOfCases(ctx: Ctx, caseIds: string[]) {
  return store.leadOrganisationsOf(ctx.tx, caseIds);
}

/** The cases of a person the caller may see, latest first. */
export async function casesOfPerson(ctx: Ctx, personId: string) {
  const page = await store.listCases(ctx.tx, {
    personId,
    visible: personVisibility(ctx, cases.personId),
    sort: { field: "updated", direction: "desc" },
    limit: 50,
    offset: 0,
  });
  return page.items;
}

/** The latest needs and vulnerability scores of each person of an id range: for counting a rule's reach. */
export const latestScoresOfPersonsBetween = store.latestScoresOfPersonsBetween;
