// Latency of the main operations over real HTTP, against a database filled by bench/load.ts.
//
//   npm run bench -- [--requests 300] [--warmup 30] [--data-dir .tmp/bench-data]
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/hc_bench npm run bench
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { openDatabase, queryRows } from "../apps/server/src/db/client";
import { generatePersons, Rng } from "../apps/server/src/seed/generator";
import { bareTimings } from "./bare";
import { openTarget, positiveInt } from "./db";
import { kindOf, login, measure, type Stats, startServer, statsTable, writeResults } from "./http";

/** A name as people type it at a desk: with a typo, only the start of the family name, or in the native script. */
function searchTerms(count: number, seed: number): string[] {
  const rng = new Rng(seed);
  return generatePersons(seed, count).map(({ input }) => {
    const family = input.familyName ?? "";
    const kind = rng.int(0, 2);
    if (kind === 0 && family.length > 3) {
      const i = rng.int(1, family.length - 2);
      return `${input.givenName} ${family.slice(0, i)}${family.slice(i + 1)}`;
    }
    if (kind === 1) return `${input.givenName} ${family.slice(0, 3)}`.trim();
    return input.nameNative ?? input.givenName;
  });
}

/**
 * What the database holds, counted directly (the API counts a case list only up to a bound), and whether the
 * registry scan has read the whole registry: while it has not, the server's worker runs it without pause
 * (background.ts), beside the measurements.
 */
async function registry(dataDir: string | undefined) {
  const { database } = await openTarget(dataDir);
  try {
    await database.migrate();
    const [row] = await queryRows<{
      persons: number;
      cases: number;
      referrals: number;
      caseload: number;
      scanned: boolean;
    }>(
      database.db,
      sql`select (select count(*)::int from persons) as persons, (select count(*)::int from cases) as cases,
            (select count(*)::int from referrals) as referrals,
            (select count(*)::int from cases c join users u on u.id = c.case_manager_user_id
              where u.email = 'case.dhaka@demo.homecoming') as caseload,
            coalesce((select finished_at is not null from linkage_scans), false) as scanned`,
    );
    return row!;
  } finally {
    await database.close();
  }
}

/** The PostgreSQL settings the measurements ran with (the embedded database has its own). */
async function databaseSettings(): Promise<string | null> {
  const url = process.env.DATABASE_URL;
  if (!url) return null;
  const database = await openDatabase({ kind: "postgres", url, poolSize: 1 });
  try {
    const rows = await queryRows<{ name: string; setting: string; unit: string | null }>(
      database.db,
      sql`select name, setting, unit from pg_settings
          where name in ('shared_buffers', 'work_mem', 'jit', 'effective_cache_size', 'random_page_cost',
                         'max_parallel_workers_per_gather', 'server_version')
          order by name`,
    );
    return rows.map((r) => `${r.name}=${r.setting}${r.unit ? ` ${r.unit}` : ""}`).join(", ");
  } finally {
    await database.close();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      requests: { type: "string" },
      warmup: { type: "string" },
      "data-dir": { type: "string" },
    },
  });
  const n = Math.max(1, positiveInt(values.requests, "requests", 300));
  const warmup = positiveInt(values.warmup, "warmup", 30);
  const counts = await registry(values["data-dir"]);
  if (counts.persons === 0) throw new Error("the database is empty: run npm run bench:load first");
  if (!counts.scanned)
    throw new Error(
      "The registry scan has not read the whole registry, and the server would run it beside the measurements: run npm run bench:scan first",
    );
  const server = await startServer(values["data-dir"]);
  const { base, label } = server;
  const manager = await login(base, "case.dhaka@demo.homecoming");
  const provider = await login(base, "provider.tvet@demo.homecoming");
  // sent referrals addressed to the training institute, one per accept; made through the API when the
  // loaded data has too few left
  const me = (await provider.request("GET", "/me")).json as { organisation: { id: string } };
  const tvet = me.organisation.id;
  const needed = warmup + n;
  const referralIds: string[] = [];
  while (referralIds.length < needed) {
    const page = (
      await provider.request(
        "GET",
        `/referrals?direction=incoming&status=sent&limit=200&offset=${referralIds.length}`,
      )
    ).json as { items: { id: string }[] };
    referralIds.push(...page.items.map((r) => r.id));
    if (page.items.length < 200) break;
  }
  referralIds.splice(needed);
  if (referralIds.length < needed) {
    const missing = needed - referralIds.length;
    console.log(`Preparing ${missing} sent referrals to the training institute through the API…`);
    const tvetServices = (await manager.request("GET", `/services?organisationId=${tvet}&limit=50`)).json as {
      items: { id: string }[];
    };
    const mine: { id: string; personId: string }[] = [];
    for (const stage of ["registered", "assessed", "plan_active", "monitoring"]) {
      const page = (await manager.request("GET", `/cases?mine=true&stage=${stage}&limit=200`)).json as {
        items: { id: string; personId: string }[];
      };
      mine.push(...page.items);
    }
    mine.splice(missing);
    if (mine.length < missing)
      throw new Error("Not enough open cases of case.dhaka to prepare referrals: load more persons");
    for (const [i, c] of mine.entries()) {
      await manager.request("POST", `/persons/${c.personId}/consents`, {
        purpose: "referral",
        organisationIds: [tvet],
      });
      const draft = await manager.request("POST", "/referrals", {
        caseId: c.id,
        serviceId: tvetServices.items[i % tvetServices.items.length]!.id,
        reason: "Benchmark referral",
        urgency: "routine",
      });
      const id = (draft.json as { id: string }).id;
      const sent = await manager.request("POST", `/referrals/${id}/send`, {});
      if (sent.status !== 200) throw new Error(`could not send a referral: ${JSON.stringify(sent.json)}`);
      referralIds.push(id);
    }
  }

  // new returnees from the same name distribution, different on every run (the loaded ones are indexes 0..N-1)
  const newcomers = generatePersons(1, needed, { asOf: new Date(), from: counts.persons + 1_000_000 }).map(
    (p) => p.input,
  );
  const terms = searchTerms(needed, 1);
  // what a desk has typed of a returnee already on record, a few seconds into the form: the name as another
  // clerk spells it and the year of birth (the loaded returnees are indexes 0..N-1 of seed 1)
  const rng = new Rng(7);
  const typing = Array.from({ length: needed }, () => {
    const [p] = generatePersons(1, 1, { from: rng.int(0, Math.max(0, counts.persons - 1)) });
    const { givenName, familyName, birthYear, birthDate } = p!.input;
    return {
      givenName: givenName.replace(/^Md\. /, "Mohammad "),
      ...(familyName ? { familyName: familyName.replace(/ss/g, "s") } : {}),
      birthYear: birthYear ?? Number(birthDate!.slice(0, 4)),
    };
  });
  // the same work in bare SQL first, on a connection of the benchmark's own (PostgreSQL only: the embedded
  // database is the server's alone while it runs)
  const url = process.env.DATABASE_URL;
  let bare: Record<string, Stats> | undefined;
  if (url) {
    const direct = await openDatabase({ kind: "postgres", url, poolSize: 1 });
    try {
      bare = await bareTimings(direct, {
        warmup,
        n,
        newcomers,
        typing,
        terms,
        referralIds,
        caseManagerEmail: "case.dhaka@demo.homecoming",
      });
    } finally {
      await direct.close();
    }
  }
  const duplicates: number[] = [];
  const results: Record<string, Stats> = {};
  const started = new Date();
  results["POST /persons (register + duplicate check)"] = await measure(
    "register",
    warmup,
    n,
    async (i) => {
      const r = await manager.request("POST", "/persons", newcomers[i]);
      duplicates.push((r.json as { possibleDuplicates?: unknown[] }).possibleDuplicates?.length ?? 0);
      return r;
    },
    201,
  );
  results["POST /persons/duplicate-check (live check while typing)"] = await measure(
    "check",
    warmup,
    n,
    (i) => manager.request("POST", "/persons/duplicate-check", typing[i]),
    200,
  );
  results["GET /persons?q= (search by name)"] = await measure(
    "search",
    warmup,
    n,
    (i) => manager.request("GET", `/persons?q=${encodeURIComponent(terms[i]!)}`),
    200,
  );
  results["POST /referrals/{id}/accept (transition)"] = await measure(
    "accept",
    warmup,
    n,
    (i) => provider.request("POST", `/referrals/${referralIds[i]}/accept`, { note: "Benchmark" }),
    200,
  );
  results["GET /cases?mine=true (caseload)"] = await measure(
    "caseload",
    warmup,
    n,
    () => manager.request("GET", "/cases?mine=true"),
    200,
  );
  await server.stop();

  const report = {
    date: started.toISOString(),
    database: label,
    settings: await databaseSettings(),
    persons: counts.persons,
    cases: counts.cases,
    referrals: counts.referrals,
    caseloadOfCaseManager: counts.caseload,
    meanPossibleDuplicates:
      Math.round((duplicates.reduce((s, x) => s + x, 0) / duplicates.length) * 100) / 100,
    requestsPerOperation: n,
    warmup,
    concurrency: 1,
    node: process.version,
    cpus: cpus().length,
    operations: results,
    bareSql: bare,
  };
  const lines = [
    `Homecoming benchmark — ${report.date}`,
    `database: ${label}; persons: ${report.persons}; cases: ${report.cases}; referrals: ${report.referrals}; case.dhaka caseload: ${report.caseloadOfCaseManager}`,
    `${n} sequential requests per operation after ${warmup} warm-up, keep-alive HTTP on 127.0.0.1; ${report.node}, ${report.cpus} CPUs`,
    ...(report.settings ? [`PostgreSQL settings: ${report.settings}`] : []),
    "",
    ...statsTable(results),
    ...(bare
      ? [
          "",
          "the same work in bare SQL: the operation's statements sent directly on one connection (register and",
          "live check: the blocking passes; search: the search; accept: the referral's update and event, rolled",
          "back; caseload: the page and its count)",
          ...statsTable(
            Object.fromEntries(Object.keys(results).map((name, i) => [name, Object.values(bare)[i]!])),
          ),
        ]
      : []),
  ];
  console.log(lines.join("\n"));
  const file = writeResults(report.date, `${kindOf(label)}-${report.persons}`, report);
  console.log(`\nWritten to ${file}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
