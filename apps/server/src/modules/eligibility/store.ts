import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/client";

/** How many times the offer catalogue (programmes, services, their organisations) has changed (migration 0007). */
export async function catalogueChanges(tx: Db): Promise<string> {
  const [row] = await queryRows<{ changes: string }>(
    tx,
    sql`select changes::text as changes from offer_catalogue_changes`,
  );
  if (!row) throw new Error("offer_catalogue_changes has no row: the database is not migrated");
  return row.changes;
}
