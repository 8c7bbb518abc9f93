import { conditionPhraseOps, Outcome, Verdict } from "@homecoming/domain";
import { z } from "zod";

export { Verdict };

export const RuleVersion = z
  .object({
    id: z.uuid(),
    version: z.int32(),
    rule: z.unknown(),
    changedByUserId: z.uuid().nullable(),
    changedAt: z.date(),
    impact: z
      .object({ eligible: z.number(), notEligible: z.number(), unknown: z.number(), countedAt: z.string() })
      .nullable(),
  })
  .meta({ id: "RuleVersion" });

export const ConditionPhrase = z
  .object({
    fact: z.string(),
    op: z.enum(conditionPhraseOps),
    values: z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])),
  })
  .meta({
    id: "ConditionPhrase",
    description:
      "the condition structured (one fact compared with values), for a screen to say in its reader's language",
  });

export const Condition = z.object({
  facts: z.array(z.string()),
  text: z.string(),
  phrase: ConditionPhrase.optional(),
  outcome: Outcome,
  actual: z.record(z.string(), z.unknown()),
  because: z.string().optional(),
  restricted: z.boolean(),
});

/** Conditions of which any one is enough, as positions in the verdict's own conditions list. */
export const AnyOf = z
  .array(
    z.object({
      conditions: z.array(z.int32().min(0)),
      outcome: Outcome,
    }),
  )
  .meta({
    description:
      "The rule's 'any of' groups: positions in this verdict's conditions list of which one is enough, and how the group came out",
  });
