import {
  CallBackTime,
  CaseStage,
  ConsentPurpose,
  Dimension,
  FollowUpKind,
  FollowUpStatus,
  fields,
  InterfaceLanguage,
  PlanActionStatus,
  ReferralStatus,
  ReturneeNeed,
  Role,
  SmsPurpose,
  SmsStatus,
} from "@homecoming/domain";
import { z } from "zod";
import { Assessment, CallBack, Case, CaseEvent, FollowUp, PlanAction } from "../cases/schemas";
import { OwnQuestion } from "../community/schemas";
import { Consent, Person } from "../persons/schemas";
import { BusinessPlan, Enrolment } from "../programmes/schemas";
import { Referral, ReferralEventView } from "../referrals/schemas";

export const CodeSent = z
  .object({
    sentTo: z.string().meta({ description: "the number the code went to, masked: +880 ••• •• 5678" }),
    minutes: z.int().meta({ description: "how long the code works" }),
  })
  .meta({
    id: "CodeSent",
    description:
      "The same answer whether or not the number has an account (a registered number is told by text that someone tried)",
  });

export const OwnRecord = z
  .object({
    id: z.uuid(),
    name: z.string(),
    nameNative: z.string().nullable(),
    birthYear: z.int32().nullable(),
    adminAreaCode: z.string(),
    centre: z.object({ id: z.uuid(), name: z.string() }).nullable().meta({
      description: "the centre (MRC) that holds the record",
    }),
    selfRegisteredAt: z.date().nullable(),
    confirmedAt: z.date().nullable().meta({ description: "when the centre confirmed the registration" }),
    statedNeeds: z.array(ReturneeNeed),
  })
  .meta({ id: "OwnRecord" });

export const PortalMe = z
  .object({
    account: z.object({ phone: z.string(), language: InterfaceLanguage }),
    record: OwnRecord.nullable().meta({
      description: "null until the returnee gave their consent and profile",
    }),
  })
  .meta({ id: "PortalMe" });

export const PortalLanguage = z.object({ language: InterfaceLanguage });

export const OpenCallBack = z
  .object({
    id: z.uuid(),
    organisationName: z.string().meta({ description: "who will call" }),
    preferredTime: CallBackTime,
    requestedAt: z.date(),
  })
  .meta({ id: "OpenCallBack" });

export const MyCase = z
  .object({
    cases: z.array(
      z.object({
        id: z.uuid(),
        organisationName: z.string(),
        caseManagerName: z.string().nullable(),
        stage: CaseStage,
        openedAt: z.date(),
        closedAt: z.date().nullable(),
        referrals: z.array(
          z.object({
            id: z.uuid(),
            service: z
              .string()
              .meta({ description: "the service's name in the language asked, where it has one" }),
            translated: z.boolean(),
            organisationName: z.string(),
            status: ReferralStatus,
            sentAt: z.date().nullable(),
            dueAt: z.date().nullable(),
            updatedAt: z.date(),
          }),
        ),
        actions: z.array(
          z.object({
            id: z.uuid(),
            title: z.string(),
            dimension: Dimension,
            organisationName: z.string().nullable(),
            dueDate: z.string().nullable(),
            status: PlanActionStatus,
          }),
        ),
        followUps: z.array(
          z.object({
            id: z.uuid(),
            kind: FollowUpKind,
            dueDate: z.string(),
            status: FollowUpStatus,
            doneAt: z.date().nullable(),
          }),
        ),
      }),
    ),
    callBack: OpenCallBack.nullable(),
  })
  .meta({ id: "MyCase" });

export const LanguageParam = z.object({ language: InterfaceLanguage.optional() });

const organisationId = z.uuid().nullable().meta({ description: "an organisation named in organisations" });

/** A consent as its returnee reads it. */
const HeldConsent = Consent.omit({ personId: true, recordedByUserId: true }).extend({
  givenOnPortal: z.boolean().meta({ description: "given by the returnee on the portal" }),
  withdrawnOnPortal: z.boolean().meta({ description: "withdrawn by the returnee on the portal" }),
});
const NamedOrganisations = z.array(z.object({ id: z.uuid(), name: z.string() }));

/** Everything held about the returnee (GET /portal/me/data): what they read, and download as JSON or PDF. */
export const MyData = z
  .object({
    generatedAt: z.date(),
    language: InterfaceLanguage.meta({ description: "the language services' and programmes' names are in" }),
    account: z.object({
      phone: z.string(),
      language: InterfaceLanguage,
      createdAt: z.date(),
      verifiedAt: z.date().nullable(),
      lastSignInAt: z.date().nullable(),
      sessions: z.array(
        z.object({
          createdAt: z.date(),
          lastSeenAt: z.date(),
          expiresAt: z.date(),
          ip: z.string().nullable(),
          userAgent: z.string().nullable(),
        }),
      ),
    }),
    record: Person.omit({ version: true }).nullable().meta({
      description: "null until the returnee gave their consent and profile",
    }),
    consents: z.array(HeldConsent),
    recordRequests: z.array(
      z.object({
        id: z.uuid(),
        fromOrganisationId: z.uuid(),
        toOrganisationId: z.uuid(),
        status: z.enum(["open", "shared", "declined"]),
        note: z.string().nullable(),
        createdAt: z.date(),
        decidedAt: z.date().nullable(),
      }),
    ),
    cases: z.array(
      Case.pick({
        id: true,
        leadOrganisationId: true,
        stage: true,
        riskLevel: true,
        openedAt: true,
        planActivatedAt: true,
        handedOverTo: true,
        handedOverAt: true,
        closedAt: true,
        closureReason: true,
        closureNote: true,
      }).extend({
        caseWorkerName: z.string().nullable(),
        events: z.array(CaseEvent.pick({ type: true, at: true, data: true }).extend({ organisationId })),
        assessments: z.array(
          Assessment.pick({
            id: true,
            kind: true,
            surveyVersion: true,
            occasion: true,
            createdAt: true,
          }).extend({
            answers: z.record(z.string(), z.unknown()),
            scores: z.record(z.string(), z.unknown()),
            organisationId,
          }),
        ),
        goals: z.array(
          z.object({
            id: z.uuid(),
            dimension: Dimension,
            title: z.string(),
            description: z.string().nullable(),
          }),
        ),
        actions: z.array(
          PlanAction.pick({
            id: true,
            goalId: true,
            dimension: true,
            title: true,
            dueDate: true,
            status: true,
            serviceCategory: true,
          }).extend({ organisationId }),
        ),
        followUps: z.array(
          FollowUp.pick({
            id: true,
            kind: true,
            dueDate: true,
            status: true,
            doneAt: true,
            contactMethod: true,
            reached: true,
            note: true,
          }),
        ),
      }),
    ),
    referrals: z.array(
      Referral.pick({
        id: true,
        caseId: true,
        serviceId: true,
        fromOrganisationId: true,
        toOrganisationId: true,
        reason: true,
        urgency: true,
        consentId: true,
        status: true,
        reasonCode: true,
        outcome: true,
        dueAt: true,
        sentAt: true,
        respondedAt: true,
        closedAt: true,
        createdAt: true,
      }).extend({
        serviceName: z
          .string()
          .meta({ description: "in the language asked, where the service has its words" }),
        events: z.array(
          ReferralEventView.pick({
            type: true,
            at: true,
            note: true,
            reasonCode: true,
            outcome: true,
          }).extend({
            organisationId,
          }),
        ),
      }),
    ),
    enrolments: z.array(
      Enrolment.pick({
        id: true,
        caseId: true,
        programmeId: true,
        programmeName: true,
        status: true,
        verdict: true,
        note: true,
        reason: true,
        appliedByOrganisationId: true,
        decidedAt: true,
        startedAt: true,
        endedAt: true,
        amountGiven: true,
        currency: true,
        createdAt: true,
      }),
    ),
    businessPlans: z.array(BusinessPlan.omit({ version: true })),
    callBacks: z.array(
      CallBack.pick({ id: true, preferredTime: true, note: true, requestedAt: true, doneAt: true }).extend({
        organisationId: z.uuid(),
      }),
    ),
    merges: z.array(
      z.object({
        id: z.uuid(),
        mergedId: z.uuid(),
        organisationId: z.uuid(),
        filled: z.record(z.string(), z.unknown()),
        note: z.string().nullable(),
        mergedAt: z.date(),
        undoneAt: z.date().nullable(),
        undoReason: z.string().nullable(),
      }),
    ),
    importRows: z.array(
      z.object({
        importId: z.uuid(),
        fileName: z.string(),
        organisationId: z.uuid(),
        importedAt: z.date(),
        line: z.int32(),
        cells: z.record(z.string(), z.string()).nullable(),
        outcome: z.enum(["registered", "existing", "skipped", "invalid"]).nullable(),
      }),
    ),
    textMessages: z.array(
      z.object({
        id: z.uuid(),
        purpose: SmsPurpose,
        language: InterfaceLanguage,
        text: z.string().nullable().meta({ description: "null for a message that carried a one-time code" }),
        status: SmsStatus,
        createdAt: z.date(),
        sentAt: z.date().nullable(),
      }),
    ),
    community: z.object({
      eventRegistrations: z.array(
        z.object({
          id: z.uuid(),
          eventId: z.uuid(),
          eventTitle: z.string(),
          organisationName: z.string(),
          startsAt: z.date(),
          registeredAt: z.date(),
          cancelledAt: z.date().nullable(),
        }),
      ),
      questions: z.array(
        OwnQuestion.pick({
          id: true,
          topic: true,
          language: true,
          title: true,
          body: true,
          status: true,
          moderationReason: true,
          createdAt: true,
          publishedAt: true,
        }),
      ),
      answers: z.array(
        z.object({
          id: z.uuid(),
          questionId: z.uuid(),
          body: z.string(),
          createdAt: z.date(),
          hiddenAt: z.date().nullable(),
          hiddenReason: z.string().nullable(),
        }),
      ),
      trustedBy: z.object({ organisationName: z.string(), since: z.date() }).nullable(),
    }),
    organisations: NamedOrganisations,
    names: z
      .object({
        areas: z.record(z.string(), z.string()),
        occupations: z.record(z.string(), z.string()),
        sectors: z.record(z.string(), z.string()),
      })
      .meta({
        description:
          "the classifications' codes in the copy, in words: districts, ISCO occupations, ISIC sectors",
      }),
  })
  .meta({ id: "MyData" });

/** The returnee's consents (GET /portal/me/consents), for the page where they take one back. */
export const MyConsents = z
  .object({
    consents: z.array(HeldConsent),
    holderOrganisationId: organisationId.meta({
      description: "the organisation that registered the record and holds it; null before there is a record",
    }),
    organisations: NamedOrganisations,
  })
  .meta({ id: "MyConsents" });

export const AccessLogQuery = z.object({
  before: z.coerce
    .number()
    .int()
    .positive()
    .max(Number.MAX_SAFE_INTEGER)
    .optional()
    .describe("only events before the event with this seq: the nextBefore of the previous page"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const AccessLog = z
  .object({
    items: z.array(
      z.object({
        seq: z.int(),
        at: z.date(),
        by: z.enum(["returnee", "staff", "system"]).meta({
          description: "the returnee themself, a member of an organisation's staff, or the system's own work",
        }),
        organisationId,
        roles: z.array(Role).meta({ description: "the roles of the member of staff who acted" }),
        action: z.string(),
        recordType: z.string(),
        reason: z.string().nullable(),
      }),
    ),
    nextBefore: z.int().nullable(),
    organisations: z.array(z.object({ id: z.uuid(), name: z.string() })),
  })
  .meta({ id: "AccessLog" });

export const ConsentIdParams = z.object({ id: z.uuid("id must be a UUID") });

export const WithdrawOwnConsentBody = z
  .object({ reason: fields.text("reason", { max: 1000 }).optional() })
  .meta({ description: "why, in the returnee's words, if they wish to say" });

export const WithdrawnOwnConsent = z
  .object({
    id: z.uuid(),
    purpose: ConsentPurpose,
    withdrawnAt: z.date(),
    referralsSuspended: z.int().min(0).meta({
      description: "referrals that rested on this consent alone, now stopped until a new consent",
    }),
  })
  .meta({ id: "WithdrawnOwnConsent" });
