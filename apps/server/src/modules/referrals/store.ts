import { and, asc, count, desc, eq, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client";
import { referralEvents, referrals } from "../../db/schema";

/** An open referral (sent, accepted or in progress) gives the receiving organisation access to the record. */
export function openReferralToSql(organisationId: string, personId: AnyPgColumn | SQL) {
  return sql`exists (select 1 from ${referrals} r where r.person_id = ${personId} and r.to_organisation_id = ${organisationId}
    and r.status in ('sent', 'accepted', 'in_progress'))`;
}

export type ReferralRow = typeof referrals.$inferSelect;
export type ReferralEventRow = typeof referralEvents.$inferSelect;

export async function insertReferral(tx: Db, row: typeof referrals.$inferInsert) {
  const [created] = await tx.insert(referrals).values(row).returning();
  return created!;
}

export async function getReferral(tx: Db, id: string) {
  const [row] = await tx.select().from(referrals).where(eq(referrals.id, id)).limit(1);
  return row;
}

/** Optimistic lock on the projection: two concurrent moves cannot both apply. */
export async function updateReferral(
  tx: Db,
  id: string,
  version: number,
  patch: Partial<typeof referrals.$inferInsert>,
) {
  const [row] = await tx
    .update(referrals)
    .set({ ...patch, version: sql`${referrals.version} + 1` })
    .where(and(eq(referrals.id, id), eq(referrals.version, version)))
    .returning();
  return row;
}

export async function insertEvent(tx: Db, row: typeof referralEvents.$inferInsert) {
  await tx.insert(referralEvents).values(row);
}

export async function eventsOf(tx: Db, referralIds: string[]) {
  if (!referralIds.length) return [];
  return tx
    .select()
    .from(referralEvents)
    .where(inArray(referralEvents.referralId, referralIds))
    .orderBy(asc(referralEvents.seq));
}

export interface ReferralFilter {
  incomingTo?: string;
  outgoingFrom?: string;
  involving?: string;
  caseId?: string;
  statuses?: string[];
  overdue?: boolean;
  limit: number;
  offset: number;
}

export async function listReferrals(tx: Db, f: ReferralFilter) {
  const where: SQL[] = [];
  if (f.incomingTo)
    where.push(eq(referrals.toOrganisationId, f.incomingTo), sql`${referrals.status} <> 'draft'`);
  if (f.outgoingFrom) where.push(eq(referrals.fromOrganisationId, f.outgoingFrom));
  if (f.involving) {
    where.push(
      or(
        eq(referrals.fromOrganisationId, f.involving),
        and(eq(referrals.toOrganisationId, f.involving), sql`${referrals.status} <> 'draft'`),
      )!,
    );
  }
  if (f.caseId) where.push(eq(referrals.caseId, f.caseId));
  if (f.statuses?.length) where.push(inArray(referrals.status, f.statuses));
  if (f.overdue !== undefined) where.push(eq(referrals.overdue, f.overdue));
  const cond = and(...where);
  const items = await tx
    .select()
    .from(referrals)
    .where(cond)
    .orderBy(desc(referrals.updatedAt), desc(referrals.id))
    .limit(f.limit)
    .offset(f.offset);
  const [total] = await tx.select({ n: count() }).from(referrals).where(cond);
  return { items, total: total!.n };
}

/** The overdue sweep: sent or accepted referrals past their due time get the flag. */
export async function flagOverdue(tx: Db, now: Date) {
  const rows = await tx
    .update(referrals)
    .set({ overdue: true })
    .where(
      and(
        inArray(referrals.status, ["sent", "accepted"]),
        eq(referrals.overdue, false),
        lt(referrals.dueAt, now),
      ),
    )
    .returning({ id: referrals.id });
  return rows.length;
}
