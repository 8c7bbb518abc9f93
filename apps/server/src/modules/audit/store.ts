import { and, eq, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client";
import { auditEvents } from "../../db/schema";
import { orderOf, type Sort } from "../../http/schemas";
import type { AuditSortField } from "./schemas";

export type AuditRow = typeof auditEvents.$inferSelect;
export type NewAuditRow = typeof auditEvents.$inferInsert;

export async function insertAudit(tx: Db, rows: NewAuditRow[]): Promise<void> {
  if (rows.length) await tx.insert(auditEvents).values(rows);
}

export async function auditEventExists(tx: Db, seq: number): Promise<boolean> {
  const [row] = await tx
    .select({ seq: auditEvents.seq })
    .from(auditEvents)
    .where(eq(auditEvents.seq, seq))
    .limit(1);
  return row !== undefined;
}

const cursor = alias(auditEvents, "cursor");

/** Events are in time order, and in the order they were written when two share a time. */
const position = sql`(${auditEvents.at}, ${auditEvents.seq})`;
const positionOf = (tx: Db, seq: number) =>
  tx.select({ at: cursor.at, seq: cursor.seq }).from(cursor).where(eq(cursor.seq, seq));

export async function listAudit(
  tx: Db,
  filter: {
    recordId?: string | undefined;
    personId?: string | undefined;
    before?: number | undefined;
    after?: number | undefined;
    sort: Sort<AuditSortField>;
    limit: number;
  },
): Promise<AuditRow[]> {
  const where: SQL[] = [];
  if (filter.recordId) where.push(eq(auditEvents.recordId, filter.recordId));
  if (filter.personId) where.push(eq(auditEvents.personId, filter.personId));
  if (filter.before) where.push(sql`${position} < ${positionOf(tx, filter.before)}`);
  if (filter.after) where.push(sql`${position} > ${positionOf(tx, filter.after)}`);
  return tx
    .select()
    .from(auditEvents)
    .where(and(...where))
    .orderBy(...orderOf(filter.sort, { at: auditEvents.at }, auditEvents.seq))
    .limit(filter.limit);
}
