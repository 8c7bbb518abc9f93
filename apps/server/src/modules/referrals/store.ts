import { type ReferralStatus, referralStatuses } from "@homecoming/domain";
import { and, asc, count, desc, eq, gt, inArray, isNull, lt, ne, or, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client";
import { pageTotal } from "../../db/paging";
import { organisations, referralEvents, referrals } from "../../db/schema";
import { statement } from "../../db/statements";
import { orderOf, type Sort } from "../../http/schemas";
import type { ReferralSortField } from "./schemas";

/** An open referral (sent, accepted or in progress) gives the receiving organisation access to the record. */
export type ReferralRow = typeof referrals.$inferSelect;
export type ReferralEventRow = typeof referralEvents.$inferSelect;

export async function insertReferral(tx: Db, row: typeof referrals.$inferInsert) {
  const [created] = await tx.insert(referrals).values(row).returning();
  return created!;
}

const referralById = statement("hc_referral_by_id", (db) =>
  db
    .select()
    .from(referrals)
    .where(eq(referrals.id, sql.placeholder("id")))
    .limit(1),
);

export async function getReferral(tx: Db, id: string) {
  const [row] = await referralById(tx, { id });
  return row;
}

const moveUpdate = statement("hc_referral_move", (db) =>
  db
    .update(referrals)
    // the values go to the driver as they are (a Date, a boolean, a string): the update's own typing takes no
    // placeholder, so each one stands in an SQL fragment
    .set({
      status: sql`${sql.placeholder("status")}`,
      sentAt: sql`${sql.placeholder("sentAt")}`,
      respondedAt: sql`${sql.placeholder("respondedAt")}`,
      closedAt: sql`${sql.placeholder("closedAt")}`,
      reasonCode: sql`${sql.placeholder("reasonCode")}`,
      outcome: sql`${sql.placeholder("outcome")}`,
      consentId: sql`${sql.placeholder("consentId")}`,
      dueAt: sql`${sql.placeholder("dueAt")}`,
      overdue: sql`${sql.placeholder("overdue")}`,
      updatedAt: sql`${sql.placeholder("updatedAt")}`,
      version: sql`${referrals.version} + 1`,
    })
    .where(and(eq(referrals.id, sql.placeholder("id")), eq(referrals.version, sql.placeholder("version"))))
    .returning(),
);

/** What a move changes of a referral: the fold of its events, its consent, due date and overdue flag. */
export type ReferralMove = Pick<
  typeof referrals.$inferSelect,
  | "status"
  | "sentAt"
  | "respondedAt"
  | "closedAt"
  | "reasonCode"
  | "outcome"
  | "consentId"
  | "dueAt"
  | "overdue"
  | "updatedAt"
>;

/**
 * A move applied to the referral as read (its version), the optimistic lock on the projection: two concurrent
 * moves cannot both apply; undefined when someone else moved it first.
 */
export async function applyMove(tx: Db, id: string, version: number, move: ReferralMove) {
  const [row] = await moveUpdate(tx, { id, version, ...move });
  return row;
}

const insertOneEvent = statement("hc_referral_event_insert", (db) =>
  db
    .insert(referralEvents)
    .values({
      referralId: sql.placeholder("referralId"),
      type: sql.placeholder("type"),
      at: sql.placeholder("at"),
      actorUserId: sql.placeholder("actorUserId"),
      actorOrganisationId: sql.placeholder("actorOrganisationId"),
      note: sql.placeholder("note"),
      reasonCode: sql.placeholder("reasonCode"),
      outcome: sql.placeholder("outcome"),
    })
    .returning(),
);

export async function insertEvent(tx: Db, row: NewReferralEvent) {
  const [created] = await insertOneEvent(tx, {
    referralId: row.referralId,
    type: row.type,
    at: row.at ?? new Date(),
    actorUserId: row.actorUserId ?? null,
    actorOrganisationId: row.actorOrganisationId ?? null,
    note: row.note ?? null,
    reasonCode: row.reasonCode ?? null,
    outcome: row.outcome ?? null,
  });
  return created!;
}

/** A referral event as the moves write it: every column but the keys the database gives. */
export type NewReferralEvent = Omit<typeof referralEvents.$inferInsert, "id" | "seq">;

const eventsOfReferrals = statement("hc_referral_events", (db) =>
  db
    .select()
    .from(referralEvents)
    .where(sql`${referralEvents.referralId} = any(${sql.placeholder("ids")}::uuid[])`)
    .orderBy(asc(referralEvents.seq)),
);

export async function eventsOf(tx: Db, referralIds: string[]) {
  if (!referralIds.length) return [];
  return eventsOfReferrals(tx, { ids: referralIds });
}

// statuses sort in the order the domain lists them: drafts first, cancelled ones last
const statusRank = sql`(case ${referrals.status} ${sql.join(
  referralStatuses.map((s, i) => sql`when ${s} then ${sql.raw(String(i + 1))}`),
  sql` `,
)} else 0 end)`;

const referralOrderColumns: Record<ReferralSortField, AnyPgColumn | SQL> = {
  updated: referrals.updatedAt,
  sent: referrals.sentAt,
  due: referrals.dueAt,
  status: statusRank,
};

export const defaultReferralSort: Sort<ReferralSortField> = { field: "updated", direction: "desc" };

export interface ReferralFilter {
  incomingTo?: string;
  outgoingFrom?: string;
  involving?: string;
  caseId?: string;
  statuses?: ReferralStatus[];
  overdue?: boolean;
  sort?: Sort<ReferralSortField>;
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
    .orderBy(...orderOf(f.sort ?? defaultReferralSort, referralOrderColumns, referrals.id))
    .limit(f.limit)
    .offset(f.offset);
  const total = await pageTotal(
    items.length,
    f,
    async () => (await tx.select({ n: count() }).from(referrals).where(cond))[0]!.n,
  );
  return { items, total };
}

const ofCase = statement("hc_referrals_of_case", (db) =>
  db
    .select({ id: referrals.id, serviceId: referrals.serviceId, status: referrals.status })
    .from(referrals)
    .where(eq(referrals.caseId, sql.placeholder("caseId")))
    .orderBy(desc(referrals.updatedAt), desc(referrals.id)),
);

/** Each referral of a case with its service and status, newest first. */
export async function referralsOfCase(tx: Db, caseId: string) {
  return ofCase(tx, { caseId });
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

/**
 * Notifications of an organisation: events on referrals it sent that another organisation made, and events
 * on referrals sent to it (never their drafting), newest first; with how many came after `since`.
 */
export async function notificationEvents(
  tx: Db,
  f: { organisationId: string; since?: Date | undefined; limit: number },
) {
  const byOther = or(
    isNull(referralEvents.actorOrganisationId),
    ne(referralEvents.actorOrganisationId, f.organisationId),
  )!;
  const concerning = or(
    eq(referrals.fromOrganisationId, f.organisationId),
    and(eq(referrals.toOrganisationId, f.organisationId), ne(referrals.status, "draft")),
  )!;
  const cond = and(byOther, concerning, ne(referralEvents.type, "created"));
  const items = await tx
    .select({
      id: referralEvents.id,
      referralId: referralEvents.referralId,
      type: referralEvents.type,
      at: referralEvents.at,
      actorOrganisationName: organisations.name,
      status: referrals.status,
      serviceId: referrals.serviceId,
      personId: referrals.personId,
      fromOrganisationId: referrals.fromOrganisationId,
    })
    .from(referralEvents)
    .innerJoin(referrals, eq(referrals.id, referralEvents.referralId))
    .leftJoin(organisations, eq(organisations.id, referralEvents.actorOrganisationId))
    .where(cond)
    .orderBy(desc(referralEvents.at), desc(referralEvents.seq))
    .limit(f.limit);
  const [unseen] = await tx
    .select({ n: count() })
    .from(referralEvents)
    .innerJoin(referrals, eq(referrals.id, referralEvents.referralId))
    .where(f.since ? and(cond, gt(referralEvents.at, f.since)) : cond);
  return { items, unseen: unseen!.n };
}

/** Referrals a service is working on (accepted or in progress), per service. */
export async function activeByService(tx: Db, serviceIds: string[]): Promise<Map<string, number>> {
  if (!serviceIds.length) return new Map();
  const rows = await tx
    .select({ serviceId: referrals.serviceId, n: count() })
    .from(referrals)
    .where(
      and(inArray(referrals.serviceId, serviceIds), inArray(referrals.status, ["accepted", "in_progress"])),
    )
    .groupBy(referrals.serviceId);
  return new Map(rows.map((r) => [r.serviceId, r.n]));
}

/** Referrals given to their receiver under this consent and not ended (what its withdrawal suspends). */
export async function referralsUnderConsent(tx: Db, consentId: string) {
  return tx
    .select()
    .from(referrals)
    .where(
      and(eq(referrals.consentId, consentId), inArray(referrals.status, ["sent", "accepted", "in_progress"])),
    )
    .orderBy(asc(referrals.createdAt));
}

/** The referrals of some cases, as their returnee reads them: service, receiver, status and dates. */
export async function referralsOfCases(tx: Db, caseIds: string[]) {
  if (!caseIds.length) return [];
  return tx
    .select({
      id: referrals.id,
      caseId: referrals.caseId,
      serviceId: referrals.serviceId,
      toName: organisations.name,
      status: referrals.status,
      sentAt: referrals.sentAt,
      respondedAt: referrals.respondedAt,
      closedAt: referrals.closedAt,
      dueAt: referrals.dueAt,
      createdAt: referrals.createdAt,
    })
    .from(referrals)
    .innerJoin(organisations, eq(organisations.id, referrals.toOrganisationId))
    .where(inArray(referrals.caseId, caseIds))
    .orderBy(desc(referrals.createdAt), referrals.id);
}
