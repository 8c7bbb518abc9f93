import { type SQL, sql } from "drizzle-orm";

/**
 * The feedback and grievances the indicators count (rows of the columns of modules/indicators/refresh.ts),
 * about no returnee (a sender may be anonymous), at the organisation handling each (for feedback on a service,
 * the one running it), split by the service's category and, as detail, by what it is about: each received;
 * each rating of feedback (its value 1 to 5, flagged when 4 or 5); and each grievance on the day its answer is
 * due, flagged when the first answer came by then.
 */
export function feedbackFacts(): SQL {
  return sql`
    select case f.kind when 'grievance' then 'grievance_received' else 'feedback_received' end as kind,
           null::uuid as person_id, f.id as record_id, null::uuid as case_id,
           (f.received_at at time zone 'UTC')::date as at, null::date as ended_at,
           f.handling_organisation_id as organisation_id, s.category as service_category, f.subject as detail,
           null::boolean as flag, null::float8 as value
      from feedback f left join services s on s.id = f.service_id
    union all
    select 'feedback_rated', null, f.id, null, (f.received_at at time zone 'UTC')::date, null,
           f.handling_organisation_id, s.category, f.subject, f.rating >= 4, f.rating::float8
      from feedback f left join services s on s.id = f.service_id
     where f.kind = 'feedback' and f.rating is not null
    union all
    select 'grievance_due', null, f.id, null, f.due_on, null,
           f.handling_organisation_id, s.category, f.subject,
           coalesce((f.first_answered_at at time zone 'UTC')::date <= f.due_on, false), null
      from feedback f left join services s on s.id = f.service_id
     where f.kind = 'grievance'`;
}
