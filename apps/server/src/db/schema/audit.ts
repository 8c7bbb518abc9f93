import { bigserial, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
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
  },
  (t) => [
    index("audit_record_idx").on(t.recordId, t.seq),
    index("audit_person_idx").on(t.personId, t.seq),
    index("audit_persons_shown_idx").using("gin", t.personIds),
    index("audit_actor_idx").on(t.actorUserId, t.seq),
  ],
);
