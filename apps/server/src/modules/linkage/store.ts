import { and, desc, eq, inArray, isNull, ne, or, type SQL, sql } from "drizzle-orm";
import { type AnyPgColumn, alias } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client";
import {
  auditEvents,
  cases,
  consents,
  enrolments,
  type MergeMoved,
  migrationEpisodes,
  organisations,
  personLinkCandidates,
  personLinkVerdicts,
  personMerges,
  persons,
  recordRequests,
  referrals,
} from "../../db/schema";

export type MergeRow = typeof personMerges.$inferSelect;

/** The pair in the order it is stored: the smaller id first. */
export const orderedPair = (a: string, b: string) => (a < b ? [a, b] : [b, a]) as [string, string];

export async function verdictOf(tx: Db, a: string, b: string) {
  const [personId, otherPersonId] = orderedPair(a, b);
  const [row] = await tx
    .select()
    .from(personLinkVerdicts)
    .where(
      and(
        eq(personLinkVerdicts.personId, personId),
        eq(personLinkVerdicts.otherPersonId, otherPersonId),
        isNull(personLinkVerdicts.withdrawnAt),
      ),
    )
    .limit(1);
  return row;
}

/** Records the verdict; nothing (undefined) when one already stands for the pair. */
export async function insertVerdict(tx: Db, row: typeof personLinkVerdicts.$inferInsert) {
  const [personId, otherPersonId] = orderedPair(row.personId, row.otherPersonId);
  const [created] = await tx
    .insert(personLinkVerdicts)
    .values({ ...row, personId, otherPersonId })
    .onConflictDoNothing()
    .returning();
  return created;
}

export async function withdrawVerdict(tx: Db, id: string, at: Date) {
  await tx.update(personLinkVerdicts).set({ withdrawnAt: at }).where(eq(personLinkVerdicts.id, id));
}

/** Lead organisations with an open case of both persons: a merge would give the survivor two. */
export async function sharedOpenCaseLeads(tx: Db, a: string, b: string) {
  const rows = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(cases)
    .innerJoin(organisations, eq(organisations.id, cases.leadOrganisationId))
    .where(and(eq(cases.personId, a), ne(cases.stage, "closed")))
    .intersect(
      tx
        .select({ id: organisations.id, name: organisations.name })
        .from(cases)
        .innerJoin(organisations, eq(organisations.id, cases.leadOrganisationId))
        .where(and(eq(cases.personId, b), ne(cases.stage, "closed"))),
    );
  return rows;
}

/** Requests between the two records themselves stay with the merged one, as history. */
const notBetween = (a: string, b: string) =>
  sql`not (${recordRequests.personId} in (${a}::uuid, ${b}::uuid) and ${recordRequests.heldPersonId} in (${a}::uuid, ${b}::uuid))`;

/** How many rows of each kind a merge of `fromId` would move, and how many audit events name it. */
export async function countsOf(tx: Db, fromId: string, survivorId: string) {
  const count = async (query: Promise<{ n: number }[]>) => Number((await query)[0]?.n ?? 0);
  const n = sql<number>`count(*)::int`;
  return {
    cases: await count(tx.select({ n }).from(cases).where(eq(cases.personId, fromId))),
    referrals: await count(tx.select({ n }).from(referrals).where(eq(referrals.personId, fromId))),
    consents: await count(tx.select({ n }).from(consents).where(eq(consents.personId, fromId))),
    enrolments: await count(tx.select({ n }).from(enrolments).where(eq(enrolments.personId, fromId))),
    episodes: await count(
      tx.select({ n }).from(migrationEpisodes).where(eq(migrationEpisodes.personId, fromId)),
    ),
    recordRequests: await count(
      tx
        .select({ n })
        .from(recordRequests)
        .where(
          and(
            or(eq(recordRequests.personId, fromId), eq(recordRequests.heldPersonId, fromId)),
            notBetween(fromId, survivorId),
          ),
        ),
    ),
    auditEvents: await count(
      tx
        .select({ n })
        .from(auditEvents)
        .where(
          sql`(${auditEvents.personId} = ${fromId} or ${auditEvents.personIds} @> array[${fromId}]::uuid[])`,
        ),
    ),
  };
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

/** Moves every row of `fromId` to `toId` and answers which rows moved; episodes go after the survivor's. */
export async function moveRows(tx: Db, fromId: string, toId: string): Promise<MergeMoved> {
  const [{ last } = { last: -1 }] = await tx
    .select({ last: sql<number>`coalesce(max(${migrationEpisodes.position}), -1)::int` })
    .from(migrationEpisodes)
    .where(eq(migrationEpisodes.personId, toId));
  const returningId = { id: sql<string>`id` };
  return {
    cases: ids(
      await tx.update(cases).set({ personId: toId }).where(eq(cases.personId, fromId)).returning(returningId),
    ),
    referrals: ids(
      await tx
        .update(referrals)
        .set({ personId: toId })
        .where(eq(referrals.personId, fromId))
        .returning(returningId),
    ),
    consents: ids(
      await tx
        .update(consents)
        .set({ personId: toId })
        .where(eq(consents.personId, fromId))
        .returning(returningId),
    ),
    enrolments: ids(
      await tx
        .update(enrolments)
        .set({ personId: toId })
        .where(eq(enrolments.personId, fromId))
        .returning(returningId),
    ),
    episodes: ids(
      await tx
        .update(migrationEpisodes)
        .set({ personId: toId, position: sql`${migrationEpisodes.position} + ${last + 1}` })
        .where(eq(migrationEpisodes.personId, fromId))
        .returning(returningId),
    ),
    recordRequests: ids(
      await tx
        .update(recordRequests)
        .set({ personId: toId })
        .where(and(eq(recordRequests.personId, fromId), notBetween(fromId, toId)))
        .returning(returningId),
    ),
    heldRecordRequests: ids(
      await tx
        .update(recordRequests)
        .set({ heldPersonId: toId })
        .where(and(eq(recordRequests.heldPersonId, fromId), notBetween(fromId, toId)))
        .returning(returningId),
    ),
    redirects: ids(
      await tx
        .update(persons)
        .set({ mergedIntoId: toId })
        .where(eq(persons.mergedIntoId, fromId))
        .returning(returningId),
    ),
  };
}

/** Moves back what a merge moved, where it still is with the survivor; rows made since stay. */
export async function moveBack(tx: Db, moved: MergeMoved, survivorId: string, mergedId: string) {
  const back = async <T extends typeof cases | typeof referrals | typeof consents | typeof enrolments>(
    table: T,
    list: string[],
  ) => {
    if (!list.length) return;
    await tx
      .update(table as typeof cases)
      .set({ personId: mergedId })
      .where(
        and(inArray((table as typeof cases).id, list), eq((table as typeof cases).personId, survivorId)),
      );
  };
  await back(cases, moved.cases);
  await back(referrals, moved.referrals);
  await back(consents, moved.consents);
  await back(enrolments, moved.enrolments);
  if (moved.episodes.length)
    await tx
      .update(migrationEpisodes)
      .set({ personId: mergedId })
      .where(and(inArray(migrationEpisodes.id, moved.episodes), eq(migrationEpisodes.personId, survivorId)));
  if (moved.recordRequests.length)
    await tx
      .update(recordRequests)
      .set({ personId: mergedId })
      .where(and(inArray(recordRequests.id, moved.recordRequests), eq(recordRequests.personId, survivorId)));
  if (moved.heldRecordRequests.length)
    await tx
      .update(recordRequests)
      .set({ heldPersonId: mergedId })
      .where(
        and(
          inArray(recordRequests.id, moved.heldRecordRequests),
          eq(recordRequests.heldPersonId, survivorId),
        ),
      );
  if (moved.redirects.length)
    await tx
      .update(persons)
      .set({ mergedIntoId: mergedId })
      .where(and(inArray(persons.id, moved.redirects), eq(persons.mergedIntoId, survivorId)));
}

export async function setMergedInto(tx: Db, personId: string, survivorId: string | null, at: Date) {
  await tx
    .update(persons)
    .set({ mergedIntoId: survivorId, version: sql`${persons.version} + 1`, updatedAt: at })
    .where(eq(persons.id, personId));
}

export async function insertMerge(tx: Db, row: typeof personMerges.$inferInsert) {
  const [created] = await tx.insert(personMerges).values(row).returning();
  return created!;
}

export async function getMerge(tx: Db, id: string) {
  const [row] = await tx.select().from(personMerges).where(eq(personMerges.id, id)).limit(1);
  return row;
}

/** Merges into a survivor, newest first, undone ones included, with the merged record's name. */
export async function mergesInto(tx: Db, survivorId: string) {
  return tx
    .select({
      merge: personMerges,
      givenName: persons.givenName,
      familyName: persons.familyName,
      organisationName: organisations.name,
    })
    .from(personMerges)
    .innerJoin(persons, eq(persons.id, personMerges.mergedId))
    .innerJoin(organisations, eq(organisations.id, personMerges.mergedByOrganisationId))
    .where(eq(personMerges.survivorId, survivorId))
    .orderBy(desc(personMerges.createdAt));
}

/** Marks an undo; nothing when the merge was undone already (by a request that got there first). */
export async function markUndone(tx: Db, id: string, at: Date, userId: string, reason: string) {
  const [row] = await tx
    .update(personMerges)
    .set({ undoneAt: at, undoneByUserId: userId, undoReason: reason })
    .where(and(eq(personMerges.id, id), isNull(personMerges.undoneAt)))
    .returning();
  return row;
}

const recordA = alias(persons, "a");
const recordB = alias(persons, "b");
const holderA = alias(organisations, "holder_a");
const holderB = alias(organisations, "holder_b");

const pairRecord = (p: typeof recordA | typeof recordB, holder: typeof holderA | typeof holderB) => ({
  id: p.id,
  givenName: p.givenName,
  familyName: p.familyName,
  nameNative: p.nameNative,
  birthDate: p.birthDate,
  birthYear: p.birthYear,
  sex: p.sex,
  phone: p.phone,
  nationalId: p.nationalId,
  passportNumber: p.passportNumber,
  adminAreaCode: p.adminAreaCode,
  address: sql<string | null>`${p.profile}->>'address'`,
  registeredAt: p.createdAt,
  registeredBy: holder.name,
});

/**
 * The review queue: pairs the scan kept, most probable first, both records still standing and not judged
 * apart since, each visible under `visible` (a condition on a person id column).
 */
export async function reviewQueue(
  tx: Db,
  filter: {
    level?: "likely" | "possible" | undefined;
    visible: (column: AnyPgColumn) => SQL | undefined;
    limit: number;
    offset: number;
  },
) {
  const where = and(
    isNull(recordA.mergedIntoId),
    isNull(recordB.mergedIntoId),
    sql`not exists (select 1 from ${personLinkVerdicts} v where v.person_id = ${personLinkCandidates.personId}
        and v.other_person_id = ${personLinkCandidates.otherPersonId} and v.withdrawn_at is null)`,
    filter.level ? eq(personLinkCandidates.level, filter.level) : undefined,
    filter.visible(recordA.id),
    filter.visible(recordB.id),
  );
  const from = () =>
    tx
      .select({
        candidate: personLinkCandidates,
        a: pairRecord(recordA, holderA),
        b: pairRecord(recordB, holderB),
        total: sql<number>`count(*) over ()`.mapWith(Number),
      })
      .from(personLinkCandidates)
      .innerJoin(recordA, eq(recordA.id, personLinkCandidates.personId))
      .innerJoin(recordB, eq(recordB.id, personLinkCandidates.otherPersonId))
      .leftJoin(holderA, eq(holderA.id, recordA.registeredByOrganisationId))
      .leftJoin(holderB, eq(holderB.id, recordB.registeredByOrganisationId));
  const rows = await from()
    .where(where)
    .orderBy(desc(personLinkCandidates.probability), personLinkCandidates.id)
    .limit(filter.limit)
    .offset(filter.offset);
  return { rows, total: rows[0]?.total ?? 0 };
}
