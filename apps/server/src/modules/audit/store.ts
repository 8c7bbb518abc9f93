import { and, eq, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client";
import { auditEvents, persons } from "../../db/schema";
import { statement } from "../../db/statements";
import { orderOf, type Sort } from "../../http/schemas";
import type { AuditSortField } from "./schemas";

export type AuditRow = typeof auditEvents.$inferSelect;
export type NewAuditRow = typeof auditEvents.$inferInsert;

const insertOne = statement("hc_audit_insert", (db) =>
  db.insert(auditEvents).values({
    at: sql.placeholder("at"),
    actorUserId: sql.placeholder("actorUserId"),
    actorOrganisationId: sql.placeholder("actorOrganisationId"),
    action: sql.placeholder("action"),
    recordType: sql.placeholder("recordType"),
    recordId: sql.placeholder("recordId"),
    personId: sql.placeholder("personId"),
    personIds: sql.placeholder("personIds"),
    reason: sql.placeholder("reason"),
    details: sql.placeholder("details"),
    ip: sql.placeholder("ip"),
  }),
);

export async function insertAudit(tx: Db, rows: NewAuditRow[]): Promise<void> {
  const [row, ...more] = rows;
  if (!row) return;
  if (more.length) {
    await tx.insert(auditEvents).values(rows);
    return;
  }
  // one event, as most requests write: the statement is built once per connection (the placeholders take
  // the values as the columns do, a Date and an object)
  await insertOne(tx, {
    at: row.at ?? new Date(),
    actorUserId: row.actorUserId ?? null,
    actorOrganisationId: row.actorOrganisationId ?? null,
    action: row.action,
    recordType: row.recordType,
    recordId: row.recordId ?? null,
    personId: row.personId ?? null,
    personIds: row.personIds ?? [],
    reason: row.reason ?? null,
    details: row.details ?? {},
    ip: row.ip ?? null,
  });
}

/** The records merged into a person (merges are flattened: each points at the record that lives on). */
export async function mergedInto(tx: Db, personId: string): Promise<string[]> {
  const rows = await tx.select({ id: persons.id }).from(persons).where(eq(persons.mergedIntoId, personId));
  return rows.map((r) => r.id);
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
    mergedIds?: string[];
    before?: number | undefined;
    after?: number | undefined;
    sort: Sort<AuditSortField>;
    limit: number;
  },
): Promise<AuditRow[]> {
  const where: SQL[] = [];
  if (filter.recordId) where.push(eq(auditEvents.recordId, filter.recordId));
  // a person's trail: what was done to their record, and every list, search or notification that showed them
  if (filter.personId) {
    // records merged into the person are read with it: their trail is theirs
    const ids = sql`array[${sql.join(
      [filter.personId, ...(filter.mergedIds ?? [])].map((id) => sql`${id}`),
      sql`, `,
    )}]::uuid[]`;
    where.push(sql`(${auditEvents.personId} = any(${ids}) or ${auditEvents.personIds} && ${ids})`);
  }
  if (filter.before) where.push(sql`${position} < ${positionOf(tx, filter.before)}`);
  if (filter.after) where.push(sql`${position} > ${positionOf(tx, filter.after)}`);
  return tx
    .select()
    .from(auditEvents)
    .where(and(...where))
    .orderBy(...orderOf(filter.sort, { at: auditEvents.at }, auditEvents.seq))
    .limit(filter.limit);
}
