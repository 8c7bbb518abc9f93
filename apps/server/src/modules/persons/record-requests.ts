import { conflict, fullName, notFound, type PlainErrorKey } from "@homecoming/domain";
import type { z } from "zod";
import { type Ctx, hasRole } from "../../http/context";
import { requirePersonLead, visiblePersonIds } from "../access";
import { audit } from "../audit/service";
import { organisationsByIds } from "../organisations/service";
import type { RecordRequestQuery, ShareRecordBody } from "./schemas";
import { loadVisiblePerson, possibleDuplicates, recordConsent } from "./service";
import * as store from "./store";

// An organisation that registered a returnee whom another organisation may hold already asks the holder to
// share that record. The asker learns nothing of the match until it is shared: not who, not where. The holder
// sees its own returnee and who asks, and shares (a data-sharing consent naming the asker, which the returnee
// gives) or declines with a reason the asker reads.

/**
 * Administrators see every organisation's requests; staff their own organisation's (a filter of the list,
 * and of the requests the holder decides, on top of the relation each route names).
 */
const ownScope = (ctx: Ctx) => (hasRole(ctx.actor, "admin") ? undefined : ctx.actor.organisationId);

/**
 * A returnee the caller leads (404 when it may not see them, 403 when it does not lead them), their possible
 * matches and the requests sent for them (every organisation's for an administrator).
 */
async function requestsOf(ctx: Ctx, personId: string, refusal: PlainErrorKey) {
  const row = await loadVisiblePerson(ctx, personId);
  await requirePersonLead(ctx, personId, refusal);
  const found = await possibleDuplicates(ctx, row, row.id);
  const requests = await store.recordRequestsOfPerson(ctx.tx, personId, ownScope(ctx));
  return { found, requests };
}

/**
 * What the asking organisation sees of its requests for one of its returnees, audited with one event per
 * returnee shown, so that each one's trail (which its own lead reads) names only them.
 */
async function outgoingView(
  ctx: Ctx,
  personId: string,
  { found, requests }: Awaited<ReturnType<typeof requestsOf>>,
) {
  const asked = new Set(requests.filter((r) => r.status !== "shared").map((r) => r.heldPersonId));
  const shared = requests.filter((r) => r.status === "shared").map((r) => r.heldPersonId);
  // a shared record is shown while the returnee's consent lets the asker see it
  const visible = await visiblePersonIds(ctx, shared);
  await audit(
    ctx,
    { action: "read", recordType: "record_request", recordId: null, personId },
    ...[...visible].map((sharedId) => ({
      action: "read" as const,
      recordType: "record_request",
      recordId: null,
      personId: sharedId,
    })),
  );
  return {
    heldElsewhere: found.heldElsewhere,
    askable: found.hidden.filter((h) => h.holderId && !asked.has(h.personId)).length,
    items: requests.map((r) => ({
      id: r.id,
      status: r.status,
      createdAt: r.createdAt,
      decidedAt: r.decidedAt,
      note: r.status === "declined" ? r.note : null,
      sharedPersonId: r.status === "shared" && visible.has(r.heldPersonId) ? r.heldPersonId : null,
    })),
  };
}

export async function recordRequestsOfPerson(ctx: Ctx, personId: string) {
  return outgoingView(ctx, personId, await requestsOf(ctx, personId, "record_request.lead_sees"));
}

/**
 * Asks the holder of each possible match the caller may not see, not asked yet, to share it. 409 when there
 * is none to ask. The asker's trail records how many were asked; each held returnee's trail, which only its
 * holder reads, records the request.
 */
export async function askForRecords(ctx: Ctx, personId: string, note: string | undefined) {
  const { found, requests } = await requestsOf(ctx, personId, "record_request.lead_asks");
  if (found.hidden.length === 0) throw conflict("record_request.none_elsewhere");
  const asked = new Set(
    requests
      .filter((r) => r.fromOrganisationId === ctx.actor.organisationId && r.status !== "shared")
      .map((r) => r.heldPersonId),
  );
  const targets = found.hidden.filter((h) => h.holderId && !asked.has(h.personId));
  if (targets.length === 0) throw conflict("record_request.all_asked");
  const created = await store.insertRecordRequests(
    ctx.tx,
    targets.map((h) => ({
      personId,
      heldPersonId: h.personId,
      fromOrganisationId: ctx.actor.organisationId,
      fromUserId: ctx.actor.userId,
      toOrganisationId: h.holderId!,
      note: note ?? null,
      createdAt: ctx.now,
    })),
  );
  await audit(
    ctx,
    {
      action: "create",
      recordType: "record_request",
      recordId: null,
      personId,
      details: { asked: created.length },
    },
    ...created.map((r) => ({
      action: "create" as const,
      recordType: "record_request",
      recordId: r.id,
      personId: r.heldPersonId,
      details: { fromOrganisationId: r.fromOrganisationId },
    })),
  );
  // the new requests are the newest: the list as the store orders it, without reading it again
  return outgoingView(ctx, personId, { found, requests: [...created, ...requests] });
}

/** Requests addressed to the caller's organisation (administrators: all), open ones unless asked otherwise. */
export async function incomingRecordRequests(ctx: Ctx, query: RecordRequestQuery) {
  const page = await store.incomingRecordRequests(ctx.tx, {
    to: ownScope(ctx),
    status: query.status ?? "open",
    limit: query.limit,
    offset: query.offset,
  });
  const items = page.items.map(({ request: r, givenName, familyName, fromName }) => ({
    id: r.id,
    status: r.status,
    heldPerson: { id: r.heldPersonId, displayName: fullName({ givenName, familyName }) },
    fromOrganisation: { id: r.fromOrganisationId, name: fromName },
    note: r.note,
    createdAt: r.createdAt,
    decidedAt: r.decidedAt,
  }));
  await audit(ctx, {
    action: "list",
    recordType: "record_request",
    recordId: null,
    personIds: items.map((i) => i.heldPerson.id),
  });
  return { items, total: page.total };
}

/** A request addressed to the caller's organisation (administrators: any), still open. */
async function openRequestFor(ctx: Ctx, id: string) {
  const row = await store.getRecordRequest(ctx.tx, id);
  const scope = ownScope(ctx);
  if (!row || (scope && row.toOrganisationId !== scope)) throw notFound("record_request.not_found");
  if (row.status === "shared") throw conflict("record_request.already_shared");
  if (row.status === "declined") throw conflict("record_request.already_declined");
  return row;
}

/**
 * The holder shares the record: it records the returnee's data-sharing consent naming the asking
 * organisation (which lets it see the record), and the request is shared.
 */
export async function shareRecord(ctx: Ctx, id: string, input: z.infer<typeof ShareRecordBody>) {
  const request = await openRequestFor(ctx, id);
  await requirePersonLead(ctx, request.heldPersonId, "record_request.lead_shares");
  const [asker] = await organisationsByIds(ctx, [request.fromOrganisationId]);
  const consent = await recordConsent(ctx, request.heldPersonId, {
    purpose: "data_sharing",
    organisationIds: [request.fromOrganisationId],
    note: input.note ?? `Shared at the request of ${asker?.name ?? "another organisation"}`,
    ...(input.expiresAt ? { expiresAt: input.expiresAt } : {}),
  });
  return decide(ctx, request, "shared", request.note, consent.id);
}

/** The holder declines, with a reason the asking organisation reads. */
export async function declineRecordRequest(ctx: Ctx, id: string, reason: string) {
  const request = await openRequestFor(ctx, id);
  await requirePersonLead(ctx, request.heldPersonId, "record_request.lead_declines");
  return decide(ctx, request, "declined", reason, null);
}

/** Closes an open request as shared or declined, once, and records the decision in the held returnee's trail. */
async function decide(
  ctx: Ctx,
  request: store.RecordRequestRow,
  status: "shared" | "declined",
  note: string | null,
  consentId: string | null,
) {
  const decided = await store.decideRecordRequest(ctx.tx, request.id, {
    status,
    decidedAt: ctx.now,
    decidedByUserId: ctx.actor.userId,
    note,
    consentId,
  });
  if (!decided) throw conflict("record_request.already_decided");
  await audit(ctx, {
    action: "transition",
    recordType: "record_request",
    recordId: request.id,
    personId: request.heldPersonId,
    details: { status, ...(consentId ? { consentId } : {}) },
  });
  return { id: request.id, status: decided.status, consentId };
}
