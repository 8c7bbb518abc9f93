import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { buildApp } from "../src/app";
import { testConfig } from "../src/config";
import { queryRows } from "../src/db/client";
import * as auditStore from "../src/modules/audit/store";
import * as referralStore from "../src/modules/referrals/store";
import { createTestEnv, type TestEnv } from "./harness";
import { type Client, loginAs, personPayload, seedWorld, type World } from "./world";

// Every request is one transaction: a failure after some rows were written must leave none of them.
// The app under test runs with the production configuration, so that a 500 also shows what a client sees.

let env: TestEnv;
let world: World;
let app: FastifyInstance;
let caseDhaka: Client;
let providerTvet: Client;
let admin: Client;

beforeAll(async () => {
  env = await createTestEnv();
  world = await seedWorld(env.database);
  app = await buildApp({ config: testConfig({ env: "production" }), database: env.database });
  await app.ready();
  caseDhaka = await loginAs(app, "case.dhaka@test.homecoming");
  providerTvet = await loginAs(app, "provider.tvet@test.homecoming");
  admin = await loginAs(app, "admin@test.homecoming");
});
afterEach(() => vi.restoreAllMocks());
afterAll(async () => {
  await app.close();
  await env.close();
});

const generic500 = { error: { code: "internal", message: "Internal server error", key: "request.internal" } };

const count = async (query: ReturnType<typeof sql>) =>
  (await queryRows<{ n: number }>(env.database.db, query))[0]!.n;

const twoEpisodes = [
  { destinationCountry: "SA", startDate: "2010-01-01", endDate: "2014-01-01", returnType: "voluntary" },
  { destinationCountry: "QA", startDate: "2016-01-01", endDate: "2024-01-01", returnType: "forced" },
];

describe("a request that fails half-way", () => {
  it("leaves no person behind when the database refuses the second migration episode", async () => {
    // a constraint only the database knows about: validation lets the payload through
    await env.database.db.execute(
      sql`alter table migration_episodes add constraint test_only_one_episode check (position < 1)`,
    );
    try {
      const res = await caseDhaka.post(
        "/persons",
        personPayload({
          givenName: "Halfway",
          familyName: "Written",
          phone: "+8801999000001",
          nationalId: "HALF-0001",
          migrationEpisodes: twoEpisodes,
        }),
      );
      expect(res.statusCode).toBe(500);
      expect(res.json()).toEqual(generic500);
    } finally {
      await env.database.db.execute(
        sql`alter table migration_episodes drop constraint test_only_one_episode`,
      );
    }
    expect((await admin.get("/persons?q=Halfway%20Written")).json().total).toBe(0);
    expect((await admin.get(`/persons?phone=${encodeURIComponent("+8801999000001")}`)).json().total).toBe(0);
    expect(await count(sql`select count(*)::int as n from persons where national_id = 'HALF-0001'`)).toBe(0);
  });

  it("leaves no person and no episodes behind when the audit insert fails after them", async () => {
    const episodesBefore = await count(sql`select count(*)::int as n from migration_episodes`);
    vi.spyOn(auditStore, "insertAudit").mockRejectedValueOnce(new Error("audit disk full"));
    const res = await caseDhaka.post(
      "/persons",
      personPayload({
        givenName: "Audit",
        familyName: "Failure",
        phone: "+8801999000002",
        nationalId: "HALF-0002",
        migrationEpisodes: twoEpisodes,
      }),
    );
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual(generic500);
    expect(res.body).not.toContain("audit disk full");
    expect((await admin.get("/persons?q=Audit%20Failure")).json().total).toBe(0);
    expect((await admin.get("/persons?nationalId=HALF-0002")).json().total).toBe(0);
    expect(await count(sql`select count(*)::int as n from migration_episodes`)).toBe(episodesBefore);
  });

  it("still serves the next request normally", async () => {
    vi.spyOn(auditStore, "insertAudit").mockRejectedValueOnce(new Error("transient"));
    const failed = await caseDhaka.post("/persons", personPayload({ nationalId: "HALF-0003" }));
    expect(failed.statusCode).toBe(500);
    const retried = await caseDhaka.post("/persons", personPayload({ nationalId: "HALF-0003" }));
    expect(retried.statusCode).toBe(201);
    expect((await admin.get("/persons?nationalId=HALF-0003")).json().total).toBe(1);
  });

  it("leaves no case and no case event behind when opening fails at the audit", async () => {
    const person = (
      await caseDhaka.post(
        "/persons",
        personPayload({ givenName: "Caseless", phone: "+8801999000004", nationalId: "HALF-0004" }),
      )
    ).json();
    const eventsBefore = await count(sql`select count(*)::int as n from case_events`);
    vi.spyOn(auditStore, "insertAudit").mockRejectedValueOnce(new Error("audit disk full"));
    const res = await caseDhaka.post("/cases", { personId: person.id });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual(generic500);
    expect((await caseDhaka.get(`/cases?personId=${person.id}`)).json().total).toBe(0);
    expect(await count(sql`select count(*)::int as n from case_events`)).toBe(eventsBefore);
    // and since nothing was left, the organisation can open the case now
    expect((await caseDhaka.post("/cases", { personId: person.id })).statusCode).toBe(201);
  });

  it("leaves no referral event behind when the status update fails after the event was written", async () => {
    const person = (
      await caseDhaka.post(
        "/persons",
        personPayload({ givenName: "Eventless", phone: "+8801999000005", nationalId: "HALF-0005" }),
      )
    ).json();
    const caseId = (await caseDhaka.post("/cases", { personId: person.id })).json().id;
    await caseDhaka.post(`/persons/${person.id}/consents`, {
      purpose: "referral",
      organisationIds: [world.orgs.tvet.id],
    });
    const referralId = (
      await caseDhaka.post("/referrals", { caseId, serviceId: world.services.training.id, reason: "Course" })
    ).json().id;
    expect((await caseDhaka.post(`/referrals/${referralId}/send`, {})).statusCode).toBe(200);

    vi.spyOn(referralStore, "applyMove").mockRejectedValueOnce(new Error("lost connection"));
    const res = await providerTvet.post(`/referrals/${referralId}/accept`, { note: "Will not stick" });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual(generic500);

    const stored = (await caseDhaka.get(`/referrals/${referralId}`)).json();
    expect(stored.status).toBe("sent");
    expect(stored.events.map((e: { type: string }) => e.type)).toEqual(["created", "sent"]);
    const transitions = await count(
      sql`select count(*)::int as n from audit_events where record_id = ${referralId} and action = 'transition'`,
    );
    expect(transitions).toBe(1);
  });
});
