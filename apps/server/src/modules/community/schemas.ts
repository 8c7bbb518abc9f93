import {
  AnswerInput,
  CommunityEventInput,
  CommunityEventKind,
  CommunityEventPatch,
  CommunityTranslations,
  fields,
  InterfaceLanguage,
  ModerationReason,
  PeerGroupInput,
  PeerGroupKind,
  PeerGroupPatch,
  QuestionInput,
  QuestionStatus,
  QuestionTopic,
} from "@homecoming/domain";
import { z } from "zod";
import { listOf, Paging } from "../../http/schemas";

export {
  AnswerInput,
  CommunityEventInput,
  CommunityEventPatch,
  ModerationReason,
  PeerGroupInput,
  PeerGroupPatch,
  QuestionInput,
};

const eventShown = {
  id: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  kind: CommunityEventKind,
  title: z.string(),
  description: z.string(),
  adminAreaCode: z.string(),
  venue: z.string(),
  startsAt: z.date(),
  endsAt: z.date().nullable(),
  capacity: z.int32().nullable(),
  languages: z.array(z.string()),
  phone: z.string().nullable(),
  cancelledAt: z.date().nullable(),
  registered: z.int32().meta({ description: "how many are registered" }),
  placesLeft: z.int32().nullable().meta({ description: "null: no limit" }),
};

/** An event as its organisation reads it in the workspace. */
export const CommunityEvent = z
  .object({
    ...eventShown,
    translations: CommunityTranslations,
    cancelReason: z.string().nullable(),
    version: z.int32(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: "CommunityEvent" });

/** An event as anyone reads it on the portal, in their language where it has its words. */
export const PortalEvent = z.object({ ...eventShown, translated: z.boolean() }).meta({ id: "PortalEvent" });

export const CommunityEventList = listOf(CommunityEvent).meta({ id: "CommunityEventList" });
export const PortalEventItems = z.object({ items: z.array(PortalEvent) }).meta({ id: "PortalEventItems" });

export const EventRegistrationList = listOf(
  z.object({
    id: z.uuid(),
    personId: z.uuid().nullable(),
    name: z.string().nullable(),
    phone: z.string().nullable(),
    registeredAt: z.date(),
    cancelledAt: z.date().nullable(),
  }),
).meta({ id: "EventRegistrationList" });

export const CancelEventBody = z.object({ reason: fields.text("reason", { min: 3, max: 1000 }) });

export const EventRegistration = z
  .object({ id: z.uuid(), eventId: z.uuid(), registeredAt: z.date() })
  .meta({ id: "EventRegistration" });
export const EventUnregistration = z
  .object({ id: z.uuid(), eventId: z.uuid(), cancelledAt: z.date() })
  .meta({ id: "EventUnregistration" });

export const MyEvents = z
  .object({
    items: z.array(
      z.object({
        registrationId: z.uuid(),
        registeredAt: z.date(),
        cancelledAt: z.date().nullable(),
        event: PortalEvent,
      }),
    ),
  })
  .meta({ id: "MyEvents" });

const areaQuery = {
  area: fields
    .adminAreaCode("area")
    .or(z.enum(["BD", "PK", "IQ"], { error: "area must be a district's p-code or a country (BD, PK, IQ)" }))
    .optional()
    .meta({
      description:
        "the returnee's district (its p-code), or a whole country: BD, PK, IQ; none: every country",
    }),
  language: InterfaceLanguage.default("en"),
};
export const EventsQuery = z.object(areaQuery);
export const GroupsQuery = z.object(areaQuery);
export const LanguageOnly = z.object({ language: InterfaceLanguage.default("en") });

export const PeerGroup = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    kind: PeerGroupKind,
    name: z.string(),
    description: z.string(),
    translations: CommunityTranslations,
    adminAreaCodes: z.array(z.string()),
    country: z.string(),
    languages: z.array(z.string()),
    meets: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    website: z.string().nullable(),
    active: z.boolean(),
    version: z.int32(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: "PeerGroup" });
export const PeerGroupList = listOf(PeerGroup).meta({ id: "PeerGroupList" });

export const PortalGroup = PeerGroup.pick({
  id: true,
  kind: true,
  name: true,
  description: true,
  adminAreaCodes: true,
  languages: true,
  meets: true,
  phone: true,
  email: true,
  website: true,
  organisationName: true,
})
  .extend({ translated: z.boolean() })
  .meta({ id: "PortalGroup" });
export const PortalGroupItems = z.object({ items: z.array(PortalGroup) }).meta({ id: "PortalGroupItems" });

export const Answer = z
  .object({
    id: z.uuid(),
    body: z.string(),
    by: z.enum(["staff", "trusted_returnee"]),
    organisationName: z
      .string()
      .nullable()
      .meta({ description: "the staff's organisation, or the centre that trusts the returnee who answered" }),
    createdAt: z.date(),
  })
  .meta({ id: "CommunityAnswer" });

const questionShown = {
  id: z.uuid(),
  topic: QuestionTopic,
  language: InterfaceLanguage,
  title: z.string(),
  body: z.string(),
  publishedAt: z.date().nullable(),
};

export const PublicQuestion = z
  .object({ ...questionShown, answers: z.int32().meta({ description: "how many answers it has" }) })
  .meta({ id: "PublicQuestion" });
export const PublicQuestionList = listOf(PublicQuestion).meta({ id: "PublicQuestionList" });
export const PublicQuestionDetail = PublicQuestion.extend({ answerList: z.array(Answer) }).meta({
  id: "PublicQuestionDetail",
});

export const QuestionsQuery = Paging.extend({
  topic: QuestionTopic.optional(),
  language: InterfaceLanguage.optional(),
  q: fields.text("q", { max: 100 }).optional().meta({ description: "words the question has" }),
});

/** A question as its asker and the moderators read it. */
export const OwnQuestion = z
  .object({
    ...questionShown,
    status: QuestionStatus,
    moderationReason: z.string().nullable(),
    createdAt: z.date(),
    answerList: z.array(Answer),
  })
  .meta({ id: "OwnQuestion" });
export const MyQuestions = z
  .object({
    items: z.array(OwnQuestion),
    trustedBy: z
      .string()
      .nullable()
      .meta({ description: "the centre that trusts the returnee to answer, if one does" }),
  })
  .meta({ id: "MyQuestions" });

export const ModerationQuery = Paging.extend({ status: QuestionStatus.default("pending") });
export const ModerationQuestion = OwnQuestion.extend({
  answerList: z.array(Answer.extend({ hiddenAt: z.date().nullable(), hiddenReason: z.string().nullable() })),
}).meta({ id: "ModerationQuestion" });
export const ModerationList = listOf(ModerationQuestion).meta({ id: "ModerationList" });
export const HiddenAnswer = z
  .object({ id: z.uuid(), hiddenAt: z.date(), hiddenReason: z.string() })
  .meta({ id: "HiddenAnswer" });

export const Trust = z
  .object({ personId: z.uuid(), trustedAt: z.date(), organisationName: z.string() })
  .meta({ id: "Trust" });
export const TrustRevoked = z
  .object({ personId: z.uuid(), trusted: z.literal(false) })
  .meta({ id: "TrustRevoked" });
export const TrustedList = z
  .object({ items: z.array(z.object({ personId: z.uuid(), name: z.string(), trustedAt: z.date() })) })
  .meta({ id: "TrustedList" });
