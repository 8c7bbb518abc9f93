import { issueKey } from "@homecoming/domain";
import { adminAreaCountries, dimensions, serviceCategoryCodes } from "@homecoming/reference";
import { z } from "zod";

const searchText = z.string().trim().max(100, "q must have at most 100 characters");
const limit = (max: number, fallback: number) =>
  z.coerce
    .number({ error: "limit must be a number" })
    .int("limit must be a whole number")
    .min(1, "limit must be at least 1")
    .max(max, `limit must be at most ${max}`)
    .default(fallback);

export const IscoQuery = z.object({
  q: searchText.default(""),
  limit: limit(50, 20),
  level: z.coerce.number().int().min(1).max(4).optional(),
});

export const IscoGroup = z
  .object({
    code: z.string(),
    level: z.int32(),
    title: z.string(),
    parent: z.string().nullable(),
  })
  .meta({ id: "IscoGroup" });

export const IsicQuery = z.object({
  q: searchText.default(""),
  level: z
    .enum(["section", "division"], { error: "level must be section (a letter) or division (two digits)" })
    .optional(),
  limit: limit(50, 20),
  offset: z.coerce
    .number({ error: "offset must be a number" })
    .int("offset must be a whole number")
    .min(0, "offset must be 0 or more")
    .max(1000, "offset must be at most 1000")
    .default(0),
});

export const IsicEntry = z
  .object({
    code: z.string(),
    title: z.string(),
    level: z.enum(["section", "division"]),
    section: z.string(),
    sectionTitle: z.string(),
  })
  .meta({ id: "IsicEntry" });

export const LangQuery = z.object({
  lang: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}$/, "lang must be a language code such as en or bn")
    .default("en"),
});

export const CountryQuery = LangQuery.extend({ q: searchText.default("") });

export const Country = z.object({ code: z.string(), name: z.string() }).meta({ id: "Country" });

export const AdminAreaQuery = z.object({
  q: searchText.default(""),
  country: z
    .enum(adminAreaCountries, { error: `country must be one of ${adminAreaCountries.join(", ")}` })
    .optional(),
  level: z.coerce
    .number()
    .int()
    .refine((n) => n === 1 || n === 2, {
      error: "level must be 1 (division, province) or 2 (district)",
      ...issueKey("validation.level"),
    })
    .transform((n) => n as 1 | 2)
    .optional(),
  limit: limit(50, 20),
});

export const AdminArea = z
  .object({
    code: z.string(),
    name: z.string(),
    level: z.int32(),
    parent: z.string().nullable(),
    parentName: z.string().nullable(),
    country: z.string(),
  })
  .meta({ id: "AdminArea" });

export const IscedLevel = z.object({ level: z.int32(), title: z.string() }).meta({ id: "IscedLevel" });

export const Language = z.object({ code: z.string(), name: z.string() }).meta({ id: "Language" });

export const ServiceCategory = z
  .object({
    code: z.enum(serviceCategoryCodes),
    dimension: z.enum(dimensions),
    label: z.string(),
    description: z.string(),
  })
  .meta({ id: "ServiceCategory" });

export const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
