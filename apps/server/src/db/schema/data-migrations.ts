import { jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { ts } from "./columns";

/**
 * Data migrations that need code (a library, not SQL) and run once after the SQL migrations; a row says
 * that one ran, when, and what it found.
 */
export const dataMigrations = pgTable("data_migrations", {
  name: text("name").primaryKey(),
  appliedAt: ts("applied_at").notNull().defaultNow(),
  summary: jsonb("summary").$type<Record<string, unknown>>().notNull().default({}),
});
