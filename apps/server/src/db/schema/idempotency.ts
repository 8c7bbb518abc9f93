import { index, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { ts } from "./columns";
import { users } from "./organisations";

/**
 * The answers to POST requests sent with an Idempotency-Key, per user: the key is claimed in the request's
 * transaction and the answer kept with it, so a retry or a double submit gets the first answer again.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    key: text("key").notNull(),
    /** Method, path and body of the first request: the same key with another request is refused. */
    requestHash: text("request_hash").notNull(),
    status: integer("status"),
    /** The answer as it was sent (JSON text). */
    response: text("response"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index("idempotency_keys_created_idx").on(t.createdAt)],
);
