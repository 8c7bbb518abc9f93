import {
  applyReferralEvent,
  type ConsentRecord,
  consentCovers,
  decideTransition,
  eventTypeForAction,
  foldReferral,
  isOverdue,
  needsConsent,
  notFound,
  type ReferralAction,
  type ReferralEventType,
  type ReferralInput,
  type ReferralPreconditions,
  type ReferralStatus,
  referralDueDate,
  referralMovesOpen,
  refusalError,
  staleVersion,
  suspensionNote,
  type TransitionInput,
  validation,
} from "@homecoming/domain";
import type { Db } from "../../db/client";
import { type Ctx, hasRole, type ReturneeCtx } from "../../http/context";
import type { Sort } from "../../http/schemas";
import { referralPartyScope, referralSideOf, requireCaseLead, sideOf, visiblePersonIds } from "../access";
import { actingStaff, audit, auditAs } from "../audit/service";
import { followReferral } from "../cases/plan";
import { provideCaseReferrals } from "../cases/referrals-port";
import { caseForReferral, casesByIds } from "../cases/service";
import { getService, serviceNamesIn, serviceSummaries } from "../directory/service";
import { organisationsByIds } from "../organisations/service";
import { provideConsentWithdrawal } from "../persons/consent-port";
import { consentsOfPersons, personSummaries } from "../persons/service";
import type { ReferralSortField } from "./schemas";
import * as store from "./store";

/** Sender and (once sent) receiver see a referral; administrators see all; anyone else gets 404. */
async function loadVisibleReferral(ctx: Ctx, id: string) {
  const row = await store.getReferral(ctx.tx, id);
  if (!row) throw notFound("referral.not_found");
  const side = referralSideOf(ctx, row);
  const visible =
    hasRole(ctx.actor, "admin") ||
    side === "sender" ||
    side === "both" ||
    (side === "receiver" && row.status !== "draft");
  if (!visible) throw notFound("referral.not_found");
  return { row, side };
}

/** The consent of a person's that lets their data go to an organisation now, if any. */
function consentCovering(
  consents: Awaited<ReturnType<typeof consentsOfPersons>>,
  personId: string,
  organisationId: string,
  now: Date,
) {
  return consents.find(
    (c) =>
      c.personId === personId &&
      consentCovers(
        [{ ...c, purpose: c.purpose as ConsentRecord["purpose"] }],
        organisationId,
        ["referral", "data_sharing"],
        now,
      ),
  );
}

/**
 * What a sender needs to know before sending drafts (or sending suspended referrals again): whether each
 * one's case is still open and which consent, if any, covers its receiver. Read only for the caller's own
 * referrals, in one query each.
 */
async function draftPreconditions(ctx: Ctx, rows: store.ReferralRow[]) {
  const drafts = rows.filter(
    (r) => (r.status === "draft" || r.status === "suspended") && sideOf(ctx.actor, r) !== "receiver",
  );
  const out = new Map<string, ReferralPreconditions & { consentId: string | null }>();
  if (!drafts.length) return out;
  const kases = await casesByIds(ctx, [...new Set(drafts.map((r) => r.caseId))]);
  const consents = await consentsOfPersons(ctx, [...new Set(drafts.map((r) => r.personId))]);
  for (const r of drafts) {
    const kase = kases.find((c) => c.id === r.caseId);
    const covering = consentCovering(consents, r.personId, r.toOrganisationId, ctx.now);
    out.set(r.id, {
      caseOpen: kase !== undefined && kase.stage !== "closed",
      consentCoversReceiver: covering !== undefined,
      consentId: covering?.id ?? null,
    });
  }
  return out;
}

async function views(
  ctx: Ctx,
  rows: store.ReferralRow[],
  known: { events?: store.ReferralEventRow[]; preconditions?: Map<string, ReferralPreconditions> } = {},
) {
  // one statement after the other: the request's transaction holds one connection
  const events =
    known.events ??
    (await store.eventsOf(
      ctx.tx,
      rows.map((r) => r.id),
    ));
  const services = await serviceSummaries(ctx, [...new Set(rows.map((r) => r.serviceId))]);
  const people = await personSummaries(
    ctx,
    rows.map((r) => r.personId),
  );
  // organisation names only: whoever sees a referral may know who sent it and who receives it
  const organisations = await organisationsByIds(ctx, [
    ...new Set(rows.flatMap((r) => [r.fromOrganisationId, r.toOrganisationId])),
  ]);
  const preconditions = known.preconditions ?? (await draftPreconditions(ctx, rows));
  const organisationName = (id: string) => organisations.find((o) => o.id === id)?.name ?? "";
  // a receiver that no longer sees the returnee (the consent was withdrawn) keeps the referral's own history
  const seen = await visiblePersonIds(ctx, [
    ...new Set(rows.filter((r) => sideOf(ctx.actor, r) === "receiver").map((r) => r.personId)),
  ]);
  return rows.map((r) => {
    const service = services.find((s) => s.id === r.serviceId);
    // a referral references its service, so a missing one is a broken database rather than something to show
    if (!service) throw new Error(`referral ${r.id} has no service ${r.serviceId}`);
    const person = people.get(r.personId);
    const view = {
      ...r,
      fromOrganisationName: organisationName(r.fromOrganisationId),
      toOrganisationName: organisationName(r.toOrganisationId),
      service: {
        id: r.serviceId,
        name: service.name,
        category: service.category,
        organisationName: service.organisationName,
      },
      person: { id: r.personId, givenName: person?.givenName ?? "", familyName: person?.familyName ?? "" },
      events: events.filter((e) => e.referralId === r.id),
      moves: referralMovesOpen(r.status as ReferralStatus, sideOf(ctx.actor, r), preconditions.get(r.id)),
      withheld: false,
    };
    if (sideOf(ctx.actor, r) !== "receiver" || seen.has(r.personId)) return view;
    // the referral without the returnee: no name, reason, notes or outcome; the suspension says why
    return {
      ...view,
      reason: "",
      outcome: null,
      person: { id: r.personId, givenName: "", familyName: "" },
      events: view.events.map((e) => ({ ...e, note: e.type === "suspended" ? e.note : null, outcome: null })),
      moves: [],
      withheld: true,
    };
  });
}

export async function createReferral(ctx: Ctx, input: ReferralInput) {
  const row = await caseForReferral(ctx, input.caseId);
  requireCaseLead(ctx, row, "referral.lead_refers");
  const service = await getService(ctx, input.serviceId).catch(() => {
    throw validation("service.unknown", { id: input.serviceId }, "serviceId");
  });
  if (!service.active) throw validation("service.inactive", {}, "serviceId");
  const created = await store.insertReferral(ctx.tx, {
    caseId: row.id,
    personId: row.personId,
    fromOrganisationId: ctx.actor.organisationId,
    fromUserId: ctx.actor.userId,
    serviceId: service.id,
    toOrganisationId: service.organisationId,
    reason: input.reason,
    urgency: input.urgency,
    status: "draft",
    dueAt: input.dueDate ? new Date(`${input.dueDate}T23:59:59Z`) : null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  await store.insertEvent(ctx.tx, {
    referralId: created.id,
    type: "created",
    at: ctx.now,
    actorUserId: ctx.actor.userId,
    actorOrganisationId: ctx.actor.organisationId,
  });
  await followReferral(ctx, { id: created.id, caseId: row.id, status: "draft", category: service.category });
  await audit(ctx, {
    action: "create",
    recordType: "referral",
    recordId: created.id,
    personId: row.personId,
  });
  return (await views(ctx, [created]))[0]!;
}

export async function transition(ctx: Ctx, id: string, action: ReferralAction, input: TransitionInput) {
  const { row, side } = await loadVisibleReferral(ctx, id);
  // the history is read and folded once: the move is decided on it and the new state is the fold with the move
  const history = await store.eventsOf(ctx.tx, [id]);
  const current = foldReferral(history.map(asDomainEvent));
  const preconditions = needsConsent(action)
    ? (await draftPreconditions(ctx, [{ ...row, status: current.status }])).get(id)
    : undefined;
  const decision = decideTransition({
    status: current.status,
    action,
    actorSide: side,
    input,
    preconditions,
  });
  if (!decision.ok) throw refusalError(decision);
  const { updated, events } = await recordMove(ctx, row, history, current, {
    type: eventTypeForAction[action],
    action,
    input,
    consentId: preconditions ? preconditions.consentId : row.consentId,
  });
  return (await views(ctx, [updated], { events, preconditions: new Map() }))[0]!;
}

/** Appends a move's event, projects the referral from its history, follows the plan and audits the move. */
async function recordMove(
  ctx: Ctx | ReturneeCtx,
  row: store.ReferralRow,
  history: store.ReferralEventRow[],
  current: ReturnType<typeof foldReferral>,
  move: { type: ReferralEventType; action: string; input: TransitionInput; consentId: string | null },
) {
  const event = await store.insertEvent(ctx.tx, {
    referralId: row.id,
    type: move.type,
    at: ctx.now,
    actorUserId: actingStaff(ctx).userId,
    actorOrganisationId: actingStaff(ctx).organisationId,
    note: move.input.note ?? null,
    reasonCode: move.input.reasonCode ?? null,
    outcome: move.input.outcome ?? null,
  });
  const events = [...history, event];
  // the stored row is a projection of the event history: the folded state with the new event applied
  const state = applyReferralEvent(current, asDomainEvent(event));
  // a referral going out (again) gets its receiver's time to answer from now
  const dueAt =
    move.type === "sent"
      ? (row.dueAt ?? referralDueDate(row.urgency as "routine", ctx.now))
      : move.type === "resumed"
        ? referralDueDate(row.urgency as "routine", ctx.now)
        : row.dueAt;
  const updated = await store.applyMove(ctx.tx, row.id, row.version, {
    status: state.status,
    sentAt: state.sentAt,
    respondedAt: state.respondedAt,
    closedAt: state.closedAt,
    reasonCode: state.reasonCode,
    outcome: state.outcome,
    consentId: move.consentId,
    dueAt,
    overdue: isOverdue(state.status, dueAt, ctx.now),
    updatedAt: ctx.now,
  });
  if (!updated) throw staleVersion("referral.changed");
  await followReferral(ctx, { id: row.id, caseId: row.caseId, status: state.status });
  await auditAs(ctx, {
    action: "transition",
    recordType: "referral",
    recordId: row.id,
    personId: row.personId,
    details: { action: move.action, from: current.status, to: state.status },
  });
  return { updated, events };
}

/**
 * A consent was withdrawn: each referral given to its receiver under it is suspended at once, with a reason
 * the receiver reads, unless another consent of the returnee's still covers that receiver (then it rests on
 * that one).
 */
async function suspendUnderConsent(ctx: Ctx | ReturneeCtx, personId: string, consentId: string) {
  const rows = await store.referralsUnderConsent(ctx.tx, consentId);
  if (rows.length === 0) return { suspended: 0, movedToOtherConsent: 0 };
  const consents = await consentsOfPersons(ctx, [personId]);
  const covered = rows.map((row) => ({
    row,
    other: consentCovering(consents, personId, row.toOrganisationId, ctx.now),
  }));
  // the history of each referral to suspend, in one query
  const toSuspend = covered.filter((c) => !c.other).map((c) => c.row);
  const histories = await store.eventsOf(
    ctx.tx,
    toSuspend.map((r) => r.id),
  );
  let suspended = 0;
  let moved = 0;
  for (const { row, other } of covered) {
    if (other) {
      // the same referral, resting on the consent that still covers its receiver
      const { status, sentAt, respondedAt, closedAt, reasonCode, outcome, dueAt, overdue } = row;
      const updated = await store.applyMove(ctx.tx, row.id, row.version, {
        status,
        sentAt,
        respondedAt,
        closedAt,
        reasonCode,
        outcome,
        dueAt,
        overdue,
        consentId: other.id,
        updatedAt: ctx.now,
      });
      if (!updated) throw staleVersion("referral.changed_on_withdrawal");
      moved += 1;
      continue;
    }
    const history = histories.filter((e) => e.referralId === row.id);
    await recordMove(ctx, row, history, foldReferral(history.map(asDomainEvent)), {
      type: "suspended",
      action: "suspend",
      input: { note: suspensionNote },
      consentId: row.consentId,
    });
    suspended += 1;
  }
  return { suspended, movedToOtherConsent: moved };
}

provideConsentWithdrawal({ suspendUnderConsent });

const asDomainEvent = (e: store.ReferralEventRow) => ({
  ...e,
  type: e.type as ReferralEventType,
  reasonCode: e.reasonCode as never,
  outcome: e.outcome ?? undefined,
});

export async function getReferral(ctx: Ctx, id: string) {
  const { row } = await loadVisibleReferral(ctx, id);
  await audit(ctx, { action: "read", recordType: "referral", recordId: id, personId: row.personId });
  return (await views(ctx, [row]))[0]!;
}

export async function listReferrals(
  ctx: Ctx,
  query: {
    direction?: "incoming" | "outgoing" | undefined;
    status?: ReferralStatus[] | undefined;
    caseId?: string | undefined;
    overdue?: boolean | undefined;
    sort: Sort<ReferralSortField>;
    limit: number;
    offset: number;
  },
) {
  const { organisationId: org, everyOrganisation } = referralPartyScope(ctx);
  const filter: store.ReferralFilter = {
    caseId: query.caseId,
    statuses: query.status,
    overdue: query.overdue,
    sort: query.sort,
    limit: query.limit,
    offset: query.offset,
  };
  if (query.direction === "incoming") filter.incomingTo = org;
  else if (query.direction === "outgoing") filter.outgoingFrom = org;
  else if (!everyOrganisation) filter.involving = org;
  const page = await store.listReferrals(ctx.tx, filter);
  const items = await views(ctx, page.items);
  await audit(ctx, {
    action: "list",
    recordType: "referral",
    recordId: null,
    // the returnees named: not those withheld from a receiver after a withdrawal
    personIds: items.filter((i) => !i.withheld).map((i) => i.personId),
    details: { resultIds: page.items.map((r) => r.id) },
  });
  return { items, total: page.total };
}

/** Background sweep: flag sent/accepted referrals past their due time. */
export const flagOverdueReferrals = store.flagOverdue;

/** Each referral of a case with its service's name and category (for flags that need a referral, open items). */
export async function referralsOfCase(ctx: Ctx, caseId: string) {
  const rows = await store.referralsOfCase(ctx.tx, caseId);
  const services = await serviceSummaries(ctx, [...new Set(rows.map((r) => r.serviceId))]);
  return rows.map((r) => {
    const service = services.find((s) => s.id === r.serviceId);
    return {
      id: r.id,
      category: service?.category ?? "",
      serviceName: service?.name ?? "",
      status: r.status,
    };
  });
}

// cases learn their referrals through this port wherever the referrals module is loaded: the app, the seed,
// the worker and the benchmarks all load it
provideCaseReferrals({ referralsOfCase });

/**
 * The referrals of a returnee's cases as they read them on the portal: the service in their language, who
 * has it, where it stands and since when. Never the reason, notes or outcome staff wrote.
 */
export async function referralsForReturnee(db: Db, caseIds: string[], language: string) {
  const rows = await store.referralsOfCases(db, caseIds);
  const names = await serviceNamesIn(
    db,
    rows.map((r) => r.serviceId),
    language,
  );
  return rows
    .filter((r) => r.status !== "draft")
    .map((r) => ({
      id: r.id,
      caseId: r.caseId,
      service: names.get(r.serviceId)?.name ?? "",
      translated: names.get(r.serviceId)?.translated ?? true,
      organisationName: r.toName,
      status: r.status,
      sentAt: r.sentAt,
      dueAt: r.dueAt,
      updatedAt: r.closedAt ?? r.respondedAt ?? r.sentAt ?? r.createdAt,
    }));
}

/** The latest referral events that concern my organisation and that another organisation made. */
export async function notifications(ctx: Ctx, query: { since?: string | undefined; limit: number }) {
  const { organisationId: org } = referralPartyScope(ctx);
  const { items, unseen } = await store.notificationEvents(ctx.tx, {
    organisationId: org,
    since: query.since ? new Date(query.since) : undefined,
    limit: query.limit,
  });
  const services = await serviceSummaries(ctx, [...new Set(items.map((i) => i.serviceId))]);
  // a name only for a returnee the organisation still sees (not after the consent was withdrawn)
  const seen = await visiblePersonIds(ctx, [...new Set(items.map((i) => i.personId))]);
  const people = await personSummaries(
    ctx,
    items.map((i) => i.personId).filter((id) => seen.has(id)),
  );
  // a notification that names a returnee is a read of their record
  if (people.size)
    await audit(ctx, {
      action: "list",
      recordType: "notification",
      recordId: null,
      personIds: [...people.keys()],
      details: {
        referralIds: [...new Set(items.filter((i) => people.has(i.personId)).map((i) => i.referralId))],
      },
    });
  return {
    unseen,
    items: items.map((i) => {
      const person = people.get(i.personId);
      return {
        id: i.id,
        referralId: i.referralId,
        type: i.type,
        at: i.at,
        status: i.status,
        direction: i.fromOrganisationId === org ? ("outgoing" as const) : ("incoming" as const),
        serviceName: services.find((s) => s.id === i.serviceId)?.name ?? "",
        personName: person ? `${person.givenName} ${person.familyName}`.trim() : "",
        actorOrganisationName: i.actorOrganisationName,
      };
    }),
  };
}

/** How many referrals each service is working on, to tell whether it has room (capacity). */
export const activeReferralsByService = (ctx: Ctx, serviceIds: string[]) =>
  store.activeByService(ctx.tx, serviceIds);
