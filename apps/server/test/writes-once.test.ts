import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/client";
import { openWorld } from "./harness";
import { password, personPayload } from "./world";

/**
 * Writes happen once: a POST sent again with the same Idempotency-Key (a retry after a timeout, a double
 * submit) gets the first answer, and one open case per returnee and organisation holds however many requests
 * race. On the PostgreSQL server (DATABASE_URL) the parallel requests below run on parallel connections.
 */

const { env, world } = await openWorld();
afterAll(() => env.close());

let sessionCookie = "";
async function cookie() {
  if (sessionCookie) return sessionCookie;
  const res = await env.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { email: "case.dhaka@test.homecoming", password },
  });
  sessionCookie = `hc_session=${res.cookies.find((c) => c.name === "hc_session")!.value}`;
  return sessionCookie;
}

/** A POST as MRC Dhaka's case manager, with an Idempotency-Key when one is given. */
async function post(url: string, body: unknown, key?: string): Promise<LightMyRequestResponse> {
  return env.app.inject({
    method: "POST",
    url: `/api/v1${url}`,
    headers: { cookie: await cookie(), ...(key === undefined ? {} : { "idempotency-key": key }) },
    payload: body as object,
  });
}

const count = async (query: ReturnType<typeof sql>) =>
  (await queryRows<{ n: number }>(env.database.db, query))[0]!.n;
const personsWithNationalId = (id: string) =>
  count(sql`select count(*)::int as n from persons where national_id = ${id}`);
const auditEvents = () => count(sql`select count(*)::int as n from audit_events`);

let people = 0;
const registration = () => {
  const n = people++;
  return personPayload({
    givenName: `Once${String.fromCharCode(65 + n)}`,
    familyName: `Only${n}`,
    nameNative: undefined,
    phone: `+88017770${String(n).padStart(5, "0")}`,
    nationalId: `ONCE-${String(n).padStart(6, "0")}`,
  });
};

describe("the Idempotency-Key of a POST", () => {
  it("registers a returnee once when the same registration is sent five times at once", async () => {
    const body = registration();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => post("/persons", body, "register-5d2a-41f0")),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 201, 201]);
    const ids = new Set(answers.map((a) => a.json().id));
    expect(ids.size).toBe(1);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(answers.filter((a) => a.headers["idempotent-replayed"] === "true")).toHaveLength(4);
    expect(await personsWithNationalId(body.nationalId as string)).toBe(1);
  });

  it("answers a retry after the first answer with that answer, writing nothing", async () => {
    const body = registration();
    const first = await post("/persons", body, "retry-after-timeout");
    expect(first.statusCode).toBe(201);
    const events = await auditEvents();
    const again = await post("/persons", body, "retry-after-timeout");
    expect(again.statusCode).toBe(201);
    expect(again.body).toBe(first.body);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(await auditEvents()).toBe(events);
    expect(await personsWithNationalId(body.nationalId as string)).toBe(1);
  });

  it("refuses the same key for another request (409 naming the key) and writes nothing", async () => {
    const first = await post("/persons", registration(), "one-key-one-request");
    expect(first.statusCode).toBe(201);
    const other = registration();
    const reused = await post("/persons", other, "one-key-one-request");
    expect(reused.statusCode).toBe(409);
    expect(reused.json().error).toMatchObject({
      code: "conflict",
      message: expect.stringContaining("Idempotency-Key one-key-one-request was used for another request"),
    });
    expect(await personsWithNationalId(other.nationalId as string)).toBe(0);
  });

  it("lets a request that failed be sent again under its key", async () => {
    const body = registration();
    const failed = await post("/persons", { ...body, sex: "unknown" }, "fix-and-resend");
    expect(failed.statusCode).toBe(400);
    // a refused request claimed nothing: the corrected one runs (its body differs, the key is free)
    const fixed = await post("/persons", body, "fix-and-resend");
    expect(fixed.statusCode).toBe(201);
    expect(fixed.headers["idempotent-replayed"]).toBeUndefined();
  });

  it("keeps each user's keys apart", async () => {
    const key = "same-key-two-users";
    const mine = await post("/persons", registration(), key);
    const erbil = await env.app.inject({
      method: "POST",
      url: "/api/v1/persons",
      headers: { cookie: await loginCookie("case.erbil@test.homecoming"), "idempotency-key": key },
      payload: { ...registration(), adminAreaCode: "IQG11Q02", phone: undefined },
    });
    expect([mine.statusCode, erbil.statusCode]).toEqual([201, 201]);
    expect(erbil.json().id).not.toBe(mine.json().id);
  });

  it("answers a move sent twice with the first answer instead of refusing the second", async () => {
    const person = (await post("/persons", registration())).json();
    const kase = (await post("/cases", { personId: person.id })).json();
    await post(`/persons/${person.id}/consents`, {
      purpose: "referral",
      organisationIds: [world.orgs.tvet.id],
    });
    const draft = (
      await post("/referrals", { caseId: kase.id, serviceId: world.services.training.id, reason: "Training" })
    ).json();
    const [a, b] = await Promise.all([
      post(`/referrals/${draft.id}/send`, {}, `send-${draft.id}`),
      post(`/referrals/${draft.id}/send`, {}, `send-${draft.id}`),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(a.body).toBe(b.body);
    // without a key the repeat is a second move, refused
    expect((await post(`/referrals/${draft.id}/send`, {})).statusCode).toBe(409);
  });

  it("refuses a key that is empty, too long or has spaces, naming the header", async () => {
    for (const key of ["has spaces", "x".repeat(201)]) {
      const res = await post("/persons", registration(), key);
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: "validation", field: "Idempotency-Key" });
    }
  });
});

async function loginCookie(email: string) {
  const res = await env.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { email, password },
  });
  return `hc_session=${res.cookies.find((c) => c.name === "hc_session")!.value}`;
}

describe("one open case per returnee and organisation", () => {
  it("opens one case when five requests race, and answers the others 409 naming it", async () => {
    const person = (await post("/persons", registration())).json();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => post("/cases", { personId: person.id })),
    );
    const opened = answers.filter((a) => a.statusCode === 201);
    expect(opened).toHaveLength(1);
    const caseId = opened[0]!.json().id as string;
    for (const refused of answers.filter((a) => a.statusCode !== 201)) {
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.message).toContain(`case ${caseId}`);
    }
    expect(
      await count(
        sql`select count(*)::int as n from cases where person_id = ${person.id} and stage <> 'closed'`,
      ),
    ).toBe(1);
  });

  it("is a constraint of the database: a second open case written directly is refused", async () => {
    const person = (await post("/persons", registration())).json();
    const kase = (await post("/cases", { personId: person.id })).json();
    await expect(
      env.database.db.execute(
        sql`insert into cases (person_id, lead_organisation_id, stage) values (${person.id}, ${kase.leadOrganisationId}, 'registered')`,
      ),
    ).rejects.toThrow();
    // a closed case does not count: a new one may be opened after it
    await env.database.db.execute(sql`update cases set stage = 'closed' where id = ${kase.id}`);
    expect((await post("/cases", { personId: person.id })).statusCode).toBe(201);
  });

  it("closes, on migration, the later of two open cases kept from before, saying which stays", async () => {
    const person = (await post("/persons", registration())).json();
    const kept = (await post("/cases", { personId: person.id })).json();
    const migration = readFileSync(
      join(dirname(fileURLToPath(import.meta.url)), "../src/db/migrations/0014_writes_once.sql"),
      "utf8",
    );
    const statements = migration.split("--> statement-breakpoint");
    const fix = statements.slice(statements.findIndex((s) => s.includes("CREATE TEMPORARY TABLE")));
    await env.database.db.execute(sql`drop index cases_one_open_idx`);
    await env.database.db.execute(
      sql`insert into cases (person_id, lead_organisation_id, stage, opened_at)
          values (${person.id}, ${kept.leadOrganisationId}, 'assessed', now() + interval '1 minute')`,
    );
    for (const statement of fix) await env.database.db.execute(sql.raw(statement));
    const rows = await queryRows<{ id: string; stage: string; closure_note: string | null }>(
      env.database.db,
      sql`select id, stage, closure_note from cases where person_id = ${person.id} order by opened_at`,
    );
    expect(rows.map((r) => r.stage)).toEqual(["registered", "closed"]);
    expect(rows[1]!.closure_note).toContain(`case ${kept.id} stays open`);
    const events = await queryRows<{ type: string }>(
      env.database.db,
      sql`select type from case_events where case_id = ${rows[1]!.id} order by seq`,
    );
    expect(events.map((e) => e.type)).toEqual(["stage_changed", "closed"]);
    expect((await post("/cases", { personId: person.id })).statusCode).toBe(409);
  });
});
