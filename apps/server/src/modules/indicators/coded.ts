import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { indexesBuilt, replaceTable } from "./tables";

/**
 * The disaggregations summed in the cells, one at a time, each with the facts' column it reads (as
 * service.ts reads them); the period and the detail are the cells' own columns.
 */
export const cellDimensions = {
  sex: "sex",
  ageGroup: "age_group",
  country: "country",
  province: "province",
  district: "district",
  returnType: "return_type",
  destinationCountry: "destination_country",
  destinationRegion: "destination_region",
  isicBranch: "isic_branch",
  organisation: "coalesce(organisation_id::text, 'unknown')",
  serviceCategory: "coalesce(service_category, 'unknown')",
} as const;
export type CellDimension = keyof typeof cellDimensions;

/** The coded facts' column of each of the cells' disaggregations: the number of its key. */
export const codedColumns: Record<CellDimension, string> = {
  ...cellDimensions,
  organisation: "organisation",
  serviceCategory: "service_category",
};

/** The facts the cells and the coded facts are made from: the table answers read, or the one replacing it. */
export type FactsTable = "indicator_facts" | "indicator_facts_next";

/**
 * Numbers every key of the cells (and every kind and detail) that has no number yet, then writes the facts
 * again with numbers for keys into a new table that takes the coded facts' place. The cells must have been
 * summed from `facts` first, so that every key of the facts is one of theirs; a key without a number would
 * break the coded facts' NOT NULL, never be dropped. Read in the facts' order, (kind, at), they keep it.
 */
export async function rebuildCodedFacts(tx: Db, facts: FactsTable) {
  await tx.execute(sql`
    insert into indicator_keys (dim, key, code)
    select n.dim, n.key,
           coalesce((select max(k.code) from indicator_keys k where k.dim = n.dim), 0)
             + row_number() over (partition by n.dim order by n.key)
      from (select distinct dim, key from indicator_cells where dim <> ''
            union select distinct 'detail', detail from indicator_cells where detail is not null
            union select distinct 'kind', kind from indicator_cells) n
     where not exists (select 1 from indicator_keys k where k.dim = n.dim and k.key = n.key)`);
  await tx.execute(sql`drop table if exists indicator_coded_facts_next`);
  await tx.execute(
    sql`create table indicator_coded_facts_next (like indicator_coded_facts including defaults)`,
  );
  const dims = Object.entries(cellDimensions) as [CellDimension, string][];
  // each key's number joined by its own alias; the facts' columns are named alone, as no other table has them
  await tx.execute(sql`
    insert into indicator_coded_facts_next (value, at, ended_at, kind, detail, flag,
      ${sql.raw(dims.map(([d]) => codedColumns[d]).join(", "))})
    select f.value, f.at, f.ended_at, c_kind.code, c_detail.code, f.flag,
           ${sql.raw(dims.map(([d]) => `c_${d}.code`).join(", "))}
      from ${sql.raw(facts)} f
      left join indicator_keys c_kind on c_kind.dim = 'kind' and c_kind.key = f.kind
      left join indicator_keys c_detail on c_detail.dim = 'detail' and c_detail.key = f.detail
      ${sql.raw(
        dims
          .map(
            ([d, column]) =>
              `left join indicator_keys c_${d} on c_${d}.dim = '${d}' and c_${d}.key = ${column}`,
          )
          .join("\n      "),
      )}`);
  const indexes = await indexesBuilt(tx, "indicator_coded_facts");
  await tx.execute(sql`analyze indicator_coded_facts_next`);
  await replaceTable(tx, "indicator_coded_facts", indexes);
}
