import { nameQueryTerms, normalizeName } from "@homecoming/domain";
import { and, asc, between, count, desc, eq, gt, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/client";
import { pageTotal } from "../../db/paging";
import {
  consents,
  migrationEpisodes,
  organisations,
  personLinkVerdicts,
  persons,
  recordRequests,
} from "../../db/schema";
import { statement } from "../../db/statements";
import { updateVersioned } from "../../db/versioned";
import { orderOf, type Sort } from "../../http/schemas";
import type { PersonSortField } from "./schemas";

export type PersonRow = typeof persons.$inferSelect;
export type EpisodeRow = typeof migrationEpisodes.$inferSelect;
export type ConsentRow = typeof consents.$inferSelect;

export async function insertPerson(tx: Db, row: typeof persons.$inferInsert) {
  const [created] = await tx.insert(persons).values(row).returning();
  return created!;
}

type EpisodeInsert = Omit<typeof migrationEpisodes.$inferInsert, "personId">;

export async function insertEpisodes(tx: Db, personId: string, rows: EpisodeInsert[]): Promise<EpisodeRow[]> {
  if (!rows.length) return [];
  return tx
    .insert(migrationEpisodes)
    .values(rows.map((r) => ({ ...r, personId })))
    .returning();
}

export async function replaceEpisodes(tx: Db, personId: string, rows: EpisodeInsert[]) {
  await tx.delete(migrationEpisodes).where(eq(migrationEpisodes.personId, personId));
  return insertEpisodes(tx, personId, rows);
}

/** A person by id; with `visible`, only when that condition (who may see them) holds too. */
export async function getPerson(tx: Db, id: string, visible?: SQL | null) {
  const [row] = await tx
    .select()
    .from(persons)
    .where(visible ? and(eq(persons.id, id), visible) : eq(persons.id, id))
    .limit(1);
  return row;
}

/** Self-registrations not yet confirmed (of one registering organisation, or all), oldest first. */
export async function selfRegistrationsToConfirm(
  tx: Db,
  query: { organisationId: string | undefined; limit: number; offset: number },
) {
  const where = and(
    sql`${persons.selfRegisteredAt} is not null`,
    isNull(persons.confirmedAt),
    isNull(persons.mergedIntoId),
    query.organisationId ? eq(persons.registeredByOrganisationId, query.organisationId) : undefined,
  );
  const rows = await tx
    .select()
    .from(persons)
    .where(where)
    .orderBy(asc(persons.selfRegisteredAt), asc(persons.id))
    .limit(query.limit)
    .offset(query.offset);
  const counted = async () => (await tx.select({ n: count() }).from(persons).where(where))[0]?.n ?? 0;
  return { rows, count: counted };
}

/** Marks a self-registration confirmed; false when it was already. */
export async function confirmSelfRegistration(
  tx: Db,
  id: string,
  userId: string,
  at: Date,
): Promise<boolean> {
  const rows = await tx
    .update(persons)
    .set({ confirmedAt: at, confirmedByUserId: userId })
    .where(and(eq(persons.id, id), isNull(persons.confirmedAt)))
    .returning({ id: persons.id });
  return rows.length > 0;
}

export async function episodesOf(tx: Db, personIds: string[]) {
  if (!personIds.length) return [];
  return tx
    .select()
    .from(migrationEpisodes)
    .where(inArray(migrationEpisodes.personId, personIds))
    .orderBy(asc(migrationEpisodes.personId), asc(migrationEpisodes.position));
}

/** Optimistic lock: the update applies only when the stored version is the one the caller read. */
export async function updatePerson(
  tx: Db,
  id: string,
  version: number,
  patch: Partial<typeof persons.$inferInsert>,
) {
  return updateVersioned(tx, persons, id, version, { ...patch, updatedAt: new Date() });
}

const summariesByIds = statement("hc_person_summaries", (db) =>
  db
    .select({
      id: persons.id,
      givenName: persons.givenName,
      familyName: persons.familyName,
      nameNative: persons.nameNative,
      sex: persons.sex,
      adminAreaCode: persons.adminAreaCode,
    })
    .from(persons)
    .where(sql`${persons.id} = any(${sql.placeholder("ids")}::uuid[])`),
);

/** What lists and answers show of a person beside another record: the name, sex and home area. */
export async function personSummariesByIds(tx: Db, ids: string[]) {
  if (!ids.length) return [];
  return summariesByIds(tx, { ids });
}

/** What blocking looks up for one registration (linkageProbeKeys, normalised identifiers). */
export interface BlockingProbe {
  precise: string[];
  broad: string[];
  phone?: string | null;
  nationalIds?: string[];
  passportNumber?: string | null;
}

/** The probe's fields as SQL: parameters for one probe, a joined row's columns for many. */
type ProbeTerms = { phone: SQL; nationalIds: SQL; passportNumber: SQL };

/** The same phone, passport, or national ID as typed or with two neighbouring characters swapped (b-trees). */
const sameIdentifier = (p: ProbeTerms) =>
  sql`(${persons.phone} = ${p.phone} or ${persons.nationalId} = any(${p.nationalIds})
    or ${persons.passportNumber} = ${p.passportNumber})`;

const sharesKey = (keys: SQL) => sql`${persons.matchKeys} && ${keys}`;

/**
 * Records that could be the same returnee as the probe, as blocking finds them, in passes from the surest:
 * a shared identifier, then a precise key, then a broad one (GIN index on match_keys); merged records only
 * redirect, so their survivors are found instead. Each pass reads at most `limit` records, so that the many
 * namesakes of a common name born in a common year neither crowd out the surer finds nor make the check slow.
 * The passes go out together (one round trip) and at most `limit` records come back.
 */
export async function duplicateCandidates(tx: Db, probe: BlockingProbe, limit = 200) {
  const passes: SQL[] = [];
  if (probe.phone || probe.nationalIds?.length || probe.passportNumber)
    passes.push(
      sameIdentifier({
        phone: sql`${probe.phone ?? null}::text`,
        nationalIds: sql`${sql.param(probe.nationalIds ?? [])}::text[]`,
        passportNumber: sql`${probe.passportNumber ?? null}::text`,
      }),
    );
  if (probe.precise.length) passes.push(sharesKey(sql`${sql.param(probe.precise)}::text[]`));
  if (probe.broad.length) passes.push(sharesKey(sql`${sql.param(probe.broad)}::text[]`));
  const found = await Promise.all(
    passes.map((where) =>
      tx
        .select()
        .from(persons)
        .where(and(where, isNull(persons.mergedIntoId)))
        .limit(limit),
    ),
  );
  const byId = new Map<string, PersonRow>();
  for (const row of found.flat()) if (!byId.has(row.id)) byId.set(row.id, row);
  return [...byId.values()].slice(0, limit);
}

/**
 * The registry scan's blocking, for many registered probes in one statement: a shared identifier or a precise
 * key, the passes whose blocks stay small however large the registry (a pair that only a broad key brings
 * together is met at registration). For each probe, by its index, at most `limit` candidates other than
 * itself, as record linkage reads them.
 */
export async function duplicateCandidatesOfMany(
  tx: Db,
  probes: (BlockingProbe & { id: string })[],
  limit = 50,
): Promise<(LinkageRow & { probe: number })[]> {
  if (!probes.length) return [];
  const json = JSON.stringify(
    probes.map((p, i) => ({
      i,
      id: p.id,
      keys: p.precise,
      phone: p.phone ?? null,
      nids: p.nationalIds ?? [],
      passport: p.passportNumber ?? null,
    })),
  );
  const identifier = sameIdentifier({
    phone: sql`p.phone`,
    nationalIds: sql`p.nids`,
    passportNumber: sql`p.passport`,
  });
  const columns = sql.join(
    Object.entries(linkageColumns).map(([name, column]) => sql`${column} as ${sql.identifier(name)}`),
    sql`, `,
  );
  return queryRows<LinkageRow & { probe: number }>(
    tx,
    sql`select p.i as probe, c.* from jsonb_to_recordset(${json}::jsonb)
          as p(i int, id uuid, keys text[], phone text, nids text[], passport text)
        cross join lateral (
          select ${columns} from ${persons}
          where (${sharesKey(sql`p.keys`)} or ${identifier}) and ${persons.mergedIntoId} is null
            and ${persons.id} <> p.id
          limit ${limit}
        ) c`,
  );
}

/** What record linkage reads of a stored person (LinkageRecord), and no more: the scan reads many. */
const linkageColumns = {
  id: persons.id,
  givenName: persons.givenName,
  familyName: persons.familyName,
  nameNative: persons.nameNative,
  // as text, which is what the date column's own reading gives: a query of plain SQL would read a Date
  birthDate: sql<string | null>`${persons.birthDate}::text`,
  birthYear: persons.birthYear,
  sex: persons.sex,
  phone: persons.phone,
  nationalId: persons.nationalId,
  passportNumber: persons.passportNumber,
  adminAreaCode: persons.adminAreaCode,
  address: sql<string | null>`${persons.profile}->>'address'`,
};

/** A person as record linkage reads it (linkageColumns). */
export type LinkageRow = {
  id: string;
  givenName: string;
  familyName: string;
  nameNative: string | null;
  birthDate: string | null;
  birthYear: number | null;
  sex: string;
  phone: string | null;
  nationalId: string | null;
  passportNumber: string | null;
  adminAreaCode: string;
  address: string | null;
};

/** The next `limit` persons after `cursor` in id order, merged records left out, as record linkage reads them. */
export async function linkageRecordsAfter(
  tx: Db,
  cursor: string | null,
  limit: number,
): Promise<LinkageRow[]> {
  return tx
    .select(linkageColumns)
    .from(persons)
    .where(and(isNull(persons.mergedIntoId), cursor ? gt(persons.id, cursor) : undefined))
    .orderBy(asc(persons.id))
    .limit(limit);
}

/** Of `otherIds`, those a user judged not the same person as `personId` (a verdict that stands). */
export async function notSameAs(tx: Db, personId: string, otherIds: string[]): Promise<Set<string>> {
  if (!otherIds.length) return new Set();
  const apart = await notSameAmong(tx, [personId]);
  return new Set(otherIds.filter((id) => apart.has(pairKey(personId, id))));
}

/** A pair of persons as notSameAmong names it: the two ids, smaller first. */
export const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/** The pairs with one record among `personIds` that a user judged two people, as "smaller-id larger-id". */
export async function notSameAmong(tx: Db, personIds: string[]): Promise<Set<string>> {
  if (!personIds.length) return new Set();
  const ids = sql`${sql.param(personIds)}::uuid[]`;
  const rows = await tx
    .select({ a: personLinkVerdicts.personId, b: personLinkVerdicts.otherPersonId })
    .from(personLinkVerdicts)
    .where(
      and(
        isNull(personLinkVerdicts.withdrawnAt),
        or(
          sql`${personLinkVerdicts.personId} = any(${ids})`,
          sql`${personLinkVerdicts.otherPersonId} = any(${ids})`,
        ),
      ),
    );
  return new Set(rows.map((r) => pairKey(r.a, r.b)));
}

export const nameSearchThreshold = 0.5;

export interface PersonSearch {
  q?: string;
  phone?: string;
  nationalId?: string;
  visible?: SQL;
  /** For a search by name: a condition wider than `visible` that the name index can answer (persons.seen_by). */
  narrow?: SQL;
  sort: Sort<PersonSortField>;
  limit: number;
  offset: number;
}

/**
 * The date the person came back: the latest end of a stay abroad. The outer row is named by its table
 * because drizzle leaves the columns of a one-table select unqualified, which would bind them to `e`.
 */
const returnedOn = sql<string | null>`(select max(e.end_date) from ${migrationEpisodes} e
  where e.person_id = ${persons}.${sql.identifier(persons.id.name)})`;

/**
 * Matches of a search by name counted and ranked at most: a name as common as Muhammad alone meets a large
 * share of a national registry, and ranking all of it would cost the search its speed for nothing a counsellor
 * reads. The answer says when it stopped there (`capped`).
 */
export const nameSearchCap = 1000;

export async function searchPersons(tx: Db, s: PersonSearch) {
  const q = s.q ? normalizeName(s.q) : undefined;
  if (!q) return searchPage(tx, s, undefined);
  const terms = nameQueryTerms(s.q!);
  // A name meets from a handful of records to tens of thousands, most of which the caller may not see, and the
  // fastest plan depends on which: the search is planned for its own words every time. A statement prepared
  // on a connection would otherwise settle, after five runs, on one generic plan for every name, which took
  // four times as long for the common ones. With no word that says enough for the terms (a short word being
  // typed) the name as written is matched by word similarity, so that "rahm" finds "mohammad rahman", with
  // the threshold lowered so that one typo in a short name still matches. Both settings hold for this
  // transaction only (a GET runs without one, so the search opens its own).
  return tx.transaction(async (t) => {
    await t.execute(
      terms.length
        ? sql`select set_config('plan_cache_mode', 'force_custom_plan', true)`
        : sql`select set_config('plan_cache_mode', 'force_custom_plan', true),
            set_config('pg_trgm.word_similarity_threshold', ${String(nameSearchThreshold)}, true)`,
    );
    return searchPage(t as unknown as Db, s, { q, terms });
  });
}

async function searchPage(tx: Db, s: PersonSearch, name: { q: string; terms: string[][] } | undefined) {
  const q = name?.q;
  const where: SQL[] = [];
  if (s.phone) where.push(eq(persons.phone, s.phone));
  if (s.nationalId)
    where.push(
      or(eq(persons.nationalId, s.nationalId), eq(persons.passportNumber, s.nationalId.toUpperCase()))!,
    );
  if (s.visible) where.push(s.visible);
  where.push(isNull(persons.mergedIntoId));
  if (name) {
    // every word met (GIN index on name_terms), or the whole name similar as written (trigram index); at most
    // the cap of the matches, found by the index, are counted and ranked
    const byName = name.terms.length
      ? and(...name.terms.map((t) => sql`${persons.nameTerms} && ${sql.param(t)}::text[]`))!
      : sql`${name.q} <% ${persons.searchName}`;
    const inner = tx
      .select({ id: persons.id })
      .from(persons)
      .where(and(byName, s.narrow, ...where))
      .limit(nameSearchCap);
    where.splice(0, where.length, inArray(persons.id, inner));
  }
  const cond = and(...where);
  const score = q ? sql<number>`word_similarity(${q}, ${persons.searchName})` : undefined;
  // records without a return date come last in either direction
  const noReturn = s.sort.direction === "asc" ? sql`'infinity'::date` : sql`'-infinity'::date`;
  const order = orderOf(
    s.sort,
    {
      // ascending relevance is the best match first; PersonQuery refuses relevance without q
      relevance: score ? sql`(-${score})` : sql`0`,
      // a name without a family part sorts by its given name among the family names
      name: sql`(lower(coalesce(nullif(${persons.familyName}, ''), ${persons.givenName})), lower(${persons.givenName}))`,
      registered: persons.createdAt,
      returned: sql`coalesce(${returnedOn}, ${noReturn})`,
    },
    persons.id,
  );
  const items = await tx
    .select({
      id: persons.id,
      givenName: persons.givenName,
      familyName: persons.familyName,
      nameNative: persons.nameNative,
      birthDate: persons.birthDate,
      birthYear: persons.birthYear,
      sex: persons.sex,
      phone: persons.phone,
      adminAreaCode: persons.adminAreaCode,
      createdAt: persons.createdAt,
      returnedOn,
      ...(score ? { score } : {}),
      // counted in the same scan: a second query repeated the whole trigram match and access check
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(persons)
    .where(cond)
    .orderBy(...order)
    .limit(s.limit)
    .offset(s.offset);
  const total =
    items[0]?.total ?? (s.offset > 0 ? (await tx.select({ n: count() }).from(persons).where(cond))[0]!.n : 0);
  return {
    items: items.map(({ total: _total, ...item }) => item),
    total,
    capped: name !== undefined && total >= nameSearchCap,
  };
}

export async function insertConsent(tx: Db, row: typeof consents.$inferInsert) {
  const [created] = await tx.insert(consents).values(row).returning();
  return created!;
}

export async function consentsOfPersons(tx: Db, personIds: string[]) {
  if (!personIds.length) return [];
  return tx.select().from(consents).where(inArray(consents.personId, personIds));
}

export async function consentsOf(tx: Db, personId: string) {
  return tx.select().from(consents).where(eq(consents.personId, personId)).orderBy(desc(consents.givenAt));
}

export async function getConsent(tx: Db, personId: string, consentId: string) {
  const [row] = await tx
    .select()
    .from(consents)
    .where(and(eq(consents.id, consentId), eq(consents.personId, personId)))
    .limit(1);
  return row;
}

export async function withdrawConsent(
  tx: Db,
  consentId: string,
  at: Date,
  userId: string | null,
  note: string | null,
) {
  const [row] = await tx
    .update(consents)
    .set({ withdrawnAt: at, withdrawnByUserId: userId, withdrawalNote: note })
    .where(and(eq(consents.id, consentId), sql`${consents.withdrawnAt} is null`))
    .returning();
  return row;
}

// ---- every record in batches, for counting a rule's reach ---------------------------------------------

/** A page of persons in id order, after `afterId`. */
export async function personsAfter(tx: Db, afterId: string | null, limit: number) {
  return tx
    .select()
    .from(persons)
    .where(afterId ? gt(persons.id, afterId) : undefined)
    .orderBy(asc(persons.id))
    .limit(limit);
}

/** The migration episodes of the persons whose ids lie between `firstId` and `lastId` (both included). */
export async function episodesOfPersonsBetween(tx: Db, firstId: string, lastId: string) {
  return tx
    .select()
    .from(migrationEpisodes)
    .where(between(migrationEpisodes.personId, firstId, lastId))
    .orderBy(asc(migrationEpisodes.personId), asc(migrationEpisodes.position));
}

export type RecordRequestRow = typeof recordRequests.$inferSelect;

/** The requests an organisation sent for one of its persons (every organisation's, for `from` undefined). */
export async function recordRequestsOfPerson(tx: Db, personId: string, from: string | undefined) {
  return tx
    .select()
    .from(recordRequests)
    .where(
      from
        ? and(eq(recordRequests.personId, personId), eq(recordRequests.fromOrganisationId, from))
        : eq(recordRequests.personId, personId),
    )
    .orderBy(desc(recordRequests.createdAt), asc(recordRequests.id));
}

export async function insertRecordRequests(tx: Db, rows: (typeof recordRequests.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return tx.insert(recordRequests).values(rows).onConflictDoNothing().returning();
}

export async function getRecordRequest(tx: Db, id: string) {
  const [row] = await tx.select().from(recordRequests).where(eq(recordRequests.id, id)).limit(1);
  return row;
}

/** Requests addressed to an organisation (every one's, for `to` undefined), newest first, with the names. */
export async function incomingRecordRequests(
  tx: Db,
  filter: { to: string | undefined; status: RecordRequestRow["status"]; limit: number; offset: number },
) {
  const where = filter.to
    ? and(eq(recordRequests.toOrganisationId, filter.to), eq(recordRequests.status, filter.status))
    : eq(recordRequests.status, filter.status);
  const items = await tx
    .select({
      request: recordRequests,
      givenName: persons.givenName,
      familyName: persons.familyName,
      fromName: organisations.name,
    })
    .from(recordRequests)
    .innerJoin(persons, eq(persons.id, recordRequests.heldPersonId))
    .innerJoin(organisations, eq(organisations.id, recordRequests.fromOrganisationId))
    .where(where)
    .orderBy(desc(recordRequests.createdAt), asc(recordRequests.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const total = await pageTotal(
    items.length,
    filter,
    async () => (await tx.select({ n: count() }).from(recordRequests).where(where))[0]!.n,
  );
  return { items, total };
}

/** Decides an open request; answers it, or nothing when it was no longer open. */
export async function decideRecordRequest(
  tx: Db,
  id: string,
  change: Pick<RecordRequestRow, "status" | "decidedAt" | "decidedByUserId" | "note" | "consentId">,
) {
  const [row] = await tx
    .update(recordRequests)
    .set(change)
    .where(and(eq(recordRequests.id, id), eq(recordRequests.status, "open")))
    .returning();
  return row;
}
