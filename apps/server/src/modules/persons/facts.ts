import { type SQL, sql } from "drizzle-orm";

/** Each registration the indicators count (rows of the columns of modules/indicators/refresh.ts). */
export function registrationFacts(): SQL {
  return sql`
    select 'registered' as kind, p.id as person_id, p.id as record_id, null::uuid as case_id,
           (p.created_at at time zone 'UTC')::date as at, null::date as ended_at,
           p.registered_by_organisation_id as organisation_id, null::text as service_category,
           null::text as detail, null::boolean as flag, null::float8 as value
      from persons p`;
}

/**
 * Every record with the record it counts as (itself, or the survivor it was merged into) and what the
 * indicators split returnees by: sex, birth, home area, and their last migration (destination, how the
 * return happened, the branch they worked in). The split values are the survivor's.
 */
export function personAttributes(): SQL {
  return sql`
    select p.id, s.id as survivor_id, s.sex, s.birth_date, s.birth_year, s.admin_area_code,
           e.destination_country, e.return_type, e.sector_isic
      from persons p
      join persons s on s.id = coalesce(p.merged_into_id, p.id)
      left join lateral (select m.destination_country, m.return_type, m.sector_isic
                           from migration_episodes m where m.person_id = s.id
                          order by m.position desc limit 1) e on true`;
}
