import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { buildApp } from "../src/app";
import { type Config, testConfig } from "../src/config";
import { queryRows } from "../src/db/client";
import { freshDatabase } from "./harness";
import { password, seedWorld } from "./world";

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function appWith(config: Partial<Config>): Promise<FastifyInstance> {
  const { database, drop } = await freshDatabase();
  await seedWorld(database);
  const app = await buildApp({ config: testConfig(config), database });
  await app.ready();
  close = async () => {
    await app.close();
    await drop();
  };
  return app;
}

const login = (app: FastifyInstance, headers: Record<string, string> = {}) =>
  app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    remoteAddress: "10.1.2.3",
    headers: { "x-forwarded-for": "6.6.6.6", "x-forwarded-proto": "https", ...headers },
    payload: { email: "admin@test.homecoming", password },
  });

async function lastSessionIp(app: FastifyInstance) {
  const db = (app as unknown as { db: Parameters<typeof queryRows>[0] }).db;
  const [row] = await queryRows<{ ip: string }>(
    db,
    sql`select ip from sessions order by created_at desc limit 1`,
  );
  return row?.ip;
}

describe("behind a proxy", () => {
  it("believes no X-Forwarded-For or X-Forwarded-Proto by default", async () => {
    const app = await appWith({});
    const res = await login(app);
    expect(res.statusCode).toBe(200);
    expect(await lastSessionIp(app)).toBe("10.1.2.3");
    expect(res.cookies.find((c) => c.name === "hc_session")!.secure).toBeFalsy();
  });

  it("believes them from a proxy it is told to trust", async () => {
    const app = await appWith({ trustProxy: ["10.1.2.3"] });
    const res = await login(app);
    expect(res.statusCode).toBe(200);
    expect(await lastSessionIp(app)).toBe("6.6.6.6");
    expect(res.cookies.find((c) => c.name === "hc_session")!.secure).toBe(true);
  });

  it("sets the Secure flag whenever the public origin is https", async () => {
    const app = await appWith({ publicOrigin: "https://hc.example.org" });
    const res = await login(app, { origin: "https://hc.example.org" });
    expect(res.statusCode).toBe(200);
    expect(res.cookies.find((c) => c.name === "hc_session")!.secure).toBe(true);
  });
});

describe("requests from another site", () => {
  it("are refused when they would change something, whatever the route", async () => {
    const app = await appWith({});
    for (const headers of <Record<string, string>[]>[
      { origin: "https://evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
    ]) {
      const res = await login(app, headers);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe("forbidden");
      const logout = await app.inject({ method: "POST", url: "/api/v1/auth/logout", headers });
      expect(logout.statusCode).toBe(403);
    }
    // reading is not changing: a link from elsewhere still opens
    const health = await app.inject({
      method: "GET",
      url: "/health",
      headers: { origin: "https://evil.example" },
    });
    expect(health.statusCode).toBe(200);
  });

  it("pass from the deployment's own origin, and without an Origin (API clients)", async () => {
    const app = await appWith({});
    expect((await login(app, { origin: "http://localhost:8080", host: "localhost:8080" })).statusCode).toBe(
      200,
    );
    expect((await login(app, { "sec-fetch-site": "same-origin" })).statusCode).toBe(200);
    expect((await login(app)).statusCode).toBe(200);
  });

  it("are told from the public origin when one is set", async () => {
    const app = await appWith({ publicOrigin: "https://hc.example.org" });
    expect((await login(app, { origin: "https://hc.example.org" })).statusCode).toBe(200);
    expect((await login(app, { origin: "https://other.example.org" })).statusCode).toBe(403);
  });
});
