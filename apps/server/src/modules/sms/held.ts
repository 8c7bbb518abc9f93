import { oneTimeCodePurposes } from "@homecoming/domain";
import { desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { smsMessages } from "../../db/schema";

/** The tables whose rows about a returnee `heldMessages` gives them (what "my data" covers, checked by a test). */
export const smsTables = [smsMessages];

const carriesCode: readonly string[] = oneTimeCodePurposes;

/**
 * The text messages sent to the returnee's number, for their own copy. A message that carried a one-time code
 * is given without its words: a copy read by someone holding the session must not hand them a code that
 * would set a new password.
 */
export async function heldMessages(tx: Db, phone: string) {
  const rows = await tx
    .select()
    .from(smsMessages)
    .where(eq(smsMessages.phone, phone))
    .orderBy(desc(smsMessages.createdAt), desc(smsMessages.id));
  return rows.map((m) => ({
    id: m.id,
    purpose: m.purpose,
    language: m.language,
    text: carriesCode.includes(m.purpose) ? null : m.body,
    status: m.status,
    createdAt: m.createdAt,
    sentAt: m.sentAt,
  }));
}
