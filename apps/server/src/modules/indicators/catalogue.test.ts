import { readFileSync } from "node:fs";
import { indicatorCatalogue } from "@homecoming/domain";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openWorld } from "../../../test/harness";
import { bringFollowUpDue, type Client, ok as okOf, personPayload } from "../../../test/world";
import { refreshIndicatorFacts } from "./refresh";

// Every indicator of the catalogue that indicators.test.ts does not assert, over a fixture built through the
// API and counted by hand. Each part of the fixture lives in a period of its own, and every number is read
// with from and to, so that no count depends on today's date: where a record's day matters, the test moves
// its timestamps into that period after the API has written it (a referral's events at 09:00 UTC, so that
// days between them are whole days; a due date at 23:59:59, as the API writes one).
//
//   the case flow         October to December 2024  17 cases: opened, handed over, closed
//   the screenings        January 2025              10 returnees registered, screened for vulnerability and K6
//   the referrals         May and June 2025         13 returnees, 37 referrals, 14 surveys asking about work
//   the follow-ups        2025                      8 plans: baseline surveys in February, follow-ups due
//                                                   from July, 12-month surveys in December
//   the programme places  July to September 2025    13 enrolments of the follow-up group
//   the money given       October to December 2025  6 loans and 5 grants to 5 of the follow-up group
//   the feedback          January to March 2026     14 feedback (13 rated) and 10 grievances

/** The indicators this file asserts; indicators.test.ts asserts the rest of the catalogue. */
const coveredHere = [
  "cases_active",
  "cases_handed_over",
  "cases_closed",
  "returnees_screened_share",
  "vulnerable_identified",
  "psychosocial_distress_identified",
  "psychosocial_services_received",
  "returnees_referred",
  "returnees_served",
  "documentation_support_share",
  "employed_after_job_counselling_share",
  "employed_after_job_matching_share",
  "referrals_completed",
  "referrals_not_completed",
  "referrals_overdue",
  "referral_acceptance_rate",
  "referral_completion_rate",
  "median_days_to_accept",
  "median_days_to_complete",
  "follow_ups_due",
  "follow_ups_made_share",
  "enrolments_started",
  "loan_amounts_given",
  "grant_amounts_given",
  "feedback_received",
  "grievances_received",
  "grievances_answered_in_time_share",
  "feedback_satisfaction_mean",
  "feedback_satisfied_share",
  "sustainability_economic_mean",
  "sustainability_social_mean",
  "sustainability_psychosocial_mean",
  "sustainability_change_mean",
] as const;

const { env, world, as } = await openWorld();
const { admin, caseDhaka, providerTvet, analyst } = as;
afterAll(() => env.close());
const db = env.database.db;

type Json = Record<string, unknown> & { id: string; version: number };
type Reply = { statusCode: number; body: string; json(): unknown };

const ok = (reply: Promise<Reply>, status = 200) => okOf<Json>(reply, status);

/** A moment of a day, in UTC. */
const at = (day: string) => `${day}T09:00:00Z`;

let registered = 0;
/** A returnee registered by MRC Dhaka with a case open there; each one distinct from the others. */
async function returnee(sex: "female" | "male") {
  const n = registered++;
  const tag = String.fromCharCode(65 + Math.floor(n / 26)) + String.fromCharCode(97 + (n % 26));
  const person = await ok(
    caseDhaka.post(
      "/persons",
      personPayload({
        givenName: `Cat${tag}`,
        familyName: `Roster${tag}`,
        nameNative: undefined,
        sex,
        birthDate: sex === "female" ? "1993-03-01" : "1985-09-01",
        phone: `+8801713${String(n).padStart(6, "0")}`,
        nationalId: `CAT-${String(n).padStart(8, "0")}`,
      }),
    ),
    201,
  );
  const kase = await ok(caseDhaka.post("/cases", { personId: person.id }), 201);
  return { personId: person.id, caseId: kase.id, version: kase.version };
}

async function assess(caseId: string, kind: string, answers: Record<string, unknown>, day: string) {
  const assessment = await ok(caseDhaka.post(`/cases/${caseId}/assessments`, { kind, answers }), 201);
  await db.execute(
    sql`update assessments set created_at = ${at(day)}::timestamptz where id = ${assessment.id}::uuid`,
  );
}

// ---- the case flow, October to December 2024 ------------------------------------------------------------
//
// 17 cases, all opened on 1 October 2024.
//   C1–C5   handed over on 5 November, closed on 20 November with the reason handed_over
//   C6      handed over on 5 November, left open
//   C7–C11  closed on 25 November, reintegrated
//   C12     closed on 10 December, lost_contact
//   C13–C17 left open
// Every other case of the fixture is opened in 2025 or later.

async function caseFlow() {
  for (let c = 1; c <= 17; c++) {
    const { caseId, version } = await returnee(c % 2 ? "female" : "male");
    let v = version;
    if (c <= 6) {
      const handed = await ok(
        caseDhaka.post(`/cases/${caseId}/hand-over`, {
          version: v,
          nationalService: "Department of Social Services",
        }),
      );
      v = handed.version;
    }
    const closure: [string, string] | null =
      c <= 5
        ? ["handed_over", "2024-11-20"]
        : c >= 7 && c <= 11
          ? ["reintegrated", "2024-11-25"]
          : c === 12
            ? ["lost_contact", "2024-12-10"]
            : null;
    if (closure) await ok(caseDhaka.post(`/cases/${caseId}/close`, { version: v, reason: closure[0] }));
    await db.execute(sql`
      update cases set opened_at = ${at("2024-10-01")}::timestamptz,
             handed_over_at = case when handed_over_at is null then null else ${at("2024-11-05")}::timestamptz end,
             closed_at = case when closed_at is null then null else ${closure ? at(closure[1]) : null}::timestamptz end
       where id = ${caseId}::uuid`);
  }
}

// ---- the screenings, January 2025 -------------------------------------------------------------------------
//
// 10 returnees registered on 10 January 2025 (nobody else is registered in January 2025), a case each.
//         vulnerability screening                          K6 (psychosocial screening)
//   S1–S3 women, debt bondage (25: medium), 15 Jan          1 on every item (6: moderate), 16 Jan
//   S4–S5 men, possible trafficking (high), 15 Jan          1 on every item (6: moderate), 16 Jan
//   S6    man, debt bondage, 15 Jan and again 20 Jan        14 (severe), 16 Jan
//   S7    woman, exploited abroad (15: low), 15 Jan         2 (low), 16 Jan
//   S8    man, debt bondage, 5 March                        1 on every item (moderate), 10 February
//   S9    woman, not screened
//   S10   man, not screened

const moderate = { nervous: 1, hopeless: 1, restless: 1, depressed: 1, effort: 1, worthless: 1 };
const severe = { nervous: 3, hopeless: 3, restless: 2, depressed: 2, effort: 2, worthless: 2 };
const low = { nervous: 1, hopeless: 1, restless: 0, depressed: 0, effort: 0, worthless: 0 };

type Screening = {
  sex: "female" | "male";
  vulnerability: [Record<string, boolean>, string][];
  k6?: [Record<string, number>, string];
};
const screenings: Screening[] = [
  { sex: "female", vulnerability: [[{ debtBondage: true }, "2025-01-15"]], k6: [moderate, "2025-01-16"] },
  { sex: "female", vulnerability: [[{ debtBondage: true }, "2025-01-15"]], k6: [moderate, "2025-01-16"] },
  { sex: "female", vulnerability: [[{ debtBondage: true }, "2025-01-15"]], k6: [moderate, "2025-01-16"] },
  {
    sex: "male",
    vulnerability: [[{ victimOfTrafficking: true }, "2025-01-15"]],
    k6: [moderate, "2025-01-16"],
  },
  {
    sex: "male",
    vulnerability: [[{ victimOfTrafficking: true }, "2025-01-15"]],
    k6: [moderate, "2025-01-16"],
  },
  {
    sex: "male",
    vulnerability: [
      [{ debtBondage: true }, "2025-01-15"],
      [{ debtBondage: true }, "2025-01-20"],
    ],
    k6: [severe, "2025-01-16"],
  },
  { sex: "female", vulnerability: [[{ exploitationAbroad: true }, "2025-01-15"]], k6: [low, "2025-01-16"] },
  { sex: "male", vulnerability: [[{ debtBondage: true }, "2025-03-05"]], k6: [moderate, "2025-02-10"] },
  { sex: "female", vulnerability: [] },
  { sex: "male", vulnerability: [] },
];

async function screeningsOfJanuary() {
  for (const s of screenings) {
    const { personId, caseId } = await returnee(s.sex);
    await db.execute(
      sql`update persons set created_at = ${at("2025-01-10")}::timestamptz where id = ${personId}::uuid`,
    );
    for (const [answers, day] of s.vulnerability) await assess(caseId, "vulnerability", answers, day);
    if (s.k6) await assess(caseId, "psychosocial", s.k6[0], s.k6[1]);
  }
}

// ---- the referrals, May and June 2025 ---------------------------------------------------------------------
//
// 13 returnees R1–R13, each with a consent to refer to the training institute, which runs five services
// added for the test: counselling (psy.counselling), peer support (psy.peer_support), documentation
// (soc.documentation), job counselling (econ.job_counselling), job matching (econ.job_matching). Each
// referral: the day it was sent, answered, ended, and the day it was due (21 days after sending).

type Move = "accept" | "decline" | "start" | "complete" | "not-complete" | "cancel";
type Svc = "counselling" | "peer" | "documentation" | "jobCounselling" | "jobMatching";
type Referral = {
  r: number;
  svc: Svc;
  moves: Move[];
  sent: string;
  answered?: string;
  ended?: string;
  due: string;
};
const done: Move[] = ["accept", "start", "complete"];
const dropped: Move[] = ["accept", "start", "not-complete"];
const psy = { sent: "2025-05-05", due: "2025-05-26" };
const doc = { sent: "2025-05-10", due: "2025-05-31" };
const jobs = { sent: "2025-05-12", due: "2025-06-02" };

const referralRoster: Referral[] = [
  // ref   returnee  service            moves    sent   answered (days)   ended (days)
  // P1a   R1        counselling        done     05-05  05-07 (2)         05-15 (10)
  // P1b   R1        counselling        done     05-05  05-07 (2)         05-15 (10)
  // P2–P4 R2–R4     counselling        done     05-05  05-07 (2)         05-15 (10)
  // Q5    R5        peer support       done     05-05  05-08 (3)         05-19 (14)
  // P6    R6        counselling        done     05-05  05-06 (1)         05-12 (7)
  // Q6    R6        peer support       done     05-05  05-09 (4)         05-20 (15)
  // P7    R7        counselling        dropped  05-05  05-07 (2)         not completed 05-25
  // P8    R8        counselling        done     05-05  05-07 (2)         07-02 (58), after the period
  // P9–12 R9–R12    counselling        dropped  05-05  05-07 (2)         not completed 05-25
  ...[1, 1, 2, 3, 4].map((r) => ({
    r,
    svc: "counselling" as const,
    moves: done,
    ...psy,
    answered: "2025-05-07",
    ended: "2025-05-15",
  })),
  { r: 5, svc: "peer", moves: done, ...psy, answered: "2025-05-08", ended: "2025-05-19" },
  { r: 6, svc: "counselling", moves: done, ...psy, answered: "2025-05-06", ended: "2025-05-12" },
  { r: 6, svc: "peer", moves: done, ...psy, answered: "2025-05-09", ended: "2025-05-20" },
  { r: 7, svc: "counselling", moves: dropped, ...psy, answered: "2025-05-07", ended: "2025-05-25" },
  { r: 8, svc: "counselling", moves: done, ...psy, answered: "2025-05-07", ended: "2025-07-02" },
  ...[9, 10, 11, 12].map((r) => ({
    r,
    svc: "counselling" as const,
    moves: dropped,
    ...psy,
    answered: "2025-05-07",
    ended: "2025-05-25",
  })),
  // D1–D5 R1–R5     documentation      done     05-10  05-11 (1)         05-28 (18)
  // D6    R6        documentation      declined 05-10  05-11
  // D7    R7        documentation      unanswered, still sent
  // D8    R8        documentation      accepted 05-10  05-12 (2), started, still in progress
  // D9    R9        documentation      done     04-01  04-03             05-05 (34), due 04-22
  // D10   R10       documentation      accepted 05-10  05-11 (1)         cancelled by MRC Dhaka 05-14
  ...[1, 2, 3, 4, 5].map((r) => ({
    r,
    svc: "documentation" as const,
    moves: done,
    ...doc,
    answered: "2025-05-11",
    ended: "2025-05-28",
  })),
  { r: 6, svc: "documentation", moves: ["decline"], ...doc, answered: "2025-05-11" },
  { r: 7, svc: "documentation", moves: [], ...doc },
  { r: 8, svc: "documentation", moves: ["accept", "start"], ...doc, answered: "2025-05-12" },
  {
    r: 9,
    svc: "documentation",
    moves: done,
    sent: "2025-04-01",
    answered: "2025-04-03",
    ended: "2025-05-05",
    due: "2025-04-22",
  },
  {
    r: 10,
    svc: "documentation",
    moves: ["accept", "cancel"],
    ...doc,
    answered: "2025-05-11",
    ended: "2025-05-14",
  },
  // JC1–7 R1–R7     job counselling    done     05-12  05-13, 05-13, 05-14, 05-15, 05-15, 05-17, 05-18
  //                                                    (1, 1, 2, 3, 3, 5, 6) 05-20 (8)
  // JM8–13 R8–R13   job matching       done     05-12  05-13 (1)         06-10 (29)
  ...(
    [
      [1, "2025-05-13"],
      [2, "2025-05-13"],
      [3, "2025-05-14"],
      [4, "2025-05-15"],
      [5, "2025-05-15"],
      [6, "2025-05-17"],
      [7, "2025-05-18"],
    ] as const
  ).map(([r, answered]) => ({
    r,
    svc: "jobCounselling" as const,
    moves: done,
    ...jobs,
    answered,
    ended: "2025-05-20",
  })),
  ...[8, 9, 10, 11, 12, 13].map((r) => ({
    r,
    svc: "jobMatching" as const,
    moves: done,
    ...jobs,
    answered: "2025-05-13",
    ended: "2025-06-10",
  })),
];

// The surveys asking about work (employment_stability only, so an economic score and no composite):
//   R1–R4 regular on 1 June; R5 regular on 20 May, the day its job counselling was completed;
//   R6 regular on 15 May (before it) and no work on 1 June; R7 irregular work on 1 June;
//   R8–R12 regular on 15 June, after job matching; R13 regular on 9 June, the day before.
const workSurveys: [number, string, string][] = [
  [1, "regular", "2025-06-01"],
  [2, "regular", "2025-06-01"],
  [3, "regular", "2025-06-01"],
  [4, "regular", "2025-06-01"],
  [5, "regular", "2025-05-20"],
  [6, "regular", "2025-05-15"],
  [6, "none", "2025-06-01"],
  [7, "irregular", "2025-06-01"],
  [8, "regular", "2025-06-15"],
  [9, "regular", "2025-06-15"],
  [10, "regular", "2025-06-15"],
  [11, "regular", "2025-06-15"],
  [12, "regular", "2025-06-15"],
  [13, "regular", "2025-06-09"],
];

async function move(referralId: string, action: Move) {
  const body =
    action === "complete"
      ? { outcome: "Service given" }
      : action === "not-complete"
        ? { reasonCode: "could_not_contact" }
        : action === "decline"
          ? { reasonCode: "no_capacity", note: "Full this month" }
          : {};
  const by: Client = action === "cancel" ? caseDhaka : providerTvet;
  await ok(by.post(`/referrals/${referralId}/${action}`, body));
}

async function referralsOfMayAndJune() {
  const service = async (name: string, category: string) =>
    (
      await ok(
        admin.post("/services", {
          organisationId: world.orgs.tvet.id,
          name,
          description: `${name} for returnees`,
          category,
          serviceAreas: ["BD30"],
          languages: ["bn"],
        }),
        201,
      )
    ).id;
  const services: Record<Svc, string> = {
    counselling: await service("Counselling for returnees", "psy.counselling"),
    peer: await service("Returnee peer circle", "psy.peer_support"),
    documentation: await service("Help with identity documents", "soc.documentation"),
    jobCounselling: await service("Career guidance", "econ.job_counselling"),
    jobMatching: await service("Job matching desk", "econ.job_matching"),
  };
  const cases = new Map<number, string>();
  for (let r = 1; r <= 13; r++) {
    const { personId, caseId } = await returnee(r % 2 ? "male" : "female");
    await ok(
      caseDhaka.post(`/persons/${personId}/consents`, {
        purpose: "referral",
        organisationIds: [world.orgs.tvet.id],
      }),
      201,
    );
    cases.set(r, caseId);
  }
  for (const ref of referralRoster) {
    const draft = await ok(
      caseDhaka.post("/referrals", {
        caseId: cases.get(ref.r),
        serviceId: services[ref.svc],
        reason: "Asked for this service",
        urgency: "routine",
      }),
      201,
    );
    await ok(caseDhaka.post(`/referrals/${draft.id}/send`, {}));
    for (const action of ref.moves) await move(draft.id, action);
    const answered = ref.answered ? at(ref.answered) : null;
    const ended = ref.ended ? at(ref.ended) : null;
    await db.execute(sql`
      update referrals set sent_at = ${at(ref.sent)}::timestamptz, due_at = ${`${ref.due}T23:59:59Z`}::timestamptz,
             responded_at = case when responded_at is null then null else ${answered}::timestamptz end,
             closed_at = case when closed_at is null then null else coalesce(${ended}::timestamptz, ${answered}::timestamptz) end
       where id = ${draft.id}::uuid`);
    await db.execute(sql`
      update referral_events set at = case
               when type in ('created', 'sent') then ${at(ref.sent)}::timestamptz
               when type in ('accepted', 'declined', 'started') then ${answered}::timestamptz
               else ${ended}::timestamptz end
       where referral_id = ${draft.id}::uuid`);
  }
  for (const [r, work, day] of workSurveys)
    await assess(cases.get(r)!, "sustainability_survey", { employment_stability: work }, day);
}

// ---- the follow-ups and the sustainability surveys, 2025 --------------------------------------------------
//
// 8 returnees F1–F8. Each takes a baseline survey on 10 February 2025 and gets a plan, which schedules its
// 3-, 6- and 12-month follow-ups; they are moved to be due on 15 July, 15 October and 10 December 2025.
// Done: the 3-month follow-ups of F1–F6, the 6-month of F1–F5, the 12-month of F1–F6 with a survey (taken on
// 10 December). F1 also has an extra contact, on 1 August, which is none of the scheduled follow-ups.
// Each survey answers one question per dimension: employment_stability (regular 1, irregular 0.5, none 0),
// housing (secure 1, insecure 0.5, inadequate 0.25, none 0), belonging (strongly 1, somewhat 0.5, no 0); the
// composite is the mean of the three, rounded to three decimals.
//        baseline (e, s, p: composite)     12 months (e, s, p: composite)   change
//   F1   0, 0.5, 0: 0.167                  1, 0.5, 0.5: 0.667               0.5
//   F2   1, 0.5, 0.5: 0.667                1, 0.5, 0.5: 0.667               0
//   F3   0.5, 0.5, 0: 0.333                1, 1, 0.5: 0.833                 0.5
//   F4   0, 0, 1: 0.333                    0.5, 0.5, 0: 0.333               0
//   F5   0.5, 0.5, 0.5: 0.5                0, 0.5, 0: 0.167                 -0.333
//   F6   0, 0, 0: 0                        1, 0, 1: 0.667                   0.667
//   F7   1, 1, 0.5: 0.833                  -
//   F8   1, 0.25, 0.5: 0.583               -

type Answers = { employment_stability: string; housing: string; belonging: string };
const followed: { baseline: Answers; month12?: Answers; made: string[] }[] = [
  {
    baseline: { employment_stability: "none", housing: "insecure", belonging: "no" },
    month12: { employment_stability: "regular", housing: "insecure", belonging: "somewhat" },
    made: ["month_3", "month_6", "month_12"],
  },
  {
    baseline: { employment_stability: "regular", housing: "insecure", belonging: "somewhat" },
    month12: { employment_stability: "regular", housing: "insecure", belonging: "somewhat" },
    made: ["month_3", "month_6", "month_12"],
  },
  {
    baseline: { employment_stability: "irregular", housing: "insecure", belonging: "no" },
    month12: { employment_stability: "regular", housing: "secure", belonging: "somewhat" },
    made: ["month_3", "month_6", "month_12"],
  },
  {
    baseline: { employment_stability: "none", housing: "none", belonging: "strongly" },
    month12: { employment_stability: "irregular", housing: "insecure", belonging: "no" },
    made: ["month_3", "month_6", "month_12"],
  },
  {
    baseline: { employment_stability: "irregular", housing: "insecure", belonging: "somewhat" },
    month12: { employment_stability: "none", housing: "insecure", belonging: "no" },
    made: ["month_3", "month_6", "month_12"],
  },
  {
    baseline: { employment_stability: "none", housing: "none", belonging: "no" },
    month12: { employment_stability: "regular", housing: "none", belonging: "strongly" },
    made: ["month_3", "month_12"],
  },
  { baseline: { employment_stability: "regular", housing: "secure", belonging: "somewhat" }, made: [] },
  { baseline: { employment_stability: "regular", housing: "inadequate", belonging: "somewhat" }, made: [] },
];
const dueOn: Record<string, string> = {
  month_3: "2025-07-15",
  month_6: "2025-10-15",
  month_12: "2025-12-10",
};

async function followUpsOf2025() {
  const caseIds: string[] = [];
  for (const [i, f] of followed.entries()) {
    const { caseId } = await returnee(i < 4 ? "female" : "male");
    caseIds.push(caseId);
    await assess(caseId, "sustainability_survey", f.baseline, "2025-02-10");
    const { version } = await ok(caseDhaka.get(`/cases/${caseId}`));
    await ok(
      caseDhaka.put(`/cases/${caseId}/plan`, {
        version,
        goals: [{ dimension: "economic", title: "Steady work", actions: [] }],
      }),
    );
    const scheduled = (await ok(caseDhaka.get(`/cases/${caseId}/follow-ups`))).items as {
      id: string;
      kind: string;
    }[];
    for (const kind of f.made) {
      const followUp = scheduled.find((s) => s.kind === kind)!;
      await bringFollowUpDue(env.database, followUp.id);
      await ok(
        caseDhaka.post(`/cases/${caseId}/follow-ups/${followUp.id}/complete`, {
          contactMethod: "phone",
          reached: true,
          ...(kind === "month_12" ? { survey: f.month12 } : {}),
        }),
      );
    }
    for (const [kind, day] of Object.entries(dueOn))
      await db.execute(sql`
        update follow_ups set due_date = ${day}::date,
               done_at = case when done_at is null then null else ${at(day)}::timestamptz end
         where case_id = ${caseId}::uuid and kind = ${kind}`);
    await db.execute(sql`
      update assessments set created_at = ${at("2025-12-10")}::timestamptz
       where case_id = ${caseId}::uuid and occasion = 'month_12'`);
  }
  const contact = await ok(
    caseDhaka.post(`/cases/${caseIds[0]}/follow-ups`, { contactMethod: "home_visit", reached: true }),
    201,
  );
  await db.execute(sql`
    update follow_ups set due_date = '2025-08-01', done_at = ${at("2025-08-01")}::timestamptz
     where id = ${contact.id}::uuid`);
  return caseIds;
}

// ---- the programme places, July to September 2025 ---------------------------------------------------------
//
// Three programmes of the training institute. Of the follow-up group's cases:
//   a training course: F1–F6 started on 5 August, F7 on 10 September
//   a mentoring circle: F4–F8 started on 12 August
//   a job placement: F1 accepted, never started

async function enrolmentsOf2025(caseIds: string[]) {
  const programme = async (name: string, kind: string, category: string) =>
    (
      await ok(
        admin.post("/programmes", { name, kind, category, ownerOrganisationId: world.orgs.tvet.id }),
        201,
      )
    ).id;
  const course = await programme("Solar panel installation course", "training", "econ.vocational_training");
  const mentoring = await programme("Returnee mentoring circle", "mentoring", "econ.business_support");
  const placement = await programme("Garment factory placement", "job_placement", "econ.job_matching");
  for (const i of [0, 1, 2, 3, 4, 5]) await enrol(caseIds[i]!, course, "2025-08-05");
  await enrol(caseIds[6]!, course, "2025-09-10");
  const coaching = new Map<string, string>();
  for (const i of [3, 4, 5, 6, 7])
    coaching.set(caseIds[i]!, await enrol(caseIds[i]!, mentoring, "2025-08-12"));
  await enrol(caseIds[0]!, placement, null);
  return coaching;
}

const programmeOf = async (name: string, kind: string, category: string) =>
  (
    await ok(
      admin.post("/programmes", { name, kind, category, ownerOrganisationId: world.orgs.tvet.id }),
      201,
    )
  ).id;

/** Applies, accepts and starts an enrolment (with the money given, for a loan or grant) on a day of its own. */
async function enrol(
  caseId: string,
  programmeId: string,
  started: string | null,
  money: { amountGiven: number; currency?: string; coachingEnrolmentId: string } | null = null,
) {
  const applied = await ok(
    caseDhaka.post(`/cases/${caseId}/enrolments`, {
      programmeId,
      ...(money ? { coachingEnrolmentId: money.coachingEnrolmentId } : {}),
    }),
    201,
  );
  const accepted = await ok(
    providerTvet.post(`/enrolments/${applied.id}/accept`, { version: applied.version }),
  );
  if (!started) return applied.id;
  const given = money
    ? { amountGiven: money.amountGiven, ...(money.currency ? { currency: money.currency } : {}) }
    : {};
  await ok(providerTvet.post(`/enrolments/${applied.id}/start`, { version: accepted.version, ...given }));
  await db.execute(
    sql`update enrolments set started_at = ${at(started)}::timestamptz where id = ${applied.id}::uuid`,
  );
  return applied.id;
}

// ---- the money given, October to December 2025 -------------------------------------------------------------
//
// F4–F8 (each with a business plan in taka, coached by the mentoring circle) are lent and granted money:
//   a business loan:      F4 50,000, F5 60,000, F6 70,000, F7 80,000.50, F8 90,000 taka on 6 October
//   a diaspora loan:      F4 1,200 US dollars on 20 October
//   a start-up grant:     F4–F7 15,000 taka each on 3 November, F8 15,000 taka on 1 December

async function moneyOf2025(coaching: Map<string, string>) {
  const loan = await programmeOf("Returnee business loan", "loan", "econ.finance");
  const diaspora = await programmeOf("Diaspora bank loan", "loan", "econ.finance");
  const grant = await programmeOf("Start-up grant", "grant", "econ.finance");
  const cases = [...coaching.keys()];
  for (const caseId of cases)
    await ok(
      caseDhaka.put(`/cases/${caseId}/business-plan`, {
        activity: "Mobile phone repair stall",
        sectorIsic: "95",
        currency: "BDT",
        capitalNeeded: 120_000,
        ownContribution: 20_000,
        expectedMonthlyIncome: 15_000,
        market: "The district market",
        risks: "Competition from the stall opposite",
      }),
    );
  const lent = [50_000, 60_000, 70_000, 80_000.5, 90_000];
  for (const [i, caseId] of cases.entries()) {
    const coachingEnrolmentId = coaching.get(caseId)!;
    await enrol(caseId, loan, "2025-10-06", { amountGiven: lent[i]!, coachingEnrolmentId });
    await enrol(caseId, grant, i === 4 ? "2025-12-01" : "2025-11-03", {
      amountGiven: 15_000,
      coachingEnrolmentId,
    });
  }
  await enrol(cases[0]!, diaspora, "2025-10-20", {
    amountGiven: 1_200,
    currency: "USD",
    coachingEnrolmentId: coaching.get(cases[0]!)!,
  });
}

// ---- the feedback, January to March 2026 --------------------------------------------------------------------
//
// Sent by visitors (no session), then moved to their days:
//   feedback on the electrical course (Dhaka Technical Training Centre handles it), 14 January:
//     rated 5, 5, 5, 4, 4, 2, 1
//   feedback on the reintegration loan (Probashi Kallyan Bank handles it), 10 February: rated 5, 5, 5, 5, 4, 2
//   feedback about nothing in particular from Dhaka (MRC Dhaka handles it), 3 March: no rating
//   grievances about the electrical course from Dhaka (MRC Dhaka handles them):
//     G1–G8   received 5 January, due 19 January: G1–G5 first answered 15 January, G6 on 19 January (in time),
//             G7 on 25 January (late), G8 never
//     G9–G10  received 2 February, urgent, due 5 February: G9 answered 4 February, G10 on 10 February (late)

let visits = 0;
async function visitorSends(body: Record<string, unknown>, receivedOn: string) {
  const reply = await env.app.inject({
    method: "POST",
    url: "/api/v1/feedback",
    payload: { anonymous: true, adminAreaCode: "BD3026", ...body },
    remoteAddress: `10.1.0.${++visits}`,
  });
  const { reference } = await okOf<{ reference: string }>(Promise.resolve(reply), 201);
  await db.execute(
    sql`update feedback set received_at = ${at(receivedOn)}::timestamptz where reference = ${reference}`,
  );
  return reference;
}

async function feedbackOf2026() {
  const course = world.services.training.id;
  for (const rating of [5, 5, 5, 4, 4, 2, 1])
    await visitorSends(
      {
        kind: "feedback",
        subject: "service",
        serviceId: course,
        rating,
        message: "About the course I took.",
      },
      "2026-01-14",
    );
  for (const rating of [5, 5, 5, 5, 4, 2])
    await visitorSends(
      {
        kind: "feedback",
        subject: "service",
        serviceId: world.services.loan.id,
        rating,
        message: "About the loan I was given.",
      },
      "2026-02-10",
    );
  await visitorSends(
    { kind: "feedback", subject: "other", message: "The office should open on Fridays." },
    "2026-03-03",
  );
  const grievances: [string, string, string | null][] = [
    ...Array.from(
      { length: 5 },
      () => ["2026-01-05", "2026-01-19", "2026-01-15"] as [string, string, string],
    ),
    ["2026-01-05", "2026-01-19", "2026-01-19"],
    ["2026-01-05", "2026-01-19", "2026-01-25"],
    ["2026-01-05", "2026-01-19", null],
    ["2026-02-02", "2026-02-05", "2026-02-04"],
    ["2026-02-02", "2026-02-05", "2026-02-10"],
  ];
  for (const [received, due, answered] of grievances) {
    const reference = await visitorSends(
      { kind: "grievance", subject: "service", serviceId: course, message: "I was turned away at the door." },
      received,
    );
    if (answered) {
      const [item] = (await ok(admin.get(`/feedback?reference=${reference}`))).items as Json[];
      await ok(
        admin.post(`/feedback/${item!.id}/answer`, {
          version: item!.version,
          answer: "We called the centre.",
        }),
      );
    }
    await db.execute(sql`
      update feedback set due_on = ${due}::date,
             first_answered_at = ${answered ? at(answered) : null}::timestamptz
       where reference = ${reference}`);
  }
}

beforeAll(async () => {
  await caseFlow();
  await screeningsOfJanuary();
  await referralsOfMayAndJune();
  await moneyOf2025(await enrolmentsOf2025(await followUpsOf2025()));
  await feedbackOf2026();
  await refreshIndicatorFacts(db, new Date());
}, 600_000);

type Cell = {
  keys: (string | null)[];
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  suppressed: string | null;
};
const cells = async (client: Client, url: string) => (await ok(client.get(url))).cells as Cell[];
/** Each cell as [keys, value, why hidden]. */
const valuesOf = async (url: string) =>
  (await cells(analyst, url)).map((c) => [c.keys.join("/"), c.value, c.suppressed]);
/** Each cell of a percentage as [keys, numerator, denominator, value, why hidden]. */
const sharesOf = async (url: string) =>
  (await cells(analyst, url)).map((c) => [
    c.keys.join("/"),
    c.numerator,
    c.denominator,
    c.value,
    c.suppressed,
  ]);

const q4of2024 = "from=2024-10-01&to=2024-12-31";
const january = "from=2025-01-01&to=2025-01-31";
const q1 = "from=2025-01-01&to=2025-03-31";
const mayJune = "from=2025-05-01&to=2025-06-30";
const q3 = "from=2025-07-01&to=2025-09-30";
const q4 = "from=2025-10-01&to=2025-12-31";
const year2025 = "from=2025-01-01&to=2025-12-31";

describe("the case flow, counted by hand", () => {
  it("counts the cases open at the end of a period, a case closed on its last day no longer open", async () => {
    // nothing opened yet on 30 September 2024
    expect(await valuesOf("/indicators/cases_active?to=2024-09-30")).toEqual([["", 0, null]]);
    // 17 opened, less C1–C5 closed on 20 November: 12
    expect(await valuesOf("/indicators/cases_active?to=2024-11-24")).toEqual([["", 12, null]]);
    // less C7–C11 closed on 25 November itself: 7 (C6 handed over but open, C12, C13–C17)
    expect(await valuesOf("/indicators/cases_active?to=2024-11-25")).toEqual([["", 7, null]]);
    // less C12 closed on 10 December: 6
    expect(await valuesOf("/indicators/cases_active?to=2024-12-31")).toEqual([["", 6, null]]);
  });

  it("counts the cases handed over in the period", async () => {
    // C1–C6 on 5 November
    expect(await valuesOf(`/indicators/cases_handed_over?${q4of2024}`)).toEqual([["", 6, null]]);
    expect(await valuesOf("/indicators/cases_handed_over?from=2024-10-01&to=2024-10-31")).toEqual([
      ["", 0, null],
    ]);
  });

  it("counts the cases closed by the reason given, hiding the one lost contact and the cell that would give it away", async () => {
    // November: C1–C5 handed_over, C7–C11 reintegrated
    expect(await valuesOf("/indicators/cases_closed?from=2024-11-01&to=2024-11-30&by=closureReason")).toEqual(
      [
        ["handed_over", 5, null],
        ["reintegrated", 5, null],
        ["", 10, null],
      ],
    );
    // the quarter adds C12 (lost_contact, 1): hidden, and so is the smallest other cell of its row (the
    // first of the two fives), else 11 − 5 would give the 1 away
    expect(await valuesOf(`/indicators/cases_closed?${q4of2024}&by=closureReason`)).toEqual([
      ["handed_over", null, "complementary"],
      ["lost_contact", null, "small_count"],
      ["reintegrated", 5, null],
      ["", 11, null],
    ]);
    expect(await valuesOf(`/indicators/cases_closed?${q4of2024}&filter[closureReason]=reintegrated`)).toEqual(
      [["", 5, null]],
    );
  });
});

describe("the screenings of January 2025, counted by hand", () => {
  it("gives the share of the returnees registered who have a vulnerability screening, whenever it was made", async () => {
    // registered in January: S1–S10 (10); screened: S1–S8 (8, S8's screening in March counts too)
    expect(await sharesOf(`/indicators/returnees_screened_share?${january}`)).toEqual([
      ["", 8, 10, 80, null],
    ]);
    // women S1, S2, S3, S7 of S1, S2, S3, S7, S9 (4 of 5); men S4, S5, S6, S8 of S4, S5, S6, S8, S10 (4 of 5):
    // the numerators of four are hidden, and with them the shares
    expect(await sharesOf(`/indicators/returnees_screened_share?${january}&by=sex`)).toEqual([
      ["female", null, null, null, "small_count"],
      ["male", null, null, null, "small_count"],
      ["", 8, 10, 80, null],
    ]);
  });

  it("counts the returnees found vulnerable in the period once each", async () => {
    // S1–S3 medium, S4–S5 high, S6 medium twice (once); S7 low; S8 in March
    expect(await valuesOf(`/indicators/vulnerable_identified?${january}`)).toEqual([["", 6, null]]);
    // three women and three men: both cells hidden, the total of six shown
    expect(await valuesOf(`/indicators/vulnerable_identified?${january}&by=sex`)).toEqual([
      ["female", null, "small_count"],
      ["male", null, "small_count"],
      ["", 6, null],
    ]);
    // January to March adds S8
    expect(await valuesOf(`/indicators/vulnerable_identified?${q1}`)).toEqual([["", 7, null]]);
  });

  it("counts the returnees whose K6 showed moderate or severe distress in the period", async () => {
    // S1–S5 moderate (6), S6 severe (14); S7 low (2); S8 moderate in February
    expect(await valuesOf(`/indicators/psychosocial_distress_identified?${january}`)).toEqual([
      ["", 6, null],
    ]);
    expect(await valuesOf(`/indicators/psychosocial_distress_identified?${q1}`)).toEqual([["", 7, null]]);
  });
});

describe("the referrals of May and June 2025, counted by hand", () => {
  it("counts the returnees referred, once each and once per service category", async () => {
    // R1–R13 each have a referral sent in May or June (R9's documentation referral went out in April, but
    // R9 has counselling and job matching referrals in May)
    expect(await valuesOf(`/indicators/returnees_referred?${mayJune}`)).toEqual([["", 13, null]]);
    // job counselling R1–R7 (7); job matching R8–R13 (6); counselling R1–R4, R6–R12 (11, R1 with two
    // referrals counted once); peer support R5, R6 (2); documentation R1–R8, R10 (9). The 2 is hidden, and
    // with it the smallest other cell (job matching, 6); the total counts each returnee once: 13.
    expect(await valuesOf(`/indicators/returnees_referred?${mayJune}&by=serviceCategory`)).toEqual([
      ["econ.job_counselling", 7, null],
      ["econ.job_matching", null, "complementary"],
      ["psy.counselling", 11, null],
      ["psy.peer_support", null, "small_count"],
      ["soc.documentation", 9, null],
      ["", 13, null],
    ]);
  });

  it("counts the referrals completed, and the returnees served once each and once per category", async () => {
    // completed in May or June: counselling P1a, P1b, P2–P4, P6 (6; P8 in July); peer support Q5, Q6 (2);
    // documentation D1–D5 and D9, sent in April (6); job counselling (7); job matching (6): 27
    expect(await valuesOf(`/indicators/referrals_completed?${mayJune}&by=serviceCategory`)).toEqual([
      ["econ.job_counselling", 7, null],
      ["econ.job_matching", null, "complementary"],
      ["psy.counselling", 6, null],
      ["psy.peer_support", null, "small_count"],
      ["soc.documentation", 6, null],
      ["", 27, null],
    ]);
    // the same as returnees: counselling R1 (twice), R2, R3, R4, R6 is 5 returnees for 6 referrals
    expect(await valuesOf(`/indicators/returnees_served?${mayJune}`)).toEqual([["", 13, null]]);
    expect(await valuesOf(`/indicators/returnees_served?${mayJune}&by=serviceCategory`)).toEqual([
      ["econ.job_counselling", 7, null],
      ["econ.job_matching", 6, null],
      ["psy.counselling", null, "complementary"],
      ["psy.peer_support", null, "small_count"],
      ["soc.documentation", 6, null],
      ["", 13, null],
    ]);
    const counselling = "filter[serviceCategory]=psy.counselling";
    expect(await valuesOf(`/indicators/returnees_served?${mayJune}&${counselling}`)).toEqual([["", 5, null]]);
    expect(await valuesOf(`/indicators/referrals_completed?${mayJune}&${counselling}`)).toEqual([
      ["", 6, null],
    ]);
  });

  it("counts the returnees who received a psychosocial service of any kind once each", async () => {
    // R1–R4 counselling, R5 peer support, R6 both; R7 not completed; R8 completed on 2 July
    expect(await valuesOf(`/indicators/psychosocial_services_received?${mayJune}`)).toEqual([["", 6, null]]);
    expect(
      await valuesOf("/indicators/psychosocial_services_received?from=2025-07-01&to=2025-07-31"),
    ).toEqual([["", null, "small_count"]]);
  });

  it("gives the share of the returnees referred for documents whose referral was completed", async () => {
    // referred in May or June: R1–R8, R10 (9; R9's went out in April); completed: R1–R5 (5)
    expect(await sharesOf(`/indicators/documentation_support_share?${mayJune}`)).toEqual([
      ["", 5, 9, 55.6, null],
    ]);
  });

  it("gives the share in regular work at a survey on or after the day job counselling or job matching was completed", async () => {
    // job counselling completed on 20 May for R1–R7: R1–R4 regular on 1 June, R5 regular on 20 May itself;
    // R6 regular only before (15 May), R7 irregular: 5 of 7
    expect(await sharesOf(`/indicators/employed_after_job_counselling_share?${mayJune}`)).toEqual([
      ["", 5, 7, 71.4, null],
    ]);
    // job matching completed on 10 June for R8–R13: R8–R12 regular on 15 June; R13 only on 9 June: 5 of 6
    expect(await sharesOf(`/indicators/employed_after_job_matching_share?${mayJune}`)).toEqual([
      ["", 5, 6, 83.3, null],
    ]);
  });

  it("counts the referrals not completed and those overdue", async () => {
    // P7, P9–P12 on 25 May
    expect(await valuesOf(`/indicators/referrals_not_completed?${mayJune}`)).toEqual([["", 5, null]]);
    // overdue, by the day they were due: P8 (due 26 May, completed 2 July), D7 (due 31 May, never answered),
    // D8 (due 31 May, accepted and still in progress), JM8–JM13 (due 2 June, completed 10 June): 9. Not
    // overdue: whatever ended by its due day (D6 declined, D10 cancelled, P7 and P9–P12 not completed on
    // 25 May); D9 was due on 22 April.
    expect(await valuesOf(`/indicators/referrals_overdue?${mayJune}&by=serviceCategory`)).toEqual([
      ["econ.job_matching", 6, null],
      ["psy.counselling", null, "small_count"],
      ["soc.documentation", null, "small_count"],
      ["", 9, null],
    ]);
    expect(await valuesOf("/indicators/referrals_overdue?from=2025-04-01&to=2025-04-30")).toEqual([
      ["", null, "small_count"],
    ]);
  });

  it("gives the funnel's rates on the referrals sent in the period, a referral cancelled after acceptance in neither", async () => {
    // sent in May or June: 36 (37 less D9). Now completed 27 (P1a, P1b, P2–P4, Q5, P6, Q6, P8, D1–D5,
    // JC1–JC7, JM8–JM13), not completed 5, in progress 1 (D8), declined 1 (D6), still sent 1 (D7),
    // cancelled 1 (D10). Accepted: 27 + 5 + 1 = 33; answered: 33 + 1 declined = 34.
    expect(await sharesOf(`/indicators/referral_acceptance_rate?${mayJune}`)).toEqual([
      ["", 33, 34, 97.1, null],
    ]);
    // completed 27 of the 33 accepted (with D10 it would be 27 of 34)
    expect(await sharesOf(`/indicators/referral_completion_rate?${mayJune}`)).toEqual([
      ["", 27, 33, 81.8, null],
    ]);
  });

  it("gives the median days from sending to acceptance and to completion", async () => {
    // accepted in May or June, 34: one day P6, D1–D5, D10, JC1, JC2, JM8–JM13 (15); two days P1a, P1b,
    // P2–P4, P7, P8, P9–P12, D8, JC3 (13); three Q5, JC4, JC5; four Q6; five JC6; six JC7. The 17th and
    // 18th are both 2.
    expect(await valuesOf(`/indicators/median_days_to_accept?${mayJune}`)).toEqual([["", 2, null]]);
    // job counselling alone: 1, 1, 2, 3, 3, 5, 6
    expect(
      await valuesOf(
        `/indicators/median_days_to_accept?${mayJune}&filter[serviceCategory]=econ.job_counselling`,
      ),
    ).toEqual([["", 3, null]]);
    // completed in May or June, 27: 7 (P6); 8 (JC1–JC7); 10 (P1a, P1b, P2–P4); 14 (Q5); 15 (Q6);
    // 18 (D1–D5); 29 (JM8–JM13); 34 (D9). The 14th is 14.
    expect(await valuesOf(`/indicators/median_days_to_complete?${mayJune}`)).toEqual([["", 14, null]]);
    // peer support: two referrals, too few to show a median
    expect(
      await valuesOf(
        `/indicators/median_days_to_complete?${mayJune}&filter[serviceCategory]=psy.peer_support`,
      ),
    ).toEqual([["", null, "small_count"]]);
  });
});

describe("the follow-ups and sustainability surveys of 2025, counted by hand", () => {
  it("counts the 3-, 6- and 12-month follow-ups due in the period and the share made", async () => {
    // July to September: the 3-month follow-ups of F1–F8 (F1's extra contact on 1 August is none of them)
    expect(await valuesOf(`/indicators/follow_ups_due?${q3}`)).toEqual([["", 8, null]]);
    // October to December: the 6- and 12-month follow-ups, 16
    expect(await valuesOf(`/indicators/follow_ups_due?${q4}`)).toEqual([["", 16, null]]);
    // made: 3-month F1–F6, 6 of 8
    expect(await sharesOf(`/indicators/follow_ups_made_share?${q3}`)).toEqual([["", 6, 8, 75, null]]);
    // made: 6-month F1–F5, 12-month F1–F6: 11 of 16 (68.75)
    expect(await sharesOf(`/indicators/follow_ups_made_share?${q4}`)).toEqual([["", 11, 16, 68.8, null]]);
  });

  it("averages each dimension's score over the surveys taken in the period", async () => {
    // January to March: the 8 baselines. Economic 0, 1, 0.5, 0, 0.5, 0, 1, 1: 4 / 8
    expect(await valuesOf(`/indicators/sustainability_economic_mean?${q1}`)).toEqual([["", 0.5, null]]);
    // social 0.5, 0.5, 0.5, 0, 0.5, 0, 1, 0.25: 3.25 / 8 = 0.40625
    expect(await valuesOf(`/indicators/sustainability_social_mean?${q1}`)).toEqual([["", 0.406, null]]);
    // psychosocial 0, 0.5, 0, 1, 0.5, 0, 0.5, 0.5: 3 / 8
    expect(await valuesOf(`/indicators/sustainability_psychosocial_mean?${q1}`)).toEqual([["", 0.375, null]]);
    // October to December: the 6 surveys at 12 months. Economic 1, 1, 1, 0.5, 0, 1: 4.5 / 6
    expect(await valuesOf(`/indicators/sustainability_economic_mean?${q4}`)).toEqual([["", 0.75, null]]);
    // social 0.5, 0.5, 1, 0.5, 0.5, 0: 3 / 6
    expect(await valuesOf(`/indicators/sustainability_social_mean?${q4}`)).toEqual([["", 0.5, null]]);
    // psychosocial 0.5, 0.5, 0.5, 0, 0, 1: 2.5 / 6 = 0.41667
    expect(await valuesOf(`/indicators/sustainability_psychosocial_mean?${q4}`)).toEqual([["", 0.417, null]]);
  });

  it("splits the means by occasion, the surveys asking only about work adding no social or psychosocial score", async () => {
    // the year: 8 baselines and 6 at 12 months; the referral group's 14 surveys answer no social question.
    // Social (3.25 + 3) / 14 = 0.44643
    expect(await valuesOf(`/indicators/sustainability_social_mean?${year2025}&by=occasion`)).toEqual([
      ["baseline", 0.406, null],
      ["month_12", 0.5, null],
      ["", 0.446, null],
    ]);
    // psychosocial (3 + 2.5) / 14 = 0.39286
    expect(await valuesOf(`/indicators/sustainability_psychosocial_mean?${year2025}&by=occasion`)).toEqual([
      ["baseline", 0.375, null],
      ["month_12", 0.417, null],
      ["", 0.393, null],
    ]);
  });

  it("averages the change of the composite from baseline to 12 months", async () => {
    // F1–F6: 0.5 + 0 + 0.5 + 0 − 0.333 + 0.667 = 1.334; / 6 = 0.22233
    expect(await valuesOf(`/indicators/sustainability_change_mean?${q4}`)).toEqual([["", 0.222, null]]);
    // no 12-month survey was taken in the first quarter: no mean, and nothing to hide
    expect(await valuesOf(`/indicators/sustainability_change_mean?${q1}`)).toEqual([["", null, null]]);
  });

  it("counts the programme places started, by programme kind", async () => {
    // August: training F1–F6 (6), mentoring F4–F8 (5); the placement was never started
    expect(
      await valuesOf("/indicators/enrolments_started?from=2025-08-01&to=2025-08-31&by=programmeKind"),
    ).toEqual([
      ["mentoring", 5, null],
      ["training", 6, null],
      ["", 11, null],
    ]);
    // the quarter adds F7's course, started on 10 September
    expect(await valuesOf(`/indicators/enrolments_started?${q3}&filter[programmeKind]=training`)).toEqual([
      ["", 7, null],
    ]);
    expect(await valuesOf("/indicators/enrolments_started?from=2025-09-01&to=2025-09-30")).toEqual([
      ["", null, "small_count"],
    ]);
  });
});

describe("the money given of October to December 2025, added up by hand", () => {
  it("adds up the money lent currency by currency, hiding the one dollar loan and the taka it would give away", async () => {
    // October: five taka loans (350,000.50) and one dollar loan: the 1 is hidden and with it the 5, since the
    // total of six would give it away; the total counts six loans but adds up no money across currencies
    expect(await sharesOf(`/indicators/loan_amounts_given?${q4}&by=currency`)).toEqual([
      ["BDT", null, null, null, "complementary"],
      ["USD", null, null, null, "small_count"],
      ["", 6, null, null, null],
    ]);
    expect(await valuesOf(`/indicators/loan_amounts_given?${q4}&filter[currency]=BDT`)).toEqual([
      ["", 350_000.5, null],
    ]);
    expect(await valuesOf(`/indicators/loan_amounts_given?${q4}&filter[currency]=BDT&by=sex`)).toEqual([
      ["female", null, "small_count"],
      ["male", null, "small_count"],
      ["", 350_000.5, null],
    ]);
    // nothing lent in the third quarter: no money, not zero
    expect(await valuesOf(`/indicators/loan_amounts_given?${q3}&filter[currency]=BDT`)).toEqual([
      ["", null, null],
    ]);
  });

  it("adds up the money granted, by currency and month, and counts the loans and grants among the places started", async () => {
    // F4–F7 in November, F8 in December: 75,000 taka in five grants; dollars were lent but none granted
    expect(await valuesOf(`/indicators/grant_amounts_given?${q4}&by=currency`)).toEqual([
      ["BDT", 75_000, null],
      ["USD", null, null],
      ["", null, null],
    ]);
    expect(
      await valuesOf("/indicators/grant_amounts_given?from=2025-11-01&to=2025-11-30&filter[currency]=BDT"),
    ).toEqual([["", null, "small_count"]]);
    // the places started of the quarter: six loans and five grants
    expect(await valuesOf(`/indicators/enrolments_started?${q4}&by=programmeKind`)).toEqual([
      ["grant", 5, null],
      ["loan", 6, null],
      ["", 11, null],
    ]);
  });

  it("refuses to add up money across currencies, naming the way to ask", async () => {
    const reply = await analyst.get(`/indicators/loan_amounts_given?${q4}&by=sex`);
    expect(reply.statusCode).toBe(400);
    expect(reply.json()).toMatchObject({
      error: {
        field: "by",
        message:
          "loan_amounts_given adds up money in the currency it was given in: split it by currency or keep one currency",
        key: "indicator.one_currency",
        values: { indicator: "loan_amounts_given" },
      },
    });
  });
});

describe("the feedback and grievances of January to March 2026, counted by hand", () => {
  const q1of2026 = "from=2026-01-01&to=2026-03-31";
  const byKey = async (url: string) =>
    Object.fromEntries((await cells(analyst, url)).map((c) => [c.keys.join("/"), [c.value, c.suppressed]]));

  it("counts the feedback received by the organisation handling it, hiding the one of MRC Dhaka", async () => {
    // the course's 7, the loan's 6 and the 1 without a subject: the 1 is hidden, and with it the 6 (the smaller
    // of the others), since the total of 14 would give it away
    expect(await byKey(`/indicators/feedback_received?${q1of2026}&by=organisation`)).toEqual({
      [world.orgs.tvet.id]: [7, null],
      [world.orgs.bank.id]: [null, "complementary"],
      [world.orgs.mrcDhaka.id]: [null, "small_count"],
      "": [14, null],
    });
    expect(await valuesOf(`/indicators/feedback_received?${q1of2026}&by=feedbackSubject`)).toEqual([
      ["other", null, "small_count"],
      ["service", null, "complementary"],
      ["", 14, null],
    ]);
    // the training centre reads its own only
    expect((await cells(providerTvet, `/indicators/feedback_received?${q1of2026}`))[0]!.value).toBe(7);
  });

  it("averages the ratings and counts the satisfied (4 or 5), month by month", async () => {
    // January 26 / 7 = 3.714, February 26 / 6 = 4.333, the quarter 52 / 13 = 4
    expect(await valuesOf(`/indicators/feedback_satisfaction_mean?${q1of2026}&by=month`)).toEqual([
      ["2026-01", 3.714, null],
      ["2026-02", 4.333, null],
      ["", 4, null],
    ]);
    // January 5 of 7 = 71.4 %, February 5 of 6 = 83.3 %, the quarter 10 of 13 = 76.9 %
    expect(await sharesOf(`/indicators/feedback_satisfied_share?${q1of2026}&by=month`)).toEqual([
      ["2026-01", 5, 7, 71.4, null],
      ["2026-02", 5, 6, 83.3, null],
      ["", 10, 13, 76.9, null],
    ]);
  });

  it("counts the grievances received, and the share answered by their due day", async () => {
    // 8 in January, 2 in February: the 2 are hidden, and the 8 that would give them away
    expect(await valuesOf(`/indicators/grievances_received?${q1of2026}&by=month`)).toEqual([
      ["2026-01", null, "complementary"],
      ["2026-02", null, "small_count"],
      ["", 10, null],
    ]);
    // due in January: G1–G6 in time of 8 (75 %); in the quarter G9 too, of 10 (70 %)
    expect(
      await sharesOf("/indicators/grievances_answered_in_time_share?from=2026-01-01&to=2026-01-31"),
    ).toEqual([["", 6, 8, 75, null]]);
    expect(await sharesOf(`/indicators/grievances_answered_in_time_share?${q1of2026}`)).toEqual([
      ["", 7, 10, 70, null],
    ]);
    // every grievance is MRC Dhaka's to answer, none the training centre's they are about
    expect((await cells(providerTvet, `/indicators/grievances_received?${q1of2026}`))[0]!.value).toBe(0);
    expect((await cells(caseDhaka, `/indicators/grievances_received?${q1of2026}`))[0]!.value).toBe(10);
  });

  it("lists no cases behind feedback, and refuses splits by the returnee", async () => {
    expect((await ok(admin.get(`/indicators/grievances_received?${q1of2026}`))).casesBehind).toBe(false);
    const cases = await admin.get(`/indicators/grievances_received/cases?${q1of2026}`);
    expect(cases.statusCode).toBe(400);
    expect(cases.json().error.message).toBe(
      "grievances_received counts feedback and grievances, which no case stands behind",
    );
    const bySex = await analyst.get(`/indicators/feedback_received?${q1of2026}&by=sex`);
    expect(bySex.statusCode).toBe(400);
    expect(bySex.json().error.field).toBe("by");
  });
});

describe("the catalogue's coverage", () => {
  it("asserts every indicator of the catalogue in this file or in indicators.test.ts", () => {
    const requested = (file: string) =>
      new Set(
        [...readFileSync(new URL(file, import.meta.url), "utf8").matchAll(/\/indicators\/([a-z0-9_]+)/g)].map(
          (m) => m[1]!,
        ),
      );
    const here = requested("./catalogue.test.ts");
    const there = requested("./indicators.test.ts");
    const codes = indicatorCatalogue.map((i) => i.code);
    for (const code of coveredHere) {
      expect(codes, code).toContain(code);
      expect(here.has(code), `${code} is listed as covered here but never requested here`).toBe(true);
    }
    expect(codes.filter((code) => !here.has(code) && !there.has(code))).toEqual([]);
  });
});
