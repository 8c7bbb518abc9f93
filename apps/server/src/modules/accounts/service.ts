import { createHash, randomBytes, randomInt, randomUUID, timingSafeEqual } from "node:crypto";
import {
  type AccountLogin,
  type AccountRegistration,
  type CodeResend,
  conflict,
  homeOfLanguage,
  type InterfaceLanguage,
  maskedPhone,
  type OneTimeCodePurpose,
  oneTimeCodes,
  type PasswordReset,
  type PhoneOnly,
  type PhoneVerification,
  rateLimited,
  requirePhoneE164,
  type SelfProfile,
  type SmsPurpose,
  smsText,
  unauthenticated,
  validation,
} from "@homecoming/domain";
import type { Config } from "../../config";
import type { Db } from "../../db/client";
import type { ReturneeActor, ReturneeCtx } from "../../http/context";
import { ownRecord } from "../access";
import { auditByReturnee } from "../audit/service";
import { requireStrongPassword } from "../auth/passwords";
import {
  clearSignInFailures,
  hashPassword,
  sessionIdOf,
  throttledSignIn,
  verifyOrDummy,
} from "../auth/service";
import { providePortalAccounts } from "../community/account-port";
import { ownRecordSummary, registerSelf } from "../persons/self-registration";
import type { SmsGateway } from "../sms/gateway";
import { queueSms } from "../sms/service";
import * as store from "./store";

/** What the account routes work with: the database (not a transaction), the settings and the SMS gateway. */
export interface AccountDeps {
  db: Db;
  config: Config;
  gateway: SmsGateway;
}

export interface Client {
  ip: string | undefined;
  userAgent: string | undefined;
}

/** Codes asked for one number: at most `max` in `minutes`, whether or not the number has an account. */
export const codeLimit = { max: 3, minutes: 15 } as const;

const phoneHash = (phone: string) => createHash("sha256").update(phone).digest("hex");
const codeHash = (accountId: string, code: string) =>
  createHash("sha256").update(`${accountId}:${code}`).digest("hex");

/** The key of a number's failed sign-ins (beside staff emails in the same table). */
const signInKey = (phone: string) => `tel:${phone}`;

/** The number in E.164, read in the country chosen beside it (else the country its language suggests). */
function e164Of(input: PhoneOnly, language?: InterfaceLanguage): string {
  return requirePhoneE164(
    input.phone,
    input.country ?? (language ? homeOfLanguage[language].country : undefined),
  );
}

/** What the portal says after any request for a code: where it went (masked) and how long it lasts. */
const codeSent = (phone: string) => ({ sentTo: maskedPhone(phone), minutes: oneTimeCodes.minutes });

/**
 * Counts a request for a code to this number, and refuses it past the limit: the same for every number, so
 * that the limit does not tell which numbers have accounts. Outside a transaction: a refused request counts.
 */
async function allowCode(db: Db, phone: string, now: Date): Promise<void> {
  const hash = phoneHash(phone);
  const since = new Date(now.getTime() - codeLimit.minutes * 60_000);
  const asked = await store.countCodeRequest(db, hash, now, since);
  if (asked <= codeLimit.max) return;
  const oldest = (await store.oldestCodeRequestSince(db, hash, since)) ?? now;
  const minutes = Math.max(
    1,
    Math.ceil((oldest.getTime() + codeLimit.minutes * 60_000 - now.getTime()) / 60_000),
  );
  throw rateLimited("account.too_many_codes", { minutes });
}

/** A fresh code of `purpose` for the account, and the message that carries it, in the account's language. */
async function sendCode(
  deps: AccountDeps,
  tx: Db,
  account: store.AccountRow,
  purpose: OneTimeCodePurpose,
  now: Date,
) {
  const code = String(randomInt(0, 10 ** oneTimeCodes.digits)).padStart(oneTimeCodes.digits, "0");
  await store.replaceCode(tx, {
    accountId: account.id,
    purpose,
    codeHash: codeHash(account.id, code),
    createdAt: now,
    expiresAt: new Date(now.getTime() + oneTimeCodes.minutes * 60_000),
  });
  await message(deps, tx, account.phone, account.language, purpose, now, code);
}

async function message(
  deps: AccountDeps,
  tx: Db,
  phone: string,
  language: InterfaceLanguage,
  purpose: SmsPurpose,
  now: Date,
  code = "",
) {
  const body = smsText(language, purpose, { code, minutes: oneTimeCodes.minutes });
  await queueSms(tx, { phone, purpose, language, body }, deps.gateway, now);
}

const inTransaction = <T>(db: Db, fn: (tx: Db) => Promise<T>) =>
  db.transaction((tx) => fn(tx as unknown as Db));

/**
 * Registers a number with a password and sends it a code. A number that has an account already gets a
 * message saying someone tried, and the answer is the same as for a new number: no one learns from it
 * whether a number is registered. A new registration of a number whose code was never entered starts over.
 */
export async function register(deps: AccountDeps, input: AccountRegistration) {
  const phone = e164Of(input, input.language);
  requireStrongPassword(input.password, [input.phone, phone]);
  const now = new Date();
  await allowCode(deps.db, phone, now);
  // hashed whatever happens next, so that a registered number answers as slowly as a new one
  const passwordHash = await hashPassword(input.password);
  await inTransaction(deps.db, async (tx) => {
    const account = await store.upsertUnverified(tx, {
      phone,
      passwordHash,
      language: input.language,
      createdAt: now,
    });
    if (account) await sendCode(deps, tx, account, "verify_phone", now);
    else {
      const existing = (await store.accountByPhone(tx, phone))!;
      await message(deps, tx, phone, existing.language, "already_registered", now);
    }
  });
  return codeSent(phone);
}

/**
 * Checks a code: a wrong one counts a try (the last allowed try ends the code) and is refused with the same
 * words whether the number has an account, a code, or neither.
 */
async function useCode(
  db: Db,
  phone: string,
  purpose: OneTimeCodePurpose,
  code: string,
  now: Date,
): Promise<store.AccountRow> {
  const account = await store.accountByPhone(db, phone);
  // looked up for a number without an account too, so that it answers as slowly
  const live = await store.liveCode(db, account?.id ?? randomUUID(), purpose, now);
  const expected = Buffer.from(live?.codeHash ?? codeHash(randomBytes(8).toString("hex"), code), "hex");
  const given = Buffer.from(codeHash(account?.id ?? "", code), "hex");
  if (account && live && timingSafeEqual(expected, given)) return account;
  if (live) await store.wrongTry(db, live.id, now, oneTimeCodes.tries);
  throw validation("account.code_wrong", {}, "code");
}

/** A new session of the account: the token for the cookie and when it ends. */
async function openSession(db: Db, config: Config, accountId: string, client: Client, now: Date) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + config.sessionAbsoluteMs);
  await store.insertSession(db, {
    id: sessionIdOf(token),
    accountId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    ip: client.ip ?? null,
    userAgent: client.userAgent?.slice(0, 300) ?? null,
  });
  await store.updateAccount(db, accountId, { lastSignInAt: now });
  return { token, expiresAt };
}

/** The code of a new account: proves the phone and signs the returnee in. */
export async function verifyPhone(deps: AccountDeps, input: PhoneVerification, client: Client) {
  const phone = e164Of(input);
  const now = new Date();
  const account = await useCode(deps.db, phone, "verify_phone", input.code, now);
  return inTransaction(deps.db, async (tx) => {
    const live = await store.liveCode(tx, account.id, "verify_phone", now);
    if (live) await store.useCode(tx, live.id, now);
    await store.updateAccount(tx, account.id, { verifiedAt: account.verifiedAt ?? now });
    return openSession(tx, deps.config, account.id, client, now);
  });
}

/**
 * Sends a code again: to prove the phone of an account not yet proven, or to set a new password of one that
 * is. A number without such an account gets nothing, and the answer is the same.
 */
export async function resendCode(deps: AccountDeps, input: CodeResend) {
  const phone = e164Of(input);
  const now = new Date();
  await allowCode(deps.db, phone, now);
  await inTransaction(deps.db, async (tx) => {
    const account = await store.accountByPhone(tx, phone);
    const fits =
      account && (input.purpose === "verify_phone" ? !account.verifiedAt : account.verifiedAt !== null);
    if (account && fits) await sendCode(deps, tx, account, input.purpose, now);
  });
  return codeSent(phone);
}

/** Asks for a code to set a new password (a forgotten one); the same answer for every number. */
export const requestPasswordReset = (deps: AccountDeps, input: PhoneOnly) =>
  resendCode(deps, { ...input, purpose: "reset_password" });

/** Sets a new password with a code sent to the phone; ends every other session and the sign-in locks. */
export async function resetPassword(deps: AccountDeps, input: PasswordReset, client: Client) {
  const phone = e164Of(input);
  requireStrongPassword(input.password, [input.phone, phone]);
  const now = new Date();
  const account = await useCode(deps.db, phone, "reset_password", input.code, now);
  const passwordHash = await hashPassword(input.password);
  const session = await inTransaction(deps.db, async (tx) => {
    const live = await store.liveCode(tx, account.id, "reset_password", now);
    if (live) await store.useCode(tx, live.id, now);
    await store.updateAccount(tx, account.id, { passwordHash });
    await store.deleteSessionsOfAccount(tx, account.id);
    return openSession(tx, deps.config, account.id, client, now);
  });
  await clearSignInFailures(deps.db, signInKey(phone));
  return session;
}

/**
 * Signs in with the number and password (throttled like staff logins). An account whose phone was never
 * proven gets a new code instead of a session, since whoever knows the password may finish registering.
 */
export async function signIn(
  deps: AccountDeps,
  input: AccountLogin,
  client: Client,
): Promise<{ session: { token: string; expiresAt: Date } } | { verify: ReturnType<typeof codeSent> }> {
  const phone = e164Of(input);
  const now = new Date();
  let account: store.AccountRow | undefined;
  const ok = await throttledSignIn(deps.db, signInKey(phone), client.ip || "unknown", now, async () => {
    account = await store.accountByPhone(deps.db, phone);
    return verifyOrDummy(account?.passwordHash, input.password);
  });
  if (!ok || !account) throw unauthenticated("account.wrong_credentials");
  const found = account;
  if (!found.verifiedAt) {
    await allowCode(deps.db, phone, now);
    await inTransaction(deps.db, (tx) => sendCode(deps, tx, found, "verify_phone", now));
    return { verify: codeSent(phone) };
  }
  return {
    session: await inTransaction(deps.db, (tx) => openSession(tx, deps.config, found.id, client, now)),
  };
}

/**
 * A proven account and, with a profile, the record it made, written in one go (the demo seed, which has no
 * phone to send codes to): the same rows the portal's registration, code and profile write.
 */
export async function openProvenAccount(
  tx: Db,
  input: { phone: string; password: string; language: InterfaceLanguage; profile?: SelfProfile; now: Date },
) {
  const account = await store.upsertUnverified(tx, {
    phone: input.phone,
    passwordHash: await hashPassword(input.password),
    language: input.language,
    createdAt: input.now,
  });
  if (!account) throw conflict("request.already_exists");
  await store.updateAccount(tx, account.id, { verifiedAt: input.now });
  if (!input.profile) return { accountId: account.id, personId: null };
  const ctx: ReturneeCtx = {
    tx,
    returnee: {
      accountId: account.id,
      phone: input.phone,
      language: input.language,
      personId: null,
      sessionId: "",
    },
    now: input.now,
    ip: undefined,
    access: { action: "account.profile", who: "returnee", relations: ["returnee_self"] },
    checked: new Set(),
  };
  const personId = await registerSelf(ctx, input.profile);
  await store.attachPerson(tx, account.id, personId);
  return { accountId: account.id, personId };
}

export async function signOut(db: Db, token: string): Promise<void> {
  await store.deleteSession(db, sessionIdOf(token));
}

// writing last_seen_at on every request would turn every read into a write
const touchEveryMs = 60_000;

/** The returnee of a portal session cookie, or null when it is unknown or has run out. */
export async function returneeForToken(db: Db, config: Config, token: string): Promise<ReturneeActor | null> {
  const id = sessionIdOf(token);
  const row = await store.sessionWithAccount(db, id);
  if (!row) return null;
  const now = new Date();
  const idle = now.getTime() - row.session.lastSeenAt.getTime();
  if (row.session.expiresAt <= now || idle > config.sessionIdleMs || !row.account.verifiedAt) {
    await store.deleteSession(db, id);
    return null;
  }
  if (idle > touchEveryMs) await store.touchSession(db, id, now);
  return {
    accountId: row.account.id,
    phone: row.account.phone,
    language: row.account.language,
    personId: row.mergedIntoId ?? row.account.personId,
    sessionId: id,
  };
}

/** The returnee's own account and the record it made, if any (each read of the record is audited). */
export async function me(ctx: ReturneeCtx) {
  const personId = ownRecord(ctx);
  const { returnee } = ctx;
  const record = personId ? await ownRecordSummary(ctx.tx, personId) : null;
  if (record)
    await auditByReturnee(ctx, {
      action: "read",
      recordType: "person",
      recordId: record.id,
      personId: record.id,
    });
  return {
    account: { phone: returnee.phone, language: returnee.language },
    record,
  };
}

export async function changeLanguage(ctx: ReturneeCtx, language: InterfaceLanguage) {
  ownRecord(ctx);
  await store.updateAccount(ctx.tx, ctx.returnee.accountId, { language });
  ctx.returnee = { ...ctx.returnee, language };
  return me(ctx);
}

/**
 * The returnee's consent and short profile: their person record, registered to the MRC of their district,
 * which confirms it (with its duplicate warnings) before working with it. Once only.
 */
export async function giveProfile(ctx: ReturneeCtx, profile: SelfProfile) {
  if (ownRecord(ctx)) throw conflict("account.profile_exists");
  const account = await store.accountById(ctx.tx, ctx.returnee.accountId);
  if (account?.personId) throw conflict("account.profile_exists");
  const personId = await registerSelf(ctx, profile);
  // a second profile sent at the same time finds the record the first one attached, and rolls back
  if (!(await store.attachPerson(ctx.tx, ctx.returnee.accountId, personId)))
    throw conflict("account.profile_exists");
  ctx.returnee = { ...ctx.returnee, personId };
  return me(ctx);
}

/**
 * Forgets what only protects for a while (a recurring job): requests for codes older than a day, codes run
 * out a day ago, sessions run out.
 */
export async function sweepAccounts(tx: Db, now: Date): Promise<number> {
  const dayAgo = new Date(now.getTime() - 86_400_000);
  return (await store.sweepCodeRequests(tx, dayAgo)) + (await store.deleteExpiredSessions(tx, now));
}

providePortalAccounts({
  accountOfPerson: store.accountOfPerson,
  contactsOf: store.contactsOf,
  personsOf: store.personsOf,
});
