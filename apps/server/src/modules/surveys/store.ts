import { desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { surveyVersions } from "../../db/schema";

export type SurveyVersionRow = typeof surveyVersions.$inferSelect;

export async function latestVersion(tx: Db): Promise<SurveyVersionRow | undefined> {
  const [row] = await tx.select().from(surveyVersions).orderBy(desc(surveyVersions.version)).limit(1);
  return row;
}

export async function getVersion(tx: Db, version: number): Promise<SurveyVersionRow | undefined> {
  const [row] = await tx.select().from(surveyVersions).where(eq(surveyVersions.version, version));
  return row;
}

export async function versionsIn(tx: Db, versions: number[]): Promise<SurveyVersionRow[]> {
  if (!versions.length) return [];
  return tx.select().from(surveyVersions).where(inArray(surveyVersions.version, versions));
}

export async function allVersions(tx: Db): Promise<SurveyVersionRow[]> {
  return tx.select().from(surveyVersions).orderBy(desc(surveyVersions.version));
}

/** Undefined when that version number was taken first by someone else. */
export async function insertVersion(tx: Db, row: typeof surveyVersions.$inferInsert) {
  const [created] = await tx.insert(surveyVersions).values(row).onConflictDoNothing().returning();
  return created;
}
