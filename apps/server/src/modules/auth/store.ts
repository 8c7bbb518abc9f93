import { and, eq, ne, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { loginAttempts, organisations, sessions, users } from "../../db/schema";
import { statement } from "../../db/statements";

export async function findUserForLogin(tx: Db, email: string) {
  const [row] = await tx
    .select({ id: users.id, passwordHash: users.passwordHash, active: users.active })
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

export async function getAttempts(tx: Db, email: string) {
  const [row] = await tx.select().from(loginAttempts).where(eq(loginAttempts.email, email)).limit(1);
  return row;
}

/**
 * Counts a login attempt before its password is checked, in one statement, and answers how many attempts
 * in a row this one is: attempts made at the same time each get their own number, so none slips past the
 * limit while the others are being checked. A successful login clears the count.
 */
export async function claimAttempt(tx: Db, email: string, at: Date) {
  const [row] = await tx
    .insert(loginAttempts)
    .values({ email, failures: 1, lastFailureAt: at, lockedUntil: null })
    .onConflictDoUpdate({
      target: loginAttempts.email,
      set: { failures: sql`${loginAttempts.failures} + 1`, lastFailureAt: at },
    })
    .returning({ failures: loginAttempts.failures });
  return row!.failures;
}

export async function setLock(tx: Db, email: string, lockedUntil: Date) {
  await tx
    .update(loginAttempts)
    .set({ lockedUntil })
    .where(and(eq(loginAttempts.email, email)));
}

export async function clearAttempts(tx: Db, email: string) {
  await tx.delete(loginAttempts).where(eq(loginAttempts.email, email));
}
