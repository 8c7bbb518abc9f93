import type { InterfaceLanguage, OneTimeCodePurpose, SmsPurpose, SmsStatus } from "@homecoming/domain";
import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, ts } from "./columns";
import { persons } from "./persons";

/**
 * A returnee's own account on the portal: their phone number (E.164) and password, proven by a one-time
 * code before it may sign in, and the person record it made once they gave their consent and profile.
 */
export const portalAccounts = pgTable(
  "portal_accounts",
  {
    id: id(),
    phone: text("phone").notNull(),
    passwordHash: text("password_hash").notNull(),
    language: text("language").$type<InterfaceLanguage>().notNull().default("en"),
    verifiedAt: ts("verified_at"),
    personId: uuid("person_id").references(() => persons.id),
    createdAt: createdAt(),
    lastSignInAt: ts("last_sign_in_at"),
  },
  (t) => [
    uniqueIndex("portal_accounts_phone_idx").on(t.phone),
    uniqueIndex("portal_accounts_person_idx").on(t.personId),
  ],
);

/** A returnee's session on the portal (its own cookie, never a staff session). */
export const portalSessions = pgTable(
  "portal_sessions",
  {
    // sha-256 of the cookie token
    id: text("id").primaryKey(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => portalAccounts.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastSeenAt: ts("last_seen_at").notNull().defaultNow(),
    expiresAt: ts("expires_at").notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("portal_sessions_account_idx").on(t.accountId)],
);

/**
 * One-time codes sent by text message, each stored only as a keyed hash: a code proves the phone of a new
 * account, or lets its owner set a new password. A code lasts a few minutes and a few wrong tries.
 */
export const oneTimeCodes = pgTable(
  "one_time_codes",
  {
    id: id(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => portalAccounts.id, { onDelete: "cascade" }),
    purpose: text("purpose").$type<OneTimeCodePurpose>().notNull(),
    codeHash: text("code_hash").notNull(),
    createdAt: createdAt(),
    expiresAt: ts("expires_at").notNull(),
    wrongTries: integer("wrong_tries").notNull().default(0),
    usedAt: ts("used_at"),
  },
  (t) => [index("one_time_codes_account_idx").on(t.accountId, t.purpose, t.createdAt)],
);

/**
 * Every text message the system sends, with where it stands. With no provider configured the messages stay
 * here ("held"), for an administrator to read and pass on; with one, they are handed to it and marked sent
 * or failed. `phone` is the number asked for, whether or not an account has it.
 */
export const smsMessages = pgTable(
  "sms_messages",
  {
    id: id(),
    phone: text("phone").notNull(),
    purpose: text("purpose").$type<SmsPurpose>().notNull(),
    language: text("language").$type<InterfaceLanguage>().notNull(),
    body: text("body").notNull(),
    status: text("status").$type<SmsStatus>().notNull(),
    gateway: text("gateway").notNull(),
    createdAt: createdAt(),
    sentAt: ts("sent_at"),
    error: text("error"),
  },
  (t) => [
    index("sms_messages_created_idx").on(t.createdAt),
    index("sms_messages_phone_idx").on(t.phone, t.createdAt),
    index("sms_messages_queued_idx").on(t.createdAt).where(sql`${t.status} = 'queued'`),
  ],
);

/**
 * Each request that would send a one-time code to a number (a registration, a new code, a new password),
 * kept whether or not the number has an account, so that the limit on codes per number answers the same
 * for every number and tells no one which numbers have accounts. The number only as its SHA-256.
 */
export const codeRequests = pgTable(
  "code_requests",
  {
    phoneHash: text("phone_hash").notNull(),
    at: ts("at").notNull(),
  },
  (t) => [index("code_requests_phone_idx").on(t.phoneHash, t.at)],
);
