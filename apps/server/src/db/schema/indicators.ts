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
  text,
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

/** Each rebuild of the facts: when it ran, how long it took and how many facts it wrote. */
export const indicatorRefreshes = pgTable("indicator_refreshes", {
  id: serial("id").primaryKey(),
  startedAt: ts("started_at").notNull(),
  finishedAt: ts("finished_at").notNull(),
  facts: integer("facts").notNull(),
});
