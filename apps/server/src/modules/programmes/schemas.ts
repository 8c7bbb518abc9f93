import {
  BusinessPlanInput,
  Dimension,
  Distance,
  EnrolmentInput,
  EnrolmentStatus,
  EnrolmentTransitionInput,
  enrolmentActions,
  FactType,
  NeedPriority,
  Outcome,
  ProgrammeInput,
  ProgrammeKind,
  ProgrammePatch,
  RuleField,
  ServiceCategoryCode,
  Verdict,
} from "@homecoming/domain";
import { z } from "zod";
import { Paging, sortParam } from "../../http/schemas";

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
    capacity: z.number().int().nullable(),
    placesTaken: z.number().int(),
    opensOn: z.string().nullable(),
    closesOn: z.string().nullable(),
    eligibilityRule: z.unknown(),
    ruleVersion: z.number().int(),
    active: z.boolean(),
    version: z.number().int(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: "Programme" });

export const RuleVersion = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    rule: z.unknown(),
    changedByUserId: z.uuid().nullable(),
    changedAt: z.date(),
    impact: z
      .object({ eligible: z.number(), notEligible: z.number(), unknown: z.number(), countedAt: z.string() })
      .nullable(),
  })
  .meta({ id: "RuleVersion" });

export const Condition = z.object({
  facts: z.array(z.string()),
  text: z.string(),
  outcome: Outcome,
  actual: z.record(z.string(), z.unknown()),
  because: z.string().optional(),
  restricted: z.boolean(),
});

/** A condition as a case's eligibility lists it: the words alone (the facts' values are in `facts`). */
export const OfferCondition = z.object({
  text: z.string(),
  outcome: Outcome,
  because: z.string().optional(),
  restricted: z
    .literal(true)
    .optional()
    .meta({ description: "present (true) only for health or psychosocial conditions" }),
});

/** An offer's conditions, in the order of its rule, as positions in the answer's `conditions`. */
const ConditionRefs = z.array(z.number().int().min(0)).meta({
  description:
    "The offer's conditions in the order of its rule, as positions in the answer's `conditions` list (programmes share many conditions, so each is listed once)",
});

export const ProgrammeVerdict = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: ProgrammeKind,
  category: ServiceCategoryCode,
  organisationName: z.string(),
  ruleVersion: z.number().int(),
  verdict: Verdict,
  conditions: ConditionRefs,
  reachesReturnee: z.boolean(),
  placesLeft: z.number().int().nullable(),
});

export const ServiceVerdict = z.object({
  id: z.uuid(),
  name: z.string(),
  category: ServiceCategoryCode,
  organisationName: z.string(),
  verdict: Verdict,
  conditions: ConditionRefs,
  reachesReturnee: z.boolean(),
});

export const RankedOffer = z.object({
  type: z.enum(["programme", "service"]),
  id: z.uuid(),
  name: z.string(),
  organisationName: z.string(),
  category: ServiceCategoryCode,
  verdict: Verdict,
  distance: Distance.nullable(),
  hasCapacity: z.boolean(),
  fit: z.string(),
});

export const Eligibility = z
  .object({
    caseId: z.uuid(),
    factsVersion: z.number().int(),
    facts: z.record(z.string(), z.unknown()),
    evaluatedAt: z.date(),
    eligibleProgrammes: z.number().int(),
    conditions: z.array(OfferCondition).meta({
      description: "Every distinct condition with its outcome, once; offers refer to them by position",
    }),
    programmes: z.array(ProgrammeVerdict),
    services: z.array(ServiceVerdict),
    recommendations: z.array(
      z.object({
        dimension: Dimension,
        category: ServiceCategoryCode,
        priority: NeedPriority,
        source: z.enum(["needs", "vulnerability"]),
        options: z.array(RankedOffer),
      }),
    ),
  })
  .meta({ id: "Eligibility" });

export const PreviewBody = z.object({
  rule: RuleField("rule"),
  personId: z.uuid("personId must be a UUID"),
});

export const Preview = z
  .object({
    personId: z.uuid(),
    caseId: z.uuid().nullable(),
    facts: z.record(z.string(), z.unknown()),
    verdict: Verdict,
    conditions: z.array(Condition),
  })
  .meta({ id: "RulePreview" });

export const Facts = z
  .object({
    version: z.number().int(),
    facts: z.array(
      z.object({
        name: z.string(),
        label: z.string(),
        description: z.string(),
        type: FactType,
        values: z.array(z.string()).optional(),
        unit: z.string().optional(),
        restricted: z.boolean().optional(),
      }),
    ),
  })
  .meta({ id: "ReturneeFactsCatalogue" });

export const Enrolment = z
  .object({
    id: z.uuid(),
    programmeId: z.uuid(),
    programmeName: z.string(),
    programmeKind: ProgrammeKind,
    caseId: z.uuid(),
    personId: z.uuid(),
    status: EnrolmentStatus,
    ruleVersion: z.number().int(),
    verdict: z.object({ verdict: Verdict, conditions: z.array(Condition) }),
    coachingEnrolmentId: z.uuid().nullable(),
    businessPlanId: z.uuid().nullable(),
    note: z.string().nullable(),
    reason: z.string().nullable(),
    appliedByOrganisationId: z.uuid(),
    decidedAt: z.date().nullable(),
    startedAt: z.date().nullable(),
    endedAt: z.date().nullable(),
    version: z.number().int(),
    createdAt: z.date(),
    updatedAt: z.date(),
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
    version: z.number().int(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: "BusinessPlan" });

export const BusinessPlanBody = z.intersection(
  BusinessPlanInput,
  z.object({ version: z.number().int().min(1, "version must be at least 1").optional() }),
);
