import { Dimension, issueKey, RuleField, ServiceCategoryCode, ServiceTranslations } from "@homecoming/domain";
import {
  adminAreaCountries,
  adminAreaCountry,
  dimensions,
  isAdminAreaCode,
  isLanguageCode,
  isServiceCategory,
  serviceCategoryCodes,
} from "@homecoming/reference";
import { z } from "zod";
import { Paging, textMatchSort } from "../../http/schemas";

const nationwide = new Set<string>(adminAreaCountries);
/** A service area is an admin-area p-code, or a country code (BD, PK, IQ) for nationwide services. */
export const isServiceArea = (code: string) => nationwide.has(code) || isAdminAreaCode(code);

const AreaCode = z
  .string()
  .trim()
  .refine(isServiceArea, {
    error: "must be an admin-area p-code or BD, PK or IQ",
    ...issueKey("validation.service_area", { countries: adminAreaCountries.join(", ") }),
  });

export const ServiceLocation = z.object({
  name: z.string().trim().min(1).max(200),
  address: z.string().trim().max(300).optional(),
  adminAreaCode: z.string().refine(isAdminAreaCode, {
    error: "adminAreaCode must be an admin-area p-code",
    ...issueKey("validation.admin_area"),
  }),
  openingHours: z.string().max(200).optional(),
});

export const ServiceContact = z.object({
  phone: z.string().max(40).optional(),
  email: z.string().email("contact.email must be a valid email address").optional(),
  website: z.string().url("contact.website must be a URL").optional(),
  person: z.string().max(200).optional(),
});

export const ServiceInput = z.object({
  organisationId: z.uuid(),
  name: z.string().trim().min(2, "name must have at least 2 characters").max(200),
  description: z.string().trim().max(4000).default(""),
  category: z.enum(serviceCategoryCodes, { message: "category must be a code of the service taxonomy" }),
  locations: z.array(ServiceLocation).max(50).default([]),
  serviceAreas: z.array(AreaCode).min(1, "serviceAreas needs at least one area").max(500),
  languages: z
    .array(
      z.string().refine(isLanguageCode, {
        error: "languages must hold language codes",
        ...issueKey("validation.language"),
      }),
    )
    .max(30)
    .default([]),
  eligibility: z.string().trim().max(4000).default(""),
  eligibilityRule: RuleField("eligibilityRule").nullable().default(null).meta({
    description: "JSON Logic over the returnee facts (GET /eligibility/facts); null: open to every returnee",
  }),
  capacity: z.int32().min(0).max(1_000_000).nullable().default(null),
  cost: z.string().trim().max(200).default("free"),
  contact: ServiceContact.default({}),
  translations: ServiceTranslations.default({}),
});
export const ServicePatch = ServiceInput.omit({ organisationId: true })
  .partial()
  .extend({
    active: z.boolean().optional(),
    version: z
      .number("version is required: the version of the service the change starts from")
      .int("version must be a whole number")
      .min(1, "version must be at least 1"),
  });

export const NamedArea = z
  .object({
    code: z.string(),
    name: z.string(),
    level: z
      .int32()
      .meta({ description: "0 for a whole country, 1 for a division or province, 2 a district" }),
    parentName: z.string().nullable(),
  })
  .meta({ id: "NamedArea" });

export const Service = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    name: z.string(),
    description: z.string(),
    category: ServiceCategoryCode,
    dimension: Dimension,
    locations: z.array(ServiceLocation),
    serviceAreas: z.array(z.string()),
    languages: z.array(z.string()),
    areas: z
      .array(NamedArea)
      .meta({ description: "the codes of serviceAreas and of the locations, each once, with their names" }),
    eligibility: z.string(),
    eligibilityRule: z.unknown(),
    ruleVersion: z.int32(),
    version: z.int32(),
    capacity: z.int32().nullable(),
    cost: z.string(),
    contact: ServiceContact,
    translations: ServiceTranslations,
    active: z.boolean(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: "Service" });

export const ServiceDetail = Service.extend({
  can: z.array(z.enum(["update"])).meta({ description: "What the caller may do to this service" }),
}).meta({ id: "ServiceDetail" });

export const serviceSortFields = ["relevance", "name", "organisation", "category", "created"] as const;
export type ServiceSortField = (typeof serviceSortFields)[number];

// the default order depends on q: the best match first for a text search, by name otherwise

export const ServiceQuery = Paging.extend({
  q: z.string().trim().max(200).optional(),
  category: z
    .string()
    .refine((c) => isServiceCategory(c) || (dimensions as readonly string[]).includes(c), {
      message: "category must be a taxonomy code or a dimension",
      ...issueKey("validation.category"),
    })
    .optional(),
  area: z
    .string()
    .refine(isServiceArea, {
      error: "area must be an admin-area p-code",
      ...issueKey("validation.service_area", { countries: adminAreaCountries.join(", ") }),
    })
    .optional(),
  organisationId: z.uuid().optional(),
  includeInactive: z.stringbool().default(false),
  sort: z
    .string()
    .optional()
    .meta({
      description:
        "name, organisation (its name), category (in taxonomy order) or created, ascending, or with a leading - " +
        "descending; relevance (only with q) lists the best match first. Default: relevance with q, name without",
    }),
}).transform(
  textMatchSort(
    serviceSortFields,
    "name",
    "sort by relevance needs search text (q); without q sort by name, organisation, category or created",
  ),
);
export type ServiceQuery = z.infer<typeof ServiceQuery>;

export { adminAreaCountry };
