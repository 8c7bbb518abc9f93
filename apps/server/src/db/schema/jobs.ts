import { integer, jsonb, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id, ts } from "./columns";

export const jobs = pgTable(
  "jobs",
  {
    id: id(),
    kind: text("kind").notNull(),
    // recurring jobs keep one row per kind (key = kind); one-off jobs leave it null
    key: text("key"),
    runAt: ts("run_at").notNull().defaultNow(),
    intervalSeconds: integer("interval_seconds"),
    lockedUntil: ts("locked_until"),
    attempts: integer("attempts").notNull().default(0),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    lastError: text("last_error"),
    lastRunAt: ts("last_run_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("jobs_key_key").on(t.key)],
);

export type JobRow = typeof jobs.$inferSelect;
