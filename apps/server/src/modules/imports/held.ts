import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { importRows, imports } from "../../db/schema";

/** The tables whose rows about a returnee `heldImportRows` gives them (what "my data" covers, checked by a test). */
export const importTables = [importRows];

/**
 * The lines of spreadsheets that registered the returnee or were found to be them, for their own copy: the
 * file, the organisation that loaded it, when, and the cells as written while the import was open (they are
 * emptied once it is committed or discarded).
 */
export async function heldImportRows(tx: Db, personId: string) {
  const rows = await tx
    .select({
      row: importRows,
      fileName: imports.fileName,
      organisationId: imports.organisationId,
      at: imports.createdAt,
    })
    .from(importRows)
    .innerJoin(imports, eq(imports.id, importRows.importId))
    .where(eq(importRows.personId, personId))
    .orderBy(asc(imports.createdAt), asc(importRows.row));
  return rows.map(({ row, fileName, organisationId, at }) => ({
    importId: row.importId,
    fileName,
    organisationId,
    importedAt: at,
    line: row.row,
    cells: row.cells,
    outcome: row.outcome,
  }));
}
