import { sql } from "drizzle-orm";
import { bigint, bigserial, index, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { ts } from "./columns";

// Append-only: a trigger in the migrations refuses UPDATE and DELETE.
export const auditEvents = pgTable(
  "audit_events",
  {
    seq: bigserial("seq", { mode: "number" }).primaryKey(),
    at: ts("at").notNull().defaultNow(),
    actorUserId: uuid("actor_user_id"),
    actorOrganisationId: uuid("actor_organisation_id"),
    action: text("action").notNull(),
    recordType: text("record_type").notNull(),
    recordId: uuid("record_id"),
    personId: uuid("person_id"),
    /** The persons a list, search or notification showed (a person-level read of many). */
    personIds: uuid("person_ids").array().notNull().default([]),
    reason: text("reason"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    ip: text("ip"),
    /**
     * The hash chain (src/modules/audit/chain.ts), written once when the event is sealed: its position, the
     * hash of the event before it, and the hash of this event's content with that one.
     */
    chainPos: bigint("chain_pos", { mode: "number" }),
    prevHash: text("prev_hash"),
    hash: text("hash"),
  },
  (t) => [
    index("audit_record_idx").on(t.recordId, t.seq),
    index("audit_person_idx").on(t.personId, t.seq),
    index("audit_persons_shown_idx").using("gin", t.personIds),
    uniqueIndex("audit_chain_pos_idx").on(t.chainPos),
    index("audit_unsealed_idx").on(t.seq).where(sql`${t.hash} is null`),
    index("audit_actor_idx").on(t.actorUserId, t.seq),
  ],
);

/**
 * The chain's head as it was at moments past (position and hash), written by the sealer: a history rewritten
 * or cut short after a checkpoint no longer matches it. Append-only like the audit; a deployment gives it to
 * another owner (docs/operations.md) and may keep the same lines in a file too (AUDIT_CHECKPOINT_FILE).
 */
export const auditCheckpoints = pgTable("audit_checkpoints", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  chainPos: bigint("chain_pos", { mode: "number" }).notNull(),
  hash: text("hash").notNull(),
  at: ts("at").notNull().defaultNow(),
});
