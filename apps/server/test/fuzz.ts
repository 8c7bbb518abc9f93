// Bad input for every write route of the OpenAPI document: bodies shaped like the route's schema with wrong,
// huge, empty or hostile values, random JSON, and raw texts no parser should choke on, sent with and without a
// session, to real record ids and to malformed ones. Every answer must be below 500 and, when refused, in the
// API's error shape. Used by fuzz.test.ts (fixed seed, bounded count) and scripts/fuzz.ts (longer runs).
import { errorCodes, isErrorKey } from "@homecoming/domain";
import fc from "fast-check";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../src/app";
import { testConfig } from "../src/config";
import type { Database } from "../src/db/client";
import { demoPassword, seedDemo } from "../src/seed/demo";
import { Rng } from "../src/seed/generator";

type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};
type Operation = { requestBody?: { content?: Record<string, { schema?: Schema }> } };
export type OpenApi = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

export interface FuzzRoute {
  method: string;
  /** The OpenAPI path, /api/v1/cases/{id}/… */
  path: string;
  body: Schema | undefined;
}

/** Every route that writes, as the document lists it. */
export function writeRoutes(doc: OpenApi): FuzzRoute[] {
  const routes: FuzzRoute[] = [];
  for (const [path, operations] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(operations))
      if (["post", "put", "patch", "delete"].includes(method))
        routes.push({
          method: method.toUpperCase(),
          path,
          body: op.requestBody?.content?.["application/json"]?.schema,
        });
  return routes;
}

const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** The record ids that GET answers of these paths hold, so bad bodies also reach existing records. */
export async function harvestIds(app: FastifyInstance, cookie: string, paths: string[]): Promise<string[]> {
  const ids = new Set<string>();
  for (const url of paths) {
    const res = await app.inject({ method: "GET", url, headers: { cookie } });
    for (const id of res.body.match(uuidPattern) ?? []) ids.add(id);
  }
  return [...ids];
}

async function sessionCookie(app: FastifyInstance, email: string): Promise<string> {
  const res = await app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { email, password: demoPassword },
  });
  if (res.statusCode !== 200) throw new Error(`login of ${email} failed: ${res.statusCode}`);
  return `hc_session=${res.cookies.find((c) => c.name === "hc_session")!.value}`;
}

/**
 * The demo world with `persons` returnees (cases, assessments, referrals, consents, programmes) in a fresh
 * database, the app over it, the callers (an administrator, a case manager, a provider, no session) and the
 * ids of its records.
 */
export async function openFuzzWorld(database: Database, persons: number) {
  await seedDemo(database, { persons });
  const app = await buildApp({ config: testConfig(), database });
  // the error behind a 500, for the report (the answer itself says nothing in production)
  app.addHook("onError", async (request, _reply, error) => {
    (request.raw as { fuzzError?: string }).fuzzError = String(error.cause ?? error.message).slice(0, 300);
  });
  await app.ready();
  const doc = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json() as OpenApi;
  const callers: Record<string, string | null> = {
    admin: await sessionCookie(app, "admin@demo.homecoming"),
    "case manager": await sessionCookie(app, "case.dhaka@demo.homecoming"),
    provider: await sessionCookie(app, "provider.tvet@demo.homecoming"),
    "no session": null,
  };
  const ids = await harvestIds(
    app,
    callers.admin!,
    ["/cases", "/persons", "/referrals", "/programmes", "/services", "/organisations", "/users"].map(
      (p) => `/api/v1${p}?limit=30`,
    ),
  );
  return { app, doc, callers, ids };
}

/** Routes that end the caller's session or lock its account go last, so that the others run with it. */
export function sessionEndingLast(routes: FuzzRoute[]): FuzzRoute[] {
  return [...routes].sort((a, b) => Number(a.path.includes("/auth/")) - Number(b.path.includes("/auth/")));
}

const hostileStrings = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "x".repeat(10_000),
  "' or 1=1 --",
  "<script>alert(1)</script>",
  "\u202e\u0627\u0644\u0639\u0631\u0628\u064a\u0629",
  "😀".repeat(50),
  "2026-02-30",
  "9999-12-31",
  "0000-00-00",
  "-1",
  "NaN",
  "__proto__",
  "00000000-0000-0000-0000-000000000000",
  "not-a-uuid",
];
const hostileNumbers = [0, -1, 1.5, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e308, -1e308, Number.MIN_VALUE];

/** A value for a schema: usually a plausible one, often a hostile one. */
function valueFor(schema: Schema | undefined, doc: OpenApi, rng: Rng, ids: string[], depth: number): unknown {
  if (!schema || depth > 6) return null;
  if (schema.$ref)
    return valueFor(doc.components.schemas[schema.$ref.split("/").pop()!], doc, rng, ids, depth + 1);
  const roll = rng.next();
  if (roll < 0.08) return hostile(rng, ids);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices?.length) return valueFor(rng.pick(choices), doc, rng, ids, depth + 1);
  if (schema.allOf?.length) return valueFor(schema.allOf[0], doc, rng, ids, depth + 1);
  if (schema.enum?.length) return rng.pick(schema.enum);
  if (schema.const !== undefined) return schema.const;
  const type = Array.isArray(schema.type) ? rng.pick(schema.type) : schema.type;
  switch (type) {
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(schema.properties ?? {}))
        if (schema.required?.includes(key) || rng.next() < 0.5)
          out[key] = valueFor(property, doc, rng, ids, depth + 1);
      return out;
    }
    case "array":
      return Array.from({ length: rng.int(0, 3) }, () => valueFor(schema.items, doc, rng, ids, depth + 1));
    case "string":
      if (schema.format === "uuid")
        return ids.length && rng.next() < 0.8 ? rng.pick(ids) : crypto.randomUUID();
      if (schema.format === "date") return rng.pick(["2026-01-15", "1900-01-01", "2100-12-31"]);
      if (schema.format === "date-time") return new Date(Date.UTC(2026, 0, rng.int(1, 28))).toISOString();
      if (schema.format === "email") return `fuzz${rng.int(0, 1e6)}@example.org`;
      return rng.pick(["Rahim", "x", "Dhaka", "+8801712345678", "BD", "note"]);
    case "integer":
      return rng.int(0, 5);
    case "number":
      return rng.int(0, 1000) / 10;
    case "boolean":
      return rng.next() < 0.5;
    case "null":
      return null;
    default:
      return hostile(rng, ids);
  }
}

function hostile(rng: Rng, ids: string[]): unknown {
  switch (rng.int(0, 7)) {
    case 0:
    case 1:
      return rng.pick(hostileStrings);
    case 2:
    case 3:
      return rng.pick(hostileNumbers);
    case 4:
      return rng.pick([null, true, false, {}, [], [[]], { a: { b: { c: null } } }]);
    case 5:
      return ids.length ? rng.pick(ids) : crypto.randomUUID();
    default:
      return fc.sample(fc.jsonValue({ maxDepth: 3 }), { seed: rng.int(0, 2 ** 30), numRuns: 1 })[0];
  }
}

/** Raw bodies: not JSON, deeply nested, oversized, poisoned. */
const rawBodies: { contentType: string; payload: string }[] = [
  { contentType: "application/json", payload: "{" },
  { contentType: "application/json", payload: "" },
  { contentType: "application/json", payload: `${"[".repeat(5000)}${"]".repeat(5000)}` },
  { contentType: "application/json", payload: `${'{"a":'.repeat(5000)}1${"}".repeat(5000)}` },
  { contentType: "application/json", payload: JSON.stringify({ pad: "x".repeat(1_100_000) }) },
  { contentType: "application/json", payload: '{"__proto__":{"admin":true}}' },
  { contentType: "application/json", payload: '{"constructor":{"prototype":{"admin":true}}}' },
  { contentType: "application/json", payload: '"just a string"' },
  { contentType: "application/json", payload: "123456789012345678901234567890" },
  { contentType: "text/plain", payload: "hello" },
  { contentType: "application/x-www-form-urlencoded", payload: "a=1&b=2" },
];

const pathValues = (rng: Rng, ids: string[]) =>
  rng.next() < 0.6 && ids.length
    ? rng.pick(ids)
    : rng.pick([
        crypto.randomUUID(),
        "not-a-uuid",
        "0",
        "99999999999999999999",
        "%00",
        "..%2F..%2Fetc",
        "x".repeat(300),
        "00000000-0000-0000-0000-000000000000",
      ]);

export interface FuzzCase {
  method: string;
  url: string;
  caller: string;
  headers: Record<string, string>;
  payload: string | undefined;
}

/** The requests of one run: `perRoute` for every route and caller, all from `seed`. */
export function fuzzCases(
  doc: OpenApi,
  routes: FuzzRoute[],
  callers: Record<string, string | null>,
  ids: string[],
  seed: number,
  perRoute: number,
): FuzzCase[] {
  const rng = new Rng(seed);
  const cases: FuzzCase[] = [];
  for (const route of routes)
    for (const [caller, cookie] of Object.entries(callers))
      for (let i = 0; i < perRoute; i++) {
        const url = route.path.replace(/\{(\w+)\}/g, () => pathValues(rng, ids));
        const headers: Record<string, string> = cookie ? { cookie } : {};
        let payload: string | undefined;
        const kind = rng.next();
        if (kind < 0.15) {
          const raw = rng.pick(rawBodies);
          headers["content-type"] = raw.contentType;
          payload = raw.payload;
        } else if (kind < 0.25) {
          headers["content-type"] = "application/json";
          payload = JSON.stringify(hostile(rng, ids));
        } else if (route.body || route.method !== "DELETE") {
          headers["content-type"] = "application/json";
          payload = JSON.stringify(valueFor(route.body, doc, rng, ids, 0) ?? {});
        }
        cases.push({ method: route.method, url, caller, headers, payload });
      }
  return cases;
}

/** What is wrong with an answer, or null when it holds: below 500 and, when refused, the API's error shape. */
export function answerProblem(status: number, body: string): string | null {
  if (status >= 500) return `answered ${status}: ${body.slice(0, 200)}`;
  if (status < 400) return null;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return `answered ${status} with a body that is not JSON: ${body.slice(0, 200)}`;
  }
  const error = (json as { error?: { code?: unknown; message?: unknown; field?: unknown; key?: unknown } })
    .error;
  if (!error || typeof error.message !== "string" || error.message === "")
    return `answered ${status} without {error: {code, message, key}}: ${body.slice(0, 120)}`;
  if (!(errorCodes as readonly unknown[]).includes(error.code))
    return `answered ${status} with the unknown code ${String(error.code)}`;
  if (error.field !== undefined && typeof error.field !== "string")
    return `answered ${status} with a field that is not a string`;
  if (typeof error.key !== "string" || !isErrorKey(error.key))
    return `answered ${status} with the message key ${String(error.key)}, which the catalogue lacks`;
  return null;
}

/** Sends every case and answers the ones whose answer breaks the rule, with the request that caused it. */
export async function runFuzz(app: FastifyInstance, cases: FuzzCase[]) {
  const problems: { request: string; problem: string }[] = [];
  const statuses = new Map<number, number>();
  for (const c of cases) {
    const res = await app.inject({
      method: c.method as "POST",
      url: c.url,
      headers: c.headers,
      ...(c.payload === undefined ? {} : { payload: c.payload }),
    });
    statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
    const cause = (res.raw.req as { fuzzError?: string }).fuzzError;
    const problem = answerProblem(res.statusCode, res.body)?.concat(
      res.statusCode >= 500 && cause ? ` (${cause})` : "",
    );
    if (problem)
      problems.push({
        request: `${c.method} ${c.url.slice(0, 120)} as ${c.caller} with ${(c.payload ?? "").slice(0, 200)}`,
        problem,
      });
  }
  return { problems, statuses };
}
