import { isConsentActive } from "@homecoming/domain";
import { desc, eq, or } from "drizzle-orm";
import type { Db } from "../../db/client";
import { consents, migrationEpisodes, persons, recordRequests } from "../../db/schema";
import { personOfRows } from "./rows";
import * as store from "./store";

/** The tables whose rows about a returnee `heldRecord` gives them (what "my data" covers, checked by a test). */
export const recordTables = [persons, migrationEpisodes, consents, recordRequests];

/**
 * What the persons module holds about a returnee, for their own copy: the record with its stays abroad, every
 * consent (withdrawn ones too) and the requests organisations made to share it. Staff members' own ids are
 * left out; organisations are named by id (the caller names them).
 */
export async function heldRecord(tx: Db, personId: string, now: Date) {
  const row = await store.getPerson(tx, personId);
  if (!row) return null;
  const episodes = await store.episodesOf(tx, [personId]);
  const consentRows = await store.consentsOf(tx, personId);
  const requests = await tx
    .select()
    .from(recordRequests)
    .where(or(eq(recordRequests.personId, personId), eq(recordRequests.heldPersonId, personId)))
    .orderBy(desc(recordRequests.createdAt), recordRequests.id);
  const { version: _version, ...person } = personOfRows(row, episodes);
  return {
    person,
    consents: consentRows.map((c) => heldConsent(c, now)),
    recordRequests: requests.map((r) => ({
      id: r.id,
      fromOrganisationId: r.fromOrganisationId,
      toOrganisationId: r.toOrganisationId,
      status: r.status,
      note: r.note,
      createdAt: r.createdAt,
      decidedAt: r.decidedAt,
    })),
  };
}

type ConsentRow = Awaited<ReturnType<typeof store.consentsOf>>[number];

/** A consent as its returnee reads it: who gave it and who took it back, without staff members' ids. */
function heldConsent(c: ConsentRow, now: Date) {
  return {
    id: c.id,
    purpose: c.purpose,
    organisationIds: c.organisationIds,
    note: c.note,
    givenAt: c.givenAt,
    expiresAt: c.expiresAt,
    withdrawnAt: c.withdrawnAt,
    withdrawalNote: c.withdrawalNote,
    /** given by the returnee on the portal (no member of staff recorded it) */
    givenOnPortal: c.recordedByUserId === null,
    /** withdrawn by the returnee on the portal */
    withdrawnOnPortal: c.withdrawnAt !== null && c.withdrawnByUserId === null,
    recordedByOrganisationId: c.recordedByOrganisationId,
    active: isConsentActive({ ...c, purpose: c.purpose as "referral" }, now),
  };
}

/**
 * The returnee's consents (withdrawn ones too) and the organisation that holds the record, for the page where
 * they take one back.
 */
export async function heldConsents(tx: Db, personId: string, now: Date) {
  const row = await store.getPerson(tx, personId);
  if (!row) return null;
  return {
    registeredByOrganisationId: row.registeredByOrganisationId,
    consents: (await store.consentsOf(tx, personId)).map((c) => heldConsent(c, now)),
  };
}
