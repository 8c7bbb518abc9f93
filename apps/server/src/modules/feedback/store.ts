import type { FeedbackKind, FeedbackStatus } from "@homecoming/domain";
import { and, asc, count, eq, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type Db, queryRows } from "../../db/client";
import { pageTotal } from "../../db/paging";
import { feedback, feedbackEvents, organisations, services, users } from "../../db/schema";
import { updateVersioned } from "../../db/versioned";
import { orderOf, type Sort } from "../../http/schemas";
import type { FeedbackSortField } from "./schemas";

export type FeedbackRow = typeof feedback.$inferSelect;
export type FeedbackEventRow = typeof feedbackEvents.$inferSelect;

export async function insertFeedback(tx: Db, row: typeof feedback.$inferInsert) {
  const [created] = await tx.insert(feedback).values(row).returning();
  return created!;
}

export async function insertFeedbackEvent(tx: Db, row: typeof feedbackEvents.$inferInsert) {
  await tx.insert(feedbackEvents).values(row);
}

export async function updateFeedback(
  tx: Db,
  id: string,
  version: number,
  patch: Partial<typeof feedback.$inferInsert>,
) {
  return updateVersioned(tx, feedback, id, version, patch);
}

export async function getFeedback(tx: Db, id: string) {
  const [row] = await tx.select().from(feedback).where(eq(feedback.id, id)).limit(1);
  return row;
}

export async function feedbackByReference(tx: Db, reference: string) {
  const [row] = await tx.select().from(feedback).where(eq(feedback.reference, reference)).limit(1);
  return row;
}

export async function eventsOf(tx: Db, feedbackId: string) {
  return tx
    .select({ event: feedbackEvents, userName: users.name, organisationName: organisations.name })
    .from(feedbackEvents)
    .leftJoin(users, eq(users.id, feedbackEvents.userId))
    .leftJoin(organisations, eq(organisations.id, feedbackEvents.organisationId))
    .where(eq(feedbackEvents.feedbackId, feedbackId))
    .orderBy(asc(feedbackEvents.seq));
}

/**
 * The names a message shows, in one read: the service it is about, the organisation concerned, the one handling
 * it and whoever took it down.
 */
export async function namesOf(tx: Db, row: FeedbackRow) {
  const name = (table: typeof services | typeof organisations | typeof users, id: string | null) =>
    id ? sql`(select ${table.name} from ${table} where ${table.id} = ${id}::uuid)` : sql`null::text`;
  const [names] = await queryRows<Named & { recordedByName: string | null }>(
    tx,
    sql`select ${name(services, row.serviceId)} as "serviceName",
               ${name(organisations, row.concernedOrganisationId)} as "concernedName",
               ${name(organisations, row.handlingOrganisationId)} as "handlingName",
               ${name(users, row.recordedBy)} as "recordedByName"`,
  );
  return names!;
}

/** The names of what a list's message is about, who it concerns and who handles it. */
export type Named = { handlingName: string | null; concernedName: string | null; serviceName: string | null };

export interface FeedbackFilter {
  /** the caller's organisation; undefined for administrators, who see every message */
  organisationId: string | undefined;
  kind?: FeedbackKind | undefined;
  status?: FeedbackStatus | undefined;
  /** only those whose answer is due and missing (true), or not (false) */
  overdue?: boolean | undefined;
  /** handled by the caller's organisation, or about it */
  role?: "handling" | "concerned" | undefined;
  reference?: string | undefined;
  today: string;
  sort: Sort<FeedbackSortField>;
  limit: number;
  offset: number;
}

const handling = alias(organisations, "handling_organisation");
const concerned = alias(organisations, "concerned_organisation");

export async function listFeedback(tx: Db, f: FeedbackFilter) {
  const where: SQL[] = [];
  const org = f.organisationId;
  const handles = org ? sql`${feedback.handlingOrganisationId} = ${org}::uuid` : undefined;
  const concerns = org
    ? sql`(${feedback.concernedOrganisationId} = ${org}::uuid and ${feedback.concernedReads})`
    : sql`${feedback.concernedOrganisationId} is not null`;
  if (f.role === "handling") where.push(handles ?? sql`true`);
  else if (f.role === "concerned") where.push(concerns);
  else if (org) where.push(sql`(${handles} or ${concerns})`);
  if (f.kind) where.push(eq(feedback.kind, f.kind));
  if (f.status) where.push(eq(feedback.status, f.status));
  const late = sql`(${feedback.firstAnsweredAt} is null and ${feedback.status} <> 'closed' and ${feedback.dueOn} < ${f.today}::date)`;
  if (f.overdue !== undefined) where.push(f.overdue ? late : sql`not ${late}`);
  if (f.reference) where.push(eq(feedback.reference, f.reference));
  const cond = and(...where);
  const order = orderOf(
    f.sort,
    { received: feedback.receivedAt, due: feedback.dueOn, status: feedback.status },
    feedback.receivedAt,
    feedback.id,
  );
  const items = await tx
    .select({
      feedback,
      handlingName: handling.name,
      concernedName: concerned.name,
      serviceName: services.name,
    })
    .from(feedback)
    .leftJoin(handling, eq(handling.id, feedback.handlingOrganisationId))
    .leftJoin(concerned, eq(concerned.id, feedback.concernedOrganisationId))
    .leftJoin(services, eq(services.id, feedback.serviceId))
    .where(cond)
    .orderBy(...order)
    .limit(f.limit)
    .offset(f.offset);
  const total = await pageTotal(
    items.length,
    f,
    async () => (await tx.select({ n: count() }).from(feedback).where(cond))[0]!.n,
  );
  return { items, total };
}
