import {
  CallBackTime,
  CaseStage,
  Dimension,
  FollowUpKind,
  FollowUpStatus,
  InterfaceLanguage,
  PlanActionStatus,
  ReferralStatus,
  ReturneeNeed,
} from "@homecoming/domain";
import { z } from "zod";

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
