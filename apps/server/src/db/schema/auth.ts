import { index, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, ts } from "./columns";
import { users } from "./organisations";

export const sessions = pgTable(
  "sessions",
  {
    // sha-256 of the cookie token: a leaked table does not yield usable cookies
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    lastSeenAt: ts("last_seen_at").notNull().defaultNow(),
    expiresAt: ts("expires_at").notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/**
 * Failed logins in a row, per account and client (the client's address) and per account from every client
 * (client "*"). A client's row can lock that client out of the account for a while; the account's row can
 * lock the account until an administrator unlocks it or its owner resets the password with a recovery code.
 */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    email: text("email").notNull(),
    client: text("client").notNull().default("*"),
    failures: integer("failures").notNull().default(0),
    lastFailureAt: ts("last_failure_at"),
    lockedUntil: ts("locked_until"),
    lockedAt: ts("locked_at"),
  },
  (t) => [
    primaryKey({ columns: [t.email, t.client] }),
    index("login_attempts_last_failure_idx").on(t.lastFailureAt),
  ],
);

/**
 * A user's recovery codes, each stored only as its SHA-256 (80 random bits: no table of hashes reverses it).
 * One opens the account once: its owner sets a new password with it, which also unlocks the account.
 */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    codeHash: text("code_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    usedAt: ts("used_at"),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);
