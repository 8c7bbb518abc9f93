import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";

// The tables a rebuild writes whole into `${table}_next` and then puts in the place of the one answers read.

/** The tables rebuilt whole and swapped in. */
export type Rebuilt = "indicator_facts" | "indicator_returnee_facts" | "indicator_coded_facts";

const rowsOf = async <T>(tx: Db, query: SQL) => ((await tx.execute(query)) as unknown as { rows: T[] }).rows;

/**
 * Builds on `${table}_next` (a table of the same columns, filled) the indexes and primary key the migrations
 * gave `table` (read from the catalogue, so the migrations stay their source), under names of their own:
 * built once on the whole table, which is quicker than taking twenty million rows one by one into the old ones
 * and leaves no dead rows behind. Gives the names, for replaceTable.
 */
export async function indexesBuilt(tx: Db, table: Rebuilt) {
  const indexes = await rowsOf<{ name: string; definition: string; constraint: boolean }>(
    tx,
    sql`select c.relname as name, coalesce(pg_get_constraintdef(k.oid), pg_get_indexdef(i.indexrelid)) as definition,
               k.oid is not null as constraint
          from pg_index i join pg_class c on c.oid = i.indexrelid
          left join pg_constraint k on k.conindid = i.indexrelid and k.conrelid = i.indrelid
         where i.indrelid = ${table}::regclass`,
  );
  await tx.execute(sql`set local maintenance_work_mem = '256MB'`);
  for (const { name, definition, constraint } of indexes)
    await tx.execute(
      sql.raw(
        constraint
          ? `alter table ${table}_next add constraint ${name}__next ${definition}`
          : definition
              .replace(` INDEX ${name} ON `, ` INDEX ${name}__next ON `)
              .replace(new RegExp(` ON (public\\.)?${table} `), ` ON ${table}_next `),
      ),
    );
  return indexes;
}

/**
 * Puts `${table}_next`, its indexes built, in the place of `table`: the old table dropped and the new one
 * given its name and its indexes theirs. From here to the commit, readers of the table wait (they keep the old
 * one until then), so it is the last thing a rebuild does.
 */
export async function replaceTable(tx: Db, table: Rebuilt, indexes: { name: string; constraint: boolean }[]) {
  await tx.execute(sql.raw(`drop table ${table}`));
  await tx.execute(sql.raw(`alter table ${table}_next rename to ${table}`));
  for (const { name, constraint } of indexes)
    await tx.execute(
      sql.raw(
        constraint
          ? `alter table ${table} rename constraint ${name}__next to ${name}`
          : `alter index ${name}__next rename to ${name}`,
      ),
    );
}
