import { type SQL, sql } from "drizzle-orm";

/**
 * The programme places the indicators count (rows of the columns of modules/indicators/refresh.ts): each
 * enrolment that started, at the organisation running the programme, its detail the programme's kind; and
 * each loan or grant given, its detail the currency, its value the amount, flagged when it is a loan.
 */
export function enrolmentFacts(): SQL {
  return sql`
    select 'enrolment_started' as kind, e.person_id, e.id as record_id, e.case_id,
           (e.started_at at time zone 'UTC')::date as at, null::date as ended_at,
           p.owner_organisation_id as organisation_id, null::text as service_category, p.kind as detail,
           null::boolean as flag, null::float8 as value
      from enrolments e join programmes p on p.id = e.programme_id
     where e.started_at is not null
    union all
    select 'money_given', e.person_id, e.id, e.case_id,
           (e.started_at at time zone 'UTC')::date, null::date,
           p.owner_organisation_id, null::text, e.currency,
           p.kind = 'loan', e.amount_given::float8
      from enrolments e join programmes p on p.id = e.programme_id
     where e.started_at is not null and e.amount_given is not null`;
}
