import type {
  AssessmentKind,
  CallBackTime,
  CaseClosureReason,
  CaseStage,
  ContactMethod,
  Dimension,
  FollowUpKind,
  FollowUpStatus,
  PlanActionStatus,
  ReferralStatus,
  RiskLevel,
  ServiceCategoryCode,
  SurveyOccasion,
} from "@homecoming/domain";
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, ts, updatedAt } from "./columns";
import { organisations, users } from "./organisations";
import { persons } from "./persons";
import { surveyVersions } from "./surveys";

export const cases = pgTable(
  "cases",
  {
    id: id(),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id),
    leadOrganisationId: uuid("lead_organisation_id")
      .notNull()
      .references(() => organisations.id),
    caseManagerUserId: uuid("case_manager_user_id").references(() => users.id),
    stage: text("stage").$type<CaseStage>().notNull(),
    riskLevel: text("risk_level").$type<RiskLevel>(),
    /** The risk level as readers outside the lead organisation see it: worked out without restricted answers. */
    sharedRiskLevel: text("shared_risk_level").$type<RiskLevel>(),
    openedAt: ts("opened_at").notNull().defaultNow(),
    planActivatedAt: ts("plan_activated_at"),
    handedOverTo: text("handed_over_to"),
    handedOverAt: ts("handed_over_at"),
    closedAt: ts("closed_at"),
    closureReason: text("closure_reason").$type<CaseClosureReason>(),
    closureNote: text("closure_note"),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("cases_person_idx").on(t.personId),
    index("cases_manager_stage_idx").on(t.caseManagerUserId, t.stage, t.updatedAt),
    // a caseload without a stage filter, newest first, read straight from the index
    index("cases_manager_updated_idx").on(
      t.caseManagerUserId,
      t.updatedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("cases_lead_stage_idx").on(t.leadOrganisationId, t.stage, t.updatedAt),
    // the access check hashes the persons an organisation leads: read from the index alone
    index("cases_lead_person_idx").on(t.leadOrganisationId, t.personId),
    // one open case per returnee and organisation: a second one, however concurrent, is refused here
    uniqueIndex("cases_one_open_idx").on(t.personId, t.leadOrganisationId).where(sql`${t.stage} <> 'closed'`),
  ],
);

export const caseEvents = pgTable(
  "case_events",
  {
    id: id(),
    // events of one request share a timestamp; the sequence keeps their order
    seq: bigserial("seq", { mode: "number" }).notNull(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    type: text("type").notNull(),
    at: ts("at").notNull().defaultNow(),
    actorUserId: uuid("actor_user_id").references(() => users.id),
    actorOrganisationId: uuid("actor_organisation_id").references(() => organisations.id),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("case_events_case_idx").on(t.caseId, t.seq)],
);

export const assessments = pgTable(
  "assessments",
  {
    id: id(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    kind: text("kind").$type<AssessmentKind>().notNull(),
    answers: jsonb("answers").$type<Record<string, unknown>>().notNull(),
    scores: jsonb("scores").$type<Record<string, unknown>>().notNull(),
    assessedByUserId: uuid("assessed_by_user_id").references(() => users.id),
    assessedByOrganisationId: uuid("assessed_by_organisation_id").references(() => organisations.id),
    /** A sustainability survey: the version it was taken and scored on, and when in the case it was taken. */
    surveyVersion: integer("survey_version").references(() => surveyVersions.version),
    occasion: text("occasion").$type<SurveyOccasion>(),
    createdAt: createdAt(),
  },
  (t) => [
    index("assessments_case_idx").on(t.caseId, t.kind, t.createdAt),
    // one baseline survey per case, however concurrent the second
    uniqueIndex("assessments_one_baseline_idx").on(t.caseId).where(sql`${t.occasion} = 'baseline'`),
  ],
);

export const planGoals = pgTable(
  "plan_goals",
  {
    id: id(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    dimension: text("dimension").$type<Dimension>().notNull(),
    title: text("title").notNull(),
    description: text("description"),
    position: integer("position").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("plan_goals_case_idx").on(t.caseId)],
);

export const planActions = pgTable(
  "plan_actions",
  {
    id: id(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    goalId: uuid("goal_id").references(() => planGoals.id, { onDelete: "cascade" }),
    dimension: text("dimension").$type<Dimension>().notNull(),
    title: text("title").notNull(),
    ownerUserId: uuid("owner_user_id").references(() => users.id),
    ownerOrganisationId: uuid("owner_organisation_id").references(() => organisations.id),
    dueDate: date("due_date", { mode: "string" }),
    status: text("status").notNull().default("planned").$type<PlanActionStatus>(),
    serviceCategory: text("service_category").$type<ServiceCategoryCode>(),
    /** The referral this action follows (see actionStatusForReferral), and that referral's last status. */
    referralId: uuid("referral_id"),
    referralStatus: text("referral_status").$type<ReferralStatus>(),
    position: integer("position").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("plan_actions_case_idx").on(t.caseId)],
);

export const followUps = pgTable(
  "follow_ups",
  {
    id: id(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    kind: text("kind").$type<FollowUpKind>().notNull(),
    dueDate: date("due_date", { mode: "string" }).notNull(),
    status: text("status").notNull().default("scheduled").$type<FollowUpStatus>(),
    doneAt: ts("done_at"),
    doneByUserId: uuid("done_by_user_id").references(() => users.id),
    contactMethod: text("contact_method").$type<ContactMethod>(),
    reached: boolean("reached"),
    note: text("note"),
    assessmentId: uuid("assessment_id").references(() => assessments.id),
    /** For repayment and grant-use checks: the loan or grant enrolment they follow. */
    enrolmentId: uuid("enrolment_id"),
    createdAt: createdAt(),
  },
  (t) => [
    index("follow_ups_case_idx").on(t.caseId),
    index("follow_ups_status_due_idx").on(t.status, t.dueDate),
  ],
);

/**
 * A returnee asks, on the portal, to be called back: by the lead organisation of their open case (else the
 * organisation that holds their record), at the time of day they prefer. One open request a returnee; a case
 * worker marks it done once they called.
 */
export const callBacks = pgTable(
  "call_backs",
  {
    id: id(),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id),
    caseId: uuid("case_id").references(() => cases.id),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    preferredTime: text("preferred_time").$type<CallBackTime>().notNull(),
    note: text("note"),
    requestedAt: ts("requested_at").notNull(),
    doneAt: ts("done_at"),
    doneByUserId: uuid("done_by_user_id").references(() => users.id),
  },
  (t) => [
    uniqueIndex("call_backs_one_open_idx").on(t.personId).where(sql`${t.doneAt} is null`),
    index("call_backs_organisation_idx").on(t.organisationId, t.doneAt, t.requestedAt),
  ],
);
