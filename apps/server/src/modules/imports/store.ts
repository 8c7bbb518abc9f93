import { and, asc, count, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { importRows, imports } from "../../db/schema";

export type ImportRecord = typeof imports.$inferSelect;
export type ImportRowRecord = typeof importRows.$inferSelect;

export async function insertImport(
  tx: Db,
  row: typeof imports.$inferInsert,
  rows: Omit<typeof importRows.$inferInsert, "importId">[],
) {
  const [created] = await tx.insert(imports).values(row).returning();
  // in slices: a statement binds at most 65,535 parameters
  for (let i = 0; i < rows.length; i += 500)
    await tx.insert(importRows).values(rows.slice(i, i + 500).map((r) => ({ ...r, importId: created!.id })));
  return created!;
}

export async function getImport(tx: Db, id: string, forUpdate = false) {
  const query = tx.select().from(imports).where(eq(imports.id, id));
  const [row] = await (forUpdate ? query.for("update") : query);
  return row;
}

/** The rows in each state, for a summary. */
export async function rowStates(tx: Db, importId: string) {
  return tx
    .select({ state: rowState, n: count() })
    .from(importRows)
    .where(eq(importRows.importId, importId))
    .groupBy(rowState);
}

/**
 * A row's state: after the import is closed, what became of it; before, invalid (problems), to decide (a
 * likely match not yet decided), decided, or ready (valid; a possible match at most, registered as new unless
 * decided otherwise).
 */
export const rowState = sql<string>`case
  when ${importRows.outcome} is not null then ${importRows.outcome}
  when jsonb_array_length(${importRows.problems}) > 0 then 'invalid'
  when ${importRows.decision} is not null then 'decided'
  when jsonb_path_exists(${importRows.matches}, '$.registry[*] ? (@.level == "likely")')
    or jsonb_path_exists(${importRows.matches}, '$.inFile[*] ? (@.level == "likely")') then 'to_decide'
  else 'ready' end`;

export async function listImports(
  tx: Db,
  where: { organisationId?: string | undefined },
  page: { limit: number; offset: number },
) {
  const filter = where.organisationId ? eq(imports.organisationId, where.organisationId) : undefined;
  const [items, [total]] = await Promise.all([
    tx
      .select()
      .from(imports)
      .where(filter)
      .orderBy(desc(imports.createdAt), desc(imports.id))
      .limit(page.limit)
      .offset(page.offset),
    tx.select({ n: count() }).from(imports).where(filter),
  ]);
  return { items, total: total!.n };
}

export async function listRows(
  tx: Db,
  importId: string,
  state: string | undefined,
  page: { limit: number; offset: number },
) {
  const filter: SQL | undefined = and(
    eq(importRows.importId, importId),
    state ? sql`${rowState} = ${state}` : undefined,
  );
  const [items, [total]] = await Promise.all([
    tx
      .select({ row: importRows, state: rowState })
      .from(importRows)
      .where(filter)
      .orderBy(asc(importRows.row))
      .limit(page.limit)
      .offset(page.offset),
    tx.select({ n: count() }).from(importRows).where(filter),
  ]);
  return { items, total: total!.n };
}

export async function allRows(tx: Db, importId: string) {
  return tx.select().from(importRows).where(eq(importRows.importId, importId)).orderBy(asc(importRows.row));
}

export async function getRow(tx: Db, importId: string, row: number) {
  const [found] = await tx
    .select({ row: importRows, state: rowState })
    .from(importRows)
    .where(and(eq(importRows.importId, importId), eq(importRows.row, row)));
  return found;
}

export async function updateRow(
  tx: Db,
  importId: string,
  row: number,
  set: Partial<typeof importRows.$inferInsert>,
) {
  await tx
    .update(importRows)
    .set(set)
    .where(and(eq(importRows.importId, importId), eq(importRows.row, row)));
}

/** Closes the import, and empties its rows of the personal data they held while under review. */
export async function closeImport(
  tx: Db,
  id: string,
  set: { status: "committed" | "discarded"; closedByUserId: string; closedAt: Date },
) {
  await tx
    .update(importRows)
    .set({
      cells: null,
      person: null,
      outcome: sql`coalesce(${importRows.outcome}, case when jsonb_array_length(${importRows.problems}) > 0 then 'invalid' else 'skipped' end)`,
    })
    .where(eq(importRows.importId, id));
  const [row] = await tx
    .update(imports)
    .set({ ...set, version: sql`${imports.version} + 1` })
    .where(eq(imports.id, id))
    .returning();
  return row!;
}

export async function touchImport(tx: Db, id: string) {
  await tx
    .update(imports)
    .set({ version: sql`${imports.version} + 1` })
    .where(eq(imports.id, id));
}
