// Eligibility at scale, against a database filled by bench/load.ts: a case's eligibility over every open
// programme and active service, and the re-evaluation of every person after a rule change.
//
//   npm run bench:eligibility -- [--offers 500] [--requests 300] [--warmup 30] [--batch N]
//     [--jobs-poll-seconds 1] [--data-dir .tmp/bench-data] [--profile-dir DIR]
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/hc_bench npm run bench:eligibility
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import { programmeKinds } from "@homecoming/domain";
import { adminArea, countriesByRegion, districtsOf, provincesOf } from "@homecoming/reference";
import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../apps/server/src/db/client";
import { countReach } from "../apps/server/src/modules/rules/service";
import { demoAccounts } from "../apps/server/src/seed/demo";
import { Rng } from "../apps/server/src/seed/generator";
import { openTarget, positiveInt } from "./db";
import {
  type Client,
  kindOf,
  login,
  measure,
  type Server,
  startServer,
  statsTable,
  totalOf,
  writeResults,
} from "./http";

/** The programmes this benchmark makes are named with this prefix; later runs find and reuse them. */
const prefix = "[bench] ";
const targets = { eligibilityP95Ms: 20, reachSeconds: 60 };

interface Fact {
  name: string;
  type: "number" | "boolean" | "enum" | "list";
  values?: string[];
}

interface ProgrammeView {
  id: string;
  name: string;
  active: boolean;
  version: number;
  eligibilityRule: unknown;
}

interface EligibilityView {
  eligibleProgrammes: number;
  programmes: { verdict: string }[];
  services: { verdict: string }[];
  recommendations: unknown[];
}

// ---- rules from the facts catalogue --------------------------------------------------------------------

/** Plausible bounds of the number facts, for thresholds; others get 0…10. */
const numberRange: Record<string, [number, number]> = {
  age: [18, 65],
  monthsSinceReturn: [3, 60],
  monthsAbroad: [6, 120],
  iscoMajorGroup: [1, 9],
  skillLevel: [1, 4],
  iscedLevel: [0, 6],
  debtAmountUsd: [500, 15_000],
  householdSize: [2, 9],
  childrenOfSchoolAge: [1, 4],
};

const destinations = [...countriesByRegion.gcc, ...countriesByRegion.south_east_asia, "JO", "LB", "IT"];

function subset<T>(rng: Rng, items: readonly T[], min: number, max: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  const n = Math.min(pool.length, rng.int(min, max));
  while (out.length < n) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]!);
  return out;
}

/** One condition on a fact, of the shapes programme rules take: thresholds, ranges, value lists, flags. */
function condition(rng: Rng, fact: Fact, country: string): unknown {
  const v = { var: fact.name };
  switch (fact.type) {
    case "number": {
      const [lo, hi] = numberRange[fact.name] ?? [0, 10];
      const a = rng.int(lo, hi);
      const shape = rng.int(0, 2);
      if (shape === 0) return { ">=": [v, a] };
      if (shape === 1) return { "<=": [v, a] };
      const b = rng.int(a, hi);
      return { "<=": [a, v, b] };
    }
    case "boolean":
      return { "==": [v, rng.chance(0.75)] };
    case "enum": {
      const values =
        fact.values ??
        (fact.name === "destinationCountry"
          ? destinations
          : fact.name === "province"
            ? provincesOf(country).map((a) => a.code)
            : fact.name === "district"
              ? districtsOf(country).map((a) => a.code)
              : []);
      if (values.length === 0) return { "!!": [v] };
      return rng.chance(0.4) ? { "==": [v, rng.pick(values)] } : { in: [v, subset(rng, values, 2, 4)] };
    }
    case "list": {
      const values = fact.values ?? [];
      if (values.length === 0 || rng.chance(0.2)) return { "!": { "!!": [v] } };
      if (rng.chance(0.5)) return { in: [rng.pick(values), v] };
      return { some: [v, { in: [{ var: "" }, subset(rng, values, 2, 3)] }] };
    }
  }
}

/** A rule of 2 to 6 conditions: the country, then others drawn from the catalogue, sometimes an "or" or a "not". */
function ruleFor(rng: Rng, facts: readonly Fact[], country: string): unknown {
  const others = facts.filter((f) => f.name !== "country");
  const parts: unknown[] = [{ "==": [{ var: "country" }, country] }];
  for (const fact of subset(rng, others, 1, 4)) parts.push(condition(rng, fact, country));
  if (rng.chance(0.3)) {
    const [a, b] = subset(rng, others, 2, 2);
    parts.push({ or: [condition(rng, a!, country), condition(rng, b!, country)] });
  }
  if (rng.chance(0.15)) parts.push({ "!": condition(rng, rng.pick(others), country) });
  return { and: parts };
}

const categoryOfKind: Record<(typeof programmeKinds)[number], string> = {
  loan: "econ.finance",
  grant: "econ.finance",
  training: "econ.vocational_training",
  business_training: "econ.entrepreneurship_training",
  mentoring: "econ.business_support",
  recognition_of_prior_learning: "econ.skills_recognition",
  job_placement: "econ.job_matching",
  cash_for_work: "econ.cash_for_work",
  social_protection: "soc.social_protection",
  psychosocial_support: "psy.counselling",
  legal_aid: "soc.legal_aid",
  housing: "soc.housing",
  schooling: "soc.schooling",
  documentation: "soc.documentation",
};

const kindWords: Record<(typeof programmeKinds)[number], string> = {
  loan: "Reintegration loan",
  grant: "Start-up grant",
  training: "Vocational training",
  business_training: "Enterprise training",
  mentoring: "Business mentoring",
  recognition_of_prior_learning: "Trade testing and certification",
  job_placement: "Job placement",
  cash_for_work: "Cash for work",
  social_protection: "Social protection enrolment",
  psychosocial_support: "Counselling",
  legal_aid: "Legal aid",
  housing: "Transitional housing",
  schooling: "School re-entry support",
  documentation: "Documentation recovery",
};

/** The i-th benchmark programme: the same on every run, in one of the three countries, owned by one of its organisations. */
function programmeSpec(i: number, facts: readonly Fact[], owners: Map<string, string[]>) {
  const rng = new Rng(0xe1e9 + i * 7919);
  const country = rng.weighted([
    ["BD", 5],
    ["PK", 3],
    ["IQ", 2],
  ] as const);
  const kind = rng.pick(programmeKinds);
  const reach = rng.int(0, 9);
  const areaCodes =
    reach < 4
      ? [country]
      : reach < 7
        ? subset(
            rng,
            provincesOf(country).map((a) => a.code),
            1,
            3,
          )
        : subset(
            rng,
            districtsOf(country).map((a) => a.code),
            2,
            8,
          );
  const where = areaCodes.length === 1 && areaCodes[0] === country ? country : adminArea(areaCodes[0]!)!.name;
  const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return {
    ownerOrganisationId: rng.pick(owners.get(country)!),
    name: `${prefix}${String(i).padStart(3, "0")} ${kindWords[kind]}, ${where}`,
    description: "Made by bench/eligibility.ts.",
    kind,
    category: categoryOfKind[kind],
    areaCodes,
    capacity: rng.chance(0.4) ? null : rng.int(2, 100) * 10,
    opensOn: rng.chance(0.5) ? null : day(-rng.int(1, 400)),
    closesOn: rng.chance(0.6) ? null : day(rng.int(2, 5) * 365),
    eligibilityRule: ruleFor(rng, facts, country),
  };
}

/**
 * The rule changed to time the re-evaluation: a reintegration loan for returnees in Bangladesh of working age,
 * back for at most `months`, with debts under USD 5,000, deported or in economic need.
 */
const loanRule = (months: number) => ({
  and: [
    { "==": [{ var: "country" }, "BD"] },
    { "<=": [18, { var: "age" }, 60] },
    { "<=": [{ var: "monthsSinceReturn" }, months] },
    { "<": [{ var: "debtAmountUsd" }, 5000] },
    {
      or: [
        { in: [{ var: "returnType" }, ["forced", "crisis"]] },
        { in: [{ var: "needs.economic" }, ["medium", "high"]] },
      ],
    },
  ],
});

// ---- through the API -----------------------------------------------------------------------------------

async function ok<T>(client: Client, method: string, path: string, body?: unknown): Promise<T> {
  const r = await client.request(method, path, body);
  if (r.status < 200 || r.status > 299)
    throw new Error(`${method} ${path}: HTTP ${r.status} ${JSON.stringify(r.json).slice(0, 400)}`);
  return r.json as T;
}

async function pages<T>(client: Client, path: string): Promise<T[]> {
  const out: T[] = [];
  for (;;) {
    const sep = path.includes("?") ? "&" : "?";
    const page = await ok<{ items: T[]; total: number }>(
      client,
      "GET",
      `${path}${sep}limit=200&offset=${out.length}`,
    );
    out.push(...page.items);
    if (page.items.length < 200 || out.length >= page.total) return out;
  }
}

async function benchProgrammes(admin: Client): Promise<ProgrammeView[]> {
  const all = await pages<ProgrammeView>(admin, `/programmes?q=${encodeURIComponent(prefix)}&sort=name`);
  return all.filter((p) => p.name.startsWith(prefix));
}

async function offersOf(client: Client, caseId: string) {
  const e = await ok<EligibilityView>(client, "GET", `/cases/${caseId}/eligibility`);
  return { programmes: e.programmes.length, services: e.services.length };
}

/**
 * Brings open programmes plus active services to `target`: reactivates benchmark programmes switched off by
 * an earlier run, then creates new ones; with too many, switches benchmark programmes off (never number 000,
 * whose rule the last step changes).
 */
async function topUp(admin: Client, caseId: string, target: number) {
  const before = await offersOf(admin, caseId);
  let missing = target - before.programmes - before.services;
  const ours = await benchProgrammes(admin);
  const done = { created: 0, reactivated: 0, deactivated: 0 };
  if (missing > 0) {
    for (const p of ours.filter((x) => !x.active)) {
      if (missing === 0) break;
      await ok(admin, "PATCH", `/programmes/${p.id}`, { version: p.version, active: true });
      done.reactivated++;
      missing--;
    }
  } else if (missing < 0) {
    for (const p of ours.filter((x) => x.active && !x.name.startsWith(`${prefix}000 `)).reverse()) {
      if (missing === 0) break;
      await ok(admin, "PATCH", `/programmes/${p.id}`, { version: p.version, active: false });
      done.deactivated++;
      missing++;
    }
  }
  if (missing > 0) {
    const { facts } = await ok<{ facts: Fact[] }>(admin, "GET", "/eligibility/facts");
    const orgs = await pages<{ id: string; country: string; active: boolean }>(admin, "/organisations");
    const owners = new Map<string, string[]>();
    for (const o of orgs.filter((x) => x.active))
      owners.set(o.country, [...(owners.get(o.country) ?? []), o.id]);
    const next = ours.reduce(
      (n, p) => Math.max(n, Number(p.name.slice(prefix.length, prefix.length + 3)) + 1),
      0,
    );
    console.log(`Creating ${missing} programmes through the API…`);
    for (let i = next; i < next + missing; i++) {
      const spec = programmeSpec(i, facts, owners);
      // number 000 is the loan whose rule change is timed below
      const loan = {
        ...spec,
        ownerOrganisationId: owners.get("BD")![0]!,
        name: `${prefix}000 ${kindWords.loan}, BD`,
        kind: "loan",
        category: categoryOfKind.loan,
        areaCodes: ["BD"],
        eligibilityRule: loanRule(18),
      };
      await ok(admin, "POST", "/programmes", i === 0 ? loan : spec);
      done.created++;
    }
  }
  const after = await offersOf(admin, caseId);
  return { before, after, ...done, benchProgrammes: (await benchProgrammes(admin)).length };
}

// ---- the steps -----------------------------------------------------------------------------------------

async function measureEligibility(server: Server, n: number, warmup: number, target: number) {
  const adminEmail = demoAccounts.find((a) => a.role === "administrator")!.email;
  const managerEmail = demoAccounts.find((a) => a.role.startsWith("case manager"))!.email;
  const admin = await login(server.base, adminEmail);
  const manager = await login(server.base, managerEmail);
  const counts = {
    persons: await totalOf(admin, "/persons?limit=1"),
    cases: await totalOf(admin, "/cases?limit=1"),
  };
  if (counts.persons === 0) throw new Error(`${server.label} is empty: run npm run bench:load first`);
  // the cases measured are drawn from pages at random places in the caseload rather than from all of it
  // (reading a caseload of 250,000 through the API took minutes)
  const caseload = await totalOf(manager, "/cases?mine=true&limit=1");
  if (caseload === 0) throw new Error(`${managerEmail} has no cases`);
  const rng = new Rng(Date.now() % 2 ** 31);
  console.log(`Drawing cases from the caseload of ${managerEmail} (${caseload})…`);
  const drawn = new Set<string>();
  for (let i = 0; i < 20 && drawn.size < caseload; i++) {
    const offset = Math.floor(rng.next() * Math.max(0, caseload - 200));
    const page = await ok<{ items: { id: string }[] }>(
      manager,
      "GET",
      `/cases?mine=true&limit=200&offset=${offset}`,
    );
    for (const c of page.items) drawn.add(c.id);
  }
  const mine = [...drawn];
  const offers = await topUp(admin, mine[0]!, target);
  const loan = await loanProgramme(admin);

  const picked = Array.from({ length: warmup + n }, () => rng.pick(mine));
  const seen = { eligibleProgrammes: 0, recommendations: 0, kb: 0, offers: new Set<number>() };
  const stats = await measure(
    "eligibility",
    warmup,
    n,
    async (i) => {
      const r = await manager.request("GET", `/cases/${picked[i]}/eligibility`);
      if (i >= warmup && r.status === 200) {
        const e = r.json as EligibilityView;
        seen.eligibleProgrammes += e.eligibleProgrammes;
        seen.recommendations += e.recommendations.length;
        seen.offers.add(e.programmes.length + e.services.length);
        seen.kb += JSON.stringify(e).length / 1024;
      }
      return r;
    },
    200,
  );
  // the same cases' plain record, for what any request costs on this machine at this time
  const plain = await measure("case", warmup, n, (i) => manager.request("GET", `/cases/${picked[i]}`), 200);
  const mean = (x: number) => Math.round((x / n) * 10) / 10;
  return {
    ...counts,
    caseloadOfCaseManager: caseload,
    offers,
    stats,
    plain,
    offersPerRequest: [...seen.offers],
    meanEligibleProgrammes: mean(seen.eligibleProgrammes),
    meanRecommendedNeeds: mean(seen.recommendations),
    meanResponseKB: mean(seen.kb),
    nextLoanRule: loanRule(changedMonths(loan)),
  };
}

/**
 * Drops the reach counts waiting in the jobs queue (those of programmes just created, or of the demo seed on a
 * database loaded before bench/load.ts ran them): the server's worker would otherwise run them all, each over
 * every person, beside the measurements.
 */
async function dropQueuedReachCounts(db: Db): Promise<number> {
  const dropped = await queryRows<{ id: string }>(
    db,
    sql`delete from jobs where kind = 'eligibility.count_reach' and locked_until is null returning id`,
  );
  return dropped.length;
}

async function inProcess<T>(dataDir: string | undefined, work: (db: Db) => Promise<T>): Promise<T> {
  const { database } = await openTarget(dataDir);
  try {
    return await work(database.db);
  } finally {
    await database.close();
  }
}

/** countReach in this process, inside one transaction. */
async function reachInProcess(db: Db, rule: unknown, batch: number | undefined) {
  const started = performance.now();
  const counts = await db.transaction((tx) => countReach(tx as unknown as Db, rule, new Date(), batch));
  const seconds = (performance.now() - started) / 1000;
  return {
    rule,
    batch: batch ?? "default",
    persons: counts.eligible + counts.notEligible + counts.unknown,
    ...counts,
    seconds: Math.round(seconds * 100) / 100,
  };
}

async function loanProgramme(admin: Client) {
  const [p] = (await benchProgrammes(admin)).filter((x) => x.name.startsWith(`${prefix}000 `));
  if (!p) throw new Error("benchmark programme 000 is missing");
  return p;
}

/** The loan's rule after the change: the window since return widens from 12 to 18 months, or narrows back. */
const changedMonths = (p: ProgrammeView) =>
  JSON.stringify(p.eligibilityRule) === JSON.stringify(loanRule(12)) ? 18 : 12;

/** PATCH the rule of programme 000 and wait for the job's figures on its rule versions. */
async function reachThroughJob(server: Server, pollSeconds: number) {
  const admin = await login(server.base, demoAccounts.find((a) => a.role === "administrator")!.email);
  const p = await loanProgramme(admin);
  const months = changedMonths(p);
  const started = performance.now();
  const patched = await ok<{ ruleVersion: number }>(admin, "PATCH", `/programmes/${p.id}`, {
    version: p.version,
    eligibilityRule: loanRule(months),
  });
  for (;;) {
    const { items } = await ok<{
      items: {
        version: number;
        impact: { eligible: number; notEligible: number; unknown: number; countedAt: string } | null;
      }[];
    }>(admin, "GET", `/programmes/${p.id}/rule-versions`);
    const impact = items.find((v) => v.version === patched.ruleVersion)?.impact;
    if (impact) {
      const seconds = (performance.now() - started) / 1000;
      const job = (Date.now() - Date.parse(impact.countedAt)) / 1000;
      return {
        programme: p.name,
        ruleVersion: patched.ruleVersion,
        monthsSinceReturnAtMost: months,
        jobsPollSeconds: pollSeconds,
        persons: impact.eligible + impact.notEligible + impact.unknown,
        eligible: impact.eligible,
        notEligible: impact.notEligible,
        unknown: impact.unknown,
        secondsFromChangeToFigures: Math.round(seconds * 100) / 100,
        secondsOfJob: Math.round(job * 100) / 100,
      };
    }
    if (performance.now() - started > 3_600_000) throw new Error("no reach figures after an hour");
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      offers: { type: "string" },
      requests: { type: "string" },
      warmup: { type: "string" },
      batch: { type: "string" },
      "jobs-poll-seconds": { type: "string" },
      "data-dir": { type: "string" },
      "profile-dir": { type: "string" },
      "no-reach": { type: "boolean" },
    },
  });
  const offers = Math.max(1, positiveInt(values.offers, "offers", 500));
  const n = Math.max(1, positiveInt(values.requests, "requests", 300));
  const warmup = positiveInt(values.warmup, "warmup", 30);
  const batch = values.batch === undefined ? undefined : Math.max(1, positiveInt(values.batch, "batch", 0));
  const pollSeconds = Math.max(1, positiveInt(values["jobs-poll-seconds"], "jobs-poll-seconds", 1));
  const dataDir = values["data-dir"];
  const started = new Date();

  let dropped = await inProcess(dataDir, dropQueuedReachCounts);
  // the server's jobs worker polls once at start-up and then not again: the new programmes' reach counts wait
  const first = await startServer(dataDir, { profileDir: values["profile-dir"] });
  const label = first.label;
  let eligibility: Awaited<ReturnType<typeof measureEligibility>>;
  try {
    eligibility = await measureEligibility(first, n, warmup, offers);
  } finally {
    await first.stop();
  }
  // step 3, unless --no-reach: every person again after a rule change, in this process and through the job
  let counted: {
    reach: Awaited<ReturnType<typeof reachInProcess>>;
    job: Awaited<ReturnType<typeof reachThroughJob>>;
  } | null = null;
  if (!values["no-reach"]) {
    console.log("Counting the reach of a rule in this process…");
    const reach = await inProcess(dataDir, async (db) => {
      dropped += await dropQueuedReachCounts(db);
      return reachInProcess(db, eligibility.nextLoanRule, batch);
    });
    console.log("Counting it again through a rule change and the jobs worker…");
    const second = await startServer(dataDir, { jobsPollSeconds: pollSeconds });
    try {
      counted = { reach, job: await reachThroughJob(second, pollSeconds) };
    } finally {
      await second.stop();
    }
  }

  const total = eligibility.offers.after.programmes + eligibility.offers.after.services;
  const report = {
    date: started.toISOString(),
    database: label,
    persons: eligibility.persons,
    cases: eligibility.cases,
    caseloadOfCaseManager: eligibility.caseloadOfCaseManager,
    node: process.version,
    cpus: cpus().length,
    targets,
    offers: { target: offers, ...eligibility.offers },
    eligibility: {
      requests: n,
      warmup,
      concurrency: 1,
      offersPerRequest: eligibility.offersPerRequest,
      meanEligibleProgrammes: eligibility.meanEligibleProgrammes,
      meanRecommendedNeeds: eligibility.meanRecommendedNeeds,
      meanResponseKB: eligibility.meanResponseKB,
      ...eligibility.stats,
    },
    plainCaseForComparison: eligibility.plain,
    droppedQueuedReachCounts: dropped,
    reach: counted ? { inProcess: counted.reach, job: counted.job } : null,
  };
  const mark = (met: boolean) => (met ? "met" : "MISSED");
  const lines = [
    `Homecoming eligibility benchmark — ${report.date}`,
    `database: ${label}; persons: ${report.persons}; cases: ${report.cases}; case.dhaka caseload: ${report.caseloadOfCaseManager}; ${report.node}, ${report.cpus} CPUs`,
    `offers: ${eligibility.offers.after.programmes} open programmes + ${eligibility.offers.after.services} active services = ${total} (target ${offers}; ${eligibility.offers.benchProgrammes} benchmark programmes, ${eligibility.offers.created} created, ${eligibility.offers.reactivated} reactivated, ${eligibility.offers.deactivated} switched off now)`,
    "",
    `${n} sequential requests after ${warmup} warm-up, random cases of case.dhaka, keep-alive HTTP on 127.0.0.1;`,
    "times run to the last byte of the answer, the last row adds this client's parsing of the JSON",
    ...statsTable({
      "GET /cases/{id}/eligibility": eligibility.stats,
      "GET /cases/{id} (for comparison)": eligibility.plain,
      "GET /cases/{id}/eligibility + JSON parse": eligibility.stats.withParse,
    }),
    `offers evaluated per request: ${eligibility.offersPerRequest.join(", ")}; mean eligible programmes ${eligibility.meanEligibleProgrammes}; mean response ${eligibility.meanResponseKB} KB`,
    `target p95 ≤ ${targets.eligibilityP95Ms} ms: ${mark(eligibility.stats.p95 <= targets.eligibilityP95Ms)}`,
    "",
  ];
  if (counted) {
    const { reach, job } = counted;
    lines.push(
      `Re-evaluating every person after a rule change (the loan rule of programme 000, months since return at most ${job.monthsSinceReturnAtMost}):`,
      `  countReach in process (batch ${reach.batch}): ${reach.persons} persons, ${reach.eligible} eligible, ${reach.notEligible} not eligible, ${reach.unknown} unknown in ${reach.seconds.toFixed(1)} s`,
      `  PATCH + job (poll ${pollSeconds} s): ${job.persons} persons, ${job.eligible} eligible, ${job.notEligible} not eligible, ${job.unknown} unknown; job ${job.secondsOfJob.toFixed(1)} s, change to figures ${job.secondsFromChangeToFigures.toFixed(1)} s`,
      `  target ≤ ${targets.reachSeconds} s: ${mark(Math.max(reach.seconds, job.secondsOfJob) <= targets.reachSeconds)}`,
    );
  } else lines.push("Re-evaluation after a rule change not measured (--no-reach).");
  if (dropped)
    lines.push(`  (${dropped} queued reach counts of new or seeded programmes were dropped, not run)`);
  console.log(lines.join("\n"));
  const file = writeResults(report.date, `eligibility-${kindOf(label)}-${report.persons}`, report);
  console.log(`\nWritten to ${file}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
