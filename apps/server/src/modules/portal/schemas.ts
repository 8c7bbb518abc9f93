import {
  fields,
  InterfaceLanguage,
  issueKey,
  Outcome,
  ProgrammeKind,
  ReturneeNeed,
  SelfCheckAnswers,
  ServiceCategoryCode,
  selfCheckQuestions,
  Verdict,
} from "@homecoming/domain";
import { isAdminAreaCode, isServiceCategory } from "@homecoming/reference";
import { z } from "zod";
import { AnyOf, ConditionPhrase } from "../rules/schemas";

const q = fields.text("q", { min: 0, max: 200 }).optional();
const limit = z.coerce.number().int().min(1).max(20).default(10);

export const PortalServiceQuery = z.object({ q, limit });
export const PortalService = z
  .object({
    id: z.uuid(),
    name: z.string(),
    organisationName: z.string(),
    category: z.string().refine(isServiceCategory),
  })
  .meta({ id: "PortalService" });

export const PortalOrganisationQuery = z.object({ q, limit });
export const PortalOrganisation = z
  .object({ id: z.uuid(), name: z.string(), country: z.string() })
  .meta({ id: "PortalOrganisation" });

export const PortalAreaQuery = z.object({ q, limit });
export const PortalArea = z
  .object({ code: z.string(), name: z.string(), parentName: z.string().nullable(), country: z.string() })
  .meta({ id: "PortalArea" });

// ---- find help ------------------------------------------------------------------------------------------

const language = InterfaceLanguage.default("en").meta({ description: "the language to answer in" });
const area = z
  .string()
  .trim()
  .refine(isAdminAreaCode, { error: "area must be a district", ...issueKey("validation.admin_area") })
  .optional()
  .meta({ description: "the district (p-code) the returnee lives in: services reaching it" });

export const HelpQuery = z.object({
  need: ReturneeNeed.optional().meta({ description: "what the returnee needs, in their words" }),
  area,
  q,
  language,
  limit: z.coerce.number().int().min(1).max(50).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});
export const ProgrammeHelpQuery = HelpQuery.pick({ need: true, area: true, language: true });
export const LanguageQuery = z.object({ language });

const Checkable = {
  checkable: z.boolean().meta({ description: "it has an eligibility rule: 'am I eligible?' is offered" }),
  translated: z
    .boolean()
    .meta({ description: "every text is in the language asked; otherwise some read as written (English)" }),
};

export const HelpService = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string().meta({ description: "what it offers" }),
    eligibility: z.string().meta({ description: "who it is for" }),
    cost: z.string(),
    organisationName: z.string(),
    category: ServiceCategoryCode,
    languages: z.array(z.string()).meta({ description: "the languages it is given in" }),
    locations: z.array(
      z.object({
        name: z.string(),
        address: z.string().nullable(),
        adminAreaCode: z.string(),
        districtName: z.string().nullable(),
        openingHours: z.string().nullable(),
      }),
    ),
    contact: z.object({
      phone: z.string().nullable(),
      email: z.string().nullable(),
      website: z.string().nullable(),
    }),
    ...Checkable,
  })
  .meta({ id: "HelpService" });

export const HelpProgramme = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    kind: ProgrammeKind,
    category: ServiceCategoryCode,
    organisationName: z.string(),
    closesOn: z.string().nullable(),
    placesLeft: z.int32().nullable().meta({ description: "null when it has no limit" }),
    ...Checkable,
  })
  .meta({ id: "HelpProgramme" });

export const SelfCheckQuestionSchema = z.enum(selfCheckQuestions).meta({ id: "SelfCheckQuestion" });

export const HelpQuestions = z
  .object({
    questions: z.array(SelfCheckQuestionSchema).meta({ description: "what to ask, in order" }),
    centreChecks: z
      .array(z.string())
      .meta({ description: "facts the rule reads that no question asks: the centre finds them out" }),
  })
  .meta({ id: "HelpQuestions" });

export const HelpServiceDetail = HelpService.extend({ check: HelpQuestions.nullable() }).meta({
  id: "HelpServiceDetail",
});
export const HelpProgrammeDetail = HelpProgramme.extend({ check: HelpQuestions.nullable() }).meta({
  id: "HelpProgrammeDetail",
});

export const SelfCheckBody = z.object({ answers: SelfCheckAnswers });

export const SelfCheckResult = z
  .object({
    verdict: Verdict,
    conditions: z.array(
      z.object({
        text: z.string().meta({ description: "the condition in English words" }),
        phrase: ConditionPhrase.optional(),
        valueNames: z
          .array(z.string())
          .optional()
          .meta({ description: "for a condition on a district or province: the names of its values" }),
        outcome: Outcome,
        restricted: z.boolean(),
      }),
    ),
    anyOf: AnyOf,
    centreChecks: z.array(z.string()),
  })
  .meta({ id: "SelfCheckResult" });
