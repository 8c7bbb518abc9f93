import {
  type ImportFormat as Format,
  ImportDecision,
  importContentTypes,
  importRowStates,
} from "@homecoming/domain";
import { z } from "zod";
import { Paging } from "../../http/schemas";
import { HeldElsewhere, PossibleDuplicate } from "../persons/schemas";

export const ImportFormat = z.enum(Object.keys(importContentTypes) as [Format, ...Format[]], {
  error: "format must be csv or xlsx",
});

export const UploadQuery = z.object({
  fileName: z
    .string({ error: "fileName is required" })
    .trim()
    .min(1, "fileName is required")
    .max(200, "fileName must be at most 200 characters"),
  format: ImportFormat,
});

export const TemplateQuery = z.object({ format: ImportFormat });

export const ImportRowState = z.enum(importRowStates).meta({
  id: "ImportRowState",
  description:
    "invalid: has problems; to_decide: a likely match waits for a decision; decided; ready: registered as new at commit; " +
    "after the import is closed, registered, existing or skipped",
});

export const ImportSummary = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    uploadedByUserId: z.uuid(),
    fileName: z.string(),
    format: ImportFormat,
    status: z.enum(["review", "committed", "discarded"]),
    rowCount: z.int(),
    ignoredColumns: z.array(z.string()).describe("columns of the file that name none of the template's"),
    counts: z.record(ImportRowState, z.int()).describe("rows in each state"),
    closedByUserId: z.uuid().nullable(),
    closedAt: z.date().nullable(),
    version: z.int(),
    createdAt: z.date(),
  })
  .meta({ id: "ImportSummary" });

export const ImportProblem = z
  .object({ column: z.string().nullable(), message: z.string() })
  .meta({ id: "ImportProblem" });

export const ImportRow = z
  .object({
    row: z.int().describe("the row's line in the file; the header is line 1"),
    state: ImportRowState,
    cells: z
      .record(z.string(), z.string())
      .nullable()
      .describe("the cells as written, by column; null once the import is closed"),
    problems: z.array(ImportProblem),
    possibleDuplicates: z.array(PossibleDuplicate),
    heldElsewhere: HeldElsewhere,
    inFile: z
      .array(z.object({ row: z.int(), level: z.enum(["likely", "possible"]), probability: z.number() }))
      .describe("other rows of the file that may be the same returnee"),
    decision: ImportDecision.nullable(),
    personId: z
      .uuid()
      .nullable()
      .describe("the record registered from the row, or the earlier one it was decided to be"),
  })
  .meta({ id: "ImportRow" });

export const ImportRowsQuery = Paging.extend({ state: ImportRowState.optional() });
export type ImportRowsQuery = z.infer<typeof ImportRowsQuery>;

export const ImportRowParams = z.object({
  id: z.uuid("id must be a UUID"),
  row: z.coerce.number({ error: "row must be a line number" }).int("row must be a line number").min(2),
});

export const RowDecisionBody = z
  .object({
    decision: ImportDecision,
    personId: z.uuid("personId must be a UUID").optional(),
  })
  .meta({ id: "ImportRowDecision" });
