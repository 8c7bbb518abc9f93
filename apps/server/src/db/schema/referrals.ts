import type { ReferralEventType, ReferralReasonCode, ReferralStatus, Urgency } from "@homecoming/domain";
import { sql } from "drizzle-orm";
import { bigserial, boolean, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { cases } from "./cases";
import { createdAt, id, ts, updatedAt } from "./columns";
import { services } from "./directory";
import { organisations, users } from "./organisations";
import { consents, persons } from "./persons";

export const referrals = pgTable(
  "referrals",
  {
    id: id(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id),
    fromOrganisationId: uuid("from_organisation_id")
      .notNull()
      .references(() => organisations.id),
    fromUserId: uuid("from_user_id").references(() => users.id),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id),
    toOrganisationId: uuid("to_organisation_id")
      .notNull()
      .references(() => organisations.id),
    reason: text("reason").notNull(),
    urgency: text("urgency").$type<Urgency>().notNull(),
    consentId: uuid("consent_id").references(() => consents.id),
    status: text("status").$type<ReferralStatus>().notNull(),
    dueAt: ts("due_at"),
    overdue: boolean("overdue").notNull().default(false),
    reasonCode: text("reason_code").$type<ReferralReasonCode>(),
    outcome: text("outcome"),
    sentAt: ts("sent_at"),
    respondedAt: ts("responded_at"),
    closedAt: ts("closed_at"),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("referrals_case_idx").on(t.caseId),
    index("referrals_person_idx").on(t.personId),
    index("referrals_to_status_idx").on(t.toOrganisationId, t.status, t.updatedAt),
    index("referrals_from_status_idx").on(t.fromOrganisationId, t.status, t.updatedAt),
    // a service's referrals by status: how many it is working on, against its capacity
    index("referrals_service_status_idx").on(t.serviceId, t.status),
    index("referrals_due_idx")
      .on(t.dueAt)
      .where(sql`${t.status} in ('sent', 'accepted') and ${t.overdue} = false`),
  ],
);

export const referralEvents = pgTable(
  "referral_events",
  {
    id: id(),
    seq: bigserial("seq", { mode: "number" }).notNull(),
    referralId: uuid("referral_id")
      .notNull()
      .references(() => referrals.id),
    type: text("type").$type<ReferralEventType>().notNull(),
    at: ts("at").notNull().defaultNow(),
    actorUserId: uuid("actor_user_id").references(() => users.id),
    actorOrganisationId: uuid("actor_organisation_id").references(() => organisations.id),
    note: text("note"),
    reasonCode: text("reason_code").$type<ReferralReasonCode>(),
    outcome: text("outcome"),
  },
  (t) => [index("referral_events_referral_idx").on(t.referralId, t.seq)],
);
