import type { SurveyDefinition } from "@homecoming/domain";
import { integer, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./organisations";

/**
 * Every version of the reintegration sustainability survey: its questions, answer options, scores and
 * weights. A version is never changed once saved; each survey is scored with, and keeps, the version it was
 * taken on. The highest version is the one in use.
 */
export const surveyVersions = pgTable("survey_versions", {
  version: integer("version").primaryKey(),
  definition: jsonb("definition").$type<SurveyDefinition>().notNull(),
  /** What changed, in the administrator's words. */
  note: text("note"),
  createdByUserId: uuid("created_by_user_id").references(() => users.id),
  createdAt: createdAt(),
});
