import { createHash, randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { DomainError, unauthenticated } from "@homecoming/domain";
import type { Config } from "../../config";
import type { Db } from "../../db/client";
import type { Actor, Role } from "../../http/context";
import { hashPassword, verifyPassword } from "./passwords";
import * as store from "./store";

/** After this many consecutive failures each further attempt waits longer; at lockAfter the account locks. */
export const throttle = { slowAfter: 3, lockAfter: 6, lockMinutes: 15, stepMs: 400 } as const;

let dummyHash: Promise<string> | undefined;

export function sessionIdOf(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
}

export async function login(
  db: Db,
  config: Config,
  input: { email: string; password: string; ip?: string; userAgent?: string },
): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const now = new Date();
  const attempts = await store.getAttempts(db, email);
  if (attempts?.lockedUntil && attempts.lockedUntil > now) {
    const minutes = Math.ceil((attempts.lockedUntil.getTime() - now.getTime()) / 60_000);
    throw new DomainError(
      "locked",
      `Too many failed logins: this account is locked for ${minutes} more minute(s)`,
    );
  }
  // a lock that has run out starts the count again
  if (attempts?.lockedUntil) await store.clearAttempts(db, email);
  // the attempt counts before its password is checked, so that attempts made at once cannot pass the limit
  const attempt = await store.claimAttempt(db, email, now);
  const lockUntil = () => new Date(now.getTime() + throttle.lockMinutes * 60_000);
  if (attempt > throttle.lockAfter) {
    await store.setLock(db, email, lockUntil());
    throw new DomainError(
      "locked",
      `Too many failed logins: this account is locked for ${throttle.lockMinutes} more minute(s)`,
    );
  }
  // slow repeated guessing down before even checking the password
  if (attempt > throttle.slowAfter) await sleep(throttle.stepMs * (attempt - throttle.slowAfter));

  const user = await store.findUserForLogin(db, email);
  dummyHash ??= hashPassword("not-a-real-password");
  // verify against a dummy hash for unknown users so timing does not reveal which emails exist
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  if (!user || !ok || !user.active) {
    if (attempt >= throttle.lockAfter) await store.setLock(db, email, lockUntil());
    throw unauthenticated("Email or password is not correct");
  }
  await store.clearAttempts(db, email);
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
  };
}

export { hashPassword };
