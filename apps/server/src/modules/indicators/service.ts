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
import { cellDimensions } from "./refresh";
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

/** Facts summed at the finest grain an ask needs: its splits' keys, the fact's detail and flag. */
type Sums = {
  keys: string[];
  detail: string | null;
  flag: boolean | null;
  n: number;
  total: number;
  valued: number;
};

const periods: readonly IndicatorDisaggregation[] = ["month", "quarter", "year"];
const details: readonly IndicatorDisaggregation[] = ["closureReason", "occasion", "programmeKind"];
const inCells = (d: IndicatorDisaggregation): d is keyof typeof cellDimensions => d in cellDimensions;

/** The column of the cells each split reads: the period from the month, the detail, or the one dimension's key. */
const cellColumn = (d: IndicatorDisaggregation): string =>
  inCells(d)
    ? "c.key"
    : d === "month"
      ? "to_char(c.month, 'YYYY-MM')"
      : d === "quarter"
        ? `to_char(c.month, 'YYYY-"Q"Q')`
        : d === "year"
          ? "to_char(c.month, 'YYYY')"
          : "coalesce(c.detail, 'unknown')";

/** Whether a fact summed with its detail and flag is one a count takes (as matches() says in SQL). */
function takes(filter: FactFilter, row: Sums): boolean {
  if (filter.flag !== undefined && (row.flag === true) !== filter.flag) return false;
  if (filter.detail && !(row.detail !== null && filter.detail.includes(row.detail))) return false;
  return true;
}

/**
 * Whether the ask can be summed rather than counted afresh: facts counted as records (not returnees, who
 * may recur from one month to the next) with no filter on services, no median, and at most one
 * disaggregation besides the period and the detail among its splits, filters and the caller's scope; a stock
 * is summed only when it is not split or filtered by period.
 */
export function summable(definition: IndicatorDefinition, dims: IndicatorDisaggregation[]): boolean {
  const counts = [definition.numerator, ...(definition.denominator ? [definition.denominator] : [])];
  if (
    counts.some(
      (c) => c.count !== "records" || c.categoryPrefix !== undefined || c.kind !== definition.numerator.kind,
    )
  )
    return false;
  if (definition.unit === "median_days") return false;
  if (new Set(dims.filter(inCells)).size > 1) return false;
  if (dims.some((d) => !inCells(d) && !periods.includes(d) && !details.includes(d))) return false;
  return !(definition.stock && dims.some((d) => periods.includes(d)));
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
const addMonths = (month: string, n: number) => {
  const d = new Date(`${month}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + n);
  return isoDay(d);
};
const dayBefore = (day: string) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000));

/**
 * The sums of an ask that summable() allows: the whole months of the period from the cells, the days at
 * either end from the facts; a stock as what began by the period's end less what ended by then.
 */
async function summedFromCells(
  ctx: Ctx,
  definition: IndicatorDefinition,
  splits: IndicatorDisaggregation[],
  filters: [IndicatorDisaggregation, string][],
  from: string,
  to: string,
): Promise<Sums[]> {
  const kind = definition.numerator.kind;
  const scoped = seesAll(ctx) ? [] : ([["organisation", ctx.actor.organisationId ?? ""]] as const);
  const all = [...filters, ...scoped] as [IndicatorDisaggregation, string][];
  const dim = [...splits, ...all.map(([d]) => d)].find(inCells) ?? "";
  const keys = splits.map((d, i) => sql.raw(`${cellColumn(d)} as k${i}`));
  const fromCells = async (byEnd: boolean, first: string | null, last: string, sign: 1 | -1) =>
    (
      await queryRows<Record<string, unknown>>(
        ctx.tx,
        sql`select ${sql.join([...keys, sql``], sql`, `)} c.detail, c.flag,
                 ${sign} * sum(c.n)::int as n, ${sign} * coalesce(sum(c.total), 0)::float8 as total,
                 ${sign} * sum(c.valued)::int as valued
            from indicator_cells c
           where c.kind = ${kind} and c.dim = ${dim} and c.by_end = ${byEnd}
             and ${first ? sql`c.month >= ${first}::date` : sql`true`} and c.month <= ${last}::date
             ${sql.join(
               all.map(([d, value]) => sql` and ${sql.raw(cellColumn(d))} = ${value}`),
               sql``,
             )}
           group by ${splits.length ? sql.raw(`${splits.map((_, i) => `k${i}`).join(", ")}, `) : sql``} c.detail, c.flag`,
      )
    ).map((r) => toSums(r, splits.length));
  const fromFacts = (range: SQL, sign: 1 | -1) => {
    const where = [
      sql`f.kind = ${kind}`,
      range,
      ...all.map(([d, value]) => sql`${sql.raw(column[d])} = ${value}`),
    ];
    return factSums(ctx, splits, where, sign);
  };
  const parts: Promise<Sums[]>[] = [];
  if (definition.stock) {
    // open at the end of `to`: begun by then, less ended by then (the cells count an end no earlier than its start)
    const current = monthStart(to);
    const previous = addMonths(current, -1);
    parts.push(fromCells(false, null, previous, 1), fromCells(true, null, previous, -1));
    parts.push(fromFacts(sql`f.at between ${current}::date and ${to}::date`, 1));
    parts.push(
      fromFacts(
        sql`f.ended_at is not null and greatest(f.at, f.ended_at) between ${current}::date and ${to}::date`,
        -1,
      ),
    );
  } else {
    const firstWhole = from === monthStart(from) ? from : addMonths(monthStart(from), 1);
    const afterLast = addMonths(monthStart(to), 1);
    const lastWhole = dayBefore(afterLast) === to ? monthStart(to) : addMonths(monthStart(to), -1);
    if (firstWhole > lastWhole) parts.push(fromFacts(sql`f.at between ${from}::date and ${to}::date`, 1));
    else {
      parts.push(fromCells(false, firstWhole, lastWhole, 1));
      if (from < firstWhole)
        parts.push(fromFacts(sql`f.at between ${from}::date and ${dayBefore(firstWhole)}::date`, 1));
      const nextAfter = addMonths(lastWhole, 1);
      if (nextAfter <= to) parts.push(fromFacts(sql`f.at between ${nextAfter}::date and ${to}::date`, 1));
    }
  }
  return (await Promise.all(parts)).flat();
}

const toSums = (r: Record<string, unknown>, splits: number): Sums => ({
  keys: Array.from({ length: splits }, (_, i) => String(r[`k${i}`])),
  detail: (r.detail as string | null) ?? null,
  flag: (r.flag as boolean | null) ?? null,
  n: Number(r.n),
  total: Number(r.total ?? 0),
  valued: Number(r.valued),
});

/** The facts that match, summed by the splits' keys, detail and flag (one grouping, which runs in parallel). */
async function factSums(
  ctx: Ctx,
  splits: IndicatorDisaggregation[],
  where: SQL[],
  sign: 1 | -1 = 1,
): Promise<Sums[]> {
  const keys = splits.map((d, i) => sql.raw(`${column[d]} as k${i}`));
  const rows = await queryRows<Record<string, unknown>>(
    ctx.tx,
    sql`select ${sql.join([...keys, sql``], sql`, `)} f.detail, f.flag, ${sign} * count(*)::int as n,
               ${sign} * coalesce(sum(f.value), 0)::float8 as total, ${sign} * count(f.value)::int as valued
          from indicator_facts f
         where ${sql.join(where, sql` and `)}
         group by ${splits.length ? sql.raw(`${splits.map((_, i) => `k${i}`).join(", ")}, `) : sql``} f.detail, f.flag`,
  );
  return rows.map((r) => toSums(r, splits.length));
}

/**
 * The table's cells from the sums: each combination of keys and the totals over either split and both
 * (as GROUPING SETS would give them), counting what the numerator and the denominator take, with the mean of
 * the numerator's values. A stock's group whose facts all ended is none.
 */
function rolledUp(definition: IndicatorDefinition, splits: number, sums: Sums[]): IndicatorCell[] {
  const masks =
    splits === 2
      ? [
          [true, true],
          [true, false],
          [false, true],
          [false, false],
        ]
      : splits === 1
        ? [[true], [false]]
        : [[]];
  type Summed = {
    keys: (string | null)[];
    numerator: number;
    denominator: number;
    total: number;
    valued: number;
    facts: number;
  };
  const cells = new Map<string, Summed>();
  for (const row of sums)
    for (const mask of masks) {
      const keys = mask.map((kept, i) => (kept ? row.keys[i]! : null));
      const id = JSON.stringify(keys);
      let cell = cells.get(id);
      if (!cell) {
        cell = { keys, numerator: 0, denominator: 0, total: 0, valued: 0, facts: 0 };
        cells.set(id, cell);
      }
      if (takes(definition.numerator, row)) {
        cell.numerator += row.n;
        cell.total += row.total;
        cell.valued += row.valued;
      }
      if (definition.denominator && takes(definition.denominator, row)) cell.denominator += row.n;
      cell.facts += row.n;
    }
  return [...cells.values()]
    .filter((c) => !definition.stock || c.facts !== 0 || c.keys.every((k) => k === null))
    .map(({ keys, numerator, denominator, total, valued }) => ({
      keys,
      numerator,
      ...(definition.denominator ? { denominator } : {}),
      value:
        definition.unit === "mean" ? (valued > 0 ? Math.round((1000 * total) / valued) / 1000 : null) : null,
    }));
}

/**
 * Any ask over the facts themselves, with GROUPING SETS, COUNT(DISTINCT) and percentile_cont: returnees each
 * counted once, the medians, and a check on the other ways.
 */
async function countedAfresh(
  ctx: Ctx,
  definition: IndicatorDefinition,
  splits: IndicatorDisaggregation[],
  where: SQL[],
) {
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
  return rows.map(
    (r): IndicatorCell => ({
      keys: splits.map((_, i) => (Number(r[`g${i}`]) === 1 ? null : String(r[`k${i}`]))),
      numerator: Number(r.numerator),
      ...(definition.denominator ? { denominator: Number(r.denominator) } : {}),
      value: r.value === null ? null : Number(r.value),
    }),
  );
}

/**
 * One indicator over a period, split by up to two disaggregations and filtered by others, published through
 * the disclosure rule: summed from the monthly cells where the ask allows (summable), otherwise computed over
 * the facts (records summed by their keys; returnees, each once, and medians with GROUPING SETS).
 * `countAfresh` computes it over the facts with GROUPING SETS whatever the ask, as a check on the other ways.
 */
export async function computeIndicator(
  ctx: Ctx,
  code: string,
  query: IndicatorQuery,
  { countAfresh = false }: { countAfresh?: boolean } = {},
) {
  const { definition, from, to, filters, where } = selection(ctx, code, query);
  const splits = splitsOf(definition, query.by);
  const dims = [...splits, ...filters.map(([d]) => d), ...(seesAll(ctx) ? [] : (["organisation"] as const))];
  const cells: IndicatorCell[] = countAfresh
    ? await countedAfresh(ctx, definition, splits, where)
    : summable(definition, dims)
      ? rolledUp(definition, splits.length, await summedFromCells(ctx, definition, splits, filters, from, to))
      : definition.unit === "median_days" ||
          definition.numerator.count === "persons" ||
          definition.numerator.categoryPrefix !== undefined ||
          definition.denominator?.categoryPrefix !== undefined
        ? await countedAfresh(ctx, definition, splits, where)
        : rolledUp(definition, splits.length, await factSums(ctx, splits, where));
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
