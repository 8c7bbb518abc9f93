import type {
  FeedbackAction,
  FeedbackChannel,
  FeedbackKind,
  FeedbackPriority,
  FeedbackStatus,
  FeedbackSubject,
  GrievanceCategory,
  InterfaceLanguage,
} from "@homecoming/domain";
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { id, ts } from "./columns";
import { services } from "./directory";
import { organisations, users } from "./organisations";

/**
 * Feedback and grievances, from anyone (named or not) or taken down by staff. `reference` is what the sender
 * keeps to read the status and answer; the organisation concerned reads it only when `concerned_reads`.
 */
export const feedback = pgTable(
  "feedback",
  {
    id: id(),
    reference: text("reference").notNull(),
    kind: text("kind").$type<FeedbackKind>().notNull(),
    subject: text("subject").$type<FeedbackSubject>().notNull(),
    serviceId: uuid("service_id").references(() => services.id),
    /** the organisation it is about (a service's own, when about a service) */
    concernedOrganisationId: uuid("concerned_organisation_id").references(() => organisations.id),
    concernedReads: boolean("concerned_reads").notNull(),
    /** who answers it; null: the administrators */
    handlingOrganisationId: uuid("handling_organisation_id").references(() => organisations.id),
    staffName: text("staff_name"),
    message: text("message").notNull(),
    rating: smallint("rating"),
    language: text("language").$type<InterfaceLanguage>().notNull(),
    adminAreaCode: text("admin_area_code"),
    anonymous: boolean("anonymous").notNull(),
    senderName: text("sender_name"),
    senderPhone: text("sender_phone"),
    senderEmail: text("sender_email"),
    channel: text("channel").$type<FeedbackChannel>().notNull(),
    recordedBy: uuid("recorded_by").references(() => users.id),
    status: text("status").$type<FeedbackStatus>().notNull().default("received"),
    category: text("category").$type<GrievanceCategory>(),
    priority: text("priority").$type<FeedbackPriority>().notNull().default("normal"),
    receivedAt: ts("received_at").notNull().defaultNow(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    /** the first answer's time: whether it came in time is read from it */
    firstAnsweredAt: ts("first_answered_at"),
    /** the words the sender reads, the latest answer */
    answer: text("answer"),
    answeredAt: ts("answered_at"),
    closedAt: ts("closed_at"),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("feedback_reference_key").on(t.reference),
    index("feedback_handling_idx").on(t.handlingOrganisationId, t.receivedAt),
    index("feedback_concerned_idx").on(t.concernedOrganisationId, t.receivedAt),
    index("feedback_received_idx").on(t.receivedAt),
    check("feedback_rating_range", sql`${t.rating} between 1 and 5`),
    check(
      "feedback_anonymous_nameless",
      sql`not ${t.anonymous} or (${t.senderName} is null and ${t.senderPhone} is null and ${t.senderEmail} is null)`,
    ),
  ],
);

/** What happened to a message, in order: received, triaged, noted, answered, closed, reopened. */
export const feedbackEvents = pgTable(
  "feedback_events",
  {
    seq: bigserial("seq", { mode: "number" }).primaryKey(),
    feedbackId: uuid("feedback_id")
      .notNull()
      .references(() => feedback.id),
    action: text("action").$type<FeedbackAction | "received" | "note">().notNull(),
    userId: uuid("user_id").references(() => users.id),
    organisationId: uuid("organisation_id").references(() => organisations.id),
    /** an internal note, an answer's words or a reason: staff read it; the sender reads only answers */
    text: text("text"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    at: ts("at").notNull().defaultNow(),
  },
  (t) => [index("feedback_events_feedback_idx").on(t.feedbackId, t.seq)],
);
