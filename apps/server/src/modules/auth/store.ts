import type { InterfaceLanguage } from "@homecoming/domain";
import { and, eq, inArray, isNotNull, isNull, lt, ne, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { loginAttempts, organisations, recoveryCodes, sessions, users } from "../../db/schema";
import { statement } from "../../db/statements";

/** The account an email names, with what a login, a password change or a recovery checks. */
export async function findUserForLogin(tx: Db, email: string) {
  const [row] = await tx
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      organisationId: users.organisationId,
      passwordHash: users.passwordHash,
      active: users.active,
    })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  return row;
}

const sessionById = statement("hc_session_by_id", (db) =>
  db
    .select({
      sessionId: sessions.id,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      email: users.email,
      name: users.name,
      roles: users.roles,
      active: users.active,
      language: users.language,
      organisationId: organisations.id,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      organisationCountry: organisations.country,
      organisationActive: organisations.active,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(sessions.id, sql.placeholder("id")))
    .limit(1),
);

export async function findSession(db: Db, sessionId: string) {
  const [row] = await sessionById(db, { id: sessionId });
  return row;
}

export async function insertSession(tx: Db, row: typeof sessions.$inferInsert) {
  await tx.insert(sessions).values(row);
}

export async function touchSession(tx: Db, sessionId: string, at: Date) {
  await tx.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, sessionId));
}

export async function deleteSession(tx: Db, sessionId: string) {
  await tx.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function deleteSessionsOfUser(tx: Db, userId: string, keep: string | undefined) {
  await tx
    .delete(sessions)
    .where(keep ? and(eq(sessions.userId, userId), ne(sessions.id, keep)) : eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(tx: Db, now: Date, idleMs: number) {
  await tx
    .delete(sessions)
    .where(
      sql`${sessions.expiresAt} < ${now} or ${sessions.lastSeenAt} < ${new Date(now.getTime() - idleMs)}`,
    );
}

/** The client's row and the account's row (client "*") of an email's failed logins, when there are any. */
export async function getAttempts(tx: Db, email: string, client: string) {
  const rows = await tx
    .select()
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), inArray(loginAttempts.client, [client, accountWide])));
  return {
    client: rows.find((r) => r.client === client && client !== accountWide),
    account: rows.find((r) => r.client === accountWide),
  };
}

/** The client of the account-wide row of login_attempts. */
export const accountWide = "*";

/**
 * Counts a login attempt before its password is checked, in one statement, and answers how many attempts
 * in a row this one is for the client and for the account from every client: attempts made at the same time
 * each get their own numbers, so none slips past a limit while the others are being checked. A successful
 * login clears both counts.
 */
export async function claimAttempt(tx: Db, email: string, client: string, at: Date) {
  const rows = await tx
    .insert(loginAttempts)
    .values([
      { email, client, failures: 1, lastFailureAt: at },
      { email, client: accountWide, failures: 1, lastFailureAt: at },
    ])
    .onConflictDoUpdate({
      target: [loginAttempts.email, loginAttempts.client],
      set: { failures: sql`${loginAttempts.failures} + 1`, lastFailureAt: at },
    })
    .returning({ client: loginAttempts.client, failures: loginAttempts.failures });
  return {
    client: rows.find((r) => r.client === client)!.failures,
    account: rows.find((r) => r.client === accountWide)!.failures,
  };
}

/** Locks one client out of the account until `until`. */
export async function lockClient(tx: Db, email: string, client: string, until: Date) {
  await tx
    .update(loginAttempts)
    .set({ lockedUntil: until })
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.client, client)));
}

/** Locks the account until it is unlocked; answers whether this call locked it (not an earlier one). */
export async function lockAccount(tx: Db, email: string, at: Date): Promise<boolean> {
  const rows = await tx
    .update(loginAttempts)
    .set({ lockedAt: at })
    .where(
      and(
        eq(loginAttempts.email, email),
        eq(loginAttempts.client, accountWide),
        isNull(loginAttempts.lockedAt),
      ),
    )
    .returning({ email: loginAttempts.email });
  return rows.length > 0;
}

/** The client's and the account's counts start again (a client's lock ran out). */
export async function clearAttempts(tx: Db, email: string, client: string) {
  await tx
    .delete(loginAttempts)
    .where(and(eq(loginAttempts.email, email), inArray(loginAttempts.client, [client, accountWide])));
}

/**
 * After a successful login: the client's and the account's counts start again, unless attempts made at the
 * same time counted on since this one was claimed (`claimed`) or locked the client or the account meanwhile:
 * a right password checked beside a burst of guesses does not wipe out the lock the burst earned.
 */
export async function forgiveAttempts(
  tx: Db,
  email: string,
  client: string,
  claimed: { client: number; account: number },
) {
  await tx
    .delete(loginAttempts)
    .where(
      and(
        eq(loginAttempts.email, email),
        or(
          and(eq(loginAttempts.client, client), sql`${loginAttempts.failures} <= ${claimed.client}`),
          and(eq(loginAttempts.client, accountWide), sql`${loginAttempts.failures} <= ${claimed.account}`),
        ),
        isNull(loginAttempts.lockedUntil),
        isNull(loginAttempts.lockedAt),
      ),
    );
}

/** Unlocks an account: every count and lock of it, from every client, is gone. */
export async function clearAllAttempts(tx: Db, email: string) {
  await tx.delete(loginAttempts).where(eq(loginAttempts.email, email));
}

/** When each of these accounts was locked, for those that are. */
export async function accountLocks(tx: Db, emails: string[]): Promise<Map<string, Date>> {
  if (emails.length === 0) return new Map();
  const rows = await tx
    .select({ email: loginAttempts.email, lockedAt: loginAttempts.lockedAt })
    .from(loginAttempts)
    .where(
      and(
        inArray(loginAttempts.email, emails),
        eq(loginAttempts.client, accountWide),
        isNotNull(loginAttempts.lockedAt),
      ),
    );
  return new Map(rows.map((r) => [r.email, r.lockedAt!]));
}

/**
 * Forgets counts that went quiet a day ago: a client's whose lock (if any) has run out, and an account's that
 * is not locked. Answers how many rows it removed.
 */
export async function sweepAttempts(tx: Db, now: Date): Promise<number> {
  const quietSince = new Date(now.getTime() - 24 * 3_600_000);
  const rows = await tx
    .delete(loginAttempts)
    .where(
      and(
        lt(loginAttempts.lastFailureAt, quietSince),
        or(
          and(
            ne(loginAttempts.client, accountWide),
            or(isNull(loginAttempts.lockedUntil), lt(loginAttempts.lockedUntil, now)),
          ),
          and(eq(loginAttempts.client, accountWide), isNull(loginAttempts.lockedAt)),
        ),
      ),
    )
    .returning({ email: loginAttempts.email });
  return rows.length;
}

export async function setLanguage(tx: Db, userId: string, language: InterfaceLanguage, at: Date) {
  await tx.update(users).set({ language, updatedAt: at }).where(eq(users.id, userId));
}

export async function setPasswordHash(tx: Db, userId: string, passwordHash: string, at: Date) {
  await tx.update(users).set({ passwordHash, updatedAt: at }).where(eq(users.id, userId));
}

/** Replaces a user's recovery codes with new ones (their hashes). */
export async function replaceRecoveryCodes(tx: Db, userId: string, hashes: string[], at: Date) {
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(hashes.map((codeHash) => ({ codeHash, userId, createdAt: at })));
}

/** How many of a user's recovery codes are unused, and when they were made. */
export async function recoveryCodesOf(tx: Db, userId: string) {
  const [row] = await tx
    .select({
      unused: sql<number>`(count(*) filter (where ${recoveryCodes.usedAt} is null))::int`,
      createdAt: sql<Date | null>`max(${recoveryCodes.createdAt})`.mapWith((v) => (v ? new Date(v) : null)),
    })
    .from(recoveryCodes)
    .where(eq(recoveryCodes.userId, userId));
  return { unused: row?.unused ?? 0, createdAt: row?.createdAt ?? null };
}

/** Uses up one unused recovery code of the user, at once: answers whether there was one to use. */
export async function useRecoveryCode(tx: Db, userId: string, codeHash: string, at: Date): Promise<boolean> {
  const rows = await tx
    .update(recoveryCodes)
    .set({ usedAt: at })
    .where(
      and(
        eq(recoveryCodes.codeHash, codeHash),
        eq(recoveryCodes.userId, userId),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ codeHash: recoveryCodes.codeHash });
  return rows.length > 0;
}
