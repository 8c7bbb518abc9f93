// The domain's value lists, each declared once, as plain data: the zod schemas of this package are built from
// them, and the web imports them through "@homecoming/domain/values" without pulling in zod or the rules engine.

import type { ServiceCategoryCode } from "@homecoming/reference/service-taxonomy";
import type { NeedsAnswers } from "./assessment-needs";

export { dimensions } from "@homecoming/reference/service-taxonomy";

// ---- errors --------------------------------------------------------------------------------------------

/** Codes the services throw (DomainError); the HTTP edge maps each to a status. */
export const domainErrorCodes = [
  "validation",
  "not_found",
  "forbidden",
  "unauthenticated",
  "conflict",
  "invalid_transition",
  "stale_version",
  "consent_required",
  "locked",
  "rate_limited",
] as const;
export type DomainErrorCode = (typeof domainErrorCodes)[number];

/** Every code an API error answer carries: the domain's, a request the server could not read, a failure. */
export const errorCodes = [...domainErrorCodes, "bad_request", "internal"] as const;

// ---- organisations and users ---------------------------------------------------------------------------

export const organisationKinds = [
  "ministry",
  "mrc",
  "ngo",
  "provider",
  "employer",
  "partner_abroad",
] as const;

export const roles = ["admin", "case_manager", "counsellor", "provider", "analyst", "employer"] as const;

// ---- person --------------------------------------------------------------------------------------------

export const sexes = ["female", "male", "other"] as const;
export const returnTypes = ["voluntary", "assisted", "forced", "crisis"] as const;
export const legalStatuses = ["regular", "irregular", "overstayed", "unknown"] as const;
export const disabilityKinds = [
  "physical",
  "visual",
  "hearing",
  "intellectual",
  "psychosocial",
  "other",
] as const;
export const debtLenders = [
  "family_friends",
  "informal_lender",
  "recruitment_agency",
  "bank",
  "mfi",
  "employer",
  "other",
] as const;
export const debtPurposes = ["migration_cost", "household", "health", "business", "other"] as const;
export const documentTypes = [
  "passport",
  "national_id",
  "birth_certificate",
  "work_permit",
  "skills_certificate",
  "bank_account",
  "other",
] as const;
export const documentStatuses = ["held", "missing", "expired", "confiscated"] as const;
export const housingStatuses = [
  "owned",
  "rented",
  "with_family",
  "temporary",
  "homeless",
  "shelter",
] as const;

export const consentPurposes = ["referral", "data_sharing", "contact", "research"] as const;

/** A request to share a record held by another organisation: waiting, shared or declined. */
export const recordRequestStatuses = ["open", "shared", "declined"] as const;

// ---- case ----------------------------------------------------------------------------------------------

/** Stages in the order the process runs them (DESIGN.md, "The process the system carries"). */
export const caseStages = [
  "pre_return",
  "registered",
  "assessed",
  "plan_active",
  "monitoring",
  "handed_over",
  "closed",
] as const;

export const riskLevels = ["low", "medium", "high"] as const;

export const caseClosureReasons = [
  "reintegrated",
  "handed_over",
  "moved_abroad_again",
  "lost_contact",
  "declined_support",
  "deceased",
  "other",
] as const;

// ---- assessments ---------------------------------------------------------------------------------------

export const assessmentKinds = ["needs", "vulnerability", "psychosocial", "sustainability_survey"] as const;

/**
 * When a sustainability survey was taken: the first of a case is its baseline, those recorded with the 3-, 6-
 * and 12-month follow-ups are theirs, any other (at an extra contact, a repayment check, a second one before
 * the plan) is "other".
 */
export const surveyOccasions = ["baseline", "month_3", "month_6", "month_12", "other"] as const;

export const employmentStatuses = [
  "employed",
  "self_employed",
  "unemployed_seeking",
  "unemployed_not_seeking",
] as const;

/**
 * The needs answers of a returnee with no need at all (employed, income enough, no debt, housed, accepted, no
 * distress): the needs form starts from them, and examples vary them.
 */
export const noNeeds: NeedsAnswers = {
  economic: {
    employmentStatus: "employed",
    incomeSufficient: true,
    hasDebt: false,
    debtPressure: 0,
    wantsTraining: false,
    wantsJob: false,
    wantsBusiness: false,
    skillsRecognitionNeeded: false,
  },
  social: {
    housingSecure: true,
    documentsMissing: false,
    healthNeed: 0,
    childrenOutOfSchool: false,
    legalIssue: false,
    socialProtectionNeeded: false,
    familyAcceptance: 0,
  },
  psychosocial: { distress: 0, isolation: 0, stigma: 0, wantsSupport: false },
};

export const needPriorities = ["none", "low", "medium", "high"] as const;

/**
 * The vulnerability screening's yes/no questions, in the order forms ask them. exploitationAbroad: unpaid
 * wages, a confiscated passport, confinement, deception about the job.
 */
export const vulnerabilityQuestions = [
  "forcedReturn",
  "victimOfTrafficking",
  "exploitationAbroad",
  "seriousHealthCondition",
  "disability",
  "unaccompaniedOrSingleParent",
  "noIncomeNoSupport",
  "debtBondage",
  "threatsOrViolence",
  "suicidalIdeation",
  "pregnant",
] as const;
export type VulnerabilityQuestion = (typeof vulnerabilityQuestions)[number];

/**
 * Kessler K6: "During the past 30 days, how often did you feel ...": nervous, hopeless, restless, so
 * depressed that nothing could cheer you up, that everything was an effort, worthless.
 */
export const k6Items = ["nervous", "hopeless", "restless", "depressed", "effort", "worthless"] as const;
export type K6Item = (typeof k6Items)[number];

export const distressLevels = ["low", "moderate", "severe"] as const;
export type DistressLevel = (typeof distressLevels)[number];

// ---- plan and follow-up --------------------------------------------------------------------------------

export const planActionStatuses = ["planned", "in_progress", "done", "cancelled"] as const;

/** The follow-ups every plan gets; a loan or grant adds repayment or grant-use checks (see programme.ts). */
export const planFollowUpKinds = ["month_3", "month_6", "month_12"] as const;
/** Follow-ups that are scheduled for a date, and so have a window in which they may be recorded. */
export const scheduledFollowUpKinds = [...planFollowUpKinds, "repayment", "grant_use"] as const;
/** A contact outside the schedule (an early call, a visit between follow-ups): recorded when it happens. */
export const extraContactKind = "contact" as const;
export const followUpKinds = [...scheduledFollowUpKinds, extraContactKind] as const;
export const followUpStatuses = ["scheduled", "due", "overdue", "done"] as const;
export const contactMethods = ["in_person", "phone", "home_visit", "video"] as const;

// ---- referrals -----------------------------------------------------------------------------------------

export const referralStatuses = [
  "draft",
  "sent",
  "accepted",
  "declined",
  "in_progress",
  "completed",
  "not_completed",
  "cancelled",
  "suspended",
] as const;

type ReferralStatus = (typeof referralStatuses)[number];
/** Statuses in which a referral still waits for a move; the others end it. */
export const openStatuses = [
  "draft",
  "sent",
  "accepted",
  "in_progress",
  "suspended",
] as const satisfies readonly ReferralStatus[];
export const terminalStatuses = [
  "declined",
  "completed",
  "not_completed",
  "cancelled",
] as const satisfies readonly ReferralStatus[];

/** Action names as they appear in POST /referrals/{id}/{action}. */
export const referralActions = [
  "send",
  "accept",
  "decline",
  "start",
  "complete",
  "not-complete",
  "cancel",
  "resume",
] as const;

export const referralReasonCodes = [
  "not_eligible",
  "no_capacity",
  "could_not_contact",
  "no_longer_interested",
  "referred_elsewhere",
  "other",
] as const;

export const urgencies = ["routine", "urgent"] as const;

export const referralEventTypes = [
  "created",
  "sent",
  "accepted",
  "declined",
  "started",
  "completed",
  "not_completed",
  "cancelled",
  "suspended",
  "resumed",
] as const;

/** Whether a referral reaches the caller's organisation or went out from it. */
export const referralDirections = ["incoming", "outgoing"] as const;

// ---- programmes, enrolments and eligibility ------------------------------------------------------------

/** What a programme gives: the schemes ministries, banks, NGOs and donors run. */
export const programmeKinds = [
  "loan",
  "grant",
  "training",
  "business_training",
  "mentoring",
  "recognition_of_prior_learning",
  "job_placement",
  "cash_for_work",
  "social_protection",
  "psychosocial_support",
  "legal_aid",
  "housing",
  "schooling",
  "documentation",
] as const;
type ProgrammeKind = (typeof programmeKinds)[number];

/** Money for self-employment: given only with a business plan and coaching ("credit plus coaching"). */
export const financeKinds = ["loan", "grant"] as const satisfies readonly ProgrammeKind[];
/** The coaching a loan or grant is linked to. */
export const coachingKinds = ["business_training", "mentoring"] as const satisfies readonly ProgrammeKind[];

export const enrolmentStatuses = [
  "applied",
  "accepted",
  "rejected",
  "waitlisted",
  "active",
  "completed",
  "dropped",
] as const;
type EnrolmentStatus = (typeof enrolmentStatuses)[number];

/** Statuses after which the case may apply to the programme again. */
export const closedEnrolmentStatuses = [
  "rejected",
  "completed",
  "dropped",
] as const satisfies readonly EnrolmentStatus[];

export const enrolmentActions = ["accept", "reject", "waitlist", "start", "complete", "drop"] as const;
type EnrolmentAction = (typeof enrolmentActions)[number];

/** The moves of an enrolment as data: the statuses each action may be taken from, and where it leads. */
export const enrolmentMoves = {
  accept: { from: ["applied", "waitlisted"], to: "accepted" },
  reject: { from: ["applied", "waitlisted"], to: "rejected" },
  waitlist: { from: ["applied"], to: "waitlisted" },
  start: { from: ["accepted"], to: "active" },
  complete: { from: ["active"], to: "completed" },
  drop: { from: ["applied", "waitlisted", "accepted", "active"], to: "dropped" },
} as const satisfies Record<EnrolmentAction, { from: readonly EnrolmentStatus[]; to: EnrolmentStatus }>;

export const verdicts = ["eligible", "not_eligible", "unknown"] as const;
/**
 * How a simple condition compares its fact with values, so that a screen can say it in the reader's language:
 * "is", "is_not", "below" (<), "at_most" (<=), "above" (>), "at_least" (>=), "between" (two values,
 * inclusive), "between_exclusive", "one_of" (a value among several), "includes" (a list fact holds a value).
 */
export const conditionPhraseOps = [
  "is",
  "is_not",
  "below",
  "at_most",
  "above",
  "at_least",
  "between",
  "between_exclusive",
  "one_of",
  "includes",
] as const;
export const conditionOutcomes = ["met", "failed", "unknown"] as const;

export const factTypes = ["number", "boolean", "enum", "list"] as const;

/** How far an offer is from the returnee: it serves their district, their province, or their whole country. */
export const distances = ["district", "province", "country"] as const;

// ---- imports of registrations --------------------------------------------------------------------------

/** A column of the import template: its name in the file and what it holds. */
export interface ImportColumn {
  name: string;
  required: boolean;
  description: string;
}

export const importColumns = [
  { name: "given_name", required: true, description: "Given name, in Latin letters" },
  { name: "family_name", required: false, description: "Family name, in Latin letters" },
  { name: "name_native", required: false, description: "Full name as written in the returnee's script" },
  {
    name: "birth_date",
    required: false,
    description: "Date of birth: YYYY-MM-DD or day first (31/03/1990); birth_date or birth_year is required",
  },
  { name: "birth_year", required: false, description: "Year of birth when the date is not known" },
  { name: "sex", required: true, description: "female, male or other (F and M are understood)" },
  { name: "phone", required: false, description: "Phone number, local or international" },
  { name: "national_id", required: false, description: "National ID number" },
  { name: "passport_number", required: false, description: "Passport number" },
  {
    name: "admin_area_code",
    required: true,
    description: "Home district or sub-district as an OCHA p-code, e.g. BD3026 (Dhaka)",
  },
  { name: "address", required: false, description: "Address at home" },
  { name: "languages", required: false, description: "ISO 639 language codes, separated by commas (bn, en)" },
  {
    name: "destination_country",
    required: false,
    description: "Country of the last stay abroad, ISO 3166 alpha-2 (SA, MY, AE)",
  },
  {
    name: "return_type",
    required: false,
    description:
      "How the return happened: voluntary, assisted, forced or crisis (required with a destination)",
  },
  { name: "departure_date", required: false, description: "Date of leaving for the last stay abroad" },
  { name: "return_date", required: false, description: "Date of coming back" },
  { name: "occupation_isco", required: false, description: "Occupation abroad, ISCO-08 code" },
] as const satisfies readonly ImportColumn[];

export type ImportColumnName = (typeof importColumns)[number]["name"];

/** The most rows one file may hold: each is checked against the registry while the upload waits. */
export const importRowLimit = 1000;

/**
 * A row's state in an import under review: invalid (it has problems), to_decide (a likely match waits for a
 * decision), decided, or ready (registered as new at commit); once the import is closed, what became of it.
 */
export const importRowStates = [
  "invalid",
  "to_decide",
  "decided",
  "ready",
  "registered",
  "existing",
  "skipped",
] as const;
export type ImportRowState = (typeof importRowStates)[number];

/** What a row of an import under review becomes at commit. */
export const importDecisions = ["register", "existing", "skip"] as const;

/** The file formats an import reads, and the content type each is uploaded and downloaded with. */
export const importContentTypes = {
  csv: "text/csv",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;
export type ImportFormat = keyof typeof importContentTypes;

// ---- feedback and grievances -----------------------------------------------------------------------------

/** Feedback says how a service was (with a rating); a grievance is a complaint that must be answered. */
export const feedbackKinds = ["feedback", "grievance"] as const;
/** What it is about: a service of the directory, an organisation, a member of an organisation's staff, or else. */
export const feedbackSubjects = ["service", "organisation", "staff", "other"] as const;
/** How it reached Homecoming: sent by the sender themself, or taken down by staff. */
export const feedbackChannels = ["online", "phone", "in_person", "letter", "hotline"] as const;
export const feedbackStatuses = ["received", "in_review", "answered", "closed"] as const;
export const feedbackActions = ["triage", "answer", "close", "reopen"] as const;
export type FeedbackStatus = (typeof feedbackStatuses)[number];
export type FeedbackAction = (typeof feedbackActions)[number];
/** The moves of a feedback or grievance; an answer may be given again (corrected, or after a reopening). */
export const feedbackMoves = {
  triage: { from: ["received", "in_review"], to: "in_review" },
  answer: { from: ["received", "in_review", "answered"], to: "answered" },
  close: { from: ["received", "in_review", "answered"], to: "closed" },
  reopen: { from: ["answered", "closed"], to: "in_review" },
} as const satisfies Record<FeedbackAction, { from: readonly FeedbackStatus[]; to: FeedbackStatus }>;
/** What a grievance is about once triaged. */
export const grievanceCategories = [
  "service_refused",
  "service_quality",
  "delay",
  "cost_or_fees",
  "discrimination",
  "staff_conduct",
  "fraud_or_corruption",
  "data_protection",
  "safety_or_abuse",
  "other",
] as const;
/**
 * Grievances the organisation concerned must not read: a complaint about its own people's conduct, fraud,
 * a breach of data or abuse is handled without it, so that the sender is safe from retaliation.
 */
export const sensitiveGrievanceCategories = [
  "staff_conduct",
  "fraud_or_corruption",
  "data_protection",
  "safety_or_abuse",
] as const satisfies readonly (typeof grievanceCategories)[number][];
export const feedbackPriorities = ["normal", "urgent"] as const;
/** The languages of the portal and the workspace (English, Bangla, Urdu, Arabic, Sorani Kurdish): what returnees write in and read, and what staff choose to work in. */
export const interfaceLanguages = ["en", "bn", "ur", "ar", "ckb"] as const;

// ---- the returnee portal's accounts ---------------------------------------------------------------------

/**
 * What a returnee says they need, in their words ("I need a job", "I owe money", ...): asked when they register
 * themself and the first question of the portal's service finder, which reads each as service categories.
 */
export const returneeNeeds = [
  "job",
  "debt",
  "schooling",
  "wellbeing",
  "documents",
  "housing",
  "business",
] as const;
/**
 * The questions of the portal's "am I eligible?", in the order they are asked; each answers some of the
 * returnee facts (self-check.ts).
 */
export const selfCheckQuestions = [
  "birthYear",
  "sex",
  "adminAreaCode",
  "destinationCountry",
  "yearsAbroad",
  "returnedOn",
  "returnType",
  "educationLevel",
  "householdSize",
  "childrenOfSchoolAge",
  "housingStatus",
  "documentsMissing",
  "debt",
  "informalDebt",
  "disability",
] as const;

/**
 * The service categories (DESIGN.md's taxonomy) that answer each need in a returnee's words: the portal's
 * service finder shows the services and programmes of these categories for a need.
 */
export const needServiceCategories = {
  job: [
    "econ.job_counselling",
    "econ.job_matching",
    "econ.skills_assessment",
    "econ.skills_recognition",
    "econ.vocational_training",
    "econ.cash_for_work",
  ],
  debt: ["econ.finance", "econ.investment_advice", "soc.legal_aid", "soc.social_protection"],
  schooling: ["soc.schooling"],
  wellbeing: [
    "soc.health",
    "psy.screening",
    "psy.counselling",
    "psy.mental_health",
    "psy.peer_support",
    "psy.family_support",
  ],
  documents: ["soc.documentation", "soc.legal_aid"],
  housing: ["soc.housing", "soc.social_protection"],
  business: [
    "econ.entrepreneurship_training",
    "econ.business_support",
    "econ.finance",
    "econ.investment_advice",
  ],
} as const satisfies Record<(typeof returneeNeeds)[number], readonly ServiceCategoryCode[]>;
/** The countries whose numbers a returnee may type the local way (their country chosen beside the number). */
export const portalPhoneCountries = ["BD", "PK", "IQ"] as const;
/**
 * The country a reader of a language most likely lives in, and its currency: what a phone number or an amount
 * is read in until they say otherwise (Bangladesh for English).
 */
export const homeOfLanguage = {
  en: { country: "BD", currency: "BDT" },
  bn: { country: "BD", currency: "BDT" },
  ur: { country: "PK", currency: "PKR" },
  ar: { country: "IQ", currency: "IQD" },
  ckb: { country: "IQ", currency: "IQD" },
} as const satisfies Record<
  (typeof interfaceLanguages)[number],
  { country: (typeof portalPhoneCountries)[number]; currency: string }
>;
/** When a returnee would rather be called back. */
export const callBackTimes = ["morning", "afternoon", "evening", "any"] as const;
/** Why a one-time code was sent: to prove a new account's phone, or to set a new password. */
export const oneTimeCodePurposes = ["verify_phone", "reset_password"] as const;
/**
 * The version of the consent a returnee reads when registering themself (the words are the portal's, in every
 * language): sent back with the profile, kept with the consent it records.
 */
export const selfRegistrationConsentVersion = "2026-12";
/** Where a text message stands: held in the outbox (no provider), queued for the provider, sent, failed. */
export const smsStatuses = ["held", "queued", "sent", "failed"] as const;
/** Why a text message was sent. */
export const smsPurposes = [
  "verify_phone",
  "reset_password",
  "already_registered",
  "event_cancelled",
] as const;

// ---- community -----------------------------------------------------------------------------------------

/** What happens at an event returnees may register for. */
export const communityEventKinds = [
  "information_session",
  "job_fair",
  "training_day",
  "community_meeting",
  "other",
] as const;
/** What a group of the directory is: returnees supporting each other, a forum on migration, an association. */
export const peerGroupKinds = [
  "peer_support",
  "migration_forum",
  "returnee_association",
  "women_group",
] as const;
/** What a question on the board is about: the needs of the service finder, going abroad again, rights, other. */
export const questionTopics = [...returneeNeeds, "going_abroad", "rights", "other"] as const;
/** A question waits for a moderator, is published (with its answers), refused with a reason, or taken down. */
export const questionStatuses = ["pending", "published", "rejected", "hidden"] as const;

// ---- indicators ----------------------------------------------------------------------------------------

/** Age groups of the indicators (years at the time of what is counted), as the ILO tables report them. */
export const ageGroups = ["under_15", "15_24", "25_34", "35_44", "45_54", "55_plus", "unknown"] as const;

/**
 * What the indicators count: one row each in the indicators' facts, refreshed from the live records. A fact
 * is about one returnee (their surviving record after merges) at one moment.
 */
export const indicatorFactKinds = [
  "registered",
  "case_opened",
  "case_handed_over",
  "case_closed",
  "vulnerability_screened",
  "psychosocial_screened",
  "referral_sent",
  "referral_accepted",
  "referral_declined",
  "referral_completed",
  "referral_not_completed",
  "referral_overdue",
  "follow_up_due",
  "survey_economic",
  "survey_social",
  "survey_psychosocial",
  "survey_composite",
  "survey_change",
  "survey_employed",
  "enrolment_started",
  "money_given",
  "feedback_received",
  "grievance_received",
  "feedback_rated",
  "grievance_due",
] as const;

/** The splits of every indicator: by the returnee (as their record was at the time), and by organisation. */
export const returneeDisaggregations = [
  "sex",
  "ageGroup",
  "country",
  "province",
  "district",
  "returnType",
  "destinationCountry",
  "destinationRegion",
  "isicBranch",
  "organisation",
] as const;

/** The splits by time, of the indicators that count what happened within a period. */
export const periodDisaggregations = ["month", "quarter", "year"] as const;

/** How an indicator can be split: by the returnee, by what the facts carry, and by time. */
export const indicatorDisaggregations = [
  ...returneeDisaggregations,
  "serviceCategory",
  "closureReason",
  "occasion",
  "programmeKind",
  "currency",
  "feedbackSubject",
  ...periodDisaggregations,
] as const;

/** A total (`sum`) adds up amounts of money, so it is only ever given currency by currency. */
export const indicatorUnits = ["count", "percentage", "mean", "median_days", "sum"] as const;
