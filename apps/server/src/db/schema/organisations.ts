import type { InterfaceLanguage, OrganisationKind, Role } from "@homecoming/domain";
import { sql } from "drizzle-orm";
import { boolean, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";

export const organisations = pgTable(
  "organisations",
  {
    id: id(),
    name: text("name").notNull(),
    kind: text("kind").$type<OrganisationKind>().notNull(),
    country: text("country").notNull(),
    areasServed: text("areas_served").array().notNull().default(sql`'{}'::text[]`),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("organisations_name_key").on(t.name), index("organisations_country_idx").on(t.country)],
);

export const users = pgTable(
  "users",
  {
    id: id(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    roles: text("roles").array().$type<Role[]>().notNull(),
    active: boolean("active").notNull().default(true),
    // the language the user chose to work in (null until they choose; the browser's choice holds meanwhile)
    language: text("language").$type<InterfaceLanguage>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email), index("users_organisation_idx").on(t.organisationId)],
);
