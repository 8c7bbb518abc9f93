import type {
  Dimension,
  EnrolmentStatus,
  Explanation,
  ProgrammeKind,
  ProgrammeTranslations,
  ServiceCategoryCode,
} from "@homecoming/domain";
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { cases } from "./cases";
import { createdAt, id, ts, updatedAt } from "./columns";
import { organisations, users } from "./organisations";
import { persons } from "./persons";

export const programmes = pgTable(
  "programmes",
  {
    id: id(),
    ownerOrganisationId: uuid("owner_organisation_id")
      .notNull()
      .references(() => organisations.id),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    kind: text("kind").$type<ProgrammeKind>().notNull(),
    category: text("category").$type<ServiceCategoryCode>().notNull(),
    dimension: text("dimension").$type<Dimension>().notNull(),
    areaCodes: text("area_codes").array().notNull().default(sql`'{}'::text[]`),
    capacity: integer("capacity"),
    opensOn: date("opens_on", { mode: "string" }),
    closesOn: date("closes_on", { mode: "string" }),
    eligibilityRule: jsonb("eligibility_rule").notNull().default(true),
    ruleVersion: integer("rule_version").notNull().default(1),
    /** Its name and description in other languages, for the portal. */
    translations: jsonb("translations").$type<ProgrammeTranslations>().notNull().default({}),
    active: boolean("active").notNull().default(true),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("programmes_owner_idx").on(t.ownerOrganisationId),
    index("programmes_category_idx").on(t.category),
    index("programmes_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
  ],
);

/**
 * Every version of every eligibility rule, programme's or service's: the rule a verdict was decided on can
 * always be read back. `impact` holds how many persons the rule makes eligible, once counted.
 */
export const eligibilityRuleVersions = pgTable(
  "eligibility_rule_versions",
  {
    id: id(),
    subjectType: text("subject_type").notNull(),
    subjectId: uuid("subject_id").notNull(),
    version: integer("version").notNull(),
    rule: jsonb("rule").notNull(),
    changedByUserId: uuid("changed_by_user_id").references(() => users.id),
    changedAt: createdAt(),
    impact: jsonb("impact").$type<{
      eligible: number;
      notEligible: number;
      unknown: number;
      countedAt: string;
    }>(),
  },
  (t) => [uniqueIndex("eligibility_rule_versions_subject_idx").on(t.subjectType, t.subjectId, t.version)],
);

export const enrolments = pgTable(
  "enrolments",
  {
    id: id(),
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programmes.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id),
    status: text("status").$type<EnrolmentStatus>().notNull(),
    ruleVersion: integer("rule_version").notNull(),
    /** The verdict and reasons at application, as the rule of that version gave them. */
    verdict: jsonb("verdict").$type<Explanation>().notNull(),
    coachingEnrolmentId: uuid("coaching_enrolment_id"),
    businessPlanId: uuid("business_plan_id"),
    note: text("note"),
    reason: text("reason"),
    appliedByUserId: uuid("applied_by_user_id").references(() => users.id),
    appliedByOrganisationId: uuid("applied_by_organisation_id")
      .notNull()
      .references(() => organisations.id),
    decidedAt: ts("decided_at"),
    startedAt: ts("started_at"),
    endedAt: ts("ended_at"),
    /** A loan's or grant's money given when it started, in `currency` (ISO 4217). */
    amountGiven: numeric("amount_given", { precision: 14, scale: 2, mode: "number" }),
    currency: text("currency"),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("enrolments_case_idx").on(t.caseId),
    index("enrolments_programme_status_idx").on(t.programmeId, t.status),
    uniqueIndex("enrolments_open_once_idx")
      .on(t.programmeId, t.caseId)
      .where(sql`${t.status} in ('applied', 'accepted', 'waitlisted', 'active')`),
    // the places held in every programme, counted for each case's eligibility
    index("enrolments_holding_place_idx").on(t.programmeId).where(sql`${t.status} in ('accepted', 'active')`),
    check("enrolments_amount_with_currency", sql`(${t.amountGiven} is null) = (${t.currency} is null)`),
  ],
);

export const businessPlans = pgTable(
  "business_plans",
  {
    id: id(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    activity: text("activity").notNull(),
    sectorIsic: text("sector_isic").notNull(),
    currency: text("currency").notNull(),
    capitalNeeded: numeric("capital_needed", { precision: 14, scale: 2, mode: "number" }).notNull(),
    ownContribution: numeric("own_contribution", { precision: 14, scale: 2, mode: "number" }).notNull(),
    expectedMonthlyIncome: numeric("expected_monthly_income", {
      precision: 14,
      scale: 2,
      mode: "number",
    }).notNull(),
    market: text("market").notNull(),
    risks: text("risks").notNull(),
    version: integer("version").notNull().default(1),
    createdByUserId: uuid("created_by_user_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("business_plans_case_idx").on(t.caseId)],
);
