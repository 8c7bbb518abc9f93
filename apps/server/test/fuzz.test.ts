import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  answerProblem,
  fuzzCases,
  type OpenApi,
  openFuzzWorld,
  runFuzz,
  sessionEndingLast,
  writeRoutes,
} from "./fuzz";
import { freshDatabase } from "./harness";

let app: FastifyInstance;
let drop: () => Promise<void>;
let doc: OpenApi;
let callers: Record<string, string | null>;
let ids: string[];

beforeAll(async () => {
  const fresh = await freshDatabase();
  drop = fresh.drop;
  ({ app, doc, callers, ids } = await openFuzzWorld(fresh.database, 12));
});
afterAll(async () => {
  await app.close();
  await drop();
});

describe("bad input on every write route", () => {
  it("reaches real records: returnees, cases, referrals, programmes", () => {
    expect(ids.length).toBeGreaterThan(40);
  });

  it("refuses a body nested 5,000 deep with 400 naming the limit, before a session is even looked at", async () => {
    for (const [url, cookie] of [
      ["/api/v1/auth/login", undefined],
      ["/api/v1/persons", callers.admin!],
    ] as const) {
      const res = await app.inject({
        method: "POST",
        url,
        headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
        payload: `${"[".repeat(5000)}${"]".repeat(5000)}`,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toEqual({
        code: "validation",
        message: "The request body nests arrays and objects more than 64 levels deep, the limit",
        key: "request.too_deep",
        values: { limit: 64 },
      });
    }
  });

  it("refuses a body over 1 MiB with 413 and an overlong id with 414, in the API's error shape", async () => {
    const big = await app.inject({
      method: "POST",
      url: "/api/v1/persons",
      headers: { "content-type": "application/json", cookie: callers.admin! },
      payload: JSON.stringify({ note: "x".repeat(1_100_000) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toMatchObject({
      message: "The request body is larger than 1 MiB, the limit",
      key: "request.too_large",
      values: { limit: 1 },
    });
    const long = await app.inject({
      method: "PATCH",
      url: `/api/v1/cases/${"x".repeat(150)}`,
      headers: { cookie: callers.admin! },
      payload: {},
    });
    expect(long.statusCode).toBe(414);
    expect(long.json()).toEqual({
      error: {
        code: "bad_request",
        message: "A part of the path is longer than 100 characters, the limit",
        key: "request.path_too_long",
        values: { limit: 100 },
      },
    });
  });

  it("refuses a version of 2^31 with 400 naming the field instead of failing in the database", async () => {
    const caseId = (
      await app.inject({ method: "GET", url: "/api/v1/cases?limit=1", headers: { cookie: callers.admin! } })
    ).json().items[0].id;
    const res = await app.inject({
      method: "PATCH",
      url: `/api/v1/cases/${caseId}`,
      headers: { cookie: callers.admin! },
      payload: { version: 2 ** 31, riskLevel: "high" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("version");
  });

  it("answers 404 to an administrator who records a consent for no one, where it failed in the database", async () => {
    const res = await app.inject({
      method: "POST",
      url: `/api/v1/persons/${crypto.randomUUID()}/consents`,
      headers: { cookie: callers.admin! },
      payload: { purpose: "research" },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("not_found");
  });

  it("holds answers to the rule it checks", () => {
    expect(answerProblem(500, "{}")).toMatch(/500/);
    expect(answerProblem(400, "oops")).toMatch(/not JSON/);
    expect(answerProblem(400, '{"error":{"code":"nope","message":"x"}}')).toMatch(/unknown code/);
    expect(answerProblem(400, '{"message":"x"}')).toMatch(/without/);
    expect(answerProblem(400, '{"error":{"code":"validation","message":"name is required"}}')).toMatch(/key/);
    expect(
      answerProblem(400, '{"error":{"code":"validation","message":"x","key":"validation.required"}}'),
    ).toBeNull();
    expect(answerProblem(201, "{}")).toBeNull();
  });

  // last: the fuzzed auth routes end the callers' sessions (npm run fuzz runs longer)
  it("never answers 500, and every refusal has the API's error shape (seed 20261204)", async () => {
    const routes = sessionEndingLast(writeRoutes(doc));
    expect(routes.length).toBeGreaterThanOrEqual(30);
    const cases = fuzzCases(doc, routes, callers, ids, 20261204, 10);
    const { problems, statuses } = await runFuzz(app, cases);
    console.log(
      `fuzz: ${cases.length} requests over ${routes.length} write routes; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    );
    expect(problems.slice(0, 10)).toEqual([]);
    // most requests get past authentication, so the checks behind it were exercised too
    expect(statuses.get(401) ?? 0).toBeLessThan(cases.length / 2);
  }, 300_000);
});
