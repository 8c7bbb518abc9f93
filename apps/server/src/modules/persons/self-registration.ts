import {
  conflict,
  fullName,
  notFound,
  type ReturneeNeed,
  type SelfProfile,
  selfRegistrationConsentVersion,
  validation,
} from "@homecoming/domain";
import { adminAreaCountry, areasCovering } from "@homecoming/reference";
import type { Db } from "../../db/client";
import { pageTotal } from "../../db/paging";
import type { Ctx, ReturneeCtx } from "../../http/context";
import { ownRecord, registeringOrganisationScope, requirePersonLead, requireVisiblePerson } from "../access";
import { audit, auditByReturnee } from "../audit/service";
import { mrcsServing, organisationById } from "../organisations/service";
import { nameColumnsOf } from "./rows";
import { linkageRecordOf, possibleDuplicates } from "./service";
import * as store from "./store";

// A returnee who registers themself on the portal: their record is registered to the MRC serving their
// district, which confirms it (or merges it into the record it already holds) before working with it.

/** The MRC that receives a self-registration from a district: the nearest that serves it, else the country's. */
async function centreFor(tx: Db, adminAreaCode: string): Promise<string> {
  const [first] = await mrcsServing(
    tx,
    areasCovering(adminAreaCode),
    adminAreaCountry(adminAreaCode) ?? null,
  );
  if (!first) throw validation("account.no_centre", {}, "adminAreaCode");
  return first;
}

/**
 * The returnee's record made from their profile, with the consent they gave in the portal's words: to be
 * contacted by the MRC that receives it. Answers its id. The duplicate check runs when the MRC reads its
 * self-registrations, under the MRC's own view of the registry: the returnee learns nothing of other records.
 */
export async function registerSelf(ctx: ReturneeCtx, profile: SelfProfile): Promise<string> {
  ownRecord(ctx);
  const organisationId = await centreFor(ctx.tx, profile.adminAreaCode);
  const identity = {
    givenName: profile.givenName,
    familyName: profile.familyName ?? "",
    nameNative: profile.nameNative ?? null,
    birthDate: null,
    birthYear: profile.birthYear,
    sex: profile.sex,
    phone: ctx.returnee.phone,
    adminAreaCode: profile.adminAreaCode,
  };
  const row = await store.insertPerson(ctx.tx, {
    ...identity,
    ...nameColumnsOf(identity),
    profile: { statedNeeds: profile.needs },
    registeredByOrganisationId: organisationId,
    registeredByUserId: null,
    selfRegisteredAt: ctx.now,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  await store.insertEpisodes(ctx.tx, row.id, [
    {
      position: 0,
      destinationCountry: profile.returnedFrom,
      startDate: null,
      endDate: null,
      occupationIsco: null,
      sectorIsic: null,
      legalStatus: null,
      returnType: profile.returnType,
      details: { returnYear: profile.returnYear },
    },
  ]);
  const consent = await store.insertConsent(ctx.tx, {
    personId: row.id,
    purpose: "contact",
    organisationIds: [organisationId],
    note: `Given by the returnee on the portal (consent text ${selfRegistrationConsentVersion})`,
    givenAt: ctx.now,
    recordedByUserId: null,
    recordedByOrganisationId: null,
  });
  await auditByReturnee(
    ctx,
    {
      action: "create",
      recordType: "person",
      recordId: row.id,
      personId: row.id,
      details: { selfRegistered: true, organisationId },
    },
    {
      action: "create",
      recordType: "consent",
      recordId: consent.id,
      personId: row.id,
      details: {
        purpose: "contact",
        organisationIds: [organisationId],
        version: selfRegistrationConsentVersion,
      },
    },
  );
  return row.id;
}

/** What the portal shows a returnee of their own record: the record, who has it, and whether it is confirmed. */
export async function ownRecordSummary(tx: Db, personId: string) {
  const row = await store.getPerson(tx, personId);
  if (!row) return null;
  const centre = row.registeredByOrganisationId
    ? await organisationById(tx, row.registeredByOrganisationId)
    : undefined;
  return {
    id: row.id,
    name: fullName(row),
    nameNative: row.nameNative,
    birthYear: row.birthYear,
    adminAreaCode: row.adminAreaCode,
    centre: centre ? { id: centre.id, name: centre.name } : null,
    selfRegisteredAt: row.selfRegisteredAt,
    confirmedAt: row.confirmedAt,
    statedNeeds: ((row.profile.statedNeeds as ReturneeNeed[] | undefined) ?? []).slice(),
  };
}

/**
 * The caller's organisation's self-registrations that wait for confirmation, oldest first, each with the
 * records that may be the same returnee (only those the caller may see; the others counted).
 */
export async function selfRegistrationsToConfirm(ctx: Ctx, page: { limit: number; offset: number }) {
  const scope = registeringOrganisationScope(ctx);
  const { rows, count } = await store.selfRegistrationsToConfirm(ctx.tx, {
    organisationId: scope.everyOrganisation ? undefined : scope.organisationId,
    ...page,
  });
  const items = [];
  for (const row of rows) {
    const { hidden: _held, ...found } = await possibleDuplicates(ctx, linkageRecordOf(row), row.id);
    items.push({
      id: row.id,
      name: fullName(row),
      nameNative: row.nameNative,
      birthYear: row.birthYear,
      sex: row.sex,
      phone: row.phone,
      adminAreaCode: row.adminAreaCode,
      registeredByOrganisationId: row.registeredByOrganisationId,
      selfRegisteredAt: row.selfRegisteredAt!,
      statedNeeds: (row.profile.statedNeeds as ReturneeNeed[] | undefined) ?? [],
      ...found,
    });
  }
  const total = await pageTotal(rows.length, page, count);
  await audit(ctx, {
    action: "list",
    recordType: "person",
    recordId: null,
    personIds: [
      ...items.map((i) => i.id),
      ...items.flatMap((i) => i.possibleDuplicates.map((d) => d.personId)),
    ],
    details: { selfRegistrations: items.map((i) => i.id) },
  });
  return { items, total };
}

/** A case worker of the registering MRC confirms a self-registration: the returnee is who they say. */
export async function confirmSelfRegistration(ctx: Ctx, personId: string) {
  const row = await store.getPerson(ctx.tx, personId);
  if (!row || row.mergedIntoId) throw notFound("person.not_found");
  await requireVisiblePerson(ctx, personId);
  await requirePersonLead(ctx, personId, "person.lead_confirms");
  if (!row.selfRegisteredAt) throw conflict("person.not_self_registered");
  if (!(await store.confirmSelfRegistration(ctx.tx, personId, ctx.actor.userId, ctx.now)))
    throw conflict("person.already_confirmed");
  await audit(ctx, {
    action: "update",
    recordType: "person",
    recordId: personId,
    personId,
    details: { confirmed: true },
  });
  return { id: personId, confirmedAt: ctx.now };
}

/** The organisation that holds a person's record (the one that registered it), for a returnee's own requests. */
export async function personHolder(tx: Db, personId: string): Promise<string | null> {
  return (await store.getPerson(tx, personId))?.registeredByOrganisationId ?? null;
}
