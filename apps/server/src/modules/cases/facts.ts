import { planFollowUpKinds } from "@homecoming/domain";
import { type SQL, sql } from "drizzle-orm";

// The facts the indicators count that the cases module holds (rows of the columns of
// modules/indicators/refresh.ts): cases opened, handed over and closed; screenings; follow-ups due; the
// scores of sustainability surveys and their change from baseline to 12 months.

const day = (column: string) => sql.raw(`(${column} at time zone 'UTC')::date`);
// the survey's question on work, and its answer for regular work (docs/sustainability-survey.md)
const employment = "employment_stability";
const regularWork = "regular";
const planKinds = sql.join(
  planFollowUpKinds.map((k) => sql`${k}`),
  sql`, `,
);

export function caseFacts(): SQL {
  return sql`
    select 'case_opened' as kind, c.person_id, c.id as record_id, c.id as case_id, ${day("c.opened_at")} as at,
           ${day("c.closed_at")} as ended_at, c.lead_organisation_id as organisation_id,
           null::text as service_category, null::text as detail, null::boolean as flag, null::float8 as value
      from cases c
    union all
    select 'case_handed_over', c.person_id, c.id, c.id, ${day("c.handed_over_at")}, null, c.lead_organisation_id,
           null, null, null, null
      from cases c where c.handed_over_at is not null
    union all
    select 'case_closed', c.person_id, c.id, c.id, ${day("c.closed_at")}, null, c.lead_organisation_id,
           null, c.closure_reason, null, null
      from cases c where c.closed_at is not null`;
}

/** Screenings: a vulnerability screening flags a medium or high risk, a K6 moderate or severe distress. */
export function screeningFacts(): SQL {
  return sql`
    select case a.kind when 'vulnerability' then 'vulnerability_screened' else 'psychosocial_screened' end,
           c.person_id, a.id, c.id, ${day("a.created_at")}, null, a.assessed_by_organisation_id, null,
           coalesce(a.scores->>'riskLevel', a.scores->>'level'),
           case a.kind when 'vulnerability' then a.scores->>'riskLevel' in ('medium', 'high')
                       else a.scores->>'level' in ('moderate', 'severe') end,
           null
      from assessments a join cases c on c.id = a.case_id
     where a.kind in ('vulnerability', 'psychosocial')`;
}

/** The 3-, 6- and 12-month follow-ups by their due day; flagged once done. */
export function followUpFacts(): SQL {
  return sql`
    select 'follow_up_due', c.person_id, f.id, c.id, f.due_date, ${day("f.done_at")}, c.lead_organisation_id,
           null, f.kind, f.done_at is not null, null
      from follow_ups f join cases c on c.id = f.case_id
     where f.kind in (${planKinds})`;
}

/**
 * Each survey's dimension scores and composite (flagged at or above its version's threshold), by occasion;
 * for a case with a baseline and a 12-month survey, the change of the composite between them; and whether
 * the returnee was in regular work when surveyed (1 or 0, where the question was answered).
 */
export function surveyFacts(): SQL {
  return sql`
    select s.kind, c.person_id, a.id, c.id, ${day("a.created_at")}, null, a.assessed_by_organisation_id, null,
           a.occasion, s.flag, s.value
      from assessments a join cases c on c.id = a.case_id
     cross join lateral (values
       ('survey_economic', (a.scores->'dimensions'->>'economic')::float8, null::boolean),
       ('survey_social', (a.scores->'dimensions'->>'social')::float8, null),
       ('survey_psychosocial', (a.scores->'dimensions'->>'psychosocial')::float8, null),
       ('survey_composite', (a.scores->>'composite')::float8, (a.scores->>'aboveThreshold')::boolean)
     ) as s(kind, value, flag)
     where a.kind = 'sustainability_survey' and s.value is not null
    union all
    select 'survey_change', c.person_id, last.id, c.id, ${day("last.created_at")}, null,
           last.assessed_by_organisation_id, null, null, null,
           (last.scores->>'composite')::float8 - (base.scores->>'composite')::float8
      from assessments last
      join assessments base on base.case_id = last.case_id and base.occasion = 'baseline'
      join cases c on c.id = last.case_id
     where last.kind = 'sustainability_survey' and last.occasion = 'month_12'
       and last.scores->>'composite' is not null and base.scores->>'composite' is not null
    union all
    select 'survey_employed', c.person_id, a.id, c.id, ${day("a.created_at")}, null,
           a.assessed_by_organisation_id, null, a.occasion, null,
           case when a.answers->>${employment} = ${regularWork} then 1 else 0 end
      from assessments a join cases c on c.id = a.case_id
     where a.kind = 'sustainability_survey' and a.answers ? ${employment}`;
}
