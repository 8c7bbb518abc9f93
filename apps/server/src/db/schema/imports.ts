import type { LinkageReason } from "@homecoming/domain";
import { index, integer, jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, ts } from "./columns";
import { organisations, users } from "./organisations";
import { persons } from "./persons";

/**
 * A file of registrations an organisation uploaded: checked row by row on arrival, reviewed, then registered
 * (committed) or discarded. The rows' personal data is kept only while the import is under review.
 */
export const imports = pgTable(
  "imports",
  {
    id: id(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    uploadedByUserId: uuid("uploaded_by_user_id")
      .notNull()
      .references(() => users.id),
    fileName: text("file_name").notNull(),
    format: text("format").$type<"csv" | "xlsx">().notNull(),
    status: text("status").$type<"review" | "committed" | "discarded">().notNull(),
    rowCount: integer("row_count").notNull(),
    /** the columns of the file that name none of the template's, ignored */
    ignoredColumns: jsonb("ignored_columns").$type<string[]>().notNull(),
    closedByUserId: uuid("closed_by_user_id").references(() => users.id),
    closedAt: ts("closed_at"),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [index("imports_organisation_idx").on(t.organisationId, t.createdAt)],
);

/** What a row's check found: earlier registrations the uploader may see, others only counted, and rows of the same file. */
export type ImportRowMatches = {
  registry: {
    personId: string;
    displayName: string;
    level: "likely" | "possible";
    probability: number;
    reasonsFor: LinkageReason[];
    reasonsAgainst: LinkageReason[];
  }[];
  heldElsewhere: number;
  inFile: { row: number; level: "likely" | "possible"; probability: number }[];
};

export const importRows = pgTable(
  "import_rows",
  {
    importId: uuid("import_id")
      .notNull()
      .references(() => imports.id),
    /** the row's line in the file, the header being line 1 */
    row: integer("row").notNull(),
    /** the cells as written, by column; emptied when the import is committed or discarded */
    cells: jsonb("cells").$type<Record<string, string>>(),
    /** the registration the row makes (PersonInput), when it is valid; emptied with the cells */
    person: jsonb("person").$type<Record<string, unknown>>(),
    problems: jsonb("problems").$type<{ column: string | null; message: string }[]>().notNull(),
    matches: jsonb("matches").$type<ImportRowMatches>().notNull(),
    decision: text("decision").$type<"register" | "existing" | "skip">(),
    decidedByUserId: uuid("decided_by_user_id").references(() => users.id),
    /** the record the row was registered as, or the earlier one it was found to be */
    personId: uuid("person_id").references(() => persons.id),
    outcome: text("outcome").$type<"registered" | "existing" | "skipped" | "invalid">(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.row] })],
);
