import { ageGroupLowerBounds } from "@homecoming/domain";
import { adminAreas, countriesByRegion, isicEntries, isicSectionOf } from "@homecoming/reference";
import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/client";
import { caseFacts, followUpFacts, screeningFacts, surveyFacts } from "../cases/facts";
import { personAttributes, registrationFacts } from "../persons/facts";
import { enrolmentFacts } from "../programmes/facts";
import { referralFacts } from "../referrals/facts";

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

export async function refreshIndicatorFacts(tx: Db, now: Date): Promise<number> {
  const { areas, isic, regions } = lookups();
  await tx.execute(sql`delete from indicator_facts`);
  await tx.execute(sql`
    insert into indicator_facts (kind, person_id, record_id, case_id, at, ended_at, organisation_id,
      service_category, detail, flag, value, sex, age_group, country, province, district, return_type,
      destination_country, destination_region, isic_branch)
    with facts (kind, person_id, record_id, case_id, at, ended_at, organisation_id, service_category, detail,
                flag, value) as (
      ${registrationFacts()}
      union all ${caseFacts()}
      union all ${screeningFacts()}
      union all ${followUpFacts()}
      union all ${surveyFacts()}
      union all ${referralFacts()}
      union all ${enrolmentFacts()}
    ),
    people as (${personAttributes()}),
    areas as (select * from jsonb_to_recordset(${JSON.stringify(areas)}::jsonb)
                as a(code text, country text, province text, district text)),
    branches as (select * from jsonb_to_recordset(${JSON.stringify(isic)}::jsonb) as b(code text, section text)),
    regions as (select * from jsonb_to_recordset(${JSON.stringify(regions)}::jsonb) as r(code text, region text))
    select f.kind, p.survivor_id, f.record_id, f.case_id, f.at, f.ended_at, f.organisation_id,
           f.service_category, f.detail, f.flag, f.value, p.sex,
           (select ${ageGroup} from (select case
               when p.birth_date is not null then extract(year from age(f.at, p.birth_date))::int
               when p.birth_year is not null then extract(year from f.at)::int - p.birth_year end as age) y),
           coalesce(a.country, ${unknown}), coalesce(a.province, ${unknown}), coalesce(a.district, ${unknown}),
           coalesce(p.return_type, ${unknown}), coalesce(p.destination_country, ${unknown}),
           coalesce(r.region, ${unknown}), coalesce(b.section, ${unknown})
      from facts f
      join people p on p.id = f.person_id
      left join areas a on a.code = p.admin_area_code
      left join branches b on b.code = p.sector_isic
      left join regions r on r.code = p.destination_country
     where f.at is not null`);
  // a registration is flagged when the returnee has a vulnerability screening, whenever it was made
  await tx.execute(sql`
    update indicator_facts f set flag = exists (
      select 1 from indicator_facts s where s.kind = 'vulnerability_screened' and s.person_id = f.person_id)
     where f.kind = 'registered'`);
  // a service completed is flagged when the returnee was in regular work at a survey on or after that day
  await tx.execute(sql`
    update indicator_facts f set flag = exists (
      select 1 from indicator_facts s
       where s.kind = 'survey_employed' and s.person_id = f.person_id and s.at >= f.at and s.value = 1)
     where f.kind = 'referral_completed'`);
  const [counted] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from indicator_facts`);
  const facts = counted?.n ?? 0;
  await tx.execute(sql`insert into indicator_refreshes (started_at, finished_at, facts)
                       values (${now}, ${new Date()}, ${facts})`);
  return facts;
}
