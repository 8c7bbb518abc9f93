import {
  type ActorSide,
  conflict,
  consentCovers,
  consentRequired,
  DomainError,
  decideTransition,
  eventTypeForAction,
  foldReferral,
  forbidden,
  isOverdue,
  notFound,
  type ReferralAction,
  type ReferralEventType,
  type ReferralInput,
  type ReferralStatus,
  referralDueDate,
  type TransitionInput,
  validation,
} from "@homecoming/domain";
import { type Ctx, hasRole } from "../../http/context";
import type { Sort } from "../../http/schemas";
import { audit } from "../audit/service";
import { caseById, caseForReferral, isLeadStaff } from "../cases/service";
import { getService, servicesByIds } from "../directory/service";
import { organisationsByIds } from "../organisations/service";
import { consentsOfPerson, personSummaries } from "../persons/service";
import type { ReferralSortField } from "./schemas";
import * as store from "./store";

function sideOf(ctx: Ctx, row: store.ReferralRow): ActorSide {
  const org = ctx.actor.organisationId;
  const sender = row.fromOrganisationId === org;
  const receiver = row.toOrganisationId === org;
  if (sender && receiver) return "both";
  if (sender) return "sender";
  if (receiver) return "receiver";
  return "none";
}

/** Sender and (once sent) receiver see a referral; administrators see all; anyone else gets 404. */
async function loadVisibleReferral(ctx: Ctx, id: string) {
  if (!hasRole(ctx.actor, "admin", "case_manager", "counsellor", "provider")) {
    throw forbidden("Analysts see aggregates only, not referrals");
  }
  const row = await store.getReferral(ctx.tx, id);
  if (!row) throw notFound("referral");
  const side = sideOf(ctx, row);
  const visible =
    hasRole(ctx.actor, "admin") ||
    side === "sender" ||
    side === "both" ||
    (side === "receiver" && row.status !== "draft");
  if (!visible) throw notFound("referral");
  return row;
}

async function views(ctx: Ctx, rows: store.ReferralRow[]) {
  const events = await store.eventsOf(
    ctx.tx,
    rows.map((r) => r.id),
  );
  const services = await servicesByIds(ctx, [...new Set(rows.map((r) => r.serviceId))]);
  const people = await personSummaries(
    ctx,
    rows.map((r) => r.personId),
  );
  // organisation names only: whoever sees a referral may know who sent it and who receives it
  const organisations = await organisationsByIds(ctx, [
    ...new Set(rows.flatMap((r) => [r.fromOrganisationId, r.toOrganisationId])),
  ]);
  const organisationName = (id: string) => organisations.find((o) => o.id === id)?.name ?? "";
  return rows.map((r) => {
    const service = services.find((s) => s.id === r.serviceId);
    // a referral references its service, so a missing one is a broken database rather than something to show
    if (!service) throw new Error(`referral ${r.id} has no service ${r.serviceId}`);
    const person = people.get(r.personId);
    return {
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
    };
  });
}

export async function createReferral(ctx: Ctx, input: ReferralInput) {
  if (!hasRole(ctx.actor, "admin", "case_manager", "counsellor")) {
    throw forbidden("Only case managers and counsellors refer returnees");
  }
  const row = await caseForReferral(ctx, input.caseId);
  if (!isLeadStaff(ctx, row) && !hasRole(ctx.actor, "admin")) {
    throw forbidden("Only the lead organisation's case manager and counsellors refer from this case");
  }
  const service = await getService(ctx, input.serviceId).catch(() => {
    throw validation(`serviceId: no service with id ${input.serviceId}`, "serviceId");
  });
  if (!service.active) throw validation("serviceId: this service is not active", "serviceId");
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
  await audit(ctx, {
    action: "create",
    recordType: "referral",
    recordId: created.id,
    personId: row.personId,
  });
  return (await views(ctx, [created]))[0]!;
}

export async function transition(ctx: Ctx, id: string, action: ReferralAction, input: TransitionInput) {
  const row = await loadVisibleReferral(ctx, id);
  const decision = decideTransition({
    status: row.status as ReferralStatus,
    action,
    actorSide: sideOf(ctx, row),
    input,
  });
  if (!decision.ok) {
    if (decision.code === "forbidden") throw forbidden(decision.message);
    if (decision.code === "reason_required") {
      throw validation(decision.message, action === "complete" ? "outcome" : "reasonCode");
    }
    throw new DomainError("invalid_transition", decision.message);
  }
  let consentId = row.consentId;
  let dueAt = row.dueAt;
  if (action === "send") {
    const caseRow = await caseById(ctx, row.caseId);
    if (caseRow?.stage === "closed")
      throw conflict("The case of this referral is closed; cancel the draft instead");
    const consents = await consentsOfPerson(ctx, row.personId);
    const covering = consents.find((c) =>
      consentCovers(
        [{ ...c, purpose: c.purpose as "referral" }],
        row.toOrganisationId,
        ["referral", "data_sharing"],
        ctx.now,
      ),
    );
    if (!covering) {
      throw consentRequired(
        "No consent on record covers sharing this returnee's data with the receiving organisation",
      );
    }
    consentId = covering.id;
    dueAt ??= referralDueDate(row.urgency as "routine", ctx.now);
  }
  const type: ReferralEventType = eventTypeForAction[action];
  const event = {
    referralId: id,
    type,
    at: ctx.now,
    actorUserId: ctx.actor.userId,
    actorOrganisationId: ctx.actor.organisationId,
    note: input.note ?? null,
    reasonCode: input.reasonCode ?? null,
    outcome: input.outcome ?? null,
  };
  await store.insertEvent(ctx.tx, event);
  // the stored row is a projection of the event history, recomputed from it
  const history = await store.eventsOf(ctx.tx, [id]);
  const state = foldReferral(
    history.map((e) => ({
      ...e,
      type: e.type as ReferralEventType,
      reasonCode: e.reasonCode as never,
      outcome: e.outcome ?? undefined,
    })),
  );
  const updated = await store.updateReferral(ctx.tx, id, row.version, {
    status: state.status,
    sentAt: state.sentAt,
    respondedAt: state.respondedAt,
    closedAt: state.closedAt,
    reasonCode: state.reasonCode,
    outcome: state.outcome,
    consentId,
    dueAt,
    overdue: isOverdue(state.status, dueAt, ctx.now),
    updatedAt: ctx.now,
  });
  if (!updated)
    throw new DomainError("stale_version", "The referral changed while you were acting on it; reload it");
  await audit(ctx, {
    action: "transition",
    recordType: "referral",
    recordId: id,
    personId: row.personId,
    details: { action, from: row.status, to: state.status },
  });
  return (await views(ctx, [updated]))[0]!;
}

export async function getReferral(ctx: Ctx, id: string) {
  const row = await loadVisibleReferral(ctx, id);
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
  if (!hasRole(ctx.actor, "admin", "case_manager", "counsellor", "provider")) {
    throw forbidden("Analysts see aggregates only, not referrals");
  }
  const org = ctx.actor.organisationId;
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
  else if (!hasRole(ctx.actor, "admin")) filter.involving = org;
  const page = await store.listReferrals(ctx.tx, filter);
  await audit(ctx, {
    action: "list",
    recordType: "referral",
    recordId: null,
    details: { resultIds: page.items.map((r) => r.id) },
  });
  return { items: await views(ctx, page.items), total: page.total };
}

/** Background sweep: flag sent/accepted referrals past their due time. */
export const flagOverdueReferrals = store.flagOverdue;

/** The service category and status of each referral of a case (for flags that need a referral). */
export async function referralCategoriesOfCase(ctx: Ctx, caseId: string) {
  const page = await store.listReferrals(ctx.tx, { caseId, limit: 500, offset: 0 });
  const services = await servicesByIds(ctx, [...new Set(page.items.map((r) => r.serviceId))]);
  return page.items.map((r) => ({
    category: services.find((s) => s.id === r.serviceId)?.category ?? "",
    status: r.status,
  }));
}

/** The latest referral events that concern my organisation and that another organisation made. */
export async function notifications(ctx: Ctx, query: { since?: string | undefined; limit: number }) {
  if (!hasRole(ctx.actor, "admin", "case_manager", "counsellor", "provider")) {
    throw forbidden("Analysts see aggregates only, not referrals");
  }
  const org = ctx.actor.organisationId;
  const { items, unseen } = await store.notificationEvents(ctx.tx, {
    organisationId: org,
    since: query.since ? new Date(query.since) : undefined,
    limit: query.limit,
  });
  const services = await servicesByIds(ctx, [...new Set(items.map((i) => i.serviceId))]);
  const people = await personSummaries(
    ctx,
    items.map((i) => i.personId),
  );
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
