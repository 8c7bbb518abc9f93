import { issueKey, OrganisationKind, Role } from "@homecoming/domain";
import { isAdminAreaCode, isCountryCode } from "@homecoming/reference";
import { z } from "zod";
import { Paging, sortParam } from "../../http/schemas";

export const OrganisationInput = z.object({
  name: z.string().trim().min(2, "name must have at least 2 characters").max(200),
  kind: OrganisationKind,
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isCountryCode, {
      error: "country must be an ISO 3166-1 alpha-2 code",
      ...issueKey("validation.country"),
    }),
  areasServed: z
    .array(
      z.string().refine(isAdminAreaCode, {
        error: "areasServed must hold admin-area p-codes",
        ...issueKey("validation.admin_area"),
      }),
    )
    .max(500)
    .default([]),
});

export const organisationSortFields = ["name", "kind", "country", "created"] as const;
export type OrganisationSortField = (typeof organisationSortFields)[number];

export const OrganisationQuery = Paging.extend({
  q: z
    .string()
    .trim()
    .max(200, "q must have at most 200 characters")
    .optional()
    .describe("part of the name, in any letter case and with or without accents"),
  kind: OrganisationKind.optional(),
  country: z.string().optional(),
  sort: sortParam<OrganisationSortField>(organisationSortFields, "name").describe(
    "name, kind, country or created; prefix - for descending. Default: name",
  ),
});
export type OrganisationQuery = z.infer<typeof OrganisationQuery>;

export const OrganisationPatch = OrganisationInput.partial().extend({ active: z.boolean().optional() });

export const Organisation = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: OrganisationKind,
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
  roles: z.array(Role).min(1, "a user needs at least one role"),
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
    roles: z.array(Role),
    active: z.boolean(),
    lockedAt: z
      .date()
      .nullable()
      .describe("when failed logins from several places locked the account; null when it is not locked"),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: "User" });

export const userSortFields = ["name", "email", "created"] as const;
export type UserSortField = (typeof userSortFields)[number];

export const UserQuery = Paging.extend({
  organisationId: z.uuid().optional(),
  sort: sortParam<UserSortField>(userSortFields, "name").describe(
    "name, email or created; prefix - for descending. Default: name",
  ),
});
export type UserQuery = z.infer<typeof UserQuery>;
