import { isAdminAreaCode } from "@homecoming/reference";
import { z } from "zod";
import { addDaysIso, toIsoDate } from "./dates";
import { issueKey, type Refusal, refusal } from "./errors";
import { bool, int, oneOf, text, uuid } from "./fields";
import type { ErrorKey } from "./messages";
import { PhoneText } from "./phone";
import {
  type FeedbackAction,
  type FeedbackStatus,
  feedbackActions,
  feedbackChannels,
  feedbackKinds,
  feedbackMoves,
  feedbackPriorities,
  feedbackStatuses,
  feedbackSubjects,
  grievanceCategories,
  interfaceLanguages,
  sensitiveGrievanceCategories,
} from "./values";

// Feedback and grievances (DESIGN.md: "Feedback and grievances can come in at any time"): anyone may send
// one, named or not; each gets a reference the sender keeps to read its status and answer; staff triage and
// answer it. Who handles it is decided here, so that a grievance about an organisation never reaches that
// organisation alone.

export const FeedbackKind = oneOf("kind", feedbackKinds).meta({ id: "FeedbackKind" });
export type FeedbackKind = z.infer<typeof FeedbackKind>;
export const FeedbackSubject = oneOf("subject", feedbackSubjects).meta({ id: "FeedbackSubject" });
export type FeedbackSubject = z.infer<typeof FeedbackSubject>;
export const FeedbackChannel = oneOf("channel", feedbackChannels).meta({ id: "FeedbackChannel" });
export type FeedbackChannel = z.infer<typeof FeedbackChannel>;
export const FeedbackStatusSchema = z.enum(feedbackStatuses).meta({ id: "FeedbackStatus" });
export const FeedbackActionSchema = z.enum(feedbackActions).meta({ id: "FeedbackAction" });
export const GrievanceCategory = oneOf("category", grievanceCategories).meta({ id: "GrievanceCategory" });
export type GrievanceCategory = z.infer<typeof GrievanceCategory>;
export const FeedbackPriority = oneOf("priority", feedbackPriorities).meta({ id: "FeedbackPriority" });
export type FeedbackPriority = z.infer<typeof FeedbackPriority>;
export const InterfaceLanguage = oneOf("language", interfaceLanguages).meta({ id: "InterfaceLanguage" });
export type InterfaceLanguage = z.infer<typeof InterfaceLanguage>;

/** Days from receipt within which an answer is due: a grievance 14 (3 when urgent), feedback 30. */
export const answerDays = {
  grievance: { normal: 14, urgent: 3 },
  feedback: { normal: 30, urgent: 7 },
} as const;

/** The day an answer is due, from the day it was received. */
export function answerDueOn(receivedOn: string, kind: FeedbackKind, priority: FeedbackPriority): string {
  return addDaysIso(receivedOn, answerDays[kind][priority]);
}

/** Whether a first answer given on `answeredAt` came in time; one not yet given is late once its day passed. */
export function answeredInTime(dueOn: string, answeredAt: Date | null, today: Date): boolean | null {
  if (answeredAt) return toIsoDate(answeredAt) <= dueOn;
  return toIsoDate(today) > dueOn ? false : null;
}

const optionalText = (field: string, max: number) =>
  text(field, { min: 0, max })
    .optional()
    .transform((v) => (v ? v : undefined));

/** The keys of the form's own checks across its fields. */
type FeedbackIssueKey = Extract<
  ErrorKey,
  | "feedback.service_required"
  | "feedback.organisation_required"
  | "feedback.staff_name_only_for_staff"
  | "feedback.rating_only_for_feedback"
  | "feedback.anonymous"
  | "feedback.name_required"
>;

/**
 * What a sender sends: a message about something, in their language, with their name and a way to reach them,
 * or none of it. `channel` says how staff took it down for someone.
 */
export const FeedbackInput = z
  .object({
    kind: FeedbackKind,
    subject: FeedbackSubject,
    serviceId: uuid("serviceId").optional(),
    organisationId: uuid("organisationId").optional(),
    staffName: optionalText("staffName", 200).meta({
      description: "the member of staff it is about, as the sender names them",
    }),
    message: text("message", { min: 10, max: 4000 }),
    rating: int("rating", 1, 5)
      .optional()
      .meta({ description: "feedback only: how satisfied the sender is, 1 (not at all) to 5 (very)" }),
    language: InterfaceLanguage.default("en"),
    adminAreaCode: z
      .string({ error: "adminAreaCode must be an admin-area p-code" })
      .trim()
      .toUpperCase()
      .refine(isAdminAreaCode, {
        error: "adminAreaCode must be an admin-area p-code, such as BD3026",
        ...issueKey("validation.admin_area"),
      })
      .optional()
      .meta({ description: "where the sender lives: the district's MRC handles it" }),
    anonymous: bool("anonymous").default(false),
    name: optionalText("name", 200),
    phone: PhoneText.optional(),
    email: z.email("email must be an email address").max(200).optional(),
    channel: FeedbackChannel.default("online"),
  })
  .superRefine((f, ctx) => {
    const issue = (message: string, path: string, key: FeedbackIssueKey) =>
      ctx.addIssue({ code: "custom", message, path: [path], ...issueKey(key) });
    if (f.subject === "service" && !f.serviceId)
      issue("serviceId is required when the subject is a service", "serviceId", "feedback.service_required");
    if ((f.subject === "organisation" || f.subject === "staff") && !f.organisationId && !f.serviceId)
      issue(
        `organisationId is required when the subject is ${f.subject === "staff" ? "a member of staff" : "an organisation"}`,
        "organisationId",
        "feedback.organisation_required",
      );
    if (f.subject !== "staff" && f.staffName)
      issue(
        "staffName is given only when the subject is staff",
        "staffName",
        "feedback.staff_name_only_for_staff",
      );
    if (f.kind === "grievance" && f.rating !== undefined)
      issue(
        "rating is given with feedback, not with a grievance",
        "rating",
        "feedback.rating_only_for_feedback",
      );
    if (f.anonymous && (f.name || f.phone || f.email))
      issue(
        "an anonymous message carries no name, phone or email",
        f.name ? "name" : f.phone ? "phone" : "email",
        "feedback.anonymous",
      );
    if (!f.anonymous && !f.name)
      issue("name is required unless the message is anonymous", "name", "feedback.name_required");
  });
export type FeedbackInput = z.infer<typeof FeedbackInput>;

/**
 * Who handles a message and whether the organisation it is about may read it. Feedback on a service or an
 * organisation goes to that organisation; anything else to an MRC serving the sender's place (the first
 * of `candidates` that is not the organisation concerned), or to the administrators' desk when there is none.
 * A grievance is never handled by the organisation it is about; that organisation reads it (and may add its
 * account) unless it is about its staff or of a sensitive category.
 */
export function routeFeedback(args: {
  kind: FeedbackKind;
  subject: FeedbackSubject;
  concernedOrganisationId: string | null;
  category: GrievanceCategory | null;
  /** the MRCs serving the sender's place (or the organisation's country), nearest first */
  candidates: readonly string[];
}): { handlingOrganisationId: string | null; concernedReads: boolean } {
  const concerned = args.concernedOrganisationId;
  const independent = args.candidates.find((c) => c !== concerned) ?? null;
  if (args.kind === "feedback")
    return concerned && (args.subject === "service" || args.subject === "organisation")
      ? { handlingOrganisationId: concerned, concernedReads: true }
      : {
          handlingOrganisationId: independent,
          concernedReads: concerned !== null && args.subject !== "staff",
        };
  const sensitive =
    args.subject === "staff" ||
    (args.category !== null && (sensitiveGrievanceCategories as readonly string[]).includes(args.category));
  return { handlingOrganisationId: independent, concernedReads: concerned !== null && !sensitive };
}

/** Who a caller is to a message: an administrator, of the handling organisation, of the one concerned, or no one. */
export type FeedbackSide = "admin" | "handler" | "concerned" | "none";

export function feedbackSideOf(
  actor: { organisationId: string; admin: boolean },
  f: {
    handlingOrganisationId: string | null;
    concernedOrganisationId: string | null;
    concernedReads: boolean;
  },
): FeedbackSide {
  if (actor.admin) return "admin";
  if (f.handlingOrganisationId === actor.organisationId) return "handler";
  if (f.concernedReads && f.concernedOrganisationId === actor.organisationId) return "concerned";
  return "none";
}

/** The moves a side may make now: administrators and the handling organisation move it, no one else. */
export function feedbackMovesFor(side: FeedbackSide, status: FeedbackStatus): FeedbackAction[] {
  if (side !== "admin" && side !== "handler") return [];
  return feedbackActions.filter((a) => (feedbackMoves[a].from as readonly string[]).includes(status));
}

export type FeedbackDecision = { ok: true; to: FeedbackStatus } | ({ ok: false } & Refusal);

export function decideFeedbackMove(args: {
  side: FeedbackSide;
  status: FeedbackStatus;
  action: FeedbackAction;
  text?: string | undefined;
}): FeedbackDecision {
  const { action, status } = args;
  if (args.side !== "admin" && args.side !== "handler")
    return { ok: false, ...refusal("forbidden", "feedback.handler_only", { action }) };
  const move: { from: readonly FeedbackStatus[]; to: FeedbackStatus } = feedbackMoves[action];
  if (!move.from.includes(status))
    return { ok: false, ...refusal("invalid_transition", "feedback.cannot_move", { action, status }) };
  if (action === "answer" && !args.text?.trim())
    return { ok: false, ...refusal("reason_required", "feedback.answer_required", {}, "answer") };
  if (action === "reopen" && !args.text?.trim())
    return { ok: false, ...refusal("reason_required", "feedback.reason_required", {}, "reason") };
  return { ok: true, to: move.to };
}

// References: 12 characters of Crockford's base 32 (60 random bits), read back whatever the case, spaces or
// dashes, with I and L read as 1 and O as 0, so that a reference read out on the phone still finds its message.
const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const referenceLength = 12;

/** A reference from 12 or more random bytes (only the low 5 bits of the first 12 are used): XXXX-XXXX-XXXX. */
export function referenceFrom(bytes: Uint8Array): string {
  if (bytes.length < referenceLength) throw new Error(`a reference needs ${referenceLength} random bytes`);
  const chars = Array.from(bytes.subarray(0, referenceLength), (b) => alphabet[b & 31]!).join("");
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** The reference as stored, from what someone typed; null when it cannot be one. */
export function normaliseReference(typed: string): string | null {
  const chars = typed.toUpperCase().replace(/[\s-]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0");
  if (chars.length !== referenceLength || [...chars].some((c) => !alphabet.includes(c))) return null;
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

export const ReferenceText = z
  .string({ error: "reference is required: the reference given when the message was sent" })
  .max(40, "reference must be at most 40 characters")
  .transform((typed, ctx) => {
    const reference = normaliseReference(typed);
    if (reference) return reference;
    ctx.addIssue({
      code: "custom",
      message:
        "reference must be the 12 letters and digits given when the message was sent, such as 7K3M-9QXP-2D4F",
      ...issueKey("feedback.reference"),
    });
    return z.NEVER;
  });
