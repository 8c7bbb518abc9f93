import {
  Dimension,
  Distance,
  FactType,
  NeedPriority,
  Outcome,
  ProgrammeKind,
  RuleField,
  ServiceCategoryCode,
} from "@homecoming/domain";
import { z } from "zod";
import { AnyOf, Condition, Verdict } from "../rules/schemas";

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
const ConditionRefs = z.array(z.int32().min(0)).meta({
  description:
    "The offer's conditions in the order of its rule, as positions in the answer's `conditions` list (programmes share many conditions, so each is listed once)",
});

export const ProgrammeVerdict = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: ProgrammeKind,
  category: ServiceCategoryCode,
  organisationName: z.string(),
  ruleVersion: z.int32(),
  verdict: Verdict,
  conditions: ConditionRefs,
  anyOf: AnyOf,
  reachesReturnee: z.boolean(),
  placesLeft: z.int32().nullable(),
});

export const ServiceVerdict = z.object({
  id: z.uuid(),
  name: z.string(),
  category: ServiceCategoryCode,
  organisationName: z.string(),
  verdict: Verdict,
  conditions: ConditionRefs,
  anyOf: AnyOf,
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
    factsVersion: z.int32(),
    facts: z.record(z.string(), z.unknown()),
    evaluatedAt: z.date(),
    eligibleProgrammes: z.int32(),
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
    anyOf: AnyOf,
  })
  .meta({ id: "RulePreview" });

export const Facts = z
  .object({
    version: z.int32(),
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
