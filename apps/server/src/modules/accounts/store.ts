import type { InterfaceLanguage, OneTimeCodePurpose } from "@homecoming/domain";
import { and, count, desc, eq, gt, gte, inArray, isNull, lt, ne, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codeRequests, oneTimeCodes, persons, portalAccounts, portalSessions } from "../../db/schema";

export type AccountRow = typeof portalAccounts.$inferSelect;

export async function accountByPhone(tx: Db, phone: string): Promise<AccountRow | undefined> {
  const [row] = await tx.select().from(portalAccounts).where(eq(portalAccounts.phone, phone)).limit(1);
  return row;
}

export async function accountById(tx: Db, id: string): Promise<AccountRow | undefined> {
  const [row] = await tx.select().from(portalAccounts).where(eq(portalAccounts.id, id)).limit(1);
  return row;
}

/**
 * A new unverified account for the number, or the unverified one it has with this password and language (a
 * second registration before the code was entered starts over); answers undefined when the number's account
 * is verified, which nothing here may change.
 */
export async function upsertUnverified(
  tx: Db,
  row: { phone: string; passwordHash: string; language: InterfaceLanguage; createdAt: Date },
): Promise<AccountRow | undefined> {
  const [saved] = await tx
    .insert(portalAccounts)
    .values(row)
    .onConflictDoUpdate({
      target: portalAccounts.phone,
      set: { passwordHash: row.passwordHash, language: row.language },
      setWhere: isNull(portalAccounts.verifiedAt),
    })
    .returning();
  return saved;
}

export async function updateAccount(
  tx: Db,
  id: string,
  patch: Partial<Pick<AccountRow, "verifiedAt" | "passwordHash" | "language" | "lastSignInAt" | "personId">>,
) {
  await tx.update(portalAccounts).set(patch).where(eq(portalAccounts.id, id));
}

/** Links the account to the record it made; false when it has one already. */
export async function attachPerson(tx: Db, accountId: string, personId: string): Promise<boolean> {
  const rows = await tx
    .update(portalAccounts)
    .set({ personId })
    .where(and(eq(portalAccounts.id, accountId), isNull(portalAccounts.personId)))
    .returning({ id: portalAccounts.id });
  return rows.length > 0;
}

/** Counts a request for a code to a number, and answers how many there were since `since`, this one included. */
export async function countCodeRequest(tx: Db, phoneHash: string, at: Date, since: Date): Promise<number> {
  await tx.insert(codeRequests).values({ phoneHash, at });
  const [row] = await tx
    .select({ n: count() })
    .from(codeRequests)
    .where(and(eq(codeRequests.phoneHash, phoneHash), gte(codeRequests.at, since)));
  return row?.n ?? 0;
}

/** The oldest request for a code to a number since `since`: when the limit lets it ask again. */
export async function oldestCodeRequestSince(
  tx: Db,
  phoneHash: string,
  since: Date,
): Promise<Date | undefined> {
  const [row] = await tx
    .select({ at: codeRequests.at })
    .from(codeRequests)
    .where(and(eq(codeRequests.phoneHash, phoneHash), gte(codeRequests.at, since)))
    .orderBy(codeRequests.at)
    .limit(1);
  return row?.at;
}

export async function sweepCodeRequests(tx: Db, before: Date): Promise<number> {
  const gone = await tx
    .delete(codeRequests)
    .where(lt(codeRequests.at, before))
    .returning({ at: codeRequests.at });
  const codes = await tx
    .delete(oneTimeCodes)
    .where(lt(oneTimeCodes.expiresAt, before))
    .returning({ id: oneTimeCodes.id });
  return gone.length + codes.length;
}

/** A new code of `purpose` for the account; the earlier ones of that purpose stop working. */
export async function replaceCode(
  tx: Db,
  row: { accountId: string; purpose: OneTimeCodePurpose; codeHash: string; createdAt: Date; expiresAt: Date },
) {
  await tx
    .update(oneTimeCodes)
    .set({ usedAt: row.createdAt })
    .where(
      and(
        eq(oneTimeCodes.accountId, row.accountId),
        eq(oneTimeCodes.purpose, row.purpose),
        isNull(oneTimeCodes.usedAt),
      ),
    );
  await tx.insert(oneTimeCodes).values(row);
}

/** The account's live code of `purpose` (not used, not run out), locked for this transaction. */
export async function liveCode(tx: Db, accountId: string, purpose: OneTimeCodePurpose, now: Date) {
  const [row] = await tx
    .select()
    .from(oneTimeCodes)
    .where(
      and(
        eq(oneTimeCodes.accountId, accountId),
        eq(oneTimeCodes.purpose, purpose),
        isNull(oneTimeCodes.usedAt),
        gt(oneTimeCodes.expiresAt, now),
      ),
    )
    .orderBy(desc(oneTimeCodes.createdAt))
    .limit(1)
    .for("update");
  return row;
}

/** One more wrong try of a code; the last allowed one ends it. */
export async function wrongTry(tx: Db, id: string, now: Date, tries: number) {
  await tx
    .update(oneTimeCodes)
    .set({
      wrongTries: sql`${oneTimeCodes.wrongTries} + 1`,
      usedAt: sql`case when ${oneTimeCodes.wrongTries} + 1 >= ${tries} then ${now}::timestamptz else null end`,
    })
    .where(eq(oneTimeCodes.id, id));
}

export async function useCode(tx: Db, id: string, now: Date) {
  await tx.update(oneTimeCodes).set({ usedAt: now }).where(eq(oneTimeCodes.id, id));
}

// ---- sessions --------------------------------------------------------------------------------------------

export async function insertSession(tx: Db, row: typeof portalSessions.$inferInsert) {
  await tx.insert(portalSessions).values(row);
}

/** A session with its account, and the person the account's record became (followed through a merge). */
export async function sessionWithAccount(db: Db, id: string) {
  const [row] = await db
    .select({
      session: portalSessions,
      account: portalAccounts,
      mergedIntoId: persons.mergedIntoId,
    })
    .from(portalSessions)
    .innerJoin(portalAccounts, eq(portalAccounts.id, portalSessions.accountId))
    .leftJoin(persons, eq(persons.id, portalAccounts.personId))
    .where(eq(portalSessions.id, id))
    .limit(1);
  return row;
}

export async function touchSession(tx: Db, id: string, at: Date) {
  await tx.update(portalSessions).set({ lastSeenAt: at }).where(eq(portalSessions.id, id));
}

export async function deleteSession(tx: Db, id: string) {
  await tx.delete(portalSessions).where(eq(portalSessions.id, id));
}

/** Ends every session of an account but `keep`. */
export async function deleteSessionsOfAccount(tx: Db, accountId: string, keep?: string) {
  await tx
    .delete(portalSessions)
    .where(
      keep
        ? and(eq(portalSessions.accountId, accountId), ne(portalSessions.id, keep))
        : eq(portalSessions.accountId, accountId),
    );
}

export async function deleteExpiredSessions(tx: Db, now: Date): Promise<number> {
  const gone = await tx
    .delete(portalSessions)
    .where(lt(portalSessions.expiresAt, now))
    .returning({ id: portalSessions.id });
  return gone.length;
}

/** An account's sessions, newest first (for the returnee's own copy of what is held about them). */
export async function sessionsOfAccount(tx: Db, accountId: string) {
  return tx
    .select({
      createdAt: portalSessions.createdAt,
      lastSeenAt: portalSessions.lastSeenAt,
      expiresAt: portalSessions.expiresAt,
      ip: portalSessions.ip,
      userAgent: portalSessions.userAgent,
    })
    .from(portalSessions)
    .where(eq(portalSessions.accountId, accountId))
    .orderBy(desc(portalSessions.lastSeenAt));
}

/** The account that holds a record, if its returnee has one. */
export async function accountOfPerson(tx: Db, personId: string) {
  const [row] = await tx
    .select({ id: portalAccounts.id })
    .from(portalAccounts)
    .where(eq(portalAccounts.personId, personId))
    .limit(1);
  return row;
}

/** The numbers of some accounts and the languages their owners read, by account. */
export async function contactsOf(
  tx: Db,
  ids: string[],
): Promise<Map<string, { phone: string; language: InterfaceLanguage }>> {
  if (!ids.length) return new Map();
  const rows = await tx
    .select({ id: portalAccounts.id, phone: portalAccounts.phone, language: portalAccounts.language })
    .from(portalAccounts)
    .where(inArray(portalAccounts.id, ids));
  return new Map(rows.map((r) => [r.id, { phone: r.phone, language: r.language }]));
}

/** The records of some accounts, by account (those that have one). */
export async function personsOf(tx: Db, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await tx
    .select({ id: portalAccounts.id, personId: portalAccounts.personId })
    .from(portalAccounts)
    .where(inArray(portalAccounts.id, ids));
  return new Map(rows.flatMap((r) => (r.personId ? [[r.id, r.personId] as const] : [])));
}
