import { fields, SurveyDefinition } from "@homecoming/domain";
import { z } from "zod";

export const SurveyVersion = z
  .object({
    version: z.int32(),
    definition: SurveyDefinition,
    note: z.string().nullable(),
    createdByUserId: z.uuid().nullable(),
    createdAt: z.date(),
  })
  .meta({ id: "SurveyVersion" });

export const SurveyVersionInput = z.object({
  basedOn: fields.int("basedOn", 1, 1_000_000).describe("the version in use when the edit began"),
  definition: SurveyDefinition,
  note: fields.text("note", { max: 1000 }).optional(),
});
export type SurveyVersionInput = z.infer<typeof SurveyVersionInput>;

export const VersionParams = z.object({
  version: z.coerce.number().int("version must be a whole number").min(1, "version must be at least 1"),
});
