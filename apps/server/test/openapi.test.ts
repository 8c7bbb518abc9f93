import { errorCodes, referralStatuses } from "@homecoming/domain";
import type { FastifyServerOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestEnv, type TestEnv } from "./harness";

// Every route the app registers is logged by an onRoute hook added to the Fastify instance the moment
// buildApp creates it, so the comparison below cannot miss a route that a module adds later.
const registered = vi.hoisted(() => [] as { method: string; url: string }[]);
vi.mock("fastify", async (importOriginal) => {
  const actual = await importOriginal<typeof import("fastify")>();
  const withRouteLog = (options?: FastifyServerOptions) => {
    const app = actual.default(options);
    app.addHook("onRoute", (route) => {
      for (const method of [route.method].flat()) registered.push({ method, url: route.url });
    });
    return app;
  };
  return { ...actual, default: withRouteLog };
});

let env: TestEnv;
type SchemaObject = { enum?: string[]; $ref?: string; properties?: Record<string, SchemaObject> };
let doc: {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, SchemaObject> };
};

beforeAll(async () => {
  env = await createTestEnv();
  const res = await env.app.inject({ method: "GET", url: "/api/openapi.json" });
  expect(res.statusCode).toBe(200);
  doc = res.json();
});
afterAll(() => env.close());

/** /api/v1/persons/:id/consents/:consentId → /api/v1/persons/{id}/consents/{consentId} */
const openApiPath = (url: string) => url.replace(/:(\w+)/g, "{$1}");

const apiRoutes = () =>
  registered
    .filter((r) => r.url.startsWith("/api/v1/") && r.method !== "HEAD")
    .map((r) => ({ method: r.method.toLowerCase(), path: openApiPath(r.url) }));

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1", () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
  });

  it("saw the app register its API routes", () => {
    expect(apiRoutes().length).toBeGreaterThan(30);
    expect(apiRoutes()).toContainEqual({ method: "post", path: "/api/v1/referrals/{id}/{action}" });
  });

  it("describes every route registered under /api/v1", () => {
    const missing = apiRoutes().filter((r) => !doc.paths[r.path]?.[r.method]);
    expect(missing).toEqual([]);
  });

  it("describes no /api/v1 route that does not exist", () => {
    const known = new Set(apiRoutes().map((r) => `${r.method} ${r.path}`));
    const documented = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith("/api/v1/"))
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`));
    expect(documented.filter((op) => !known.has(op))).toEqual([]);
  });

  it("lists the resources of the API contract", () => {
    for (const path of [
      "/api/v1/auth/login",
      "/api/v1/me",
      "/api/v1/organisations",
      "/api/v1/users",
      "/api/v1/services",
      "/api/v1/persons",
      "/api/v1/persons/{id}/consents",
      "/api/v1/persons/{id}/consents/{consentId}/withdraw",
      "/api/v1/cases",
      "/api/v1/cases/{id}/assessments",
      "/api/v1/cases/{id}/plan",
      "/api/v1/cases/{id}/follow-ups",
      "/api/v1/referrals",
      "/api/v1/referrals/{id}/{action}",
      "/api/v1/audit",
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });

  it("names the enums of its answers, so that clients get them as types", () => {
    const { schemas } = doc.components;
    expect(schemas.ReferralStatus?.enum).toEqual(referralStatuses);
    expect(schemas.Referral?.properties?.status).toEqual({ $ref: "#/components/schemas/ReferralStatus" });
    expect(schemas.Case?.properties?.stage).toEqual({ $ref: "#/components/schemas/CaseStage" });
    expect(schemas.Enrolment?.properties?.status).toEqual({ $ref: "#/components/schemas/EnrolmentStatus" });
  });

  it("gives error answers the closed set of error codes", () => {
    expect(doc.components.schemas.ErrorCode?.enum).toEqual(errorCodes);
    expect(doc.components.schemas.Error?.properties?.error?.properties?.code).toEqual({
      $ref: "#/components/schemas/ErrorCode",
    });
  });

  it("gives every API operation a success response", () => {
    const withoutSuccess = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith("/api/v1/"))
      .flatMap(([path, operations]) =>
        Object.entries(operations as Record<string, { responses?: Record<string, unknown> }>)
          .filter(([, op]) => !Object.keys(op.responses ?? {}).some((status) => /^2\d\d$/.test(status)))
          .map(([method]) => `${method} ${path}`),
      );
    expect(withoutSuccess).toEqual([]);
  });
});

/** The reads the returnee portal makes without an account: the public face of the directory and the community. */
const publicReads = [
  "/api/v1/portal/community/events",
  "/api/v1/portal/community/events/{id}",
  "/api/v1/portal/community/groups",
  "/api/v1/portal/community/questions",
  "/api/v1/portal/community/questions/{id}",
  "/api/v1/portal/districts",
  "/api/v1/portal/help/programmes",
  "/api/v1/portal/help/programmes/{id}",
  "/api/v1/portal/help/services",
  "/api/v1/portal/help/services/{id}",
  "/api/v1/portal/organisations",
  "/api/v1/portal/services",
];

describe("every API read without a session", () => {
  it("answers 401, but for the portal's public reads, which answer (404 for a record that is not there)", async () => {
    const reads = apiRoutes().filter((r) => r.method === "get");
    const statuses = await Promise.all(
      reads.map(async (r) => {
        const url = r.path.replace(/\{\w+\}/g, "00000000-0000-4000-8000-000000000000");
        const res = await env.app.inject({ method: "GET", url });
        return { status: res.statusCode, path: r.path };
      }),
    );
    const open = statuses.filter((s) => s.status !== 401);
    expect(open.map((s) => s.path).sort()).toEqual(publicReads);
    expect(open.filter((s) => s.status !== (s.path.includes("{") ? 404 : 200))).toEqual([]);
  });
});

describe("system routes", () => {
  it("renders the API documentation at /api/docs", async () => {
    let res = await env.app.inject({ method: "GET", url: "/api/docs" });
    if (res.statusCode >= 300 && res.statusCode < 400) {
      expect(res.headers.location).toMatch(/\/api\/docs/);
      res = await env.app.inject({ method: "GET", url: String(res.headers.location) });
    }
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/text\/html/);
  });

  it("opens the documentation from the root", async () => {
    const res = await env.app.inject({ method: "GET", url: "/" });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe("/api/docs");
  });

  it("answers /health with 200 and status ok while the database answers", async () => {
    const res = await env.app.inject({ method: "GET", url: "/health" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "ok", database: env.database.kind });
  });

  it("answers a body it cannot read with 400 and a code of the closed set", async () => {
    const res = await env.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(res.statusCode).toBe(400);
    expect(errorCodes).toContain(res.json().error.code);
  });

  it("answers an unknown route with 404 and the error shape", async () => {
    const res = await env.app.inject({ method: "GET", url: "/api/v1/nothing-here" });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("not_found");
  });
});
