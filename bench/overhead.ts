// The fixed cost of a request. Each API call is paired, in the same run, with the very statements the server
// sent for it replayed in bare SQL over one connection of this process; then 10 connections read cases as
// fast as the server answers (autocannon), beside GET /health for the floor.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/hc_bench npm run bench:overhead -- \
//     [--requests 300] [--warmup 30] [--connections 10] [--seconds 10] [--profile .tmp/profiles]
import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { cpus } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { namingPolicy } from "../apps/server/src/db/prepared";
import { positiveInt } from "./db";
import {
  type Client,
  kindOf,
  login,
  type Server,
  type Stats,
  startServer,
  stats,
  writeResults,
} from "./http";

interface Statement {
  sql: string;
  params: unknown[];
}

/** Reads the server's statement trace (apps/server/src/db/trace.ts) as it grows. */
class Trace {
  private offset = 0;
  private lines: ({ request: string } | { answered: string } | Statement)[] = [];

  constructor(private readonly file: string) {}

  private readMore() {
    const text = readFileSync(this.file, "utf8");
    const end = text.lastIndexOf("\n") + 1;
    if (end <= this.offset) return;
    for (const line of text.slice(this.offset, end).split("\n")) if (line) this.lines.push(JSON.parse(line));
    this.offset = end;
  }

  /**
   * The statements of the last request to `method path`, from its start to its answer; waits for the trace
   * file to hold them (the server writes a request's lines once it has answered).
   */
  async statementsOf(method: string, path: string): Promise<Statement[]> {
    const marker = `${method} /api/v1${path}`;
    for (let attempt = 0; attempt < 500; attempt++) {
      this.readMore();
      let start = -1;
      for (let i = this.lines.length - 1; i >= 0; i--) {
        const line = this.lines[i]!;
        if ("request" in line && line.request === marker) {
          start = i;
          break;
        }
      }
      if (start >= 0) {
        const statements: Statement[] = [];
        for (const line of this.lines.slice(start + 1)) {
          if ("request" in line) break;
          if ("answered" in line) {
            if (line.answered !== marker) break;
            this.lines = [];
            return statements;
          }
          statements.push(line);
        }
      }
      await new Promise((r) => setTimeout(r, 2));
    }
    throw new Error(`the trace holds no answered request ${marker}`);
  }
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A value with every key of one record replaced by the same key of another. */
function substitute(value: unknown, keys: Map<string, string>): unknown {
  if (typeof value === "string") {
    let out = value;
    for (const [from, to] of keys) if (out.includes(from)) out = out.replaceAll(from, to);
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => substitute(v, keys));
  return value;
}

/**
 * A request's statements made to act on another record: its keys become the other record's, and an id that
 * an INSERT brings for a new row (none read before it) becomes a new one.
 */
function retarget(statements: Statement[], keys: Map<string, string>, known: Set<string>): Statement[] {
  const seen = new Set(known);
  const fresh = new Map<string, string>();
  return statements.map(({ sql, params }) => {
    const inserts = /^\s*insert\s/i.test(sql);
    const out = params.map((p) => {
      if (inserts && typeof p === "string" && uuidPattern.test(p) && !seen.has(p) && !keys.has(p)) {
        if (!fresh.has(p)) fresh.set(p, randomUUID());
        return fresh.get(p);
      }
      return substitute(p, keys);
    });
    for (const p of params) if (typeof p === "string" && uuidPattern.test(p)) seen.add(p);
    return { sql, params: out };
  });
}

// the replaying connection prepares the statements it sends repeatedly by the server's own rule, unless the
// server is told not to (DATABASE_PREPARED_STATEMENTS=off, which the server started here inherits)
const prepared = process.env.DATABASE_PREPARED_STATEMENTS !== "off";
const nameOf = prepared ? namingPolicy() : () => undefined;

/** The statements one after the other on one connection, as the server sends them; answers the milliseconds. */
async function replay(connection: pg.Client, statements: Statement[]): Promise<number> {
  const started = performance.now();
  for (const { sql, params } of statements) {
    const name = nameOf({ text: sql }, params.length);
    await connection.query({ text: sql, values: params, ...(name ? { name } : {}) });
  }
  return performance.now() - started;
}

interface Paired {
  api: Stats;
  sql: Stats;
  /** API p50 over SQL p50. */
  ratio: number;
  /** Statements per call, on average (a case with referrals also reads their services). */
  statements: number;
}

async function pairs(
  name: string,
  warmup: number,
  n: number,
  api: (i: number) => Promise<{ status: number; ms: number; method: string; path: string }>,
  expected: number,
  trace: Trace,
  bare: (i: number, statements: Statement[]) => Promise<number>,
): Promise<Paired> {
  const apiMs: number[] = [];
  const sqlMs: number[] = [];
  let statements = 0;
  for (let i = 0; i < warmup + n; i++) {
    const call = await api(i);
    if (call.status !== expected) throw new Error(`${name} #${i}: HTTP ${call.status}`);
    const traced = await trace.statementsOf(call.method, call.path);
    const ms = await bare(i, traced);
    if (i >= warmup) {
      apiMs.push(call.ms);
      sqlMs.push(ms);
      statements += traced.length;
    }
  }
  const a = stats(apiMs);
  const s = stats(sqlMs);
  return {
    api: a,
    sql: s,
    ratio: Math.round((a.p50 / s.p50) * 100) / 100,
    statements: Math.round((statements / n) * 10) / 10,
  };
}

interface Throughput {
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  requests: number;
  errors: number;
  /**
   * Milliseconds of CPU per request of the server process and of its PostgreSQL connections (from /proc, when
   * the database runs on this machine; null otherwise): steadier than requests per second on a shared machine.
   */
  serverCpuMs: number | null;
  databaseCpuMs: number | null;
}

/** CPU seconds (user and system) a process has used so far, from /proc; null where there is none. */
function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** The CPU the server process and its PostgreSQL connections use while `work` runs, in seconds. */
async function cpuOf<T>(
  serverPid: number,
  db: pg.Client,
  work: () => Promise<T>,
): Promise<{ result: T; server: number | null; database: number | null }> {
  const backends = async () =>
    (
      await db.query<{ pid: number }>(
        "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()",
      )
    ).rows.map((r) => r.pid);
  const before = new Map<number, number | null>();
  const serverBefore = cpuSeconds(serverPid);
  for (const pid of await backends()) before.set(pid, cpuSeconds(pid));
  const result = await work();
  const serverAfter = cpuSeconds(serverPid);
  let database: number | null = 0;
  for (const pid of await backends()) {
    const now = cpuSeconds(pid);
    const then = before.get(pid) ?? 0;
    database = database === null || now === null || then === null ? null : database + (now - then);
  }
  return {
    result,
    server: serverBefore === null || serverAfter === null ? null : serverAfter - serverBefore,
    database,
  };
}

async function hammer(
  server: Server,
  db: pg.Client,
  cookie: string,
  paths: string[],
  connections: number,
  seconds: number,
): Promise<Throughput> {
  let k = 0;
  const origin = new URL(server.base).origin;
  const { result, ...cpu } = await cpuOf(server.pid, db, () =>
    autocannon({
      url: origin,
      connections,
      duration: seconds,
      // bounded in count as well as in time
      maxOverallRequests: seconds * 20_000,
      headers: { cookie },
      requests: [{ setupRequest: (req) => ({ ...req, path: paths[k++ % paths.length]! }) }],
    }),
  );
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad > 0) throw new Error(`${bad} of ${result.requests.total} requests to ${paths[0]} failed`);
  return {
    requestsPerSecond: Math.round(result.requests.total / (result.duration || seconds)),
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    requests: result.requests.total,
    errors: bad,
    serverCpuMs: cpu.server === null ? null : Math.round((cpu.server / result.requests.total) * 1e5) / 100,
    databaseCpuMs:
      cpu.database === null ? null : Math.round((cpu.database / result.requests.total) * 1e5) / 100,
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      requests: { type: "string" },
      warmup: { type: "string" },
      connections: { type: "string" },
      seconds: { type: "string" },
      profile: { type: "string" },
    },
  });
  const n = Math.max(1, positiveInt(values.requests, "requests", 300));
  const warmup = positiveInt(values.warmup, "warmup", 30);
  const connections = Math.max(1, positiveInt(values.connections, "connections", 10));
  const seconds = Math.max(1, positiveInt(values.seconds, "seconds", 10));
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error(
      "bench:overhead replays statements on the server's own database from a second process: set DATABASE_URL to a PostgreSQL database filled by npm run bench:load",
    );
  const dir = resolve(".tmp");
  mkdirSync(dir, { recursive: true });
  const traceFile = join(dir, `overhead-trace-${process.pid}.jsonl`);
  const connection = new pg.Client({ connectionString: url });
  await connection.connect();
  const started = new Date();

  // 1. each call beside its own statements, with the server writing every statement to the trace
  let server = await startServer(undefined, { env: { HOMECOMING_SQL_TRACE: traceFile } });
  const label = server.label;
  let paired: Record<string, Paired>;
  let persons: number;
  let caseIds: string[];
  try {
    const manager = await login(server.base, "case.dhaka@demo.homecoming");
    const provider = await login(server.base, "provider.tvet@demo.homecoming");
    const trace = new Trace(traceFile);
    persons = Number((await connection.query<{ n: string }>("select count(*) as n from persons")).rows[0]!.n);
    if (persons === 0) throw new Error(`${label} is empty: run npm run bench:load first`);
    const known = new Set<string>();
    for (const c of [manager, provider]) {
      const me = (await c.request("GET", "/me")).json as {
        user: { id: string };
        organisation: { id: string };
      };
      known.add(me.user.id).add(me.organisation.id);
    }
    const tvet = ((await provider.request("GET", "/me")).json as { organisation: { id: string } })
      .organisation.id;
    const userId = ((await manager.request("GET", "/me")).json as { user: { id: string } }).user.id;

    const needed = warmup + n;
    caseIds = (
      await connection.query<{ id: string }>(
        "select id from cases where case_manager_user_id = $1 order by random() limit $2",
        [userId, Math.max(needed, 2_000)],
      )
    ).rows.map((r) => r.id);
    if (caseIds.length < needed)
      throw new Error(`case.dhaka holds ${caseIds.length} cases; ${needed} are needed`);

    // two sent referrals to the training institute per accept, alike in everything the accept reads (version,
    // service, lead organisation): the API accepts one, the bare statements the other
    type Row = Record<string, string | number | null>;
    const sent = (
      await connection.query<{ r: Row; c: Row }>(
        `select to_jsonb(r) as r, to_jsonb(c) as c from referrals r join cases c on c.id = r.case_id
          where r.to_organisation_id = $1 and r.status = 'sent' and c.stage not in ('closed')
          order by r.version, r.service_id, c.lead_organisation_id, r.id limit $2`,
        [tvet, needed * 4],
      )
    ).rows;
    type Sent = { r: Row; c: Row };
    const couples: [Sent, Sent][] = [];
    const sameKind = (a: Sent, b: Sent) =>
      a.r.version === b.r.version &&
      a.r.service_id === b.r.service_id &&
      a.c.lead_organisation_id === b.c.lead_organisation_id &&
      a.r.case_id !== b.r.case_id;
    for (let i = 0; i + 1 < sent.length && couples.length < needed; i++) {
      if (sameKind(sent[i]!, sent[i + 1]!)) {
        couples.push([sent[i]!, sent[i + 1]!]);
        i++;
      }
    }
    if (couples.length < needed)
      throw new Error(
        `${couples.length} pairs of like sent referrals to the training institute; ${needed} are needed: load more persons`,
      );
    // the keys of one referral and its case, each to the same key of the other
    const keysOf = (from: Sent, to: Sent) => {
      const keys = new Map<string, string>();
      for (const [record, other] of [
        [from.r, to.r],
        [from.c, to.c],
      ] as const)
        for (const [k, v] of Object.entries(record)) {
          const w = other[k];
          if (typeof v === "string" && uuidPattern.test(v) && typeof w === "string" && v !== w)
            keys.set(v, w);
        }
      return keys;
    };

    const timed = async (c: Client, method: string, path: string, body?: unknown) => {
      const r = await c.request(method, path, body);
      return { status: r.status, ms: r.ms, method, path };
    };
    paired = {
      "GET /cases/{id}": await pairs(
        "case read",
        warmup,
        n,
        (i) => timed(manager, "GET", `/cases/${caseIds[i]}`),
        200,
        trace,
        (_i, statements) => replay(connection, retarget(statements, new Map(), known)),
      ),
      "POST /referrals/{id}/accept": await pairs(
        "accept",
        warmup,
        n,
        (i) => timed(provider, "POST", `/referrals/${couples[i]![0].r.id}/accept`, { note: "Benchmark" }),
        200,
        trace,
        async (i, statements) => {
          const [from, to] = couples[i]!;
          const ms = await replay(connection, retarget(statements, keysOf(from, to), known));
          const after = await connection.query<{ status: string }>(
            "select status from referrals where id = $1",
            [to.r.id],
          );
          if (after.rows[0]?.status !== "accepted")
            throw new Error(`the replayed accept left referral ${to.r.id} ${after.rows[0]?.status}`);
          return ms;
        },
      ),
    };
  } finally {
    await server.stop();
    rmSync(traceFile, { force: true });
  }

  // 2. throughput, without the trace (with --profile DIR, the server writes a CPU profile there as it stops)
  server = await startServer(undefined, values.profile ? { profileDir: values.profile } : {});
  let throughput: Record<string, Throughput>;
  try {
    const manager = await login(server.base, "case.dhaka@demo.homecoming");
    const casePaths = caseIds.map((id) => `/api/v1/cases/${id}`);
    // warm-up: a second at the same load, unrecorded
    await hammer(server, connection, manager.cookie, casePaths, connections, 1);
    throughput = {
      "GET /cases/{id} (authenticated)": await hammer(
        server,
        connection,
        manager.cookie,
        casePaths,
        connections,
        seconds,
      ),
      "GET /health": await hammer(server, connection, manager.cookie, ["/health"], connections, seconds),
    };
  } finally {
    await server.stop();
    await connection.end();
  }

  const caseRead = throughput["GET /cases/{id} (authenticated)"]!;
  const report = {
    date: started.toISOString(),
    database: label,
    persons,
    requestsPerOperation: n,
    warmup,
    connections,
    seconds,
    node: process.version,
    cpus: cpus().length,
    preparedStatements: prepared,
    paired,
    throughput,
    targets: {
      ratioAtMost: 1.5,
      ratioMet: Object.values(paired).every((p) => p.ratio <= 1.5),
      caseReadsPerSecondAtLeast: 1_500,
      caseReadsMet: caseRead.requestsPerSecond >= 1_500,
    },
  };
  const name = (s: string, w: number) => s.padEnd(w);
  const num = (x: number, w = 9) => x.toFixed(2).padStart(w);
  const lines = [
    `Homecoming request overhead — ${report.date}`,
    `database: ${label}; persons: ${persons}; ${report.node}, ${report.cpus} CPUs`,
    `${n} calls per operation after ${warmup} warm-up, one at a time; each beside its own statements replayed in bare SQL on one connection`,
    `repeated statements prepared on each connection: ${prepared ? "yes" : "no (DATABASE_PREPARED_STATEMENTS=off)"}`,
    "",
    `${name("operation", 30)}${"statements".padStart(11)}${"API p50".padStart(9)}${"SQL p50".padStart(9)}${"ratio".padStart(9)}${"API p95".padStart(9)}${"SQL p95".padStart(9)}`,
    ...Object.entries(paired).map(
      ([op, p]) =>
        `${name(op, 30)}${p.statements.toFixed(1).padStart(11)}${num(p.api.p50)}${num(p.sql.p50)}${num(p.ratio)}${num(p.api.p95)}${num(p.sql.p95)}`,
    ),
    "",
    `${connections} connections for ${seconds} s each (autocannon, 127.0.0.1):`,
    `${name("request", 34)}${"req/s".padStart(9)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}${"requests".padStart(10)}${"server CPU ms/req".padStart(19)}${"database CPU ms/req".padStart(21)}`,
    ...Object.entries(throughput).map(
      ([op, t]) =>
        `${name(op, 34)}${String(t.requestsPerSecond).padStart(9)}${String(t.latencyP50).padStart(9)}${String(t.latencyP99).padStart(9)}${String(t.requests).padStart(10)}${String(t.serverCpuMs ?? "-").padStart(19)}${String(t.databaseCpuMs ?? "-").padStart(21)}`,
    ),
    "",
    `target: API ≤ 1.5 × its bare SQL at p50: ${report.targets.ratioMet ? "met" : "NOT met"}`,
    `target: ≥ 1,500 authenticated case reads per second: ${report.targets.caseReadsMet ? "met" : "NOT met"} (${caseRead.requestsPerSecond})`,
  ];
  console.log(lines.join("\n"));
  const file = writeResults(report.date, `overhead-${kindOf(label)}-${persons}`, report);
  console.log(`\nWritten to ${file}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
