import { sql } from "drizzle-orm";
import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, ts } from "./columns";
import { organisations, users } from "./organisations";
import { persons } from "./persons";

/**
 * A user's judgement that two records are two people: the pair is never offered again as a possible
 * duplicate. The pair is stored in id order, so each pair has one row while the verdict stands.
 */
export const personLinkVerdicts = pgTable(
  "person_link_verdicts",
  {
    id: id(),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id),
    otherPersonId: uuid("other_person_id")
      .notNull()
      .references(() => persons.id),
    note: text("note"),
    decidedByUserId: uuid("decided_by_user_id").references(() => users.id),
    decidedByOrganisationId: uuid("decided_by_organisation_id")
      .notNull()
      .references(() => organisations.id),
    createdAt: createdAt(),
    // a merge of the two records supersedes the verdict
    withdrawnAt: ts("withdrawn_at"),
  },
  (t) => [
    uniqueIndex("person_link_verdicts_pair_idx")
      .on(t.personId, t.otherPersonId)
      .where(sql`${t.withdrawnAt} is null`),
    index("person_link_verdicts_other_idx").on(t.otherPersonId),
  ],
);

/** The rows a merge moved from the merged record to the survivor, by table, so that an undo moves them back. */
export type MergeMoved = {
  cases: string[];
  referrals: string[];
  consents: string[];
  enrolments: string[];
  episodes: string[];
  recordRequests: string[];
  heldRecordRequests: string[];
  /** records merged earlier into the merged one, which now redirect to the survivor */
  redirects: string[];
};

/**
 * One record merged into another. The merged record stays, redirecting to the survivor (persons.merged_into_id);
 * what moved is listed so that an administrator can undo the merge.
 */
export const personMerges = pgTable(
  "person_merges",
  {
    id: id(),
    survivorId: uuid("survivor_id")
      .notNull()
      .references(() => persons.id),
    mergedId: uuid("merged_id")
      .notNull()
      .references(() => persons.id),
    moved: jsonb("moved").$type<MergeMoved>().notNull(),
    /** the survivor's fields the merge filled from the merged record, with the values they had before */
    filled: jsonb("filled").$type<Record<string, unknown>>().notNull().default({}),
    note: text("note"),
    mergedByUserId: uuid("merged_by_user_id").references(() => users.id),
    mergedByOrganisationId: uuid("merged_by_organisation_id")
      .notNull()
      .references(() => organisations.id),
    createdAt: createdAt(),
    undoneAt: ts("undone_at"),
    undoneByUserId: uuid("undone_by_user_id").references(() => users.id),
    undoReason: text("undo_reason"),
  },
  (t) => [
    index("person_merges_survivor_idx").on(t.survivorId),
    uniqueIndex("person_merges_merged_idx").on(t.mergedId).where(sql`${t.undoneAt} is null`),
  ],
);

/**
 * Pairs of records the registry scan found alike enough to review (linkage level likely or possible), with the
 * judgement of the parameters it ran with. A pair judged since (merged, or marked two people) is left out of
 * the review queue when it is read.
 */
export const personLinkCandidates = pgTable(
  "person_link_candidates",
  {
    id: id(),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id),
    otherPersonId: uuid("other_person_id")
      .notNull()
      .references(() => persons.id),
    level: text("level").$type<"likely" | "possible">().notNull(),
    probability: doublePrecision("probability").notNull(),
    /** the reasons for and against, as judgeLink gave them */
    reasons: jsonb("reasons").$type<{ for: unknown[]; against: unknown[] }>().notNull(),
    parametersVersion: text("parameters_version").notNull(),
    foundAt: ts("found_at").notNull(),
  },
  (t) => [
    uniqueIndex("person_link_candidates_pair_idx").on(t.personId, t.otherPersonId),
    index("person_link_candidates_order_idx").on(t.probability, t.id),
    index("person_link_candidates_other_idx").on(t.otherPersonId),
  ],
);

/**
 * Where the scan of the whole registry stands: the linkage parameters it runs with, how far it got (persons
 * in id order), and when it started and finished. One row; a new parameters version starts a new scan.
 */
export const linkageScans = pgTable("linkage_scans", {
  id: text("id").primaryKey(),
  parametersVersion: text("parameters_version").notNull(),
  cursor: uuid("cursor"),
  personsRead: integer("persons_read").notNull().default(0),
  pairsFound: integer("pairs_found").notNull().default(0),
  startedAt: ts("started_at").notNull(),
  finishedAt: ts("finished_at"),
  requestedByUserId: uuid("requested_by_user_id").references(() => users.id),
});
