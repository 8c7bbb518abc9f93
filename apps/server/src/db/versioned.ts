import { and, eq, sql } from "drizzle-orm";
import type { AnyPgColumn, PgTable, PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { Db } from "./client";

type VersionedTable = PgTable & { id: AnyPgColumn; version: AnyPgColumn };

/**
 * The optimistic lock of every versioned record: the change applies only to the version the caller read, and
 * moves the version on. Undefined when someone else changed the record first (or it does not exist); the
 * service answers that as stale.
 */
export async function updateVersioned<T extends VersionedTable>(
  tx: Db,
  table: T,
  id: string,
  version: number,
  patch: PgUpdateSetSource<T>,
): Promise<T["$inferSelect"] | undefined> {
  const rows = await tx
    .update(table)
    .set({ ...patch, version: sql`${table.version} + 1` } as PgUpdateSetSource<T>)
    .where(and(eq(table.id, id), eq(table.version, version)))
    .returning();
  return (rows as T["$inferSelect"][])[0];
}
