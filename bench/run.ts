// Latency of the main operations over real HTTP, against a database filled by bench/load.ts.
//
//   npm run bench -- [--requests 300] [--warmup 30] [--data-dir .tmp/bench-data]
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/hc_bench npm run bench
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { cpus } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { demoPassword } from "../apps/server/src/seed/demo";
import { generatePersons, Rng } from "../apps/server/src/seed/generator";
import { positiveInt } from "./db";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}

/**
 * The server runs as its own process, started the way a deployment starts it (the CLI's serve command),
 * so the measuring client does not share its event loop.
 */
async function startServer(
  dataDir: string | undefined,
): Promise<{ base: string; label: string; stop(): void }> {
  const port = await freePort();
  const url = process.env.DATABASE_URL;
  const dir = resolve(dataDir ?? ".tmp/bench-data");
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    JOBS_POLL_SECONDS: "3600",
    ...(url ? {} : { HOMECOMING_DATA_DIR: dir }),
  };
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", join(root, "apps/server/src/cli.ts"), "serve"],
    { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] },
  );
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    const ok = await fetch(`${origin}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 600) throw new Error("the server did not answer /health within 2 minutes");
    await new Promise((r) => setTimeout(r, 200));
  }
  const label = url ? `postgres (${new URL(url).host}${new URL(url).pathname})` : `pglite (${dir})`;
  return { base: `${origin}/api/v1`, label, stop: () => child.kill("SIGTERM") };
}

async function totalOf(client: Client, path: string): Promise<number> {
  const r = await client.request("GET", path);
  if (r.status !== 200) throw new Error(`GET ${path}: HTTP ${r.status}`);
  return (r.json as { total: number }).total;
}

interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    n: sorted.length,
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    mean: round(sorted.reduce((s, x) => s + x, 0) / sorted.length),
    min: round(sorted[0]!),
    max: round(sorted[sorted.length - 1]!),
  };
}

class Client {
  constructor(
    private readonly base: string,
    private readonly cookie: string,
  ) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: unknown; ms: number }> {
    const started = performance.now();
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: { cookie: this.cookie, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = await res.json();
    return { status: res.status, json, ms: performance.now() - started };
  }
}

async function login(base: string, email: string): Promise<Client> {
  const res = await fetch(`${base}/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: demoPassword }),
  });
  if (res.status !== 200) throw new Error(`login of ${email} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.startsWith("hc_session="));
  await res.arrayBuffer();
  return new Client(base, cookie!);
}

/** Runs `warmup` unrecorded and then `n` recorded calls, one after the other; every call must succeed. */
async function measure(
  name: string,
  warmup: number,
  n: number,
  call: (i: number) => Promise<{ status: number; ms: number; json: unknown }>,
  expected: number,
): Promise<Stats> {
  const samples: number[] = [];
  for (let i = 0; i < warmup + n; i++) {
    const { status, ms, json } = await call(i);
    if (status !== expected)
      throw new Error(`${name} #${i}: HTTP ${status} ${JSON.stringify(json).slice(0, 300)}`);
    if (i >= warmup) samples.push(ms);
  }
  return stats(samples);
}

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
  const server = await startServer(values["data-dir"]);
  const { base, label } = server;
  const admin = await login(base, "admin@demo.homecoming");
  const manager = await login(base, "case.dhaka@demo.homecoming");
  const provider = await login(base, "provider.tvet@demo.homecoming");
  const counts = {
    persons: await totalOf(admin, "/persons?limit=1"),
    cases: await totalOf(admin, "/cases?limit=1"),
    referrals: await totalOf(admin, "/referrals?limit=1"),
  };
  if (counts.persons === 0) throw new Error(`${label} is empty: run npm run bench:load first`);

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
  const caseload = { n: await totalOf(manager, "/cases?mine=true&limit=1") };
  server.stop();

  const report = {
    date: started.toISOString(),
    database: label,
    persons: counts.persons,
    cases: counts.cases,
    referrals: counts.referrals,
    caseloadOfCaseManager: caseload.n,
    meanPossibleDuplicates:
      Math.round((duplicates.reduce((s, x) => s + x, 0) / duplicates.length) * 100) / 100,
    requestsPerOperation: n,
    warmup,
    concurrency: 1,
    node: process.version,
    cpus: cpus().length,
    operations: results,
  };
  const width = Math.max(...Object.keys(results).map((k) => k.length));
  const lines = [
    `Homecoming benchmark — ${report.date}`,
    `database: ${label}; persons: ${report.persons}; cases: ${report.cases}; referrals: ${report.referrals}; case.dhaka caseload: ${report.caseloadOfCaseManager}`,
    `${n} sequential requests per operation after ${warmup} warm-up, keep-alive HTTP on 127.0.0.1; ${report.node}, ${report.cpus} CPUs`,
    "",
    `${"operation".padEnd(width)}  ${["p50 ms", "p95 ms", "p99 ms", "mean ms"].map((h) => h.padStart(8)).join("")}`,
    ...Object.entries(results).map(
      ([name, s]) =>
        `${name.padEnd(width)}  ${[s.p50, s.p95, s.p99, s.mean].map((v) => v.toFixed(1).padStart(8)).join("")}`,
    ),
  ];
  console.log(lines.join("\n"));
  const dir = join(dirname(fileURLToPath(import.meta.url)), "results");
  mkdirSync(dir, { recursive: true });
  const kind = label.startsWith("postgres") ? "postgres" : "pglite";
  const file = join(dir, `${report.date.replace(/[:.]/g, "-")}-${kind}-${report.persons}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWritten to ${file}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
