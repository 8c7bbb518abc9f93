import type {
  ConsentPurpose,
  LegalStatus,
  MigrationReturnType,
  recordRequestStatuses,
  Sex,
} from "@homecoming/domain";
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, ts, updatedAt } from "./columns";
import { organisations, users } from "./organisations";

export const persons = pgTable(
  "persons",
  {
    id: id(),
    givenName: text("given_name").notNull(),
    familyName: text("family_name").notNull().default(""),
    nameNative: text("name_native"),
    // lower-cased given + family + native name: one column that the trigram index covers
    searchName: text("search_name").notNull(),
    // the record-linkage blocking keys (linkageKeys in the domain): name-key pairs with the birth year, name
    // keys with the full birth date; the GIN index finds every record sharing one with a probe
    matchKeys: text("match_keys").array().notNull().default(sql`'{}'::text[]`),
    // the terms a search by name meets (nameSearchTerms in the domain): canonical spellings, phonetic keys
    // with a letter more or less, first letters; the GIN index answers a search word by word
    nameTerms: text("name_terms").array().notNull().default(sql`'{}'::text[]`),
    // every organisation that may ever have seen the record: the one that registered it, and every one that led
    // a case of it, received a referral of it or was named in a consent to it, kept by triggers (migration
    // 0025) and never narrowed. It is wider than the access rule (a closed referral, a withdrawn consent stay
    // in it) and only ever narrows a search before the rule itself is checked: indexed with the name terms,
    // it lets a search skip the matches of a common name that the organisation could never see.
    seenBy: uuid("seen_by").array().notNull().default(sql`'{}'::uuid[]`),
    birthDate: date("birth_date", { mode: "string" }),
    birthYear: integer("birth_year"),
    sex: text("sex").$type<Sex>().notNull(),
    nationalId: text("national_id"),
    passportNumber: text("passport_number"),
    phone: text("phone"),
    adminAreaCode: text("admin_area_code").notNull(),
    // the rest of the profile (languages, household, education, skills, debts, documents, housing...)
    profile: jsonb("profile").$type<Record<string, unknown>>().notNull().default({}),
    registeredByOrganisationId: uuid("registered_by_organisation_id").references(() => organisations.id),
    registeredByUserId: uuid("registered_by_user_id").references(() => users.id),
    // a returnee who registered themself on the portal: when, and when a case worker of the registering MRC
    // confirmed the record (until then it waits in the MRC's self-registrations, with its duplicate warnings)
    selfRegisteredAt: ts("self_registered_at"),
    confirmedAt: ts("confirmed_at"),
    confirmedByUserId: uuid("confirmed_by_user_id").references(() => users.id),
    // set when this record was merged into another (the survivor): it then only redirects there
    mergedIntoId: uuid("merged_into_id").references((): AnyPgColumn => persons.id),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("persons_search_name_trgm_idx").using("gin", sql`${t.searchName} gin_trgm_ops`),
    // written straight into the index: with GIN's pending list every duplicate check and search would also
    // read all the entries written since the last vacuum, which slowed the registry scan tenfold at a million
    index("persons_match_keys_idx").using("gin", t.matchKeys).with({ fastupdate: false }),
    index("persons_name_terms_idx").using("gin", t.nameTerms, t.seenBy).with({ fastupdate: false }),
    index("persons_phone_idx").on(t.phone),
    index("persons_national_id_idx").on(t.nationalId),
    index("persons_passport_idx").on(t.passportNumber),
    index("persons_admin_area_idx").on(t.adminAreaCode),
    index("persons_birth_year_idx").on(t.birthYear),
    index("persons_to_confirm_idx")
      .on(t.registeredByOrganisationId, t.selfRegisteredAt)
      .where(sql`${t.selfRegisteredAt} is not null and ${t.confirmedAt} is null`),
    index("persons_merged_into_idx").on(t.mergedIntoId).where(sql`${t.mergedIntoId} is not null`),
  ],
);

export const migrationEpisodes = pgTable(
  "migration_episodes",
  {
    id: id(),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    destinationCountry: text("destination_country").notNull(),
    startDate: date("start_date", { mode: "string" }),
    endDate: date("end_date", { mode: "string" }),
    occupationIsco: text("occupation_isco"),
    sectorIsic: text("sector_isic"),
    legalStatus: text("legal_status").$type<LegalStatus>(),
    returnType: text("return_type").$type<MigrationReturnType>().notNull(),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("migration_episodes_person_idx").on(t.personId, t.position)],
);

export const consents = pgTable(
  "consents",
  {
    id: id(),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id),
    purpose: text("purpose").$type<ConsentPurpose>().notNull(),
    organisationIds: uuid("organisation_ids").array().notNull(),
    note: text("note"),
    givenAt: ts("given_at").notNull().defaultNow(),
    expiresAt: ts("expires_at"),
    withdrawnAt: ts("withdrawn_at"),
    withdrawnByUserId: uuid("withdrawn_by_user_id").references(() => users.id),
    withdrawalNote: text("withdrawal_note"),
    recordedByUserId: uuid("recorded_by_user_id").references(() => users.id),
    recordedByOrganisationId: uuid("recorded_by_organisation_id").references(() => organisations.id),
  },
  (t) => [
    index("consents_person_idx").on(t.personId),
    index("consents_organisations_idx").using("gin", t.organisationIds),
  ],
);

/**
 * An organisation asks the one that holds a possible earlier registration of its returnee to share it. The
 * asker never learns who the match is: the request names the asker's own person; the holder sees its own
 * person and shares (a data-sharing consent naming the asker, given by the returnee) or declines.
 */
export const recordRequests = pgTable(
  "record_requests",
  {
    id: id(),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id),
    heldPersonId: uuid("held_person_id")
      .notNull()
      .references(() => persons.id),
    fromOrganisationId: uuid("from_organisation_id")
      .notNull()
      .references(() => organisations.id),
    fromUserId: uuid("from_user_id").references(() => users.id),
    toOrganisationId: uuid("to_organisation_id")
      .notNull()
      .references(() => organisations.id),
    status: text("status").$type<(typeof recordRequestStatuses)[number]>().notNull().default("open"),
    note: text("note"),
    createdAt: createdAt(),
    decidedAt: ts("decided_at"),
    decidedByUserId: uuid("decided_by_user_id").references(() => users.id),
    consentId: uuid("consent_id").references(() => consents.id),
  },
  (t) => [
    index("record_requests_person_idx").on(t.personId),
    index("record_requests_to_idx").on(t.toOrganisationId, t.status),
    uniqueIndex("record_requests_one_open_idx")
      .on(t.personId, t.heldPersonId)
      .where(sql`${t.status} = 'open'`),
  ],
);
