import { createHash, randomBytes } from "node:crypto";
import { type InterfaceLanguage, notFound, validation } from "@homecoming/domain";
import type { Db } from "../../db/client";
import type { Ctx } from "../../http/context";
import { audit } from "../audit/service";
import { insertAudit } from "../audit/store";
import { hashPassword, requireStrongPassword, verifyPassword } from "./passwords";
import * as store from "./store";

// A user's own ways back in: changing their password while signed in, and recovery codes for when they are
// not (forgotten password, or an account that failed logins locked). Recovery codes need no e-mail or SMS
// gateway, which an office on one laptop does not have: the user prints or stores them when they make them.

/** Letters and digits that cannot be mistaken for each other (no I, O, 0 or 1): 5 bits each. */
const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const recoveryCodeCount = 10;

/** A new code: 16 symbols (80 random bits) in groups of four, ABCD-EFGH-JKLM-NPQR. */
function newCode(): string {
  const symbols = [...randomBytes(16)].map((b) => alphabet[b & 31]).join("");
  return symbols.match(/.{4}/g)!.join("-");
}

/** A code as typed (any case, spaces or dashes) to its stored form's hash. */
export function recoveryCodeHash(code: string): string {
  const symbols = code.toUpperCase().replace(/[\s-]+/g, "");
  return createHash("sha256").update(symbols).digest("hex");
}

const nameParts = (user: { email: string; name: string }) => [user.email.split("@")[0]!, user.name];

async function ownAccount(ctx: Ctx) {
  const user = await store.findUserForLogin(ctx.tx, ctx.actor.email);
  if (!user) throw notFound("user.not_found");
  return user;
}

async function requireCurrentPassword(ctx: Ctx, password: string, field: string) {
  const user = await ownAccount(ctx);
  if (!(await verifyPassword(user.passwordHash, password)))
    throw validation("auth.current_password_wrong", {}, field);
  return user;
}

/** Users change their own password: the current one first; every other session of theirs ends. */
export async function changeOwnPassword(ctx: Ctx, input: { currentPassword: string; newPassword: string }) {
  const user = await requireCurrentPassword(ctx, input.currentPassword, "currentPassword");
  requireStrongPassword(input.newPassword, nameParts(user), "newPassword");
  await store.setPasswordHash(ctx.tx, user.id, await hashPassword(input.newPassword), ctx.now);
  await store.deleteSessionsOfUser(ctx.tx, user.id, ctx.actor.sessionId);
  await store.clearAllAttempts(ctx.tx, user.email);
  await audit(ctx, {
    action: "update",
    recordType: "user",
    recordId: user.id,
    details: { password: "changed by its owner" },
  });
}

/** Keeps the language a user chose to work in with their account. */
export async function changeOwnLanguage(ctx: Ctx, language: InterfaceLanguage) {
  await store.setLanguage(ctx.tx, ctx.actor.userId, language, ctx.now);
  await audit(ctx, {
    action: "update",
    recordType: "user",
    recordId: ctx.actor.userId,
    details: { language },
  });
}

export async function recoveryCodesStatus(ctx: Ctx) {
  return store.recoveryCodesOf(ctx.tx, ctx.actor.userId);
}

/**
 * Makes a user a new set of recovery codes (the password first), in place of any earlier set, and answers
 * them: the only time they are shown.
 */
export async function newRecoveryCodes(ctx: Ctx, password: string) {
  const user = await requireCurrentPassword(ctx, password, "password");
  const codes = Array.from({ length: recoveryCodeCount }, newCode);
  await store.replaceRecoveryCodes(ctx.tx, user.id, codes.map(recoveryCodeHash), ctx.now);
  await audit(ctx, {
    action: "update",
    recordType: "user",
    recordId: user.id,
    details: { recoveryCodes: "new set" },
  });
  return { codes, createdAt: ctx.now };
}

/**
 * Someone not signed in sets a new password with an email and one of that account's recovery codes: the code
 * is used up, the account unlocked and every session of it ended, in one transaction. Any mismatch (no such
 * user, an inactive one, a wrong or used code) gets the same answer, naming the code.
 */
export async function recoverWithCode(
  db: Db,
  input: { email: string; code: string; newPassword: string; ip?: string | undefined },
): Promise<void> {
  const now = new Date();
  await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const email = input.email.trim().toLowerCase();
    const user = await store.findUserForLogin(tx, email);
    // the new password is judged first, alike whether the account exists
    requireStrongPassword(input.newPassword, nameParts({ email, name: user?.name ?? "" }), "newPassword");
    const refused = validation("auth.recovery_code_wrong", {}, "code");
    if (!user?.active) throw refused;
    if (!(await store.useRecoveryCode(tx, user.id, recoveryCodeHash(input.code), now))) throw refused;
    await store.setPasswordHash(tx, user.id, await hashPassword(input.newPassword), now);
    await store.deleteSessionsOfUser(tx, user.id, undefined);
    await store.clearAllAttempts(tx, user.email);
    const left = await store.recoveryCodesOf(tx, user.id);
    await insertAudit(tx, [
      {
        at: now,
        actorUserId: user.id,
        actorOrganisationId: user.organisationId,
        action: "update",
        recordType: "user",
        recordId: user.id,
        reason: "recovery code",
        details: { password: "set with a recovery code", recoveryCodesLeft: left.unused },
        ip: input.ip ?? null,
      },
    ]);
  });
}
