import {
  ageGroupLowerBounds,
  type FactFilter,
  type IndicatorCount,
  indicatorCatalogue,
} from "@homecoming/domain";
import { adminAreas, countriesByRegion, isicEntries, isicSectionOf } from "@homecoming/reference";
import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/client";
import { caseFacts, followUpFacts, screeningFacts, surveyFacts } from "../cases/facts";
import { feedbackFacts } from "../feedback/facts";
import { personAttributes, registrationFacts } from "../persons/facts";
import { enrolmentFacts } from "../programmes/facts";
import { referralFacts } from "../referrals/facts";
import { cellDimensions, type FactsTable, rebuildCodedFacts } from "./coded";
import { indexesBuilt, replaceTable } from "./tables";

// The facts are rebuilt whole from the live records, in one transaction: readers keep the previous facts
// until it commits, and a fact never outlives the record it came from (a merge, an undone merge, a record
// corrected). Each module gives the facts of its own tables as rows of these columns, in this order:
//   kind, person_id, record_id, case_id, at, ended_at, organisation_id, service_category, detail, flag, value

const unknown = "unknown";

/** The reference look-ups the splits need, sent with the statement as one JSON document each. */
function lookups() {
  const areas = adminAreas.map((a) => ({
    code: a.code,
    country: a.country,
    province: a.level === 1 ? a.code : (a.parent ?? unknown),
    district: a.level === 2 ? a.code : unknown,
  }));
  const isic = isicEntries.map((e) => ({ code: e.code, section: isicSectionOf(e.code)?.code ?? unknown }));
  const regions = Object.entries(countriesByRegion).flatMap(([region, codes]) =>
    codes.map((code) => ({ code, region })),
  );
  return { areas, isic, regions };
}

/** The age group (domain's bounds) of a returnee at the fact's day, from the birth date or year. */
const ageGroup = sql.raw(`case
  ${ageGroupLowerBounds
    .slice()
    .reverse()
    .map(({ group, from }) => `when age >= ${from} then '${group}'`)
    .join("\n  ")}
  else 'unknown' end`);

/**
 * The facts summed by kind, month, detail and flag, with no disaggregation and with each one of
 * cellDimensions (GROUPING SETS: one read of the facts); and, for facts that end (a case closed), the same
 * again by the month they ended, no earlier than the month they began. Then the returnees' facts and cells,
 * and the coded facts, each made from the same facts.
 */
export async function rebuildCells(tx: Db, facts: FactsTable = "indicator_facts") {
  // one read of the facts with a table in memory for each grouping, rather than sorting them again and again
  await tx.execute(sql`set local work_mem = '256MB'`);
  const dims = Object.entries(cellDimensions);
  const sets = sql.raw(["()", ...dims.map(([, column]) => `(${column})`)].join(", "));
  const dim = sql.raw(
    `case ${dims.map(([name, column]) => `when grouping(${column}) = 0 then '${name}'`).join(" ")} else '' end`,
  );
  const key = sql.raw(
    `case ${dims.map(([, column]) => `when grouping(${column}) = 0 then ${column}`).join(" ")} else '' end`,
  );
  await tx.execute(sql`delete from indicator_cells`);
  for (const byEnd of [false, true]) {
    const month = byEnd ? sql.raw("greatest(at, ended_at)") : sql.raw("at");
    await tx.execute(sql`
      insert into indicator_cells (kind, month, by_end, detail, flag, dim, key, n, total, valued)
      select kind, date_trunc('month', ${month})::date, ${byEnd}, detail, flag, ${dim}, ${key},
             count(*)::int, sum(value), count(value)::int
        from ${sql.raw(facts)}
       where ${byEnd ? sql`ended_at is not null` : sql`true`}
       group by kind, date_trunc('month', ${month}), detail, flag, grouping sets (${sets})`);
  }
  await rebuildReturneeCells(tx, facts);
  await rebuildCodedFacts(tx, facts);
}

/** Whether a count of returnees is read from the returnees' cells: all of a kind's facts, or its flagged ones. */
export const inReturneeCells = (c: IndicatorCount): boolean =>
  c.count === "persons" && c.categoryPrefix === undefined && c.detail === undefined && c.flag !== false;

/** The kinds of fact whose returnees the cells count: all the kind's facts, and the flagged ones when asked. */
function returneeKinds() {
  const counts = indicatorCatalogue
    .flatMap((d) => [d.numerator, ...(d.denominator ? [d.denominator] : [])])
    .filter(inReturneeCells);
  const kinds = (flagged: boolean) => [
    ...new Set(counts.filter((c: FactFilter) => !flagged || c.flag === true).map((c) => c.kind)),
  ];
  return { all: kinds(false), flagged: kinds(true) };
}

/**
 * The disaggregations of the cells that follow a returnee's own sequence of facts rather than all of them:
 * a returnee may be of one age group, organisation or service category in one fact and of another in the next.
 * The others (sex, places, return, destination, branch) are the returnee's, the same in each of their facts.
 */
export const returneeSequences = {
  "": "person",
  ageGroup: "age",
  organisation: "organisation",
  serviceCategory: "service",
} as const;
export const sequenceOf = (d: string): (typeof returneeSequences)[keyof typeof returneeSequences] =>
  returneeSequences[d as keyof typeof returneeSequences] ?? "person";

/**
 * The facts of the kinds counted by returnee, each with the day of the returnee's fact before and after it in
 * each of the four sequences (ties on a day in a fixed order, so that one of them is the first), then counted
 * by month and the month of the previous fact, with no disaggregation and with each one.
 */
async function rebuildReturneeCells(tx: Db, facts: FactsTable) {
  const { all, flagged } = returneeKinds();
  const list = (kinds: string[]) =>
    kinds.length
      ? sql.join(
          kinds.map((k) => sql`${k}`),
          sql`, `,
        )
      : sql`null`;
  await tx.execute(sql`drop table if exists indicator_returnee_facts_next`);
  await tx.execute(
    sql`create table indicator_returnee_facts_next (like indicator_returnee_facts including defaults)`,
  );
  await tx.execute(sql`delete from indicator_returnee_cells`);
  const windows = Object.values(returneeSequences).map((s) => ({
    s,
    by: { person: "", age: ", age_group", organisation: ", organisation_id", service: ", service_category" }[
      s
    ],
  }));
  await tx.execute(sql`
    insert into indicator_returnee_facts_next (kind, flagged, person_id, at, organisation_id, service_category, sex,
      age_group, country, province, district, return_type, destination_country, destination_region, isic_branch,
      ${sql.raw(windows.map(({ s }) => `prev_${s}, next_${s}`).join(", "))})
    select kind, flagged, person_id, at, organisation_id, service_category, sex, age_group, country, province,
           district, return_type, destination_country, destination_region, isic_branch,
           ${sql.raw(windows.map(({ s }) => `lag(at) over ${s}, lead(at) over ${s}`).join(", "))}
      from (select f.*, false as flagged from ${sql.raw(facts)} f where f.kind in (${list(all)})
            union all
            select f.*, true from ${sql.raw(facts)} f where f.kind in (${list(flagged)}) and f.flag is true) f
    window ${sql.raw(
      windows
        .map(({ s, by }) => `${s} as (partition by kind, flagged, person_id${by} order by at, record_id)`)
        .join(", "),
    )}
     order by kind, flagged, at`);
  const dims = Object.entries(cellDimensions);
  for (const sequence of new Set(Object.values(returneeSequences))) {
    const own = dims.filter(([d]) => sequenceOf(d) === sequence);
    const sets = sql.raw(
      [...(sequence === "person" ? ["()"] : []), ...own.map(([, c]) => `(${c})`)].join(", "),
    );
    const dim = sql.raw(
      `case ${own.map(([d, c]) => `when grouping(${c}) = 0 then '${d}'`).join(" ")} else '' end`,
    );
    const key = sql.raw(
      `case ${own.map(([, c]) => `when grouping(${c}) = 0 then ${c}`).join(" ")} else '' end`,
    );
    await tx.execute(sql`
      insert into indicator_returnee_cells (kind, flagged, month, prev_month, dim, key, n)
      select kind, flagged, date_trunc('month', at)::date, date_trunc('month', ${sql.raw(`prev_${sequence}`)})::date,
             ${dim}, ${key}, count(*)::int
        from indicator_returnee_facts_next
       group by kind, flagged, date_trunc('month', at), date_trunc('month', ${sql.raw(`prev_${sequence}`)}),
                grouping sets (${sets})`);
  }
  await tx.execute(sql`analyze indicator_returnee_facts_next`);
  await replaceTable(tx, "indicator_returnee_facts", await indexesBuilt(tx, "indicator_returnee_facts"));
}

export async function refreshIndicatorFacts(tx: Db, now: Date): Promise<number> {
  const { areas, isic, regions } = lookups();
  await tx.execute(sql`drop table if exists indicator_facts_next`);
  await tx.execute(sql`create table indicator_facts_next (like indicator_facts including defaults)`);
  await tx.execute(sql`
    insert into indicator_facts_next (kind, person_id, record_id, case_id, at, ended_at, organisation_id,
      service_category, detail, flag, value, sex, age_group, country, province, district, return_type,
      destination_country, destination_region, isic_branch)
    with facts (kind, person_id, record_id, case_id, at, ended_at, organisation_id, service_category, detail,
                flag, value) as not materialized (
      ${registrationFacts()}
      union all ${caseFacts()}
      union all ${screeningFacts()}
      union all ${followUpFacts()}
      union all ${surveyFacts()}
      union all ${referralFacts()}
      union all ${enrolmentFacts()}
      union all ${feedbackFacts()}
    ),
    people as (${personAttributes()}),
    areas as (select * from jsonb_to_recordset(${JSON.stringify(areas)}::jsonb)
                as a(code text, country text, province text, district text)),
    branches as (select * from jsonb_to_recordset(${JSON.stringify(isic)}::jsonb) as b(code text, section text)),
    regions as (select * from jsonb_to_recordset(${JSON.stringify(regions)}::jsonb) as r(code text, region text)),
    -- the returnees with a vulnerability screening, whenever it was made
    screened as (select distinct p.survivor_id as person_id from facts s join people p on p.id = s.person_id
                  where s.kind = 'vulnerability_screened' and s.at is not null),
    -- the day of each returnee's last survey in regular work
    employed as (select p.survivor_id as person_id, max(s.at) as last from facts s join people p on p.id = s.person_id
                  where s.kind = 'survey_employed' and s.value = 1 and s.at is not null group by p.survivor_id)
    select f.kind, p.survivor_id, f.record_id, f.case_id, f.at, f.ended_at, f.organisation_id,
           f.service_category, f.detail,
           -- a registration is flagged when the returnee has a vulnerability screening; a service completed when
           -- the returnee was in regular work at a survey on or after that day (their last such survey is)
           case f.kind when 'registered' then sc.person_id is not null
                       when 'referral_completed' then coalesce(f.at <= e.last, false)
                       else f.flag end,
           f.value, coalesce(p.sex, ${unknown}),
           (select ${ageGroup} from (select case
               when p.birth_date is not null then extract(year from age(f.at, p.birth_date))::int
               when p.birth_year is not null then extract(year from f.at)::int - p.birth_year end as age) y),
           coalesce(a.country, ${unknown}), coalesce(a.province, ${unknown}), coalesce(a.district, ${unknown}),
           coalesce(p.return_type, ${unknown}), coalesce(p.destination_country, ${unknown}),
           coalesce(r.region, ${unknown}), coalesce(b.section, ${unknown})
      from facts f
      -- a fact about no returnee (feedback) has "unknown" for every attribute of one
      left join people p on p.id = f.person_id
      left join areas a on a.code = p.admin_area_code
      left join branches b on b.code = p.sector_isic
      left join regions r on r.code = p.destination_country
      left join screened sc on f.kind = 'registered' and sc.person_id = p.survivor_id
      left join employed e on f.kind = 'referral_completed' and e.person_id = p.survivor_id
     where f.at is not null
     -- stored in the order answers read them: a kind's facts of a few weeks lie together on disk
     order by f.kind, f.at`);
  // everything long is done on tables readers do not read (the new facts) or read as they were until the
  // commit (the cells); the tables are swapped last, so that readers wait only for the swap
  const indexes = await indexesBuilt(tx, "indicator_facts");
  await tx.execute(sql`analyze indicator_facts_next`);
  await rebuildCells(tx, "indicator_facts_next");
  // the planner's statistics of tables rewritten whole, so that the next answers read them well
  await tx.execute(sql`analyze indicator_cells`);
  await tx.execute(sql`analyze indicator_returnee_cells`);
  await replaceTable(tx, "indicator_facts", indexes);
  const [counted] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from indicator_facts`);
  const facts = counted?.n ?? 0;
  await tx.execute(sql`insert into indicator_refreshes (started_at, finished_at, facts)
                       values (${now}, ${new Date()}, ${facts})`);
  return facts;
}
