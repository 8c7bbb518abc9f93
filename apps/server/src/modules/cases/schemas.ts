import {
  ActionPatch,
  AssessmentInput,
  AssessmentKind,
  CallBackTime,
  CaseClosureReason,
  CaseInput,
  CaseStage,
  CaseWorkAction,
  CloseCaseInput,
  ContactMethod,
  caseStages,
  Dimension,
  FollowUpCompleteInput,
  FollowUpKind,
  FollowUpStatus,
  HandOverInput,
  PlanActionStatus,
  PlanInput,
  ReferralStatus,
  RiskLevel,
  riskLevels,
  ServiceCategoryCode,
  Sex,
  SurveyOccasion,
} from "@homecoming/domain";
import { z } from "zod";
import { listOf, Paging, sortParam } from "../../http/schemas";

const Version = z.object({ version: z.int32().min(1, "version is required") });

export const OpenCaseBody = CaseInput.extend({ caseManagerUserId: z.uuid().optional() });

export const caseSortFields = ["updated", "opened", "stage", "risk"] as const;
export type CaseSortField = (typeof caseSortFields)[number];

export const CaseQuery = Paging.extend({
  stage: CaseStage.optional(),
  mine: z.stringbool().optional(),
  scope: z.enum(["organisation", "shared"]).optional(),
  personId: z.uuid().optional(),
  sort: sortParam<CaseSortField>(caseSortFields, "-updated").describe(
    `updated, opened, stage (in process order: ${caseStages.join(", ")}) or risk (unassessed, ${riskLevels.join(", ")}); prefix - for descending`,
  ),
});
export const CasePatch = Version.extend({
  caseManagerUserId: z.uuid().nullable().optional(),
  riskLevel: RiskLevel.optional(),
  stage: CaseStage.optional(),
});
export const HandOverBody = z.intersection(HandOverInput, Version);
export const CloseBody = z.intersection(CloseCaseInput, Version);
export const PlanBody = z.intersection(PlanInput, Version);
export { ActionPatch, AssessmentInput, FollowUpCompleteInput };

export const CaseEvent = z.object({
  id: z.uuid(),
  type: z.string(),
  at: z.date(),
  actorUserId: z.uuid().nullable(),
  actorOrganisationId: z.uuid().nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const Case = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    person: z.object({
      id: z.uuid(),
      givenName: z.string(),
      familyName: z.string(),
      nameNative: z.string().nullable(),
      sex: Sex,
      adminAreaCode: z.string(),
    }),
    leadOrganisationId: z.uuid(),
    caseManagerUserId: z.uuid().nullable(),
    stage: CaseStage,
    riskLevel: RiskLevel.nullable(),
    openedAt: z.date(),
    planActivatedAt: z.date().nullable(),
    handedOverTo: z.string().nullable(),
    handedOverAt: z.date().nullable(),
    closedAt: z.date().nullable(),
    closureReason: CaseClosureReason.nullable(),
    closureNote: z.string().nullable(),
    version: z.int32(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: "Case" });

export const CaseDetail = Case.extend({
  events: z.array(CaseEvent),
  flagsAwaitingReferral: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      requiresReferral: z.boolean(),
      categories: z.array(ServiceCategoryCode),
    }),
  ),
  can: z.array(CaseWorkAction.meta({ id: "CaseWorkAction" })).meta({
    description: "What the caller may do on this case now; empty for a reader or on a closed case",
  }),
  openItems: z
    .array(
      z.union([
        z.object({ kind: z.literal("flag"), code: z.string(), label: z.string() }),
        z.object({
          kind: z.literal("referral"),
          referralId: z.uuid(),
          serviceName: z.string(),
          status: z.string(),
        }),
      ]),
    )
    .describe(
      "What stays open if the case ends now; closing or handing over then needs acknowledgeOpenItems and openItemsReason",
    ),
}).meta({ id: "CaseDetail" });

export const Assessment = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    kind: AssessmentKind,
    answers: z.unknown(),
    scores: z.unknown(),
    redacted: z.boolean().optional(),
    assessedByUserId: z.uuid().nullable(),
    assessedByOrganisationId: z.uuid().nullable(),
    surveyVersion: z
      .int32()
      .nullable()
      .describe("a sustainability survey: the version it was taken and scored on"),
    occasion: SurveyOccasion.nullable().describe("a sustainability survey: when in the case it was taken"),
    createdAt: z.date(),
  })
  .meta({ id: "Assessment" });

export const PlanAction = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  goalId: z.uuid().nullable(),
  dimension: Dimension,
  title: z.string(),
  ownerUserId: z.uuid().nullable(),
  ownerOrganisationId: z.uuid().nullable(),
  dueDate: z.string().nullable(),
  status: PlanActionStatus,
  serviceCategory: ServiceCategoryCode.nullable(),
  referralId: z.uuid().nullable().describe("the referral this action follows"),
  referralStatus: ReferralStatus.nullable().describe("that referral's status"),
  position: z.int32(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const Plan = z
  .object({
    caseId: z.uuid(),
    version: z.int32().describe("the case version this plan was read at; a save sends it back"),
    goals: z.array(
      z.object({
        id: z.uuid(),
        dimension: Dimension,
        title: z.string(),
        description: z.string().nullable(),
        position: z.int32(),
        actions: z.array(PlanAction),
      }),
    ),
  })
  .meta({ id: "Plan" });

export const FollowUp = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    kind: FollowUpKind,
    dueDate: z.string(),
    status: FollowUpStatus,
    doneAt: z.date().nullable(),
    doneByUserId: z.uuid().nullable(),
    contactMethod: ContactMethod.nullable(),
    reached: z.boolean().nullable(),
    note: z.string().nullable(),
    assessmentId: z.uuid().nullable(),
    opensOn: z
      .string()
      .nullable()
      .describe("first day it may be recorded (YYYY-MM-DD); null for an extra contact"),
    createdAt: z.date(),
  })
  .meta({ id: "FollowUp" });

export const CaseChildParams = z.object({
  id: z.uuid("id must be a UUID"),
  childId: z.uuid("childId must be a UUID"),
});

export const followUpSortFields = ["due"] as const;
export type FollowUpSortField = (typeof followUpSortFields)[number];

export const DueFollowUpQuery = Paging.extend({
  dueBy: z.iso.date("dueBy must be a date (YYYY-MM-DD)").optional(),
  mine: z.stringbool().optional(),
  sort: sortParam(followUpSortFields, "due").describe("due (nearest first) or -due"),
});

export const DueFollowUp = FollowUp.extend({
  person: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() }),
  caseStage: CaseStage,
}).meta({ id: "DueFollowUp" });

export const CallBackQuery = Paging.extend({
  done: z
    .stringbool()
    .default(false)
    .meta({ description: "false: the open requests, oldest first; true: those done" }),
});

export const CallBack = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    caseId: z.uuid().nullable(),
    name: z.string(),
    phone: z.string().nullable(),
    preferredTime: CallBackTime,
    note: z.string().nullable(),
    requestedAt: z.date(),
    doneAt: z.date().nullable(),
  })
  .meta({ id: "CallBack" });
export const CallBackList = listOf(CallBack).meta({ id: "CallBackList" });
export const CallBackDone = z.object({ id: z.uuid(), doneAt: z.date() }).meta({ id: "CallBackDone" });
