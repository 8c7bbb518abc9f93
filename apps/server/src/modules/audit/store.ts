import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { auditEvents } from "../../db/schema";

export type AuditRow = typeof auditEvents.$inferSelect;
export type NewAuditRow = typeof auditEvents.$inferInsert;

export async function insertAudit(tx: Db, rows: NewAuditRow[]): Promise<void> {
  if (rows.length) await tx.insert(auditEvents).values(rows);
}

export async function listAudit(
  tx: Db,
  filter: { recordId?: string; personId?: string; before?: number; limit: number },
): Promise<AuditRow[]> {
  const where: SQL[] = [];
  if (filter.recordId) where.push(eq(auditEvents.recordId, filter.recordId));
  if (filter.personId) where.push(eq(auditEvents.personId, filter.personId));
  if (filter.before) where.push(lt(auditEvents.seq, filter.before));
  return tx
    .select()
    .from(auditEvents)
    .where(and(...where))
    .orderBy(desc(auditEvents.seq))
    .limit(filter.limit);
}
