import {
  type InterfaceLanguage,
  requirePhoneE164,
  type SmsPurpose,
  type SmsStatus,
} from "@homecoming/domain";
import type { FastifyBaseLogger } from "fastify";
import type { Db } from "../../db/client";
import { pageTotal } from "../../db/paging";
import type { Ctx } from "../../http/context";
import { audit } from "../audit/service";
import type { SmsGateway } from "./gateway";
import * as store from "./store";

export interface OutgoingSms {
  phone: string;
  purpose: SmsPurpose;
  language: InterfaceLanguage;
  body: string;
}

/**
 * Puts a message in the outbox inside the caller's transaction: held there when the gateway holds messages,
 * else queued for `deliverQueued`, which runs once the transaction committed (a message of work that rolled
 * back never leaves).
 */
export async function queueSms(tx: Db, message: OutgoingSms, gateway: SmsGateway, now: Date): Promise<void> {
  await store.insertMessage(tx, {
    ...message,
    status: gateway.holds ? "held" : "queued",
    gateway: gateway.name,
    createdAt: now,
  });
}

/** How many messages went to a number in the last `minutes`. */
export const messagesToPhoneSince = (tx: Db, phone: string, since: Date) =>
  store.sentToSince(tx, phone, since);

/**
 * Hands the queued messages to the provider, a few at a time, each marked sent or failed with the provider's
 * reason (a failed code is not tried again: its owner asks for a new one, which the portal offers). Answers
 * how many it handled.
 */
export async function deliverQueued(db: Db, gateway: SmsGateway, log?: FastifyBaseLogger): Promise<number> {
  if (gateway.holds) return 0;
  let handled = 0;
  for (;;) {
    const done = await db.transaction(async (tx) => {
      const batch = await store.claimQueued(tx as unknown as Db, 10);
      for (const message of batch) {
        try {
          await gateway.deliver({ to: message.phone, text: message.body });
          await store.markDelivered(tx as unknown as Db, message.id, {
            status: "sent",
            at: new Date(),
            error: null,
          });
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          log?.warn({ sms: message.id, reason }, "text message not delivered");
          await store.markDelivered(tx as unknown as Db, message.id, {
            status: "failed",
            at: new Date(),
            error: reason.slice(0, 300),
          });
        }
      }
      return batch.length;
    });
    handled += done;
    if (done === 0) return handled;
  }
}

/** The outbox, newest first (administrators): what was sent to whom and where it stands. */
export async function listSmsMessages(
  ctx: Ctx,
  query: { phone?: string | undefined; status?: SmsStatus | undefined; limit: number; offset: number },
) {
  const phone = query.phone ? requirePhoneE164(query.phone, ctx.actor.organisationCountry) : undefined;
  const { rows, count } = await store.listMessages(ctx.tx, { ...query, phone });
  const total = await pageTotal(rows.length, query, count);
  await audit(ctx, {
    action: "list",
    recordType: "sms_message",
    recordId: null,
    details: { shown: rows.map((r) => r.id), ...(phone ? { phone } : {}) },
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      phone: r.phone,
      purpose: r.purpose,
      language: r.language,
      body: r.body,
      status: r.status,
      gateway: r.gateway,
      createdAt: r.createdAt.toISOString(),
      sentAt: r.sentAt?.toISOString() ?? null,
      error: r.error,
    })),
    total,
  };
}
