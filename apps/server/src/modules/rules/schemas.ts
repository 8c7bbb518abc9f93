import { z } from "zod";

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
  outcome: z.enum(["met", "failed", "unknown"]),
  actual: z.record(z.string(), z.unknown()),
  because: z.string().optional(),
  restricted: z.boolean(),
});

export const Verdict = z.enum(["eligible", "not_eligible", "unknown"]);

/** Conditions of which any one is enough, as positions in the verdict's own conditions list. */
export const AnyOf = z
  .array(
    z.object({
      conditions: z.array(z.number().int().min(0)),
      outcome: z.enum(["met", "failed", "unknown"]),
    }),
  )
  .meta({
    description:
      "The rule's 'any of' groups: positions in this verdict's conditions list of which one is enough, and how the group came out",
  });
