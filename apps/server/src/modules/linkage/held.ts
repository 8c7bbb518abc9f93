import type { Db } from "../../db/client";
import { personMerges } from "../../db/schema";
import * as store from "./store";

/** The tables whose rows about a returnee `heldMerges` gives them (what "my data" covers, checked by a test). */
export const linkageTables = [personMerges];

/**
 * The records found to be the returnee's and joined into theirs, for their own copy: when, by which
 * organisation, what the join filled in, and whether it was undone (and why).
 */
export async function heldMerges(tx: Db, personId: string) {
  const rows = await store.mergesInto(tx, personId);
  return rows.map(({ merge: m }) => ({
    id: m.id,
    mergedId: m.mergedId,
    organisationId: m.mergedByOrganisationId,
    filled: m.filled,
    note: m.note,
    mergedAt: m.createdAt,
    undoneAt: m.undoneAt,
    undoReason: m.undoReason,
  }));
}
