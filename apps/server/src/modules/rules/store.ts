import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { eligibilityRuleVersions } from "../../db/schema";

export type RuleVersionRow = typeof eligibilityRuleVersions.$inferSelect;

export async function insertRuleVersion(tx: Db, row: typeof eligibilityRuleVersions.$inferInsert) {
  const [created] = await tx.insert(eligibilityRuleVersions).values(row).returning();
  return created!;
}

export async function ruleVersionsOf(tx: Db, subjectType: string, subjectId: string) {
  return tx
    .select()
    .from(eligibilityRuleVersions)
    .where(
      and(
        eq(eligibilityRuleVersions.subjectType, subjectType),
        eq(eligibilityRuleVersions.subjectId, subjectId),
      ),
    )
    .orderBy(desc(eligibilityRuleVersions.version));
}

export async function getRuleVersion(tx: Db, id: string) {
  const [row] = await tx.select().from(eligibilityRuleVersions).where(eq(eligibilityRuleVersions.id, id));
  return row;
}

export async function setImpact(tx: Db, id: string, impact: NonNullable<RuleVersionRow["impact"]>) {
  await tx.update(eligibilityRuleVersions).set({ impact }).where(eq(eligibilityRuleVersions.id, id));
}
