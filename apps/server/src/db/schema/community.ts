import type {
  CommunityEventKind,
  CommunityTranslations,
  InterfaceLanguage,
  PeerGroupKind,
  QuestionStatus,
  QuestionTopic,
} from "@homecoming/domain";
import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { portalAccounts } from "./accounts";
import { createdAt, id, ts, updatedAt } from "./columns";
import { organisations, users } from "./organisations";
import { persons } from "./persons";

/** An event an organisation holds for returnees in a district: an information session, a job fair... */
export const communityEvents = pgTable(
  "community_events",
  {
    id: id(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    kind: text("kind").$type<CommunityEventKind>().notNull(),
    title: text("title").notNull(),
    description: text("description").notNull(),
    translations: jsonb("translations").$type<CommunityTranslations>().notNull().default({}),
    adminAreaCode: text("admin_area_code").notNull(),
    venue: text("venue").notNull(),
    startsAt: ts("starts_at").notNull(),
    endsAt: ts("ends_at"),
    capacity: integer("capacity"),
    languages: text("languages").array().notNull().default(sql`'{}'::text[]`),
    phone: text("phone"),
    cancelledAt: ts("cancelled_at"),
    cancelReason: text("cancel_reason"),
    createdByUserId: uuid("created_by_user_id").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("community_events_starts_idx").on(t.startsAt),
    index("community_events_organisation_idx").on(t.organisationId, t.startsAt),
  ],
);

/** A returnee registered for an event with their portal account (and their record, once they have one). */
export const eventRegistrations = pgTable(
  "event_registrations",
  {
    id: id(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => communityEvents.id),
    accountId: uuid("account_id")
      .notNull()
      .references(() => portalAccounts.id),
    personId: uuid("person_id").references(() => persons.id),
    registeredAt: ts("registered_at").notNull(),
    cancelledAt: ts("cancelled_at"),
  },
  (t) => [
    // once a returnee and an event, however concurrent the second
    uniqueIndex("event_registrations_once_idx")
      .on(t.eventId, t.accountId)
      .where(sql`${t.cancelledAt} is null`),
    index("event_registrations_account_idx").on(t.accountId),
  ],
);

/** A peer support group, migration forum or returnee association, listed by an organisation. */
export const peerGroups = pgTable(
  "peer_groups",
  {
    id: id(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    kind: text("kind").$type<PeerGroupKind>().notNull(),
    name: text("name").notNull(),
    description: text("description").notNull(),
    translations: jsonb("translations").$type<CommunityTranslations>().notNull().default({}),
    /** the districts or provinces it serves; empty: the whole of its country */
    adminAreaCodes: text("admin_area_codes").array().notNull().default(sql`'{}'::text[]`),
    country: text("country").notNull(),
    languages: text("languages").array().notNull().default(sql`'{}'::text[]`),
    meets: text("meets"),
    phone: text("phone"),
    email: text("email"),
    website: text("website"),
    active: boolean("active").notNull().default(true),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("peer_groups_country_idx").on(t.country, t.active)],
);

/** A returnee's question to the board; nobody but its asker and the moderators reads it until published. */
export const communityQuestions = pgTable(
  "community_questions",
  {
    id: id(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => portalAccounts.id),
    personId: uuid("person_id").references(() => persons.id),
    topic: text("topic").$type<QuestionTopic>().notNull(),
    language: text("language").$type<InterfaceLanguage>().notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    status: text("status").$type<QuestionStatus>().notNull().default("pending"),
    moderatedByUserId: uuid("moderated_by_user_id").references(() => users.id),
    moderatedAt: ts("moderated_at"),
    /** why it was refused or taken down, which its asker reads */
    moderationReason: text("moderation_reason"),
    createdAt: createdAt(),
    publishedAt: ts("published_at"),
  },
  (t) => [
    index("community_questions_status_idx").on(t.status, t.createdAt),
    index("community_questions_account_idx").on(t.accountId),
    // a search by a few letters of the words, in any script
    index("community_questions_text_trgm_idx").using(
      "gin",
      sql`lower(${t.title} || ' ' || ${t.body}) gin_trgm_ops`,
    ),
  ],
);

/** An answer on the board: by MRC staff (the user and their organisation) or by a returnee a centre trusts. */
export const communityAnswers = pgTable(
  "community_answers",
  {
    id: id(),
    questionId: uuid("question_id")
      .notNull()
      .references(() => communityQuestions.id),
    body: text("body").notNull(),
    byUserId: uuid("by_user_id").references(() => users.id),
    byOrganisationId: uuid("by_organisation_id").references(() => organisations.id),
    byAccountId: uuid("by_account_id").references(() => portalAccounts.id),
    hiddenAt: ts("hidden_at"),
    hiddenByUserId: uuid("hidden_by_user_id").references(() => users.id),
    hiddenReason: text("hidden_reason"),
    createdAt: createdAt(),
  },
  (t) => [index("community_answers_question_idx").on(t.questionId, t.createdAt)],
);

/** A returnee a centre trusts to answer questions on the board (their account), until the centre revokes it. */
export const trustedReturnees = pgTable("trusted_returnees", {
  accountId: uuid("account_id")
    .primaryKey()
    .references(() => portalAccounts.id),
  organisationId: uuid("organisation_id")
    .notNull()
    .references(() => organisations.id),
  trustedByUserId: uuid("trusted_by_user_id").references(() => users.id),
  trustedAt: ts("trusted_at").notNull(),
});
