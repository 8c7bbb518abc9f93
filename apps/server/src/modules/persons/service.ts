import {
  type ConsentInput,
  conflict,
  fullName,
  isConsentActive,
  judgeLink,
  type LinkageRecord,
  linkageProbe,
  notFound,
  type PersonInput,
  type PersonPatch,
  phoneE164,
  requirePhoneE164,
  staleVersion,
  validation,
} from "@homecoming/domain";
import { adminAreaCountry } from "@homecoming/reference";
import type { Db } from "../../db/client";
import { persons } from "../../db/schema";
import type { Ctx, ReturneeCtx } from "../../http/context";
import {
  ownRecord,
  personSearchNarrowing,
  personVisibility,
  requirePersonLead,
  requireVisiblePerson,
  visiblePersonIds,
} from "../access";
import { actingStaff, audit, auditAs } from "../audit/service";
import { organisationsByIds } from "../organisations/service";
import { consentWithdrawal } from "./consent-port";
import { episodeRows, nameColumnsOf, personOfRows, profileOf } from "./rows";
import type { PersonQuery } from "./schemas";
import * as store from "./store";

const toPerson = personOfRows;
export type PersonView = ReturnType<typeof toPerson>;

/** The country a local phone number is read in: the person's home area's, else the caller's organisation's. */
export const phoneCountry = (ctx: Ctx, adminAreaCode: string | undefined) =>
  (adminAreaCode && adminAreaCountry(adminAreaCode)) || ctx.actor.organisationCountry;

/** What linkage reads of a stored person: the row with the address of its profile. */
export const linkageRecordOf = (row: store.PersonRow): LinkageRecord => ({
  ...row,
  address: typeof row.profile.address === "string" ? row.profile.address : null,
});

/** Candidates judged at most, and shown at most, per check. */
const candidatesJudged = 200;
const candidatesShown = 10;

/**
 * Earlier registrations that may be the same returnee, judged by the domain's linkage model (likely or
 * possible, with the probability and the reasons for and against): those the caller may see, and a count of
 * the others. `hidden` (the others' ids and holders) is for the server's own use: a record request goes to
 * their holders; no answer may carry it.
 */
export async function possibleDuplicates(ctx: Ctx, person: LinkageRecord, excludeId?: string) {
  const candidates = await store.duplicateCandidates(ctx.tx, linkageProbe(person, ctx.now), candidatesJudged);
  // pairs a user judged to be two people are not offered again
  const notSame = excludeId
    ? await store.notSameAs(
        ctx.tx,
        excludeId,
        candidates.map((c) => c.id),
      )
    : new Set<string>();
  const judged = candidates
    .filter((c) => c.id !== excludeId && !notSame.has(c.id))
    .map((c) => ({ candidate: c, verdict: judgeLink(person, linkageRecordOf(c)) }))
    .filter((d) => d.verdict.level !== null)
    .sort((a, b) => b.verdict.probability - a.verdict.probability)
    .slice(0, candidatesShown);
  const visible = await visiblePersonIds(
    ctx,
    judged.map((d) => d.candidate.id),
  );
  // a match the caller may not see is only counted: no id, name, probability or reason says who it is
  const shown = judged.filter((d) => visible.has(d.candidate.id));
  return {
    possibleDuplicates: shown.map(({ candidate, verdict }) => ({
      personId: candidate.id,
      displayName: fullName(candidate),
      level: verdict.level!,
      probability: verdict.probability,
      reasonsFor: verdict.reasonsFor,
      reasonsAgainst: verdict.reasonsAgainst,
    })),
    heldElsewhere: heldElsewhere(judged.length - shown.length),
    hidden: judged
      .filter((d) => !visible.has(d.candidate.id))
      .map((d) => ({ personId: d.candidate.id, holderId: d.candidate.registeredByOrganisationId })),
  };
}

/** What the caller learns of matches held by organisations it does not share the record with. */
export function heldElsewhere(count: number) {
  return {
    count,
    message:
      count === 0
        ? ""
        : `${count === 1 ? "A possible match is" : `${count} possible matches are`} held by another organisation. ` +
          "Ask the returnee whether they registered elsewhere; once registered here, ask the holder to share " +
          "the record (Record requests on the returnee's page): with the returnee's consent it is shared with yours.",
  };
}

/** The live duplicate warning of the registration form: scores the identity typed so far, writes nothing. */
export async function checkDuplicates(ctx: Ctx, identity: LinkageRecord) {
  // a number still being typed is not compared rather than refused
  const phone = identity.phone
    ? phoneE164(identity.phone, phoneCountry(ctx, identity.adminAreaCode ?? undefined))
    : undefined;
  const { hidden: _held, ...found } = await possibleDuplicates(ctx, {
    ...identity,
    phone: phone?.ok ? phone.e164 : undefined,
  });
  // who was shown which records; the identity typed is personal data and stays out of the audit
  await audit(ctx, {
    action: "search",
    recordType: "person",
    recordId: null,
    personIds: found.possibleDuplicates.map((d) => d.personId),
    details: {
      duplicateCheck: {
        candidateCount: found.possibleDuplicates.length,
        candidateIds: found.possibleDuplicates.map((d) => d.personId),
        heldElsewhere: found.heldElsewhere.count,
      },
    },
  });
  return found;
}

export async function registerPerson(ctx: Ctx, input: PersonInput) {
  const row = await store.insertPerson(ctx.tx, {
    givenName: input.givenName,
    familyName: input.familyName ?? "",
    nameNative: input.nameNative ?? null,
    ...nameColumnsOf(input),
    birthDate: input.birthDate ?? null,
    birthYear: input.birthYear ?? (input.birthDate ? Number(input.birthDate.slice(0, 4)) : null),
    sex: input.sex,
    nationalId: input.nationalId ?? null,
    passportNumber: input.passportNumber ?? null,
    phone: input.phone ? requirePhoneE164(input.phone, phoneCountry(ctx, input.adminAreaCode)) : null,
    adminAreaCode: input.adminAreaCode,
    profile: profileOf(input),
    registeredByOrganisationId: ctx.actor.organisationId,
    registeredByUserId: ctx.actor.userId,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  const episodes = await store.insertEpisodes(ctx.tx, row.id, episodeRows(input.migrationEpisodes));
  const { hidden: _held, ...found } = await possibleDuplicates(ctx, linkageRecordOf(row), row.id);
  const duplicates = found.possibleDuplicates;
  await audit(ctx, {
    action: "create",
    recordType: "person",
    recordId: row.id,
    personId: row.id,
    personIds: duplicates.map((d) => d.personId),
    // the matches the registering organisation was shown; those held elsewhere only counted, as shown
    details: {
      ...(duplicates.length
        ? {
            duplicateDetected: duplicates.map((d) => ({
              personId: d.personId,
              level: d.level,
              probability: d.probability,
              reasons: [...d.reasonsFor, ...d.reasonsAgainst].map((r) => r.code),
            })),
          }
        : {}),
      ...(found.heldElsewhere.count ? { heldElsewhere: found.heldElsewhere.count } : {}),
    },
  });
  return { ...toPerson(row, episodes), ...found };
}

/** Loads a person the caller may see; 404 (not 403) so that existence does not leak. */
export async function loadVisiblePerson(ctx: Ctx, id: string) {
  const row = await store.getPerson(ctx.tx, id, personVisibility(ctx, persons.id));
  if (!row) throw notFound("person.not_found");
  return row;
}

/**
 * A person the caller may see. A record merged into another answers with the record it was merged into (its
 * id says which), when the caller may see that one; 404 otherwise.
 */
export async function getPerson(ctx: Ctx, requested: string) {
  const merged = await store.getPerson(ctx.tx, requested);
  const id = merged?.mergedIntoId ?? requested;
  const row = await loadVisiblePerson(ctx, id);
  await audit(ctx, { action: "read", recordType: "person", recordId: id, personId: id });
  return toPerson(row, await store.episodesOf(ctx.tx, [id]));
}

export async function updatePerson(ctx: Ctx, id: string, patch: PersonPatch & { version: number }) {
  const current = await loadVisiblePerson(ctx, id);
  await requirePersonLead(ctx, id, "person.lead_changes_profile");
  const { version, migrationEpisodes, ...fields } = patch;
  // PersonPatch checks a birth year against a birth date sent with it; this checks it against the stored one
  if (
    fields.birthYear !== undefined &&
    fields.birthDate === undefined &&
    current.birthDate &&
    Number(current.birthDate.slice(0, 4)) !== fields.birthYear
  ) {
    throw validation("person.birth_year_mismatch", {}, "birthYear");
  }
  const merged = {
    givenName: fields.givenName ?? current.givenName,
    familyName: fields.familyName ?? current.familyName,
    nameNative: fields.nameNative ?? current.nameNative,
  };
  const birth =
    fields.birthDate !== undefined
      ? { birthDate: fields.birthDate, birthYear: Number(fields.birthDate.slice(0, 4)) }
      : fields.birthYear !== undefined
        ? { birthYear: fields.birthYear }
        : {};
  const updated = await store.updatePerson(ctx.tx, id, version, {
    ...merged,
    ...nameColumnsOf({
      ...current,
      ...merged,
      ...birth,
      adminAreaCode: fields.adminAreaCode ?? current.adminAreaCode,
    }),
    ...birth,
    ...(fields.sex ? { sex: fields.sex } : {}),
    ...(fields.nationalId !== undefined ? { nationalId: fields.nationalId } : {}),
    ...(fields.passportNumber !== undefined ? { passportNumber: fields.passportNumber } : {}),
    ...(fields.phone !== undefined
      ? {
          phone: requirePhoneE164(
            fields.phone,
            phoneCountry(ctx, fields.adminAreaCode ?? current.adminAreaCode),
          ),
        }
      : {}),
    ...(fields.adminAreaCode ? { adminAreaCode: fields.adminAreaCode } : {}),
    profile: { ...current.profile, ...profileOf(fields) },
  });
  if (!updated) throw staleVersion();
  if (migrationEpisodes) await store.replaceEpisodes(ctx.tx, id, episodeRows(migrationEpisodes));
  await audit(ctx, {
    action: "update",
    recordType: "person",
    recordId: id,
    personId: id,
    details: { fields: Object.keys(patch).filter((k) => k !== "version") },
  });
  return toPerson(updated, await store.episodesOf(ctx.tx, [id]));
}

export async function searchPersons(ctx: Ctx, query: PersonQuery) {
  const page = await store.searchPersons(ctx.tx, {
    ...query,
    ...(query.phone ? { phone: requirePhoneE164(query.phone, ctx.actor.organisationCountry) } : {}),
    visible: personVisibility(ctx, persons.id),
    narrow: personSearchNarrowing(ctx),
  });
  await audit(ctx, {
    action: "search",
    recordType: "person",
    recordId: null,
    personIds: page.items.map((p) => p.id),
    details: {
      query: {
        q: query.q,
        phone: query.phone ? "given" : undefined,
        nationalId: query.nationalId ? "given" : undefined,
        sort: `${query.sort.direction === "desc" ? "-" : ""}${query.sort.field}`,
      },
      resultIds: page.items.map((p) => p.id),
    },
  });
  return page;
}

/** Person names for lists of other modules (cases, referrals); the caller has already checked access. */
export async function personSummaries(ctx: { tx: Db }, ids: string[]) {
  const rows = await store.personSummariesByIds(ctx.tx, [...new Set(ids)]);
  return new Map(rows.map((r) => [r.id, r]));
}

function toConsent(row: store.ConsentRow, now: Date) {
  return {
    ...row,
    active: isConsentActive({ ...row, purpose: row.purpose as "referral" }, now),
  };
}

export async function listConsents(ctx: Ctx, personId: string) {
  await requireVisiblePerson(ctx, personId);
  const rows = await store.consentsOf(ctx.tx, personId);
  await audit(ctx, { action: "list", recordType: "consent", recordId: personId, personId });
  return { items: rows.map((r) => toConsent(r, ctx.now)), total: rows.length };
}

export async function recordConsent(ctx: Ctx, personId: string, input: ConsentInput) {
  await requireVisiblePerson(ctx, personId);
  await requirePersonLead(ctx, personId, "consent.lead_records");
  const known = await organisationsByIds(ctx, input.organisationIds);
  const missing = input.organisationIds.find((id) => !known.some((o) => o.id === id));
  if (missing) throw validation("organisation.unknown", { id: missing }, "organisationIds");
  const row = await store.insertConsent(ctx.tx, {
    personId,
    purpose: input.purpose,
    organisationIds: [...new Set(input.organisationIds)],
    note: input.note ?? null,
    givenAt: ctx.now,
    expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
    recordedByUserId: ctx.actor.userId,
    recordedByOrganisationId: ctx.actor.organisationId,
  });
  await audit(ctx, {
    action: "create",
    recordType: "consent",
    recordId: row.id,
    personId,
    details: { purpose: row.purpose, organisationIds: row.organisationIds },
  });
  return toConsent(row, ctx.now);
}

export async function withdrawConsent(ctx: Ctx, personId: string, consentId: string, note?: string) {
  await requireVisiblePerson(ctx, personId);
  await requirePersonLead(ctx, personId, "consent.lead_withdraws");
  return endConsent(ctx, personId, consentId, note ?? null);
}

/**
 * The returnee withdraws a consent of their own record on the portal, with the same effect as a withdrawal
 * staff record: at once, for every organisation it covered.
 */
export async function withdrawOwnConsent(ctx: ReturneeCtx, consentId: string, reason: string | null) {
  const personId = ownRecord(ctx);
  if (!personId) throw notFound("consent.not_found");
  return endConsent(ctx, personId, consentId, reason);
}

async function endConsent(ctx: Ctx | ReturneeCtx, personId: string, consentId: string, note: string | null) {
  const current = await store.getConsent(ctx.tx, personId, consentId);
  if (!current) throw notFound("consent.not_found");
  if (current.withdrawnAt) throw conflictWithdrawn();
  const row = await store.withdrawConsent(ctx.tx, consentId, ctx.now, actingStaff(ctx).userId, note);
  if (!row) throw conflictWithdrawn();
  // the withdrawal takes effect at once: what rested on it stops in the same transaction
  const referrals = await consentWithdrawal().suspendUnderConsent(ctx, personId, consentId);
  await auditAs(ctx, {
    action: "withdraw",
    recordType: "consent",
    recordId: consentId,
    personId,
    details: {
      referralsSuspended: referrals.suspended,
      referralsUnderOtherConsent: referrals.movedToOtherConsent,
    },
  });
  return { ...toConsent(row, ctx.now), referralsSuspended: referrals.suspended };
}

/** Consents on record for several persons, in one query (what referral drafts wait for). */
export async function consentsOfPersons(ctx: { tx: Db }, personIds: string[]) {
  return store.consentsOfPersons(ctx.tx, personIds);
}

const conflictWithdrawn = () => conflict("consent.already_withdrawn");

/** The stored rows of a person the caller may see (404 otherwise), for modules that derive from the record; they audit their own read. */
export async function loadPersonRows(ctx: Ctx, personId: string) {
  // who may see the person is part of the query: a person they may not see is not found
  const row = await store.getPerson(ctx.tx, personId, personVisibility(ctx, persons.id));
  if (!row) throw notFound("person.not_found");
  const episodes = await store.episodesOf(ctx.tx, [personId]);
  return { row, episodes };
}

/** Every record in id order, in batches, with their episodes: for counting how many persons a rule reaches. */
export const personsAfter = store.personsAfter;
export const episodesOfPersonsBetween = store.episodesOfPersonsBetween;
