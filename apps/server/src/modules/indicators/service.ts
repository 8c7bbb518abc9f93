import {
  type FactFilter,
  forbidden,
  type IndicatorCell,
  type IndicatorCount,
  type IndicatorDefinition,
  type IndicatorDisaggregation,
  indicatorByCode,
  indicatorCatalogue,
  notFound,
  publishIndicator,
  restrictedFactKinds,
  toIsoDate,
  validation,
} from "@homecoming/domain";
import { adminArea, countryName, isicEntry } from "@homecoming/reference";
import { type SQL, sql } from "drizzle-orm";
import { queryRows } from "../../db/client";
import type { Ctx } from "../../http/context";
import { type CaseListQuery, listCases } from "../cases/service";
import { organisationsByIds } from "../organisations/service";
import type { IndicatorQuery } from "./schemas";

/** The column of the facts each split reads; a fact without the value is "unknown", never a total. */
const column: Record<IndicatorDisaggregation, string> = {
  sex: "f.sex",
  ageGroup: "f.age_group",
  country: "f.country",
  province: "f.province",
  district: "f.district",
  returnType: "f.return_type",
  destinationCountry: "f.destination_country",
  destinationRegion: "f.destination_region",
  isicBranch: "f.isic_branch",
  organisation: "coalesce(f.organisation_id::text, 'unknown')",
  serviceCategory: "coalesce(f.service_category, 'unknown')",
  closureReason: "coalesce(f.detail, 'unknown')",
  occasion: "coalesce(f.detail, 'unknown')",
  programmeKind: "coalesce(f.detail, 'unknown')",
  month: "to_char(f.at, 'YYYY-MM')",
  quarter: `to_char(f.at, 'YYYY-"Q"Q')`,
  year: "to_char(f.at, 'YYYY')",
};

/** Analysts and administrators read the whole deployment; anyone else their own organisation's facts. */
const seesAll = (ctx: Ctx) => ctx.actor.roles.some((r) => r === "admin" || r === "analyst");

/** A count as the API describes it (lists rather than read-only lists). */
const described = ({ detail, ...rest }: IndicatorCount) => ({
  ...rest,
  ...(detail ? { detail: [...detail] } : {}),
});

export function listIndicators() {
  const items = indicatorCatalogue.map(({ numerator, denominator, disaggregations, ...rest }) => ({
    ...rest,
    numerator: described(numerator),
    ...(denominator ? { denominator: described(denominator) } : {}),
    disaggregations: [...disaggregations],
  }));
  return { items, total: items.length };
}

function matches(filter: FactFilter): SQL {
  const parts: SQL[] = [sql`true`];
  if (filter.flag !== undefined) parts.push(filter.flag ? sql`f.flag is true` : sql`f.flag is not true`);
  if (filter.detail)
    parts.push(
      sql`f.detail in (${sql.join(
        filter.detail.map((d) => sql`${d}`),
        sql`, `,
      )})`,
    );
  if (filter.categoryPrefix) parts.push(sql`f.service_category like ${`${filter.categoryPrefix}%`}`);
  return sql.join(parts, sql` and `);
}

const counted = (c: IndicatorCount): SQL =>
  c.count === "persons"
    ? sql`count(distinct f.person_id) filter (where ${matches(c)})::int`
    : sql`count(*) filter (where ${matches(c)})::int`;

function averaged(definition: IndicatorDefinition): SQL {
  const where = matches(definition.numerator);
  if (definition.unit === "mean")
    return sql`round((avg(f.value) filter (where ${where}))::numeric, 3)::float8`;
  if (definition.unit === "median_days")
    return sql`round((percentile_cont(0.5) within group (order by f.value) filter (where ${where}))::numeric, 1)::float8`;
  return sql`null::float8`;
}

/** The query's splits: at most two, each one the indicator allows. */
function splitsOf(definition: IndicatorDefinition, by: readonly string[]): IndicatorDisaggregation[] {
  if (by.length > 2) throw validation("by takes at most two disaggregations", "by");
  if (new Set(by).size !== by.length) throw validation("by names a disaggregation twice", "by");
  for (const d of by)
    if (!definition.disaggregations.includes(d as IndicatorDisaggregation))
      throw validation(
        `${definition.code} cannot be split by ${d}; it can be by ${definition.disaggregations.join(", ")}`,
        "by",
      );
  return by as IndicatorDisaggregation[];
}

/**
 * Names of the keys that are places, organisations or branches, of the splits and of the filters; the
 * screen words the closed lists itself.
 */
async function labelsOf(ctx: Ctx, keysBySplit: [IndicatorDisaggregation, string[]][]) {
  const labels: Record<string, Record<string, string>> = {};
  for (const [split, all] of keysBySplit) {
    const keys = [...new Set(all.filter((k) => k !== "unknown"))];
    const named: [string, string | undefined][] =
      split === "organisation"
        ? (
            await organisationsByIds(
              ctx,
              keys.filter((k) => /^[0-9a-f-]{36}$/.test(k)),
            )
          ).map((o) => [o.id, o.name])
        : split === "district" || split === "province"
          ? keys.map((k) => [k, adminArea(k)?.name])
          : split === "country" || split === "destinationCountry"
            ? keys.map((k) => [k, countryName(k)])
            : split === "isicBranch"
              ? keys.map((k) => [k, isicEntry(k) && `${k}: ${isicEntry(k)!.title}`])
              : [];
    const found = named.filter((n): n is [string, string] => n[1] !== undefined);
    if (found.length) labels[split] = { ...labels[split], ...Object.fromEntries(found) };
  }
  return labels;
}

/**
 * One indicator over a period, split by up to two disaggregations and filtered by others, computed over the
 * indicators' facts and published through the disclosure rule.
 */
/**
 * What an ask of an indicator selects of the facts: its kind, its period (within it, or still open at its end
 * for a stock), the caller's organisation unless they read the whole deployment, and the filters, each one
 * the indicator takes.
 */
function selection(ctx: Ctx, code: string, query: Omit<IndicatorQuery, "by">) {
  const definition = indicatorByCode(code);
  if (!definition) throw notFound(`indicator ${code}`);
  const to = query.to ?? toIsoDate(ctx.now);
  const from = query.from ?? toIsoDate(new Date(Date.parse(`${to}T00:00:00Z`) - 364 * 86_400_000));
  if (from > to) throw validation("from must not be after to", "from");
  const filters = Object.entries(query.filter) as [IndicatorDisaggregation, string][];
  for (const [d] of filters)
    if (!definition.disaggregations.includes(d))
      throw validation(`${definition.code} cannot be filtered by ${d}`, `filter[${d}]`);
  const where: SQL[] = [sql`f.kind = ${definition.numerator.kind}`];
  where.push(
    definition.stock
      ? sql`f.at <= ${to}::date and (f.ended_at is null or f.ended_at > ${to}::date)`
      : sql`f.at between ${from}::date and ${to}::date`,
  );
  if (!seesAll(ctx)) where.push(sql`f.organisation_id = ${ctx.actor.organisationId}::uuid`);
  for (const [d, value] of filters) where.push(sql`${sql.raw(column[d])} = ${value}`);
  return { definition, from, to, filters, where };
}

/**
 * Whether the caller may list the cases behind the indicator's numbers: staff who see cases, and for a
 * number resting on restricted answers only case workers reading their own organisation's facts.
 */
function mayListCases(ctx: Ctx, definition: IndicatorDefinition): boolean {
  const roles = ctx.actor.roles;
  if (!roles.some((r) => r === "admin" || r === "case_manager" || r === "counsellor" || r === "provider"))
    return false;
  if (!restrictedFactKinds.includes(definition.numerator.kind)) return true;
  return !seesAll(ctx) && roles.some((r) => r === "case_manager" || r === "counsellor");
}

/**
 * The cases behind an indicator's number (its numerator's facts, with the ask's filters: a cell of a split
 * table is its keys as filters), as the case list shows them: only those the caller may see, audited there.
 * A fact about a returnee rather than a case (a registration) stands for the returnee's cases.
 */
export async function casesBehind(
  ctx: Ctx,
  code: string,
  query: Omit<IndicatorQuery, "by"> & { sort: CaseListQuery["sort"]; limit: number; offset: number },
) {
  const { definition, where } = selection(ctx, code, query);
  if (!mayListCases(ctx, definition))
    throw forbidden(
      `${definition.code} rests on health or psychosocial answers: only the lead organisation's case managers and counsellors list the cases behind it`,
    );
  const facts = sql.join([...where, matches(definition.numerator)], sql` and `);
  return listCases(ctx, {
    sort: query.sort,
    limit: query.limit,
    offset: query.offset,
    scope: "shared",
    among: {
      caseIds: sql`select f.case_id from indicator_facts f where ${facts} and f.case_id is not null`,
      personIds: sql`select f.person_id from indicator_facts f where ${facts} and f.case_id is null`,
    },
  });
}

export async function computeIndicator(ctx: Ctx, code: string, query: IndicatorQuery) {
  const { definition, from, to, filters, where } = selection(ctx, code, query);
  const splits = splitsOf(definition, query.by);

  const keys = splits.map((d, i) => sql.raw(`${column[d]} as k${i}`));
  const grouped = splits.map((d) => sql.raw(column[d]));
  const sets =
    splits.length === 2
      ? sql`grouping sets ((${grouped[0]}, ${grouped[1]}), (${grouped[0]}), (${grouped[1]}), ())`
      : splits.length === 1
        ? sql`grouping sets ((${grouped[0]}), ())`
        : sql`grouping sets (())`;
  const flags = splits.map((d, i) => sql.raw(`grouping(${column[d]}) as g${i}`));
  const rows = await queryRows<Record<string, string | number | null>>(
    ctx.tx,
    sql`select ${sql.join([...keys, ...flags, sql``], sql`, `)}
               ${counted(definition.numerator)} as numerator,
               ${definition.denominator ? counted(definition.denominator) : sql`0`} as denominator,
               ${averaged(definition)} as value
          from indicator_facts f
         where ${sql.join(where, sql` and `)}
         group by ${sets}`,
  );
  const cells: IndicatorCell[] = rows.map((r) => ({
    keys: splits.map((_, i) => (Number(r[`g${i}`]) === 1 ? null : String(r[`k${i}`]))),
    numerator: Number(r.numerator),
    ...(definition.denominator ? { denominator: Number(r.denominator) } : {}),
    value: r.value === null ? null : Number(r.value),
  }));
  // a table with no fact at all still has its total, of none
  if (!cells.some((c) => c.keys.every((k) => k === null)))
    cells.push({
      keys: splits.map(() => null),
      numerator: 0,
      ...(definition.denominator ? { denominator: 0 } : {}),
    });
  cells.sort((a, b) => JSON.stringify(a.keys).localeCompare(JSON.stringify(b.keys)));
  const [refreshed] = await queryRows<{ at: Date }>(
    ctx.tx,
    sql`select finished_at as at from indicator_refreshes order by id desc limit 1`,
  );
  return {
    code: definition.code,
    name: definition.name,
    unit: definition.unit,
    from,
    to,
    by: splits,
    filter: Object.fromEntries(filters),
    scope: seesAll(ctx) ? ("deployment" as const) : ("organisation" as const),
    refreshedAt: refreshed ? new Date(refreshed.at) : null,
    casesBehind: mayListCases(ctx, definition),
    cells: publishIndicator(definition, splits.length, cells),
    labels: await labelsOf(ctx, [
      ...splits.map((d, i): [IndicatorDisaggregation, string[]] => [
        d,
        cells.flatMap((c) => (c.keys[i] == null ? [] : [c.keys[i]!])),
      ]),
      ...filters.map(([d, value]): [IndicatorDisaggregation, string[]] => [d, [value]]),
    ]),
  };
}
