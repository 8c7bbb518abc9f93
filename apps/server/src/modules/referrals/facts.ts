import { type SQL, sql } from "drizzle-orm";

// The facts of the referral funnel the indicators count (rows of the columns of
// modules/indicators/refresh.ts), each at the receiving organisation and the service's category.

const day = (column: string) => sql.raw(`(${column} at time zone 'UTC')::date`);

/**
 * A referral sent (its detail its status now), each answer and outcome from its events (accepted and
 * completed with the days since it was sent), and a referral still waiting at its due date (overdue).
 */
export function referralFacts(): SQL {
  return sql`
    select 'referral_sent' as kind, r.person_id, r.id as record_id, r.case_id, ${day("r.sent_at")} as at,
           null::date as ended_at, r.to_organisation_id as organisation_id, s.category as service_category,
           r.status as detail, null::boolean as flag, null::float8 as value
      from referrals r join services s on s.id = r.service_id
     where r.sent_at is not null
    union all
    select 'referral_' || e.type, r.person_id, e.id, r.case_id, ${day("e.at")}, null, r.to_organisation_id,
           s.category, null, null,
           case when e.type in ('accepted', 'completed')
                then extract(epoch from (e.at - r.sent_at)) / 86400 end
      from referral_events e join referrals r on r.id = e.referral_id join services s on s.id = r.service_id
     where e.type in ('accepted', 'declined', 'completed', 'not_completed') and r.sent_at is not null
    union all
    select 'referral_overdue', r.person_id, r.id, r.case_id, ${day("r.due_at")}, null, r.to_organisation_id,
           s.category, r.status, null, null
      from referrals r join services s on s.id = r.service_id
     where r.sent_at is not null and r.due_at is not null
       and r.due_at < coalesce(r.closed_at, case when r.status = 'declined' then r.responded_at end, now())`;
}
