import type { SmsStatus } from "@homecoming/domain";
import { and, count, desc, eq, gte, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { smsMessages } from "../../db/schema";

export type SmsRow = typeof smsMessages.$inferSelect;

export async function insertMessage(tx: Db, row: typeof smsMessages.$inferInsert) {
  const [created] = await tx.insert(smsMessages).values(row).returning({ id: smsMessages.id });
  return created!.id;
}

/** How many messages went to a number since `since`. */
export async function sentToSince(tx: Db, phone: string, since: Date): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(smsMessages)
    .where(and(eq(smsMessages.phone, phone), gte(smsMessages.createdAt, since)));
  return row?.n ?? 0;
}

/** The oldest messages waiting for the provider, locked for this transaction (another worker skips them). */
export async function claimQueued(tx: Db, limit: number): Promise<SmsRow[]> {
  return tx
    .select()
    .from(smsMessages)
    .where(eq(smsMessages.status, "queued"))
    .orderBy(smsMessages.createdAt)
    .limit(limit)
    .for("update", { skipLocked: true });
}

export async function markDelivered(
  tx: Db,
  id: string,
  outcome: { status: Extract<SmsStatus, "sent" | "failed">; at: Date; error: string | null },
) {
  await tx
    .update(smsMessages)
    .set({
      status: outcome.status,
      sentAt: outcome.status === "sent" ? outcome.at : null,
      error: outcome.error,
    })
    .where(eq(smsMessages.id, id));
}

export async function listMessages(
  tx: Db,
  query: { phone?: string | undefined; status?: SmsStatus | undefined; limit: number; offset: number },
) {
  const conditions: SQL[] = [];
  if (query.phone) conditions.push(eq(smsMessages.phone, query.phone));
  if (query.status) conditions.push(eq(smsMessages.status, query.status));
  const where = conditions.length ? and(...conditions) : sql`true`;
  const rows = await tx
    .select()
    .from(smsMessages)
    .where(where)
    .orderBy(desc(smsMessages.createdAt), desc(smsMessages.id))
    .limit(query.limit)
    .offset(query.offset);
  const count_ = async () => (await tx.select({ n: count() }).from(smsMessages).where(where))[0]?.n ?? 0;
  return { rows, count: count_ };
}
