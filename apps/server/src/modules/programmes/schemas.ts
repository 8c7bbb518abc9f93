import {
  BusinessPlanInput,
  Dimension,
  EnrolmentAction,
  EnrolmentInput,
  EnrolmentStatus,
  EnrolmentTransitionInput,
  enrolmentActions,
  ProgrammeInput,
  ProgrammeKind,
  ProgrammePatch,
  ProgrammeTranslations,
  ServiceCategoryCode,
} from "@homecoming/domain";
import { z } from "zod";
import { Paging, sortParam } from "../../http/schemas";
import { AnyOf, Condition, Verdict } from "../rules/schemas";

export { BusinessPlanInput, EnrolmentInput, EnrolmentTransitionInput, ProgrammeInput, ProgrammePatch };

export const programmeSortFields = ["name", "kind", "opens", "closes", "updated"] as const;
export type ProgrammeSortField = (typeof programmeSortFields)[number];

export const ProgrammeQuery = Paging.extend({
  q: z.string().trim().max(200, "q must be at most 200 characters").optional(),
  kind: ProgrammeKind.optional(),
  category: ServiceCategoryCode.optional(),
  ownerOrganisationId: z.uuid("ownerOrganisationId must be a UUID").optional(),
  active: z.stringbool().optional(),
  sort: sortParam(programmeSortFields, "name"),
});

export const Programme = z
  .object({
    id: z.uuid(),
    ownerOrganisationId: z.uuid(),
    ownerOrganisationName: z.string(),
    name: z.string(),
    description: z.string(),
    kind: ProgrammeKind,
    category: ServiceCategoryCode,
    dimension: Dimension,
    areaCodes: z.array(z.string()),
    capacity: z.int32().nullable(),
    placesTaken: z.int32(),
    opensOn: z.string().nullable(),
    closesOn: z.string().nullable(),
    eligibilityRule: z.unknown(),
    ruleVersion: z.int32(),
    translations: ProgrammeTranslations,
    active: z.boolean(),
    version: z.int32(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: "Programme" });

export const Enrolment = z
  .object({
    id: z.uuid(),
    programmeId: z.uuid(),
    programmeName: z.string(),
    programmeKind: ProgrammeKind,
    caseId: z.uuid(),
    personId: z.uuid(),
    status: EnrolmentStatus,
    ruleVersion: z.int32(),
    verdict: z.object({ verdict: Verdict, conditions: z.array(Condition), anyOf: AnyOf.optional() }),
    coachingEnrolmentId: z.uuid().nullable(),
    businessPlanId: z.uuid().nullable(),
    note: z.string().nullable(),
    reason: z.string().nullable(),
    appliedByOrganisationId: z.uuid(),
    decidedAt: z.date().nullable(),
    startedAt: z.date().nullable(),
    endedAt: z.date().nullable(),
    amountGiven: z
      .number()
      .nullable()
      .meta({ description: "A loan's or grant's money given when it started" }),
    currency: z.string().nullable().meta({ description: "The ISO 4217 currency of amountGiven" }),
    version: z.int32(),
    createdAt: z.date(),
    updatedAt: z.date(),
    moves: z.array(EnrolmentAction).meta({ description: "What the caller may do next to this enrolment" }),
  })
  .meta({ id: "Enrolment" });

export const EnrolmentQuery = Paging.extend({
  status: z
    .preprocess((v) => (typeof v === "string" ? v.split(",") : v), z.array(EnrolmentStatus))
    .optional(),
});

export const EnrolmentActionParams = z.object({
  id: z.uuid("id must be a UUID"),
  action: z.enum(enrolmentActions, { message: `action must be one of ${enrolmentActions.join(", ")}` }),
});

export const BusinessPlan = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    activity: z.string(),
    sectorIsic: z.string(),
    currency: z.string(),
    capitalNeeded: z.number(),
    ownContribution: z.number(),
    expectedMonthlyIncome: z.number(),
    market: z.string(),
    risks: z.string(),
    version: z.int32(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: "BusinessPlan" });

export const BusinessPlanBody = z.intersection(
  BusinessPlanInput,
  z.object({ version: z.int32().min(1, "version must be at least 1").optional() }),
);
