import {
  addDaysIso,
  type CalendarPeriod,
  type FactFilter,
  forbidden,
  type IndicatorCell,
  type IndicatorCount,
  type IndicatorDefinition,
  type IndicatorDisaggregation,
  indicatorByCode,
  indicatorCatalogue,
  monthStartIso,
  notFound,
  periodDays,
  periodMonths,
  publishIndicator,
  restrictedFactKinds,
  toIsoDate,
  validation,
} from "@homecoming/domain";
import { adminArea, countryName, isicEntry } from "@homecoming/reference";
import { type SQL, sql } from "drizzle-orm";
import { queryRows } from "../../db/client";
import { together } from "../../db/together";
import type { Ctx } from "../../http/context";
import { type CaseListQuery, listCases } from "../cases/service";
import { organisationsByIds } from "../organisations/service";
import { cellDimensions, codedColumns } from "./coded";
import { inReturneeCells, sequenceOf } from "./refresh";
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
  currency: "coalesce(f.detail, 'unknown')",
  feedbackSubject: "coalesce(f.detail, 'unknown')",
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

/** The SQL of a count's filter; `detailOf` writes a detail as the table holds it (its text, or its number). */
function matches(filter: FactFilter, detailOf: (detail: string) => SQL = (d) => sql`${d}`): SQL {
  const parts: SQL[] = [sql`true`];
  if (filter.flag !== undefined) parts.push(filter.flag ? sql`f.flag is true` : sql`f.flag is not true`);
  if (filter.detail) parts.push(sql`f.detail in (${sql.join(filter.detail.map(detailOf), sql`, `)})`);
  if (filter.categoryPrefix) parts.push(sql`f.service_category like ${`${filter.categoryPrefix}%`}`);
  return sql.join(parts, sql` and `);
}

const counted = (c: IndicatorCount, detailOf?: (detail: string) => SQL): SQL =>
  c.count === "persons"
    ? sql`count(distinct f.person_id) filter (where ${matches(c, detailOf)})::int`
    : sql`count(*) filter (where ${matches(c, detailOf)})::int`;

function averaged(definition: IndicatorDefinition, detailOf?: (detail: string) => SQL): SQL {
  const where = matches(definition.numerator, detailOf);
  if (definition.unit === "mean")
    return sql`round((avg(f.value) filter (where ${where}))::numeric, 3)::float8`;
  if (definition.unit === "sum")
    return sql`round((sum(f.value) filter (where ${where}))::numeric, 2)::float8`;
  if (definition.unit === "median_days")
    return sql`round((percentile_cont(0.5) within group (order by f.value) filter (where ${where}))::numeric, 1)::float8`;
  return sql`null::float8`;
}

/** The query's splits: at most two, each one the indicator allows. */
function splitsOf(definition: IndicatorDefinition, by: readonly string[]): IndicatorDisaggregation[] {
  if (by.length > 2) throw validation("indicator.split_twice_at_most", {}, "by");
  if (new Set(by).size !== by.length) throw validation("indicator.split_repeated", {}, "by");
  for (const d of by)
    if (!definition.disaggregations.includes(d as IndicatorDisaggregation))
      throw validation(
        "indicator.cannot_split",
        { indicator: definition.code, split: d, allowed: definition.disaggregations.join(", ") },
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
  if (!definition) throw notFound("indicator.not_found", { code });
  const to = query.to ?? toIsoDate(ctx.now);
  const from = query.from ?? toIsoDate(new Date(Date.parse(`${to}T00:00:00Z`) - 364 * 86_400_000));
  if (from > to) throw validation("indicator.from_after_to", {}, "from");
  const filters = Object.entries(query.filter) as [IndicatorDisaggregation, string][];
  for (const [d] of filters)
    if (!definition.disaggregations.includes(d))
      throw validation("indicator.cannot_filter", { indicator: definition.code, filter: d }, `filter[${d}]`);
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
  if (definition.aboutCases === false) return false;
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
  if (definition.aboutCases === false)
    throw validation("indicator.no_cases_behind", { indicator: definition.code }, "code");
  if (!mayListCases(ctx, definition))
    throw forbidden("indicator.cases_restricted", { indicator: definition.code });
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
const details: readonly IndicatorDisaggregation[] = [
  "closureReason",
  "occasion",
  "programmeKind",
  "currency",
  "feedbackSubject",
];
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
function summable(definition: IndicatorDefinition, dims: IndicatorDisaggregation[]): boolean {
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
           group by ${byKeys(splits.length, "c")}`,
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
    const current = monthStartIso(to);
    const previous = monthStartIso(current, -1);
    parts.push(fromCells(false, null, previous, 1), fromCells(true, null, previous, -1));
    parts.push(fromFacts(sql`f.at between ${current}::date and ${to}::date`, 1));
    parts.push(
      fromFacts(
        sql`f.ended_at is not null and greatest(f.at, f.ended_at) between ${current}::date and ${to}::date`,
        -1,
      ),
    );
  } else {
    const firstWhole = from === monthStartIso(from) ? from : monthStartIso(from, 1);
    const afterLast = monthStartIso(to, 1);
    const lastWhole = addDaysIso(afterLast, -1) === to ? monthStartIso(to) : monthStartIso(to, -1);
    if (firstWhole > lastWhole) parts.push(fromFacts(sql`f.at between ${from}::date and ${to}::date`, 1));
    else {
      parts.push(fromCells(false, firstWhole, lastWhole, 1));
      if (from < firstWhole)
        parts.push(fromFacts(sql`f.at between ${from}::date and ${addDaysIso(firstWhole, -1)}::date`, 1));
      const nextAfter = monthStartIso(lastWhole, 1);
      if (nextAfter <= to) parts.push(fromFacts(sql`f.at between ${nextAfter}::date and ${to}::date`, 1));
    }
  }
  return (await Promise.all(parts)).flat();
}

/** The numbers of the keys of some disaggregations (and of kinds and details), both ways. */
async function keyNumbers(ctx: Ctx, dims: Set<string>) {
  const entries = await queryRows<{ dim: string; key: string; code: number }>(
    ctx.tx,
    sql`select dim, key, code from indicator_keys where dim in (${sql.join(
      [...dims].map((d) => sql`${d}`),
      sql`, `,
    )})`,
  );
  return {
    codeOf: new Map(entries.map((e) => [`${e.dim}/${e.key}`, e.code])),
    keyOf: new Map(entries.map((e) => [`${e.dim}/${e.code}`, e.key])),
  };
}

/** The coded facts' column a split reads: a disaggregation's number, the detail's, or the period of the day. */
const codedColumn = (d: IndicatorDisaggregation): string =>
  inCells(d) ? `f.${codedColumns[d]}` : details.includes(d) ? "f.detail" : column[d];

/**
 * What an ask reads of the coded facts (two fifths of the facts' width, grouped by small numbers rather than
 * text): the numbers of its kind, scope and filters in its WHERE, and the names of the numbers a read gives
 * back, from indicator_keys, which only ever grows: a number read is always there to name, read again if a
 * rebuild added it meanwhile. A key no fact has has no number, and takes nothing.
 */
async function codedSelection(
  ctx: Ctx,
  definition: IndicatorDefinition,
  splits: IndicatorDisaggregation[],
  filters: [IndicatorDisaggregation, string][],
  from: string,
  to: string,
) {
  const dims = new Set<string>(["kind", "detail", ...(seesAll(ctx) ? [] : ["organisation"])]);
  for (const d of [...splits, ...filters.map(([d]) => d)]) if (inCells(d)) dims.add(d);
  let numbers = await keyNumbers(ctx, dims);
  const code = (dim: string, key: string) => numbers.codeOf.get(`${dim}/${key}`) ?? -1;
  const where: SQL[] = [
    sql`f.kind = ${code("kind", definition.numerator.kind)}`,
    definition.stock
      ? sql`f.at <= ${to}::date and (f.ended_at is null or f.ended_at > ${to}::date)`
      : sql`f.at between ${from}::date and ${to}::date`,
  ];
  if (!seesAll(ctx))
    where.push(sql`f.organisation = ${code("organisation", ctx.actor.organisationId ?? "")}`);
  for (const [d, value] of filters)
    where.push(
      inCells(d)
        ? sql`${sql.raw(codedColumn(d))} = ${code(d, value)}`
        : details.includes(d)
          ? value === "unknown"
            ? sql`f.detail is null`
            : sql`f.detail = ${code("detail", value)}`
          : sql`${sql.raw(column[d])} = ${value}`,
    );
  const named = (dim: string, c: unknown) => (c == null ? null : numbers.keyOf.get(`${dim}/${c}`));
  const numbered = (d: IndicatorDisaggregation) => inCells(d) || details.includes(d);
  /** The rows with their splits' keys (k0, k1) and their detail named rather than numbered. */
  const keyed = async (rows: Record<string, unknown>[]) => {
    const unnamed = rows.some(
      (r) =>
        named("detail", r.detail) === undefined ||
        splits.some((d, i) => numbered(d) && named(inCells(d) ? d : "detail", r[`k${i}`]) === undefined),
    );
    if (unnamed) numbers = await keyNumbers(ctx, dims);
    return rows.map((r) => {
      const row: Record<string, unknown> = { ...r, detail: named("detail", r.detail) ?? null };
      splits.forEach((d, i) => {
        if (inCells(d)) row[`k${i}`] = named(d, r[`k${i}`]);
        else if (details.includes(d)) row[`k${i}`] = named("detail", r[`k${i}`]) ?? "unknown";
      });
      return row;
    });
  };
  return { where, detailOf: (detail: string) => sql`${code("detail", detail)}`, keyed };
}
type CodedSelection = Awaited<ReturnType<typeof codedSelection>>;

/**
 * The facts an ask takes, from the coded facts, counted by the splits' keys as the numerator and the
 * denominator count them (one grouping, of as many rows as combinations of keys).
 */
async function codedCounts(
  ctx: Ctx,
  definition: IndicatorDefinition,
  splits: IndicatorDisaggregation[],
  { where, detailOf, keyed }: CodedSelection,
): Promise<Counted[]> {
  const keys = splits.map((d, i) => sql.raw(`${codedColumn(d)} as k${i}`));
  const numerator = matches(definition.numerator, detailOf);
  const rows = await queryRows<Record<string, unknown>>(
    ctx.tx,
    sql`select ${sql.join([...keys, sql``], sql`, `)}
               count(*) filter (where ${numerator})::int as numerator,
               ${definition.denominator ? sql`count(*) filter (where ${matches(definition.denominator, detailOf)})::int` : sql`0`} as denominator,
               coalesce(sum(f.value) filter (where ${numerator}), 0)::float8 as total,
               count(f.value) filter (where ${numerator})::int as valued, count(*)::int as facts
          from indicator_coded_facts f
         where ${sql.join(where, sql` and `)}
         group by ${sql.raw(splits.map((_, i) => `k${i}`).join(", ") || "()")}`,
  );
  return (await keyed(rows)).map((r) => ({
    keys: splits.map((_, i) => String(r[`k${i}`])),
    numerator: Number(r.numerator),
    denominator: Number(r.denominator),
    total: Number(r.total),
    valued: Number(r.valued),
    facts: Number(r.facts),
  }));
}

/** A median of records (whose values cannot be summed), counted over the coded facts with GROUPING SETS. */
const codedMedian = (
  ctx: Ctx,
  definition: IndicatorDefinition,
  splits: IndicatorDisaggregation[],
  { where, detailOf, keyed }: CodedSelection,
): Promise<IndicatorCell[]> =>
  countedOver(ctx, definition, splits, where, {
    table: "indicator_coded_facts",
    columnOf: codedColumn,
    detailOf,
    keyed,
  });

/** The grouping of sums: the splits' keys (k0, k1), the detail and the flag of the table `alias`. */
const byKeys = (splits: number, alias: "c" | "f") =>
  sql.raw(
    [...Array.from({ length: splits }, (_, i) => `k${i}`), `${alias}.detail`, `${alias}.flag`].join(", "),
  );

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
         group by ${byKeys(splits.length, "f")}`,
  );
  return rows.map((r) => toSums(r, splits.length));
}

/** Facts of one combination of keys, counted as an indicator counts them. */
type Counted = {
  keys: (string | null)[];
  numerator: number;
  denominator: number;
  /** the sum and number of the numerator's values */
  total: number;
  valued: number;
  /** every fact, whatever the counts take */
  facts: number;
};

/** Sums by keys, detail and flag as the numerator and the denominator count them. */
const countedOf = (definition: IndicatorDefinition, row: Sums): Counted => {
  const numerator = takes(definition.numerator, row);
  return {
    keys: row.keys,
    numerator: numerator ? row.n : 0,
    denominator: definition.denominator && takes(definition.denominator, row) ? row.n : 0,
    total: numerator ? row.total : 0,
    valued: numerator ? row.valued : 0,
    facts: row.n,
  };
};

/**
 * The table's cells from the counts of each combination of keys: the combinations and the totals over either
 * split and both (as GROUPING SETS would give them), with the mean or sum of the numerator's values. A
 * stock's group whose facts all ended is none.
 */
function rolledUp(definition: IndicatorDefinition, splits: number, rows: Counted[]): IndicatorCell[] {
  const masks = masksOf(splits);
  const cells = new Map<string, Counted>();
  for (const row of rows)
    for (const mask of masks) {
      const keys = mask.map((kept, i) => (kept ? row.keys[i]! : null));
      const id = keys.map((k) => k ?? "\u0000").join("\u0001");
      let cell = cells.get(id);
      if (!cell) {
        cell = { keys, numerator: 0, denominator: 0, total: 0, valued: 0, facts: 0 };
        cells.set(id, cell);
      }
      cell.numerator += row.numerator;
      cell.denominator += row.denominator;
      cell.total += row.total;
      cell.valued += row.valued;
      cell.facts += row.facts;
    }
  return [...cells.values()]
    .filter((c) => !definition.stock || c.facts !== 0 || c.keys.every((k) => k === null))
    .map(({ keys, numerator, denominator, total, valued }) => ({
      keys,
      numerator,
      ...(definition.denominator ? { denominator } : {}),
      value:
        valued === 0
          ? null
          : definition.unit === "mean"
            ? Math.round((1000 * total) / valued) / 1000
            : definition.unit === "sum"
              ? Math.round(100 * total) / 100
              : null,
    }));
}

type Period = CalendarPeriod;
const periodFormat: Record<Period, string> = { month: "YYYY-MM", quarter: 'YYYY-"Q"Q', year: "YYYY" };

/**
 * Whether the ask counts returnees from the returnees' cells: each count one the cells hold (all of a kind's
 * facts or its flagged ones, no service or detail filter), a count or a percentage over a period, split by at
 * most one period, and at most one disaggregation besides periods among its splits, filters and the caller's
 * scope.
 */
function countsReturnees(
  definition: IndicatorDefinition,
  splits: IndicatorDisaggregation[],
  dims: IndicatorDisaggregation[],
): boolean {
  if (definition.stock || (definition.unit !== "count" && definition.unit !== "percentage")) return false;
  const counts = [definition.numerator, ...(definition.denominator ? [definition.denominator] : [])];
  if (!counts.every((c) => inReturneeCells(c) && c.kind === definition.numerator.kind)) return false;
  if (dims.some((d) => !inCells(d) && !periods.includes(d))) return false;
  // the returnees of a group are counted in one sequence of their facts: at most one of those of their own
  if (
    new Set(
      dims
        .filter(inCells)
        .map(sequenceOf)
        .filter((s) => s !== "person"),
    ).size > 1
  )
    return false;
  return splits.filter((d) => periods.includes(d)).length <= 1;
}

/**
 * The returnees a count takes over [from, to], each counted once in each group: by a period (each its part of
 * [from, to]) and by a disaggregation's key, or neither; `key` keeps one key of the disaggregation. The returnees
 * of a group are its facts whose previous fact in the disaggregation's sequence is before the group begins.
 * Counted from the first day of from's month: the whole months from the cells (facts whose previous fact's
 * month is before the group's first), the days after the last whole month from the facts; less the returnees
 * whose facts in the first group all lie before `from` (a fact of those days whose next one is after the group
 * ends, or none).
 */
async function returneesIn(
  ctx: Ctx,
  count: IndicatorCount,
  period: Period | null,
  dim: IndicatorDisaggregation | "",
  key: string | null,
  from: string,
  to: string,
): Promise<Map<string, number>> {
  const first = monthStartIso(from);
  const afterLast = monthStartIso(to, 1);
  const lastWhole = addDaysIso(afterLast, -1) === to ? monthStartIso(to) : monthStartIso(to, -1);
  const trailingFrom = lastWhole < first ? first : monthStartIso(lastWhole, 1);
  const sequence = sequenceOf(dim);
  const prev = sql.raw(`f.prev_${sequence}`);
  const next = sql.raw(`f.next_${sequence}`);
  const start = (at: SQL) =>
    period
      ? sql`greatest(date_trunc(${period}, ${at}::timestamp)::date, ${first}::date)`
      : sql`${first}::date`;
  const end = (at: SQL) =>
    period
      ? sql`least((date_trunc(${period}, ${at}::timestamp) + ${`${periodMonths[period]} months`}::interval - interval '1 day')::date, ${to}::date)`
      : sql`${to}::date`;
  const periodKey = (at: SQL) => (period ? sql`to_char(${at}, ${periodFormat[period]})` : sql`''`);
  const factKey = dim ? sql.raw(column[dim]) : sql`''`;
  const ofCount = (table: string) =>
    sql`${sql.raw(table)}.kind = ${count.kind} and ${sql.raw(table)}.flagged = ${count.flag === true}`;
  const parts: SQL[] = [];
  if (first <= lastWhole) {
    const month = sql`c.month`;
    parts.push(sql`
      select ${periodKey(month)} as kp, ${dim ? sql`c.key` : sql`''`} as kd, sum(c.n)::int as n
        from indicator_returnee_cells c
       where ${ofCount("c")} and c.dim = ${dim} ${key === null ? sql`` : sql`and c.key = ${key}`}
         and c.month between ${first}::date and ${lastWhole}::date
         and (c.prev_month is null or c.prev_month < ${start(month)})
       group by kp, kd`);
  }
  const at = sql`f.at`;
  const keyed = key === null ? sql`` : sql`and ${factKey} = ${key}`;
  if (trailingFrom <= to)
    parts.push(sql`
      select ${periodKey(at)} as kp, ${factKey} as kd, count(*)::int as n
        from indicator_returnee_facts f
       where ${ofCount("f")} and f.at between ${trailingFrom}::date and ${to}::date ${keyed}
         and (${prev} is null or ${prev} < ${start(at)})
       group by kp, kd`);
  if (first < from)
    parts.push(sql`
      select ${periodKey(at)} as kp, ${factKey} as kd, -count(*)::int as n
        from indicator_returnee_facts f
       where ${ofCount("f")} and f.at between ${first}::date and ${addDaysIso(from, -1)}::date ${keyed}
         and (${next} is null or ${next} > ${end(at)})
       group by kp, kd`);
  const counted = new Map<string, number>();
  if (!parts.length) return counted;
  const rows = await queryRows<{ kp: string; kd: string; n: number }>(
    ctx.tx,
    sql.join(parts, sql` union all `),
  );
  for (const r of rows) {
    const id = JSON.stringify([r.kp, String(r.kd)]);
    counted.set(id, (counted.get(id) ?? 0) + Number(r.n));
  }
  return counted;
}

/**
 * What an ask of returnees keeps: its period within the period filters' (none when they do not meet) and
 * one key for each disaggregation filtered, the caller's organisation included (none when two differ).
 */
function returneeAsk(
  ctx: Ctx,
  filters: [IndicatorDisaggregation, string][],
  from: string,
  to: string,
): { from: string; to: string; keyOf: Map<IndicatorDisaggregation, string> } | null {
  for (const [d, value] of filters)
    if (periods.includes(d)) {
      const days = periodDays(d as Period, value);
      if (!days || days.from > to || days.to < from) return null;
      [from, to] = [days.from > from ? days.from : from, days.to < to ? days.to : to];
    }
  const scoped = seesAll(ctx) ? [] : ([["organisation", ctx.actor.organisationId ?? ""]] as const);
  const keyOf = new Map<IndicatorDisaggregation, string>();
  for (const [d, value] of [...filters, ...scoped] as [IndicatorDisaggregation, string][])
    if (inCells(d)) {
      // a filter on another organisation than the caller's takes nothing
      if (keyOf.has(d) && keyOf.get(d) !== value) return null;
      keyOf.set(d, value);
    }
  return { from, to, keyOf };
}

/**
 * An ask of returnees by at most one disaggregation besides the period (wayOf's "returnee cells"), cell by
 * cell of its table (each combination of keys and the totals over either split and both): each count's
 * returnees from the returnees' cells, in the groups where the indicator's kind has facts.
 */
async function returneesFromCells(
  ctx: Ctx,
  definition: IndicatorDefinition,
  splits: IndicatorDisaggregation[],
  { from, to, keyOf }: NonNullable<ReturnType<typeof returneeAsk>>,
): Promise<IndicatorCell[]> {
  const filtered = [...keyOf.keys()][0] ?? "";
  const present: IndicatorCount = { kind: definition.numerator.kind, count: "persons" };
  // every grouping's counts started at once: the connection sends them together rather than one by one
  const masks = masksOf(splits.length);
  const asked = new Map<string, Promise<Map<string, number>>>();
  const ask = (mask: boolean[], c: IndicatorCount) => {
    const kept = splits.filter((_, i) => mask[i]);
    const period = (kept.find((d) => periods.includes(d)) ?? null) as Period | null;
    const dim = kept.find(inCells) ?? filtered;
    const key = dim ? (keyOf.get(dim) ?? null) : null;
    const id = `${mask.join()} ${c.kind} ${c.flag === true}`;
    if (!asked.has(id)) asked.set(id, returneesIn(ctx, c, period, dim, key, from, to));
    return asked.get(id)!;
  };
  const counted = await together(
    masks.map((mask) =>
      together([
        ask(mask, present),
        ask(mask, definition.numerator),
        definition.denominator ? ask(mask, definition.denominator) : null,
      ] as const),
    ),
  );
  const cells: IndicatorCell[] = [];
  for (const [m, mask] of masks.entries()) {
    const [facts, numerator, denominator] = counted[m]!;
    for (const [id, n] of facts) {
      if (n <= 0) continue;
      const [kp, kd] = JSON.parse(id) as [string, string];
      cells.push({
        keys: splits.map((d, i) => (!mask[i] ? null : periods.includes(d) ? kp : kd)),
        numerator: numerator.get(id) ?? 0,
        ...(denominator ? { denominator: denominator.get(id) ?? 0 } : {}),
        value: null,
      });
    }
  }
  return cells;
}

/**
 * An ask of returnees by more than one disaggregation (wayOf's "returnee facts"), over the returnees'
 * facts in [from, to] with GROUPING SETS: each group's returnees are its facts whose previous fact, in the
 * sequence its disaggregations keep, is before the group begins (the period's first day within [from, to],
 * or `from`); every count of every group in one read, no returnee sorted out by COUNT(DISTINCT).
 */
async function returneesFromFacts(
  ctx: Ctx,
  definition: IndicatorDefinition,
  splits: IndicatorDisaggregation[],
  { from, to, keyOf }: NonNullable<ReturnType<typeof returneeAsk>>,
): Promise<IndicatorCell[]> {
  const period = (splits.find((d) => periods.includes(d)) ?? null) as Period | null;
  const masks = masksOf(splits.length);
  /** the sequence a group's returnees are counted in, whether its period is its own, and which facts */
  const columnOf = (mask: boolean[], flagged: boolean) => {
    const dims = [...splits.filter((d, i) => mask[i] && inCells(d)), ...keyOf.keys()];
    const sequence = dims.map(sequenceOf).find((s) => s !== "person") ?? "person";
    const periodic = period !== null && mask[splits.indexOf(period)] === true;
    return { name: `n_${sequence}_${periodic}_${flagged}`, sequence, periodic, flagged };
  };
  const counts = [definition.numerator, ...(definition.denominator ? [definition.denominator] : [])];
  const wanted = new Map(
    masks.flatMap((mask) =>
      [false, ...counts.map((c) => c.flag === true)].map((flagged) => {
        const c = columnOf(mask, flagged);
        return [c.name, c] as const;
      }),
    ),
  );
  const aggregates = [...wanted.values()].map(
    ({ name, sequence, periodic, flagged }) =>
      sql`count(*) filter (where f.flagged = ${flagged} and (${sql.raw(`f.prev_${sequence}`)} is null or ${sql.raw(
        `f.prev_${sequence}`,
      )} < ${
        periodic
          ? sql`greatest(date_trunc(${period}, f.at::timestamp)::date, ${from}::date)`
          : sql`${from}::date`
      }))::int as ${sql.raw(name)}`,
  );
  // counted by every split's key at once, then rolled up here: a returnee is counted at the fact that opens a
  // group in the sequence the group keeps, and each fact lies in one group of the finest keys, so a group's
  // count is the sum of its finest groups' (one hash table in the database instead of one per grouping)
  const finest = splits.map((d) => sql.raw(column[d]));
  const rows = await queryRows<Record<string, string | number | null>>(
    ctx.tx,
    sql`select ${sql.join([...splits.map((d, i) => sql.raw(`${column[d]} as k${i}`)), ...aggregates], sql`, `)}
          from indicator_returnee_facts f
         where f.kind = ${definition.numerator.kind}
           and f.flagged in (${sql.join(
             [...new Set([...wanted.values()].map((c) => c.flagged))].map((b) => sql`${b}`),
             sql`, `,
           )})
           and f.at between ${from}::date and ${to}::date
           ${sql.join(
             [...keyOf].map(([d, value]) => sql` and ${sql.raw(column[d])} = ${value}`),
             sql``,
           )}
         ${finest.length ? sql`group by ${sql.join(finest, sql`, `)}` : sql``}`,
  );
  const cells = new Map<string, IndicatorCell>();
  for (const r of rows)
    for (const mask of masks) {
      const keys = splits.map((_, i) => (mask[i] ? String(r[`k${i}`]) : null));
      const id = JSON.stringify(keys);
      const n = (flagged: boolean) => Number(r[columnOf(mask, flagged).name]);
      const cell = cells.get(id) ?? {
        keys,
        numerator: 0,
        ...(definition.denominator ? { denominator: 0 } : {}),
        value: null,
      };
      cell.numerator += n(definition.numerator.flag === true);
      if (definition.denominator)
        cell.denominator = (cell.denominator ?? 0) + n(definition.denominator.flag === true);
      cells.set(id, cell);
    }
  return [...cells.values()];
}

const returneesOf = async (
  way: "returnee cells" | "returnee facts",
  ctx: Ctx,
  definition: IndicatorDefinition,
  splits: IndicatorDisaggregation[],
  ask: ReturnType<typeof returneeAsk>,
) =>
  !ask
    ? []
    : way === "returnee cells"
      ? returneesFromCells(ctx, definition, splits, ask)
      : returneesFromFacts(ctx, definition, splits, ask);

/**
 * The splits' keys (k0, k1), whether a row is a total over each (g0, g1: 1 when it is) and the GROUPING SETS
 * that give each combination of keys and the totals over either split and both.
 */
function groupingOf(
  splits: IndicatorDisaggregation[],
  columnOf: (d: IndicatorDisaggregation) => string = (d) => column[d],
) {
  const grouped = splits.map((d) => sql.raw(columnOf(d)));
  return {
    keys: splits.map((d, i) => sql.raw(`${columnOf(d)} as k${i}`)),
    flags: splits.map((d, i) => sql.raw(`grouping(${columnOf(d)}) as g${i}`)),
    sets:
      splits.length === 2
        ? sql`grouping sets ((${grouped[0]}, ${grouped[1]}), (${grouped[0]}), (${grouped[1]}), ())`
        : splits.length === 1
          ? sql`grouping sets ((${grouped[0]}), ())`
          : sql`grouping sets (())`,
  };
}

/** Which splits each cell of a table keeps: both and either (as GROUPING SETS gives them), one, or none. */
const masksOf = (splits: number): boolean[][] =>
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
  return countedOver(ctx, definition, splits, where, {
    table: "indicator_facts",
    columnOf: (d) => column[d],
    keyed: async (rows) => rows,
  });
}

/** Counted with GROUPING SETS over the facts, or over the coded facts with their numbers named. */
async function countedOver(
  ctx: Ctx,
  definition: IndicatorDefinition,
  splits: IndicatorDisaggregation[],
  where: SQL[],
  source: {
    table: "indicator_facts" | "indicator_coded_facts";
    columnOf: (d: IndicatorDisaggregation) => string;
    detailOf?: (detail: string) => SQL;
    keyed: (rows: Record<string, unknown>[]) => Promise<Record<string, unknown>[]>;
  },
) {
  const { keys, flags, sets } = groupingOf(splits, source.columnOf);
  const rows = await queryRows<Record<string, unknown>>(
    ctx.tx,
    sql`select ${sql.join([...keys, ...flags, sql``], sql`, `)}
               ${counted(definition.numerator, source.detailOf)} as numerator,
               ${definition.denominator ? counted(definition.denominator, source.detailOf) : sql`0`} as denominator,
               ${averaged(definition, source.detailOf)} as value
          from ${sql.raw(source.table)} f
         where ${sql.join(where, sql` and `)}
         group by ${sets}`,
  );
  return (await source.keyed(rows)).map(
    (r): IndicatorCell => ({
      keys: splits.map((_, i) => (Number(r[`g${i}`]) === 1 ? null : String(r[`k${i}`]))),
      numerator: Number(r.numerator),
      ...(definition.denominator ? { denominator: Number(r.denominator) } : {}),
      value: r.value === null ? null : Number(r.value),
    }),
  );
}

/**
 * How an ask is answered: returnees from the returnees' cells, records and means from the monthly cells, or from
 * the coded facts summed by their keys; medians of records counted over the coded facts; the rest (returnees
 * of some services) counted over the facts.
 * `dims` are the ask's splits, filters and the caller's scope.
 */
export function wayOf(
  definition: IndicatorDefinition,
  splits: IndicatorDisaggregation[],
  dims: IndicatorDisaggregation[],
): "returnee cells" | "returnee facts" | "cells" | "summed" | "median" | "counted" {
  if (countsReturnees(definition, splits, dims))
    return new Set(dims.filter(inCells)).size > 1 ? "returnee facts" : "returnee cells";
  if (summable(definition, dims)) return "cells";
  const counts = [definition.numerator, ...(definition.denominator ? [definition.denominator] : [])];
  if (counts.some((c) => c.count === "persons" || c.categoryPrefix !== undefined)) return "counted";
  return definition.unit === "median_days" ? "median" : "summed";
}

/**
 * One indicator over a period, split by up to two disaggregations and filtered by others, published through
 * the disclosure rule, answered the way wayOf() gives: returnees from the returnees' cells, records and means
 * from the monthly cells, or from the coded facts summed by their keys, medians counted over the coded facts, or
 * counted over the facts with GROUPING SETS.
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
  if (definition.unit === "sum" && !splits.includes("currency") && !filters.some(([d]) => d === "currency"))
    throw validation("indicator.one_currency", { indicator: definition.code }, "by");
  const dims = [...splits, ...filters.map(([d]) => d), ...(seesAll(ctx) ? [] : (["organisation"] as const))];
  const way = countAfresh ? "counted" : wayOf(definition, splits, dims);
  const cells: IndicatorCell[] =
    way === "returnee cells" || way === "returnee facts"
      ? await returneesOf(way, ctx, definition, splits, returneeAsk(ctx, filters, from, to))
      : way === "cells"
        ? rolledUp(
            definition,
            splits.length,
            (await summedFromCells(ctx, definition, splits, filters, from, to)).map((r) =>
              countedOf(definition, r),
            ),
          )
        : way === "summed"
          ? rolledUp(
              definition,
              splits.length,
              await codedCounts(
                ctx,
                definition,
                splits,
                await codedSelection(ctx, definition, splits, filters, from, to),
              ),
            )
          : way === "median"
            ? await codedMedian(
                ctx,
                definition,
                splits,
                await codedSelection(ctx, definition, splits, filters, from, to),
              )
            : await countedAfresh(ctx, definition, splits, where);
  // a table with no fact at all still has its total, of none
  if (!cells.some((c) => c.keys.every((k) => k === null)))
    cells.push({
      keys: splits.map(() => null),
      numerator: 0,
      ...(definition.denominator ? { denominator: 0 } : {}),
    });
  // in the order of their keys as JSON, compared as localeCompare does (a collator made once is far quicker)
  const collator = new Intl.Collator();
  const order = new Map(cells.map((c) => [c, JSON.stringify(c.keys)]));
  cells.sort((a, b) => collator.compare(order.get(a)!, order.get(b)!));
  // money is added up within one currency: a total across currencies keeps its count of records only
  const currencyAt = splits.indexOf("currency");
  if (definition.unit === "sum" && currencyAt >= 0)
    for (const c of cells) if (c.keys[currencyAt] === null) c.value = null;
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
