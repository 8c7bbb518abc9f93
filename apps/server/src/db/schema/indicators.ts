import type { AgeGroup, IndicatorFactKind } from "@homecoming/domain";
import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { ts } from "./columns";

/** The returnee's attributes a fact is split by (a fact without one says "unknown"). */
const returneeAttributes = () => ({
  sex: text("sex").notNull(),
  ageGroup: text("age_group").$type<AgeGroup>().notNull(),
  country: text("country").notNull(),
  province: text("province").notNull(),
  district: text("district").notNull(),
  returnType: text("return_type").notNull(),
  destinationCountry: text("destination_country").notNull(),
  destinationRegion: text("destination_region").notNull(),
  isicBranch: text("isic_branch").notNull(),
});

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
    /** null for what no returnee sent or is about (anonymous feedback) */
    personId: uuid("person_id"),
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
    ...returneeAttributes(),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.recordId] }),
    index("indicator_facts_kind_at_idx").on(t.kind, t.at),
    index("indicator_facts_kind_organisation_at_idx").on(t.kind, t.organisationId, t.at),
    // a stock's facts by the day they ended (no earlier than they began), for the days of its last month
    index("indicator_facts_kind_ended_idx")
      .on(t.kind, sql`greatest(${t.at}, ${t.endedAt})`)
      .where(sql`${t.endedAt} is not null`),
  ],
);

/**
 * The facts summed by month, built with them: for each kind and month, by the fact's detail and flag and by
 * one disaggregation at a time (or none: `dim` ''), how many facts there are (`n`), and the sum and count of
 * their values. A count of records or a mean over whole months, split or filtered by one disaggregation
 * besides the period and the detail, is read here rather than from the facts. `byEnd` rows count a stock's
 * facts by the month they ended (a case closed), so that what is open at a day is those begun by then less
 * those ended by then.
 */
export const indicatorCells = pgTable(
  "indicator_cells",
  {
    kind: text("kind").$type<IndicatorFactKind>().notNull(),
    month: date("month", { mode: "string" }).notNull(),
    byEnd: boolean("by_end").notNull(),
    detail: text("detail"),
    flag: boolean("flag"),
    dim: text("dim").notNull(),
    key: text("key").notNull(),
    n: integer("n").notNull(),
    total: doublePrecision("total"),
    valued: integer("valued").notNull(),
  },
  (t) => [index("indicator_cells_lookup_idx").on(t.kind, t.dim, t.byEnd, t.month)],
);

/**
 * The facts of the kinds the indicators count by returnee (each returnee once), built with the cells: each fact
 * once among all of its kind and, when flagged, once more among the flagged ones (`flagged`), with the day of
 * the same returnee's fact before it and after it in the same sequence, kept four ways: among all their facts
 * of the kind (`prevPerson`), and among those of the same age group, organisation or service category. The
 * returnees of a period are its facts whose previous fact is before it.
 */
export const indicatorReturneeFacts = pgTable(
  "indicator_returnee_facts",
  {
    kind: text("kind").$type<IndicatorFactKind>().notNull(),
    flagged: boolean("flagged").notNull(),
    personId: uuid("person_id").notNull(),
    at: date("at", { mode: "string" }).notNull(),
    organisationId: uuid("organisation_id"),
    serviceCategory: text("service_category"),
    ...returneeAttributes(),
    prevPerson: date("prev_person", { mode: "string" }),
    nextPerson: date("next_person", { mode: "string" }),
    prevAge: date("prev_age", { mode: "string" }),
    nextAge: date("next_age", { mode: "string" }),
    prevOrganisation: date("prev_organisation", { mode: "string" }),
    nextOrganisation: date("next_organisation", { mode: "string" }),
    prevService: date("prev_service", { mode: "string" }),
    nextService: date("next_service", { mode: "string" }),
  },
  (t) => [index("indicator_returnee_facts_kind_at_idx").on(t.kind, t.flagged, t.at)],
);

/**
 * The returnees' facts counted by month and by the month of the returnee's previous fact in the sequence the
 * disaggregation keeps (`prevMonth`, none for a first fact), with no disaggregation and with each one of the
 * cells' (`dim`, `key`): the returnees of whole months are the facts of those months whose previous fact is
 * before the first.
 */
export const indicatorReturneeCells = pgTable(
  "indicator_returnee_cells",
  {
    kind: text("kind").$type<IndicatorFactKind>().notNull(),
    flagged: boolean("flagged").notNull(),
    month: date("month", { mode: "string" }).notNull(),
    prevMonth: date("prev_month", { mode: "string" }),
    dim: text("dim").notNull(),
    key: text("key").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [index("indicator_returnee_cells_lookup_idx").on(t.kind, t.flagged, t.dim, t.month)],
);

/**
 * The numbers the coded facts write each kind, detail and key of a disaggregation as (`dim` a name of the
 * cells' disaggregations, or `kind` or `detail`): added to as new keys appear, never changed or taken away,
 * so that a number means the same key in every rebuild and a reader needs no lock on it.
 */
export const indicatorKeys = pgTable(
  "indicator_keys",
  {
    dim: text("dim").notNull(),
    key: text("key").notNull(),
    code: integer("code").notNull(),
  },
  (t) => [primaryKey({ columns: [t.dim, t.key] }), unique("indicator_keys_code_key").on(t.dim, t.code)],
);

/**
 * The facts again, each key written as its number in indicator_keys: two fifths of their width, for the answers
 * that add up records split two ways (a year of a kind's facts read in well under half the time, grouped by small
 * numbers rather than text). Built with the cells, swapped whole like the facts.
 */
export const indicatorCodedFacts = pgTable(
  "indicator_coded_facts",
  {
    value: doublePrecision("value"),
    at: date("at", { mode: "string" }).notNull(),
    endedAt: date("ended_at", { mode: "string" }),
    organisation: integer("organisation").notNull(),
    kind: smallint("kind").notNull(),
    detail: smallint("detail"),
    sex: smallint("sex").notNull(),
    ageGroup: smallint("age_group").notNull(),
    country: smallint("country").notNull(),
    province: smallint("province").notNull(),
    district: smallint("district").notNull(),
    returnType: smallint("return_type").notNull(),
    destinationCountry: smallint("destination_country").notNull(),
    destinationRegion: smallint("destination_region").notNull(),
    isicBranch: smallint("isic_branch").notNull(),
    serviceCategory: smallint("service_category").notNull(),
    flag: boolean("flag"),
  },
  (t) => [index("indicator_coded_facts_kind_at_idx").on(t.kind, t.at)],
);

/** Each rebuild of the facts: when it ran, how long it took and how many facts it wrote. */
export const indicatorRefreshes = pgTable("indicator_refreshes", {
  id: serial("id").primaryKey(),
  startedAt: ts("started_at").notNull(),
  finishedAt: ts("finished_at").notNull(),
  facts: integer("facts").notNull(),
});
