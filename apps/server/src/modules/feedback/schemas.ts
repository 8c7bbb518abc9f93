import {
  FeedbackActionSchema,
  FeedbackChannel,
  FeedbackInput,
  FeedbackKind,
  FeedbackPriority,
  FeedbackStatusSchema,
  FeedbackSubject,
  feedbackActions,
  fields,
  GrievanceCategory,
  InterfaceLanguage,
  ReferenceText,
} from "@homecoming/domain";
import { z } from "zod";
import { Paging, sortParam } from "../../http/schemas";

export { FeedbackInput };

/** What the sender is told when it is received: the reference to keep, who handles it and by when. */
export const FeedbackReceipt = z
  .object({
    reference: z.string().meta({ description: "keep it: it is the only way to read the status and answer" }),
    kind: FeedbackKind,
    status: FeedbackStatusSchema,
    receivedAt: z.date(),
    dueOn: z.string().meta({ description: "the day an answer is due (YYYY-MM-DD)" }),
    handledBy: z
      .string()
      .nullable()
      .meta({ description: "the organisation that answers it; null: the administrators of Homecoming" }),
  })
  .meta({ id: "FeedbackReceipt" });

export const StatusBody = z.object({ reference: ReferenceText });

/**
 * What the holder of a reference reads: where it stands, the answer and when things happened; never the
 * message, the sender or staff's notes, so that a reference read over someone's shoulder gives away little.
 */
export const FeedbackStatusView = z
  .object({
    reference: z.string(),
    kind: FeedbackKind,
    subject: FeedbackSubject,
    about: z.string().nullable().meta({ description: "the service's or organisation's name" }),
    status: FeedbackStatusSchema,
    receivedAt: z.date(),
    dueOn: z.string(),
    handledBy: z.string().nullable(),
    answer: z.string().nullable(),
    answeredAt: z.date().nullable(),
    closedAt: z.date().nullable(),
    history: z.array(z.object({ status: FeedbackStatusSchema, at: z.date() })),
  })
  .meta({ id: "FeedbackStatusView" });

export const feedbackSortFields = ["received", "due", "status"] as const;
export type FeedbackSortField = (typeof feedbackSortFields)[number];

export const FeedbackQuery = Paging.extend({
  kind: FeedbackKind.optional(),
  status: FeedbackStatusSchema.optional(),
  overdue: z.stringbool({ error: "overdue must be true or false" }).optional(),
  role: z
    .enum(["handling", "concerned"], { error: "role must be handling or concerned" })
    .optional()
    .meta({ description: "handling: those the caller's organisation answers; concerned: those about it" }),
  reference: ReferenceText.optional(),
  sort: sortParam<FeedbackSortField>(feedbackSortFields, "-received").describe(
    "received, due or status; prefix - for descending",
  ),
});

const Side = z.enum(["admin", "handler", "concerned", "none"]).meta({
  description:
    "who the caller is to it: an administrator, of the handling organisation, of the one it is about, or " +
    "no longer anyone (after passing it on: message, sender and history are then left out)",
});

export const FeedbackSummary = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    kind: FeedbackKind,
    subject: FeedbackSubject,
    status: FeedbackStatusSchema,
    category: GrievanceCategory.nullable(),
    priority: FeedbackPriority,
    serviceId: z.uuid().nullable(),
    serviceName: z.string().nullable(),
    concernedOrganisationId: z.uuid().nullable(),
    concernedOrganisationName: z.string().nullable(),
    concernedReads: z.boolean(),
    handlingOrganisationId: z.uuid().nullable(),
    handlingOrganisationName: z.string().nullable(),
    channel: FeedbackChannel,
    language: InterfaceLanguage,
    anonymous: z.boolean(),
    rating: z.int32().nullable(),
    excerpt: z.string().meta({ description: "the message's first 160 characters" }),
    receivedAt: z.date(),
    dueOn: z.string(),
    overdue: z.boolean().meta({ description: "its due day has passed without an answer" }),
    answeredInTime: z
      .boolean()
      .nullable()
      .meta({ description: "whether the first answer came by the due day; null while it may still" }),
    version: z.int32(),
  })
  .meta({ id: "FeedbackSummary" });

export const FeedbackEventView = z.object({
  seq: z.number(),
  action: z.enum(["received", "note", ...feedbackActions]),
  at: z.date(),
  userName: z.string().nullable(),
  organisationName: z.string().nullable(),
  text: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export const FeedbackDetail = FeedbackSummary.extend({
  message: z.string(),
  staffName: z.string().nullable(),
  adminAreaCode: z.string().nullable(),
  areaName: z.string().nullable(),
  sender: z
    .object({ name: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() })
    .nullable()
    .meta({ description: "null when it was sent anonymously" }),
  recordedByName: z.string().nullable(),
  answer: z.string().nullable(),
  answeredAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  events: z.array(FeedbackEventView),
  side: Side,
  moves: z.array(FeedbackActionSchema).meta({ description: "the moves the caller may make now" }),
}).meta({ id: "FeedbackDetail" });

const version = fields.int("version", 1, 2_147_483_647);

export const TriageBody = z.object({
  version,
  category: GrievanceCategory.optional(),
  priority: FeedbackPriority.optional(),
  handlingOrganisationId: fields
    .uuid("handlingOrganisationId")
    .nullable()
    .optional()
    .meta({ description: "pass it to another organisation to handle (null: the administrators)" }),
  note: fields.text("note", { min: 0, max: 4000 }).optional(),
});
export const AnswerBody = z.object({ version, answer: fields.text("answer", { max: 4000 }) });
export const CloseBody = z.object({
  version,
  reason: fields.text("reason", { min: 0, max: 2000 }).optional(),
});
export const ReopenBody = z.object({ version, reason: fields.text("reason", { max: 2000 }) });
export const NoteBody = z.object({ text: fields.text("text", { max: 4000 }) });
