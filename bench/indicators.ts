// Speed of the indicators over a database filled by bench/load.ts: it first tops the records up to
// --referrals-per-case referrals (with their events) and --surveys-per-case sustainability surveys per case,
// straight in SQL; then it rebuilds the indicators' facts and cells as the background job does, and times over HTTP,
// as the analyst, (1) the overview page with one filter (its fifteen requests sent at once, as the browser
// sends them; the time until the last answer is in) and (2) single indicators split two ways.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/hc_bench npm run bench:indicators -- [--requests 20]
//   npm run bench:indicators -- --data-dir .tmp/bench-data
//   npm run bench:indicators -- --keep-facts   (times the answers over the facts an earlier run rebuilt)
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { recurringJobs } from "../apps/server/src/background";
import { type Db, queryRows } from "../apps/server/src/db/client";
import { refreshIndicatorFacts } from "../apps/server/src/modules/indicators/refresh";
import { ensureRecurring } from "../apps/server/src/modules/jobs/store";
import { openTarget, positiveInt } from "./db";
import { type Client, login, measure, startServer, stats, writeResults } from "./http";

const count = async (db: Db, query: ReturnType<typeof sql>) =>
  (await queryRows<{ n: number }>(db, query))[0]?.n ?? 0;

/** Referrals for random cases up to the ratio asked, each with the events of its status, sent over the last two years. */
async function topUpReferrals(db: Db, wanted: number, cases: number) {
  const have = await count(db, sql`select count(*)::int as n from referrals`);
  const missing = wanted - have;
  if (missing <= 0) return 0;
  await db.execute(sql`
    with services as (select array_agg(id order by id) as ids, array_agg(organisation_id order by id) as orgs
                        from services where active),
    drawn as (
      select gen_random_uuid() as id, c.id as case_id, c.person_id, c.lead_organisation_id,
             1 + floor(random() * array_length(s.ids, 1))::int as pick,
             now() - (random() * interval '730 days') as sent_at,
             (array['sent','accepted','declined','in_progress','completed','completed','completed','not_completed','cancelled'])
               [1 + floor(random() * 9)::int] as status,
             random() * 20 as days
        from (select id, person_id, lead_organisation_id from cases
               cross join generate_series(1, ${Math.ceil(missing / Math.max(1, cases))}) as g
               order by random() limit ${missing}) c
       cross join services s
    )
    insert into referrals (id, case_id, person_id, from_organisation_id, service_id, to_organisation_id, reason,
                           urgency, status, due_at, overdue, sent_at, responded_at, closed_at, created_at, updated_at)
    select d.id, d.case_id, d.person_id, d.lead_organisation_id, s.ids[d.pick], s.orgs[d.pick], 'Benchmark referral',
           'routine', d.status, d.sent_at + interval '14 days', false, d.sent_at,
           case when d.status <> 'sent' and d.status <> 'cancelled' then d.sent_at + d.days * interval '1 day' end,
           case when d.status in ('completed', 'not_completed', 'cancelled') then d.sent_at + (d.days + 30) * interval '1 day' end,
           d.sent_at, d.sent_at
      from drawn d cross join services s`);
  // the events the funnel reads: sent, the answer, the outcome
  await db.execute(sql`
    insert into referral_events (referral_id, type, at)
    select r.id, e.type, e.at from referrals r
     cross join lateral (values
       ('sent', r.sent_at),
       (case when r.status = 'declined' then 'declined' when r.responded_at is not null then 'accepted' end, r.responded_at),
       (case when r.status in ('completed', 'not_completed') then r.status end, r.closed_at)
     ) as e(type, at)
     where r.reason = 'Benchmark referral' and e.type is not null
       and not exists (select 1 from referral_events x where x.referral_id = r.id)`);
  return missing;
}

/** A baseline and a 12-month survey for cases that have none, with scores drawn at random, up to the ratio. */
async function topUpSurveys(db: Db, wanted: number) {
  const have = await count(
    db,
    sql`select count(*)::int as n from assessments where kind = 'sustainability_survey'`,
  );
  const cases = Math.ceil((wanted - have) / 2);
  if (cases <= 0) return 0;
  await db.execute(sql`
    with picked as (
      select c.id, c.opened_at from cases c
       where not exists (select 1 from assessments a where a.case_id = c.id and a.kind = 'sustainability_survey')
       order by random() limit ${cases}
    ),
    surveys as (
      select p.id as case_id, o.occasion, p.opened_at + o.after as at,
             round(random()::numeric, 3) as e, round(random()::numeric, 3) as s, round(random()::numeric, 3) as ps
        from picked p cross join (values ('baseline', interval '1 day'), ('month_12', interval '365 days')) as o(occasion, after)
    )
    insert into assessments (case_id, kind, answers, scores, survey_version, occasion, created_at)
    select case_id, 'sustainability_survey', '{}'::jsonb,
           jsonb_build_object('version', 1, 'indicators', '{}'::jsonb,
             'dimensions', jsonb_build_object('economic', e, 'social', s, 'psychosocial', ps),
             'composite', round((e + s + ps) / 3, 3), 'aboveThreshold', (e + s + ps) / 3 >= 0.66),
           1, occasion, at
      from surveys`);
  return cases * 2;
}

const overview = (filter: string) => {
  const f = filter ? `&${filter}` : "";
  const total = (code: string) => `/indicators/${code}?x=1${f}`;
  return [
    ...[
      "returnees_registered",
      "cases_active",
      "referrals_sent",
      "referral_completion_rate",
      "follow_ups_made_share",
      "sustainability_composite_mean",
      "referrals_accepted",
      "referrals_completed",
      "referrals_declined",
      "referrals_not_completed",
      "referrals_overdue",
    ].map(total),
    `/indicators/cases_opened?by=month${f}`,
    `/indicators/sustainability_composite_mean?by=occasion${f}`,
    `/indicators/returnees_registered?by=district${f}`,
    "/indicators",
  ];
};

const twoWay = [
  "/indicators/returnees_registered?by=sex,ageGroup",
  "/indicators/referrals_sent?by=district,serviceCategory",
  "/indicators/referral_acceptance_rate?by=serviceCategory,organisation",
  "/indicators/median_days_to_complete?by=serviceCategory,quarter",
  "/indicators/sustainability_composite_mean?by=occasion,province",
  "/indicators/returnees_referred?by=returnType,destinationRegion",
  "/indicators/cases_closed?by=closureReason,month",
  "/indicators/follow_ups_made_share?by=district,quarter",
];

async function main() {
  const { values } = parseArgs({
    options: {
      "data-dir": { type: "string" },
      "keep-facts": { type: "boolean" },
      "referrals-per-case": { type: "string" },
      "surveys-per-case": { type: "string" },
      requests: { type: "string" },
    },
  });
  const requests = positiveInt(values.requests, "requests", 20);
  const { database, label } = await openTarget(values["data-dir"]);
  const db = database.db;
  let t = performance.now();
  // with the data migrations, which may code the facts a database holds already
  await database.migrate();
  console.log(`Migrated in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const cases = await count(db, sql`select count(*)::int as n from cases`);
  if (!cases) throw new Error(`${label} has no cases: run npm run bench:load first`);
  t = performance.now();
  const addedReferrals = await topUpReferrals(
    db,
    cases * positiveInt(values["referrals-per-case"], "referrals-per-case", 3),
    cases,
  );
  const addedSurveys = await topUpSurveys(
    db,
    cases * positiveInt(values["surveys-per-case"], "surveys-per-case", 2),
  );
  if (addedReferrals || addedSurveys) await db.execute(sql`analyze`);
  const topUpSeconds = (performance.now() - t) / 1000;
  const records = {
    persons: await count(db, sql`select count(*)::int as n from persons`),
    cases,
    referrals: await count(db, sql`select count(*)::int as n from referrals`),
    referralEvents: await count(db, sql`select count(*)::int as n from referral_events`),
    surveys: await count(
      db,
      sql`select count(*)::int as n from assessments where kind = 'sustainability_survey'`,
    ),
  };
  console.log(`Records in ${label}:`, records, `(topped up in ${topUpSeconds.toFixed(0)} s)`);

  t = performance.now();
  const facts = values["keep-facts"]
    ? await count(db, sql`select count(*)::int as n from indicator_facts`)
    : await db.transaction((tx) => refreshIndicatorFacts(tx as unknown as Db, new Date()));
  const refreshSeconds = values["keep-facts"] ? null : (performance.now() - t) / 1000;
  const cells = await count(db, sql`select count(*)::int as n from indicator_cells`);
  // the facts were just rebuilt, as the job would have: the server's worker runs no recurring job (a rebuild,
  // the overdue referrals of the topped-up data, the linkage scan) while the answers are timed; a database the
  // server has never run on gets its recurring jobs here, as the server would make them, so as to put them off
  for (const [kind, job] of Object.entries(recurringJobs)) await ensureRecurring(db, kind, job.everySeconds);
  await db.execute(sql`update jobs set run_at = now() + interval '1 day', locked_until = null
                        where interval_seconds is not null`);
  console.log(
    refreshSeconds === null
      ? `Facts kept as they were: ${facts}, ${cells} monthly cells`
      : `Facts rebuilt: ${facts}, summed into ${cells} monthly cells, in ${refreshSeconds.toFixed(1)} s`,
  );
  const [dhaka] = await queryRows<{ id: string }>(
    db,
    sql`select id from organisations where name = 'MRC Dhaka'`,
  );
  await database.close();

  const server = await startServer(values["data-dir"]);
  try {
    const analyst: Client = await login(server.base, "analyst@demo.homecoming");
    const filters = [
      "",
      "filter[sex]=female",
      "filter[district]=BD3026",
      "filter[returnType]=forced",
      "filter[ageGroup]=25_34",
      "filter[destinationRegion]=gcc",
      `filter[organisation]=${dhaka?.id ?? ""}`,
    ];
    // the overview: its requests at once, the time until the last answer is in
    const pages: number[] = [];
    for (let i = 0; i < 3 + requests; i++) {
      const started = performance.now();
      const answers = await Promise.all(
        overview(filters[i % filters.length]!).map((p) => analyst.request("GET", p)),
      );
      const bad = answers.find((a) => a.status !== 200);
      if (bad) throw new Error(`overview: HTTP ${bad.status} ${JSON.stringify(bad.json).slice(0, 300)}`);
      if (i >= 3) pages.push(performance.now() - started);
    }
    const overviewStats = stats(pages);
    console.log(`Overview with one filter (${overview("").length} requests at once):`, overviewStats);
    const single = await measure(
      "two-way",
      3,
      requests * twoWay.length,
      (i) => analyst.request("GET", twoWay[i % twoWay.length]!),
      200,
    );
    console.log("One indicator split two ways:", { p50: single.p50, p95: single.p95, max: single.max });
    const perQuery: Record<string, number> = {};
    for (const path of twoWay) {
      const samples: number[] = [];
      for (let i = 0; i < 5; i++) samples.push((await analyst.request("GET", path)).ms);
      perQuery[path] = stats(samples).p50;
    }
    console.table(perQuery);
    const date = new Date().toISOString();
    writeResults(date, "indicators", {
      date,
      database: label,
      records,
      facts,
      cells,
      refreshSeconds,
      overview: overviewStats,
      twoWay: { p50: single.p50, p95: single.p95, max: single.max },
      perQuery,
    });
  } finally {
    await server.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
