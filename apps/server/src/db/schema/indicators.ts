import type { AgeGroup, IndicatorFactKind } from "@homecoming/domain";
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { ts } from "./columns";

/**
 * What the indicators count, one row per thing counted (a registration, a case opened, a referral sent, a
 * survey's score…), about the returnee's surviving record after merges, with the returnee's attributes at the
 * time for the splits. Worked out again from the live records by the background job (refreshIndicatorFacts);
 * nothing else writes it, and it holds no name, number or answer of anyone.
 */
export const indicatorFacts = pgTable(
  "indicator_facts",
  {
    kind: text("kind").$type<IndicatorFactKind>().notNull(),
    personId: uuid("person_id").notNull(),
    /** the record it is (a case, referral, assessment, follow-up, enrolment or person) */
    recordId: uuid("record_id").notNull(),
    caseId: uuid("case_id"),
    at: date("at", { mode: "string" }).notNull(),
    /** a case's closing day: until then it is active */
    endedAt: date("ended_at", { mode: "string" }),
    organisationId: uuid("organisation_id"),
    serviceCategory: text("service_category"),
    /** a referral's status now, a case's closure reason, a survey's occasion, a programme's kind */
    detail: text("detail"),
    flag: boolean("flag"),
    value: doublePrecision("value"),
    sex: text("sex").notNull(),
    ageGroup: text("age_group").$type<AgeGroup>().notNull(),
    country: text("country").notNull(),
    province: text("province").notNull(),
    district: text("district").notNull(),
    returnType: text("return_type").notNull(),
    destinationCountry: text("destination_country").notNull(),
    destinationRegion: text("destination_region").notNull(),
    isicBranch: text("isic_branch").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.recordId] }),
    index("indicator_facts_kind_at_idx").on(t.kind, t.at),
  ],
);

/** Each rebuild of the facts: when it ran, how long it took and how many facts it wrote. */
export const indicatorRefreshes = pgTable("indicator_refreshes", {
  id: serial("id").primaryKey(),
  startedAt: ts("started_at").notNull(),
  finishedAt: ts("finished_at").notNull(),
  facts: integer("facts").notNull(),
});
