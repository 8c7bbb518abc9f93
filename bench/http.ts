// What the HTTP benchmarks share: the server as a child process, a logged-in client, timing and reporting.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { demoPassword } from "../apps/server/src/seed/demo";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}

export interface Server {
  /** The API's base URL, e.g. http://127.0.0.1:41234/api/v1. */
  base: string;
  /** "postgres (127.0.0.1:5432/hc_bench)" or "pglite (/path/to/dir)", for reports. */
  label: string;
  /** The server's process id. */
  pid: number;
  /** Stops the server and resolves once its process has exited. */
  stop(): Promise<void>;
}

export interface ServerOptions {
  /**
   * How often the server's jobs worker looks for due jobs (JOBS_POLL_SECONDS). Default 3600: the worker runs
   * what is due once at start-up and then stays out of the measurements.
   */
  jobsPollSeconds?: number;
  /** Writes a V8 CPU profile of the server process into this directory (open it in Chrome's DevTools). */
  profileDir?: string | undefined;
  /** More environment for the server process (HOMECOMING_SQL_TRACE, for example). */
  env?: Record<string, string>;
}

/**
 * The server runs as its own process, started the way a deployment starts it (the CLI's serve command),
 * so the measuring client does not share its event loop.
 */
export async function startServer(dataDir: string | undefined, options: ServerOptions = {}): Promise<Server> {
  const port = await freePort();
  const url = process.env.DATABASE_URL;
  const dir = resolve(dataDir ?? ".tmp/bench-data");
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    JOBS_POLL_SECONDS: String(options.jobsPollSeconds ?? 3600),
    ...(url ? {} : { HOMECOMING_DATA_DIR: dir }),
    ...options.env,
  };
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...(options.profileDir ? ["--cpu-prof", `--cpu-prof-dir=${resolve(options.profileDir)}`] : []),
      "--import",
      "tsx",
      join(root, "apps/server/src/cli.ts"),
      "serve",
    ],
    { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] },
  );
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
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
  return {
    base: `${origin}/api/v1`,
    label,
    pid: child.pid!,
    stop: () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}

export class Client {
  constructor(
    private readonly base: string,
    /** The session cookie, "hc_session=…". */
    readonly cookie: string,
  ) {}

  /**
   * One request. `ms` runs until the last byte of the answer is in (what HTTP load tools such as autocannon
   * and wrk report); `parseMs` is the time this client then takes to parse the JSON, kept apart because it
   * depends on the client, not on the server.
   */
  async request(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: unknown; ms: number; parseMs: number }> {
    const started = performance.now();
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: { cookie: this.cookie, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    const received = performance.now();
    const json = text === "" ? null : JSON.parse(text);
    return { status: res.status, json, ms: received - started, parseMs: performance.now() - received };
  }
}

/** Logs in with the demo password and keeps the session cookie. */
export async function login(base: string, email: string): Promise<Client> {
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

/** The `total` of a paged list. */
export async function totalOf(client: Client, path: string): Promise<number> {
  const r = await client.request("GET", path);
  if (r.status !== 200) throw new Error(`GET ${path}: HTTP ${r.status}`);
  return (r.json as { total: number }).total;
}

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

export function stats(samples: number[]): Stats {
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

/**
 * Runs `warmup` unrecorded and then `n` recorded calls, one after the other; every call must succeed. The
 * figures run to the last byte of each answer; `withParse` adds the client's JSON parsing.
 */
export async function measure(
  name: string,
  warmup: number,
  n: number,
  call: (i: number) => Promise<{ status: number; ms: number; parseMs: number; json: unknown }>,
  expected: number,
): Promise<Stats & { withParse: Stats }> {
  const samples: number[] = [];
  const withParse: number[] = [];
  for (let i = 0; i < warmup + n; i++) {
    const { status, ms, parseMs, json } = await call(i);
    if (status !== expected)
      throw new Error(`${name} #${i}: HTTP ${status} ${JSON.stringify(json).slice(0, 300)}`);
    if (i >= warmup) {
      samples.push(ms);
      withParse.push(ms + parseMs);
    }
  }
  return { ...stats(samples), withParse: stats(withParse) };
}

/** The lines of a table of operations with their p50, p95, p99 and mean in milliseconds. */
export function statsTable(results: Record<string, Stats>): string[] {
  const width = Math.max(...Object.keys(results).map((k) => k.length));
  return [
    `${"operation".padEnd(width)}  ${["p50 ms", "p95 ms", "p99 ms", "mean ms"].map((h) => h.padStart(8)).join("")}`,
    ...Object.entries(results).map(
      ([name, s]) =>
        `${name.padEnd(width)}  ${[s.p50, s.p95, s.p99, s.mean].map((v) => v.toFixed(1).padStart(8)).join("")}`,
    ),
  ];
}

/**
 * Writes a report as JSON to bench/results/<date>-<name>.json, with the date's colons and dots made safe
 * for file names, and answers the file's path.
 */
export function writeResults(date: string, name: string, report: unknown): string {
  const dir = join(dirname(fileURLToPath(import.meta.url)), "results");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${date.replace(/[:.]/g, "-")}-${name}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}

/** "postgres" or "pglite", from a server's or database's label. */
export const kindOf = (label: string) => (label.startsWith("postgres") ? "postgres" : "pglite");
