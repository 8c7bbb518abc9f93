import { isAdminAreaCode, isCountryCode } from "@homecoming/reference";
import { z } from "zod";
import { roles } from "../../http/context";

export const organisationKinds = [
  "ministry",
  "mrc",
  "ngo",
  "provider",
  "employer",
  "partner_abroad",
] as const;

export const OrganisationInput = z.object({
  name: z.string().trim().min(2, "name must have at least 2 characters").max(200),
  kind: z.enum(organisationKinds),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isCountryCode, "country must be an ISO 3166-1 alpha-2 code"),
  areasServed: z
    .array(z.string().refine(isAdminAreaCode, "areasServed must hold admin-area p-codes"))
    .max(500)
    .default([]),
});
export const OrganisationPatch = OrganisationInput.partial().extend({ active: z.boolean().optional() });

export const Organisation = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.string(),
    country: z.string(),
    areasServed: z.array(z.string()),
    active: z.boolean(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: "Organisation" });

export const UserInput = z.object({
  organisationId: z.uuid(),
  email: z.string().trim().toLowerCase().email("email must be a valid email address").max(200),
  name: z.string().trim().min(1, "name is required").max(200),
  password: z.string().min(12, "password must have at least 12 characters").max(200),
  roles: z.array(z.enum(roles)).min(1, "a user needs at least one role"),
});
export const UserPatch = UserInput.omit({ organisationId: true, email: true })
  .partial()
  .extend({ active: z.boolean().optional() });

export const User = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    email: z.string(),
    name: z.string(),
    roles: z.array(z.string()),
    active: z.boolean(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: "User" });
