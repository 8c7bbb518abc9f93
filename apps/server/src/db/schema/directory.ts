import type { ServiceCategoryCode, ServiceTranslations } from "@homecoming/domain";
import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { organisations } from "./organisations";

export type ServiceLocation = {
  name: string;
  address?: string;
  adminAreaCode: string;
  openingHours?: string;
};
export type ServiceContact = { phone?: string; email?: string; website?: string; person?: string };

export const services = pgTable(
  "services",
  {
    id: id(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    category: text("category").$type<ServiceCategoryCode>().notNull(),
    locations: jsonb("locations").$type<ServiceLocation[]>().notNull().default([]),
    serviceAreas: text("service_areas").array().notNull().default(sql`'{}'::text[]`),
    languages: text("languages").array().notNull().default(sql`'{}'::text[]`),
    eligibility: text("eligibility").notNull().default(""),
    /** JSON Logic over the returnee facts; null when the service is open to every returnee. */
    eligibilityRule: jsonb("eligibility_rule"),
    ruleVersion: integer("rule_version").notNull().default(1),
    /** Raised by every change: a save names the version it started from, so no one overwrites another's. */
    version: integer("version").notNull().default(1),
    capacity: integer("capacity"),
    cost: text("cost").notNull().default("free"),
    contact: jsonb("contact").$type<ServiceContact>().notNull().default({}),
    /** Its words in other languages (the portal shows a returnee theirs): name, description, eligibility, cost, hours. */
    translations: jsonb("translations").$type<ServiceTranslations>().notNull().default({}),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("services_organisation_idx").on(t.organisationId),
    index("services_category_idx").on(t.category),
    index("services_areas_idx").using("gin", t.serviceAreas),
    index("services_text_idx").using("gin", sql`to_tsvector('simple', ${t.name} || ' ' || ${t.description})`),
    index("services_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
  ],
);
