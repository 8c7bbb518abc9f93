import { createHash, randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { locked, unauthenticated } from "@homecoming/domain";
import type { Config } from "../../config";
import type { Db } from "../../db/client";
import type { Actor, Role } from "../../http/context";
import { insertAudit } from "../audit/store";
import { hashPassword, verifyPassword } from "./passwords";
import * as store from "./store";

/**
 * How failed logins in a row slow and stop guessing. Counted per account and client (its address): after
 * `slowAfter` each further attempt waits `stepMs` longer (at most `maxDelayMs`), and at `clientLockAfter` that
 * client is locked out of the account for `clientLockMinutes`, while the owner elsewhere is not. Counted per
 * account from every client: after `accountSlowAfter` every attempt waits too, and at `accountLockAfter` (a
 * guess from many addresses) the account locks until an administrator unlocks it or its owner resets the
 * password with a recovery code.
 */
export const throttle = {
  slowAfter: 3,
  stepMs: 400,
  maxDelayMs: 5_000,
  clientLockAfter: 6,
  clientLockMinutes: 15,
  accountSlowAfter: 10,
  accountLockAfter: 30,
} as const;

let dummyHash: Promise<string> | undefined;

export function sessionIdOf(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
}

const clientLocked = (minutes: number) => locked("auth.address_locked", { minutes });

/** Writes in the audit that failed logins locked an account (no one is signed in: no actor). */
async function auditAccountLocked(db: Db, email: string, ip: string | undefined, failures: number) {
  const user = await store.findUserForLogin(db, email);
  if (!user) return;
  await insertAudit(db, [
    {
      action: "update",
      recordType: "user",
      recordId: user.id,
      reason: "failed logins",
      details: { locked: true, failures },
      ip: ip ?? null,
    },
  ]);
}

export async function login(
  db: Db,
  config: Config,
  input: { email: string; password: string; ip?: string; userAgent?: string },
): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const client = input.ip || "unknown";
  const now = new Date();
  const before = await store.getAttempts(db, email, client);
  if (before.account?.lockedAt) throw locked("auth.account_locked");
  if (before.client?.lockedUntil && before.client.lockedUntil > now)
    throw clientLocked(Math.ceil((before.client.lockedUntil.getTime() - now.getTime()) / 60_000));
  // a client's lock that has run out starts its count again
  if (before.client?.lockedUntil) await store.clearAttempts(db, email, client);
  // the attempt counts before its password is checked, so that attempts made at once cannot pass a limit
  const attempt = await store.claimAttempt(db, email, client, now);
  if (attempt.account > throttle.accountLockAfter) {
    if (await store.lockAccount(db, email, now))
      await auditAccountLocked(db, email, input.ip, attempt.account);
    throw locked("auth.account_locked");
  }
  if (attempt.client > throttle.clientLockAfter) {
    await store.lockClient(db, email, client, new Date(now.getTime() + throttle.clientLockMinutes * 60_000));
    throw clientLocked(throttle.clientLockMinutes);
  }
  // slow repeated guessing down before even checking the password
  const excess = Math.max(
    attempt.client - throttle.slowAfter,
    attempt.account - throttle.accountSlowAfter,
    0,
  );
  if (excess > 0) await sleep(Math.min(throttle.maxDelayMs, throttle.stepMs * excess));

  const user = await store.findUserForLogin(db, email);
  // verified against a dummy hash for unknown users so timing does not reveal which emails exist
  const ok = await verifyOrDummy(user?.passwordHash, input.password);
  if (!user || !ok || !user.active) {
    if (attempt.client >= throttle.clientLockAfter)
      await store.lockClient(
        db,
        email,
        client,
        new Date(now.getTime() + throttle.clientLockMinutes * 60_000),
      );
    if (attempt.account >= throttle.accountLockAfter && (await store.lockAccount(db, email, now)))
      await auditAccountLocked(db, email, input.ip, attempt.account);
    throw unauthenticated("auth.wrong_credentials");
  }
  await store.forgiveAttempts(db, email, client, attempt);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + config.sessionAbsoluteMs);
  await store.insertSession(db, {
    id: sessionIdOf(token),
    userId: user.id,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    ip: input.ip ?? null,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  return { token, expiresAt };
}

export async function logout(db: Db, token: string): Promise<void> {
  await store.deleteSession(db, sessionIdOf(token));
}

/** Ends every session of a user but `keep` (the caller's own, when users change their own password). */
export async function endOtherSessions(db: Db, userId: string, keep: string | undefined): Promise<void> {
  await store.deleteSessionsOfUser(db, userId, keep);
}

// writing last_seen_at on every request would turn every read into a write
const touchEveryMs = 60_000;

export async function actorForToken(db: Db, config: Config, token: string): Promise<Actor | null> {
  const id = sessionIdOf(token);
  const row = await store.findSession(db, id);
  if (!row) return null;
  const now = new Date();
  const idleExpired = now.getTime() - row.lastSeenAt.getTime() > config.sessionIdleMs;
  if (row.expiresAt <= now || idleExpired || !row.active || !row.organisationActive) {
    await store.deleteSession(db, id);
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > touchEveryMs) await store.touchSession(db, id, now);
  return {
    userId: row.userId,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    organisationKind: row.organisationKind,
    organisationCountry: row.organisationCountry,
    sessionId: id,
    roles: row.roles as Role[],
    email: row.email,
    name: row.name,
    language: row.language,
  };
}

/**
 * How failed sign-ins to a returnee's portal account are slowed and stopped. Counted like staff logins (per
 * number and client, and per number from every client), but both locks run out by themselves: no
 * administrator unlocks a returnee, and a new password set with a code sent to the phone clears them.
 */
export const phoneThrottle = {
  slowAfter: 3,
  stepMs: 400,
  maxDelayMs: 5_000,
  clientLockAfter: 5,
  clientLockMinutes: 15,
  accountLockAfter: 20,
  accountLockMinutes: 60,
} as const;

const minutesUntil = (until: Date, now: Date) =>
  Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));

/**
 * Runs `check` (the password's) as a throttled sign-in to the account `key` from `client`, outside any
 * transaction so that a failure counts however the request ends. Refuses with 423 while a lock holds;
 * answers whether the check passed (a pass clears the counts).
 */
export async function throttledSignIn(
  db: Db,
  key: string,
  client: string,
  now: Date,
  check: () => Promise<boolean>,
): Promise<boolean> {
  const t = phoneThrottle;
  const before = await store.getAttempts(db, key, client);
  for (const row of [before.account, before.client]) {
    if (row?.lockedUntil && row.lockedUntil > now)
      throw locked("account.locked", { minutes: minutesUntil(row.lockedUntil, now) });
  }
  // a lock that ran out starts its count again
  if (before.account?.lockedUntil) await store.clearAllAttempts(db, key);
  else if (before.client?.lockedUntil) await store.clearAttempts(db, key, client);
  const attempt = await store.claimAttempt(db, key, client, now);
  if (attempt.account > t.accountLockAfter) {
    await store.lockClient(
      db,
      key,
      store.accountWide,
      new Date(now.getTime() + t.accountLockMinutes * 60_000),
    );
    throw locked("account.locked", { minutes: t.accountLockMinutes });
  }
  if (attempt.client > t.clientLockAfter) {
    await store.lockClient(db, key, client, new Date(now.getTime() + t.clientLockMinutes * 60_000));
    throw locked("account.locked", { minutes: t.clientLockMinutes });
  }
  const excess = Math.max(attempt.client - t.slowAfter, 0);
  if (excess > 0) await sleep(Math.min(t.maxDelayMs, t.stepMs * excess));
  if (!(await check())) return false;
  await store.forgiveAttempts(db, key, client, attempt);
  return true;
}

/** A password check that takes as long for an account that does not exist (against a dummy hash). */
export async function verifyOrDummy(passwordHash: string | undefined, password: string): Promise<boolean> {
  dummyHash ??= hashPassword("not-a-real-password");
  const ok = await verifyPassword(passwordHash ?? (await dummyHash), password);
  return ok && passwordHash !== undefined;
}

/** Forgets every failed sign-in of an account (its owner proved the phone with a code). */
export const clearSignInFailures = (db: Db, key: string) => store.clearAllAttempts(db, key);

/** Unlocks an account locked by failed logins (every client's count and lock too). */
export async function unlockAccount(db: Db, email: string): Promise<void> {
  await store.clearAllAttempts(db, email);
}

/** When each of these accounts was locked by failed logins, for those that are. */
export const accountLocks = (db: Db, emails: string[]) => store.accountLocks(db, emails);

/** Forgets failed logins that went quiet a day ago (a recurring job). */
export const sweepLoginAttempts = (db: Db, now: Date) => store.sweepAttempts(db, now);

export { hashPassword };
