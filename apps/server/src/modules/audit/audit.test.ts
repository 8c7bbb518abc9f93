import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openWorld } from "../../../test/harness";
import { type Client, password, personPayload } from "../../../test/world";
import { queryRows } from "../../db/client";
import { auditEvents } from "../../db/schema";

const { env, world, as } = await openWorld();
const { admin, caseDhaka, counsellorDhaka, caseErbil, providerTvet, analyst } = as;
afterAll(() => env.close());

type AuditItem = {
  seq: number;
  at: string;
  action: string;
  recordType: string;
  recordId: string | null;
  personId: string | null;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  reason: string | null;
  details: Record<string, unknown>;
};

let people = 0;
async function registerPerson(overrides: Record<string, unknown> = {}) {
  const n = people++;
  const res = await caseDhaka.post(
    "/persons",
    personPayload({
      givenName: `Audit${String.fromCharCode(65 + n)}`,
      familyName: `Subject${n}`,
      nameNative: undefined,
      phone: `+88015000${String(n).padStart(5, "0")}`,
      nationalId: `AUD-${String(n).padStart(6, "0")}`,
      ...overrides,
    }),
  );
  if (res.statusCode !== 201) throw new Error(`registration failed: ${res.body}`);
  return res.json() as { id: string; nationalId: string };
}

const trail = async (client: Client, query: string) => {
  const res = await client.get(`/audit?${query}`);
  expect(res.statusCode).toBe(200);
  return res.json().items as AuditItem[];
};

const countAudit = async () =>
  (await queryRows<{ n: number }>(env.database.db, sql`select count(*)::int as n from audit_events`))[0]!.n;

describe("what the audit records", () => {
  it("shows the lead organisation the creation and a read of a person, with actor and time", async () => {
    const { id: personId } = await registerPerson();
    expect((await counsellorDhaka.get(`/persons/${personId}`)).statusCode).toBe(200);
    const items = await trail(caseDhaka, `recordId=${personId}`);
    expect(items.map((i) => [i.action, i.recordType, i.actorUserId])).toEqual([
      ["read", "person", world.users.counsellorDhaka.id],
      ["create", "person", world.users.caseDhaka.id],
    ]);
    expect(items[0]).toMatchObject({ actorOrganisationId: world.orgs.mrcDhaka.id, personId });
    expect(items.every((i) => !Number.isNaN(Date.parse(i.at)))).toBe(true);
  });

  it("records a profile change with the fields that changed", async () => {
    const { id: personId } = await registerPerson();
    await caseDhaka.patch(`/persons/${personId}`, { version: 1, address: "Mirpur 10" });
    const [latest] = await trail(caseDhaka, `recordId=${personId}`);
    expect(latest).toMatchObject({
      action: "update",
      recordType: "person",
      details: { fields: ["address"] },
    });
  });

  it("records a search with the ids it returned", async () => {
    const { id: personId, nationalId } = await registerPerson();
    const found = await counsellorDhaka.get(`/persons?nationalId=${nationalId}`);
    expect(found.json().items.map((p: { id: string }) => p.id)).toEqual([personId]);
    const rows = await queryRows<{ details: { resultIds: string[] } }>(
      env.database.db,
      sql`select details from audit_events
          where action = 'search' and actor_user_id = ${world.users.counsellorDhaka.id}
          order by seq desc limit 1`,
    );
    expect(rows[0]!.details.resultIds).toEqual([personId]);
  });

  it("records the opening, reading and closing of a case, and its consent", async () => {
    const { id: personId } = await registerPerson();
    const caseId = (await caseDhaka.post("/cases", { personId })).json().id;
    await counsellorDhaka.get(`/cases/${caseId}`);
    await counsellorDhaka.get(`/cases/${caseId}/assessments`);
    await caseDhaka.post(`/persons/${personId}/consents`, { purpose: "contact" });
    await caseDhaka.post(`/cases/${caseId}/close`, { version: 1, reason: "declined_support" });
    const items = await trail(caseDhaka, `personId=${personId}`);
    const actions = items.map((i) => `${i.action} ${i.recordType}`).reverse();
    expect(actions).toEqual([
      "create person",
      "create case",
      "read case",
      "list assessment",
      "create consent",
      "close case",
    ]);
  });

  it("records why, when the caller gives a reason", async () => {
    const { id: personId } = await registerPerson();
    const login = await env.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "counsellor.dhaka@test.homecoming", password },
    });
    const cookie = login.cookies.find((c) => c.name === "hc_session")!.value;
    const read = await env.app.inject({
      method: "GET",
      url: `/api/v1/persons/${personId}`,
      headers: { cookie: `hc_session=${cookie}`, "x-access-reason": "Preparing the 3-month follow-up" },
    });
    expect(read.statusCode).toBe(200);
    const [latest] = await trail(caseDhaka, `recordId=${personId}`);
    expect(latest).toMatchObject({ action: "read", reason: "Preparing the 3-month follow-up" });
  });

  it("writes nothing for a read that was refused", async () => {
    const { id: personId } = await registerPerson();
    const before = await countAudit();
    expect((await caseErbil.get(`/persons/${personId}`)).statusCode).toBe(404);
    expect(await countAudit()).toBe(before);
  });

  it("pages back through older events with before", async () => {
    const { id: personId } = await registerPerson();
    for (let i = 0; i < 3; i++) await caseDhaka.get(`/persons/${personId}`);
    const first = await caseDhaka.get(`/audit?recordId=${personId}&limit=2`);
    expect(first.json().items).toHaveLength(2);
    const nextBefore = first.json().nextBefore as number;
    expect(nextBefore).toBe(first.json().items[1].seq);
    const second = (await trail(caseDhaka, `recordId=${personId}&limit=2&before=${nextBefore}`)).map(
      (i) => i.seq,
    );
    expect(second).toHaveLength(2);
    expect(Math.max(...second)).toBeLessThan(nextBefore);
  });

  describe("in time order", () => {
    const recordId = "3f0c1d2e-4b5a-4c6d-8e7f-901234567890";
    const t0 = new Date("2026-01-05T10:00:00Z").getTime();
    let written: number[];

    // written out of time order, as two requests that overlap can write them; two share a time
    beforeAll(async () => {
      const rows = await env.database.db
        .insert(auditEvents)
        .values(
          [3, 1, 2, 1].map((s, i) => ({
            at: new Date(t0 + s * 1000),
            action: "read",
            recordType: "service",
            recordId,
            details: { n: i },
          })),
        )
        .returning({ seq: auditEvents.seq });
      written = rows.map((r) => r.seq);
    });

    const order = (items: AuditItem[]) => items.map((i) => written.indexOf(i.seq));

    it("lists newest first by default and oldest first with sort=at, the later written first or last in a tie", async () => {
      expect(order(await trail(admin, `recordId=${recordId}`))).toEqual([0, 2, 3, 1]);
      expect(order(await trail(admin, `recordId=${recordId}&sort=-at`))).toEqual([0, 2, 3, 1]);
      expect(order(await trail(admin, `recordId=${recordId}&sort=at`))).toEqual([1, 3, 2, 0]);
    });

    it("pages on newest first with before and oldest first with after, each event once", async () => {
      for (const [sort, cursor, next, expected] of [
        ["-at", "before", "nextBefore", [0, 2, 3, 1]],
        ["at", "after", "nextAfter", [1, 3, 2, 0]],
      ] as const) {
        const seen: number[] = [];
        let query = `recordId=${recordId}&sort=${sort}&limit=1`;
        for (;;) {
          const res = await admin.get(`/audit?${query}`);
          expect(res.statusCode).toBe(200);
          seen.push(...order(res.json().items));
          const page = res.json() as { nextBefore: number | null; nextAfter: number | null };
          expect(page[sort === "at" ? "nextBefore" : "nextAfter"]).toBeNull();
          if (page[next] === null) break;
          query = `recordId=${recordId}&sort=${sort}&limit=1&${cursor}=${page[next]}`;
        }
        expect(seen).toEqual(expected);
      }
    });

    it("answers 400 naming sort and the allowed values for an unknown sort", async () => {
      const res = await admin.get(`/audit?recordId=${recordId}&sort=seq`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: "validation", field: "sort" });
      expect(res.json().error.message).toContain("at, -at");
    });

    it("answers 400 naming before when no event has that seq", async () => {
      const res = await admin.get(`/audit?recordId=${recordId}&before=999999999`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe("before");
    });
  });

  it("answers 400 naming recordId when neither recordId nor personId is given", async () => {
    const res = await admin.get("/audit");
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("recordId");
  });
});

describe("who may read the audit", () => {
  let personId: string;
  beforeAll(async () => {
    ({ id: personId } = await registerPerson());
    const caseId = (await caseDhaka.post("/cases", { personId })).json().id;
    await caseDhaka.post(`/persons/${personId}/consents`, {
      purpose: "referral",
      organisationIds: [world.orgs.tvet.id, world.orgs.mrcErbil.id],
    });
    const referral = await caseDhaka.post("/referrals", {
      caseId,
      serviceId: world.services.training.id,
      reason: "Training",
    });
    await caseDhaka.post(`/referrals/${referral.json().id}/send`, {});
  });

  it("lets an administrator read it", async () => {
    expect((await trail(admin, `recordId=${personId}`)).length).toBeGreaterThan(0);
  });

  it("lets the lead organisation's counsellor read it", async () => {
    expect((await trail(counsellorDhaka, `personId=${personId}`)).length).toBeGreaterThan(0);
  });

  it("refuses another organisation, even one consent lets read the person (403)", async () => {
    expect((await caseErbil.get(`/persons/${personId}`)).statusCode).toBe(200);
    expect((await caseErbil.get(`/audit?recordId=${personId}`)).statusCode).toBe(403);
    expect((await caseErbil.get(`/audit?personId=${personId}`)).statusCode).toBe(403);
  });

  it("refuses the provider a referral was sent to (403)", async () => {
    expect((await providerTvet.get(`/audit?personId=${personId}`)).statusCode).toBe(403);
  });

  it("refuses analysts (403)", async () => {
    expect((await analyst.get(`/audit?personId=${personId}`)).statusCode).toBe(403);
  });

  it("answers 401 without a session", async () => {
    const res = await env.app.inject({ method: "GET", url: `/api/v1/audit?personId=${personId}` });
    expect(res.statusCode).toBe(401);
  });
});

describe("the audit table", () => {
  it("refuses UPDATE", async () => {
    const before = await queryRows<{ action: string }>(
      env.database.db,
      sql`select action from audit_events order by seq limit 1`,
    );
    await expect(env.database.db.execute(sql`update audit_events set action = 'tampered'`)).rejects.toThrow();
    const after = await queryRows<{ action: string }>(
      env.database.db,
      sql`select action from audit_events order by seq limit 1`,
    );
    expect(after).toEqual(before);
    expect(before[0]!.action).not.toBe("tampered");
  });

  it("refuses DELETE", async () => {
    const before = await countAudit();
    expect(before).toBeGreaterThan(0);
    await expect(env.database.db.execute(sql`delete from audit_events`)).rejects.toThrow();
    expect(await countAudit()).toBe(before);
  });

  it("says why it refused", async () => {
    const error = await env.database.db.execute(sql`delete from audit_events`).catch((e: unknown) => e);
    const messages = [String(error), String((error as { cause?: unknown }).cause)].join(" ");
    expect(messages).toMatch(/append-only/);
  });
});

describe("reads of many persons", () => {
  it("names in each returnee's trail every list, search and notification that showed them, and nobody else", async () => {
    const shown = await registerPerson();
    // registered without an identifier to compare, so that the name and birth date make it a possible match
    const alongside = await registerPerson({ nationalId: undefined, phone: undefined });
    const opened = await caseDhaka.post("/cases", { personId: shown.id });
    expect(opened.statusCode).toBe(201);
    await caseDhaka.post("/cases", { personId: alongside.id });
    expect((await counsellorDhaka.get("/cases?limit=200")).statusCode).toBe(200);
    expect((await counsellorDhaka.get(`/persons?nationalId=${shown.nationalId}`)).statusCode).toBe(200);
    // a referral the institute is told about names the returnee in its notifications
    await caseDhaka.post(`/persons/${shown.id}/consents`, {
      purpose: "referral",
      organisationIds: [world.orgs.tvet.id],
    });
    const referral = await caseDhaka.post("/referrals", {
      caseId: opened.json().id,
      serviceId: world.services.training.id,
      reason: "Training",
    });
    await caseDhaka.post(`/referrals/${referral.json().id}/send`, {});
    await providerTvet.post(`/referrals/${referral.json().id}/accept`, {});
    expect((await caseDhaka.get("/notifications")).statusCode).toBe(200);

    const items = await trail(caseDhaka, `personId=${shown.id}`);
    const showings = items.filter((i) => i.personId !== shown.id);
    expect(showings.map((i) => [i.action, i.recordType, i.actorUserId])).toEqual([
      ["list", "notification", world.users.caseDhaka.id],
      ["search", "person", world.users.counsellorDhaka.id],
      ["list", "case", world.users.counsellorDhaka.id],
      // the next registration, alike enough, showed this returnee as a possible duplicate
      ["create", "person", world.users.caseDhaka.id],
    ]);
    for (const s of showings) {
      // the trail names the returnee alone: not the others on the page, nor what was typed
      expect((s as AuditItem & { personIds: string[] }).personIds).toEqual([shown.id]);
      expect(s.details).toEqual({});
    }
    const other = await trail(caseDhaka, `personId=${alongside.id}`);
    expect(other.filter((i) => i.personId !== alongside.id).map((i) => i.recordType)).toEqual(["case"]);
    // another organisation reads neither trail
    expect((await caseErbil.get(`/audit?personId=${shown.id}`)).statusCode).toBe(403);
  });
});
