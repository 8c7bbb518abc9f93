import {
  type CommunityEventInput,
  type CommunityEventPatch,
  conflict,
  type InterfaceLanguage,
  notFound,
  type PeerGroupInput,
  type PeerGroupPatch,
  smsText,
  staleVersion,
  wordsIn,
} from "@homecoming/domain";
import { adminAreaCountry, areasCovering, childrenOf, provinceOf } from "@homecoming/reference";
import type { Db } from "../../db/client";
import { communityEvents, peerGroups } from "../../db/schema";
import { updateVersioned } from "../../db/versioned";
import type { Ctx, ReturneeCtx } from "../../http/context";
import { inOwnOrganisation, ownOrganisationScope, ownRecord } from "../access";
import { audit, auditByReturnee } from "../audit/service";
import { organisationById } from "../organisations/service";
import { personSummaries } from "../persons/service";
import type { SmsGateway } from "../sms/gateway";
import { queueSms } from "../sms/service";
import { portalAccounts } from "./account-port";
import * as store from "./store";

// Events near home a returnee registers for, and the directory of peer groups and forums: organisations list
// them in the workspace, anyone reads them on the portal, a signed-in returnee registers.

const eventOfRow = (row: store.EventRow, organisationName: string, taken: number) => {
  const { createdByUserId: _by, ...event } = row;
  return {
    ...event,
    organisationName,
    registered: taken,
    placesLeft: row.capacity === null ? null : Math.max(0, row.capacity - taken),
  };
};

async function eventsWithPlaces(db: Db, rows: { event: store.EventRow; organisationName: string }[]) {
  const taken = await store.placesTaken(
    db,
    rows.map((r) => r.event.id),
  );
  return rows.map((r) => eventOfRow(r.event, r.organisationName, taken.get(r.event.id) ?? 0));
}

/** The caller's organisation's events (administrators: every one's), with how many registered. */
export async function listEvents(ctx: Ctx, page: { limit: number; offset: number }) {
  const { rows, total } = await store.eventsOf(ctx.tx, ownOrganisationScope(ctx), page);
  return { items: await eventsWithPlaces(ctx.tx, rows), total };
}

export async function createEvent(ctx: Ctx, input: CommunityEventInput) {
  const row = await store.insertEvent(ctx.tx, {
    ...input,
    startsAt: new Date(input.startsAt),
    endsAt: input.endsAt ? new Date(input.endsAt) : null,
    capacity: input.capacity ?? null,
    phone: input.phone ?? null,
    organisationId: ctx.actor.organisationId,
    createdByUserId: ctx.actor.userId,
  });
  await audit(ctx, { action: "create", recordType: "community_event", recordId: row.id });
  return eventOfRow(row, ctx.actor.organisationName, 0);
}

async function ownEvent(ctx: Ctx, id: string) {
  const row = await store.getEvent(ctx.tx, id);
  // another organisation's event is not the caller's to change or to read the registrations of
  if (!row || !inOwnOrganisation(ctx, row.organisationId)) throw notFound("community.event_not_found");
  return row;
}

export async function updateEvent(ctx: Ctx, id: string, patch: CommunityEventPatch) {
  const current = await ownEvent(ctx, id);
  if (current.cancelledAt) throw conflict("community.event_cancelled");
  const { version, startsAt, endsAt, ...rest } = patch;
  const starts = startsAt ? new Date(startsAt) : current.startsAt;
  const ends = endsAt === undefined ? current.endsAt : new Date(endsAt);
  if (ends && ends <= starts) throw conflict("community.ends_before_start");
  const updated = await updateVersioned(ctx.tx, communityEvents, id, version, {
    ...rest,
    startsAt: starts,
    endsAt: ends,
    updatedAt: ctx.now,
  });
  if (!updated) throw staleVersion("community.event_not_found");
  await audit(ctx, { action: "update", recordType: "community_event", recordId: id });
  const taken = await store.placesTaken(ctx.tx, [id]);
  return eventOfRow(updated, await ownerName(ctx, updated.organisationId), taken.get(id) ?? 0);
}

/**
 * Cancels an event of the caller's organisation, saying why, and tells each returnee registered for it by a
 * text message in their language (the day of the event, not its name: a stranger reading the phone learns
 * nothing of them); the portal shows them the reason. The messages leave once the cancellation committed.
 */
export async function cancelEvent(ctx: Ctx, id: string, reason: string, gateway: SmsGateway) {
  const current = await ownEvent(ctx, id);
  if (current.cancelledAt) throw conflict("community.event_cancelled");
  const updated = await updateVersioned(ctx.tx, communityEvents, id, current.version, {
    cancelledAt: ctx.now,
    cancelReason: reason,
    updatedAt: ctx.now,
  });
  if (!updated) throw staleVersion("community.event_not_found");
  const registered = (await store.registrationsOf(ctx.tx, id)).filter((r) => !r.cancelledAt);
  const contacts = await portalAccounts().contactsOf(
    ctx.tx,
    registered.map((r) => r.accountId),
  );
  // the day in each language once, however many read it
  const days = new Map<InterfaceLanguage, string>();
  for (const { phone, language } of contacts.values()) {
    const date =
      days.get(language) ??
      new Intl.DateTimeFormat([language, "en"], { dateStyle: "long" }).format(updated.startsAt);
    days.set(language, date);
    const body = smsText(language, "event_cancelled", { code: "", minutes: 0, date });
    await queueSms(ctx.tx, { phone, purpose: "event_cancelled", language, body }, gateway, ctx.now);
  }
  await audit(ctx, {
    action: "close",
    recordType: "community_event",
    recordId: id,
    details: { reason, told: contacts.size },
  });
  const taken = await store.placesTaken(ctx.tx, [id]);
  return eventOfRow(updated, await ownerName(ctx, updated.organisationId), taken.get(id) ?? 0);
}

const organisationName = async (db: Db, id: string) => (await organisationById(db, id))?.name ?? "";
/** The name of the organisation that holds what the caller changed: their own, unless an administrator's of another. */
const ownerName = (ctx: Ctx, id: string) =>
  id === ctx.actor.organisationId ? ctx.actor.organisationName : organisationName(ctx.tx, id);

/**
 * Who registered for an event of the caller's organisation: each returnee's name and number (they agreed that
 * the organiser sees them when they registered), when, and whether they cancelled. A read of their records.
 */
export async function eventRegistrations(ctx: Ctx, id: string) {
  const event = await ownEvent(ctx, id);
  const rows = await store.registrationsOf(ctx.tx, event.id);
  const names = await personSummaries(
    ctx,
    rows.flatMap((r) => (r.personId ? [r.personId] : [])),
  );
  const contacts = await portalAccounts().contactsOf(
    ctx.tx,
    rows.map((r) => r.accountId),
  );
  const personIds = rows.flatMap((r) => (r.personId ? [r.personId] : []));
  if (personIds.length)
    await audit(ctx, { action: "list", recordType: "community_event", recordId: id, personIds });
  return {
    items: rows.map((r) => {
      const person = r.personId ? names.get(r.personId) : undefined;
      return {
        id: r.id,
        personId: r.personId,
        name: person ? [person.givenName, person.familyName].filter(Boolean).join(" ") : null,
        phone: contacts.get(r.accountId)?.phone ?? null,
        registeredAt: r.registeredAt,
        cancelledAt: r.cancelledAt,
      };
    }),
    total: rows.length,
  };
}

// ---- on the portal ---------------------------------------------------------------------------------------

/** An event in the reader's language where it has its words. */
function inLanguage<
  T extends { title: string; description: string; translations: store.EventRow["translations"] },
>(event: T, language: InterfaceLanguage) {
  const { words, translated } = wordsIn(
    { name: event.title, description: event.description },
    event.translations,
    language,
  );
  const { translations: _t, ...rest } = event;
  return { ...rest, title: words.name, description: words.description, translated };
}

const publicEvent = (event: ReturnType<typeof eventOfRow>, language: InterfaceLanguage) => {
  const {
    cancelReason: _r,
    version: _v,
    createdAt: _c,
    updatedAt: _u,
    ...shown
  } = inLanguage(event, language);
  return shown;
};

/**
 * The events still to come in the country of `area` (a district), those of the district first, then those of
 * the rest of its province, then the others; a place: in the district the query names, else every district.
 */
export async function comingEvents(
  db: Db,
  query: { area?: string | undefined; language: InterfaceLanguage; now: Date },
) {
  const area = query.area;
  const country = area ? (adminAreaCountry(area) ?? area) : undefined;
  const province = area ? provinceOf(area) : undefined;
  const around = province && province.code !== area ? childrenOf(province.code).map((a) => a.code) : [];
  const rows = await store.comingEvents(db, {
    country,
    near: area === country ? undefined : area,
    around: [...around, ...(province ? [province.code] : [])],
    now: query.now,
    limit: 50,
  });
  return { items: (await eventsWithPlaces(db, rows)).map((e) => publicEvent(e, query.language)) };
}

export async function comingEvent(db: Db, id: string, language: InterfaceLanguage) {
  const row = await store.getEvent(db, id);
  if (!row) throw notFound("community.event_not_found");
  const [event] = await eventsWithPlaces(db, [
    { event: row, organisationName: await organisationName(db, row.organisationId) },
  ]);
  return publicEvent(event!, language);
}

/** The signed-in returnee registers for an event: once, while it is to come and has places. */
export async function register(ctx: ReturneeCtx, eventId: string) {
  const personId = ownRecord(ctx);
  if (!personId) throw conflict("account.profile_needed");
  // the event's row is locked, so that two registrations for the last place do not both take it
  const event = await store.getEvent(ctx.tx, eventId, true);
  if (!event) throw notFound("community.event_not_found");
  if (event.cancelledAt) throw conflict("community.event_cancelled");
  if ((event.endsAt ?? event.startsAt) <= ctx.now) throw conflict("community.event_over");
  if (await store.liveRegistration(ctx.tx, eventId, ctx.returnee.accountId))
    throw conflict("community.already_registered");
  const taken = (await store.placesTaken(ctx.tx, [eventId])).get(eventId) ?? 0;
  if (event.capacity !== null && taken >= event.capacity) throw conflict("community.event_full");
  const created = await store.insertRegistration(ctx.tx, {
    eventId,
    accountId: ctx.returnee.accountId,
    personId,
    registeredAt: ctx.now,
  });
  if (!created) throw conflict("community.already_registered");
  await auditByReturnee(ctx, {
    action: "create",
    recordType: "event_registration",
    recordId: created.id,
    personId,
    details: { eventId },
  });
  return { id: created.id, eventId, registeredAt: created.registeredAt };
}

/** The returnee takes back their registration (before the event). */
export async function unregister(ctx: ReturneeCtx, eventId: string) {
  const personId = ownRecord(ctx);
  const registration = await store.liveRegistration(ctx.tx, eventId, ctx.returnee.accountId);
  if (!registration) throw notFound("community.not_registered");
  await store.cancelRegistration(ctx.tx, registration.id, ctx.now);
  await auditByReturnee(ctx, {
    action: "withdraw",
    recordType: "event_registration",
    recordId: registration.id,
    personId,
    details: { eventId },
  });
  return { id: registration.id, eventId, cancelledAt: ctx.now };
}

/** The returnee's registrations, the coming events first, in their language. */
export async function myEvents(ctx: ReturneeCtx, language: InterfaceLanguage) {
  ownRecord(ctx);
  const rows = await store.registrationsOfAccount(ctx.tx, ctx.returnee.accountId);
  const taken = await store.placesTaken(
    ctx.tx,
    rows.map((r) => r.event.id),
  );
  return {
    items: rows.map((r) => ({
      registrationId: r.registration.id,
      registeredAt: r.registration.registeredAt,
      cancelledAt: r.registration.cancelledAt,
      event: publicEvent(eventOfRow(r.event, r.organisationName, taken.get(r.event.id) ?? 0), language),
    })),
  };
}

// ---- groups ------------------------------------------------------------------------------------------------

const groupOfRow = (row: store.GroupRow, organisationName: string) => ({ ...row, organisationName });

export async function listGroups(ctx: Ctx) {
  const rows = await store.groupsOf(ctx.tx, ownOrganisationScope(ctx));
  return { items: rows.map((r) => groupOfRow(r.group, r.organisationName)), total: rows.length };
}

export async function createGroup(ctx: Ctx, input: PeerGroupInput) {
  const row = await store.insertGroup(ctx.tx, {
    ...input,
    country: ctx.actor.organisationCountry,
    meets: input.meets ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    website: input.website ?? null,
    organisationId: ctx.actor.organisationId,
  });
  await audit(ctx, { action: "create", recordType: "peer_group", recordId: row.id });
  return groupOfRow(row, ctx.actor.organisationName);
}

export async function updateGroup(ctx: Ctx, id: string, patch: PeerGroupPatch) {
  const current = await store.getGroup(ctx.tx, id);
  // another organisation's group is not the caller's to change
  if (!current || !inOwnOrganisation(ctx, current.organisationId))
    throw notFound("community.group_not_found");
  const { version, ...rest } = patch;
  const updated = await updateVersioned(ctx.tx, peerGroups, id, version, { ...rest, updatedAt: ctx.now });
  if (!updated) throw staleVersion("community.group_not_found");
  await audit(ctx, { action: "update", recordType: "peer_group", recordId: id });
  return groupOfRow(updated, await ownerName(ctx, updated.organisationId));
}

/** The groups serving a district (or a whole country, asked by its code), in the reader's language. */
export async function groupsNear(db: Db, query: { area?: string | undefined; language: InterfaceLanguage }) {
  const area = query.area;
  const country = area ? (adminAreaCountry(area) ?? area) : undefined;
  const rows = await store.groupsServing(db, {
    country,
    areas: area && area !== country ? areasCovering(area) : undefined,
  });
  return {
    items: rows.map(({ group, organisationName }) => {
      const { words, translated } = wordsIn(
        { name: group.name, description: group.description },
        group.translations,
        query.language,
      );
      return {
        id: group.id,
        kind: group.kind,
        name: words.name,
        description: words.description,
        translated,
        adminAreaCodes: group.adminAreaCodes,
        languages: group.languages,
        meets: group.meets,
        phone: group.phone,
        email: group.email,
        website: group.website,
        organisationName,
      };
    }),
  };
}
