import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestEnv, type TestEnv } from "../../../test/harness";
import { type Client, loginAs, personPayload, seedWorld, type World } from "../../../test/world";
import { queryRows } from "../../db/client";

let env: TestEnv;
let world: World;
let dhaka: Client;
let existingId: string;

beforeAll(async () => {
  env = await createTestEnv();
  world = await seedWorld(env.database);
  dhaka = await loginAs(env.app, "case.dhaka@test.homecoming");
  const res = await dhaka.post("/persons", personPayload());
  expect(res.statusCode).toBe(201);
  existingId = res.json().id;
});
afterAll(() => env.close());

type Match = { reasonsFor: { code: string }[]; reasonsAgainst: { code: string }[] };
const codes = (m: Match) => [...m.reasonsFor, ...m.reasonsAgainst].map((r) => r.code);

const countPersons = async (client: Client) => (await client.get("/persons?q=Rahman&limit=200")).json().total;

describe("POST /persons/duplicate-check", () => {
  it("scores the typed identity with the registration's rules and stores no person", async () => {
    const before = await countPersons(dhaka);
    const res = await dhaka.post("/persons/duplicate-check", {
      givenName: "Mohammad",
      familyName: "Rahman",
      birthYear: 1988,
      phone: "+880 1711-000001",
    });
    expect(res.statusCode).toBe(200);
    const [match] = res.json().possibleDuplicates;
    expect(match).toMatchObject({ personId: existingId, displayName: "Mohammad Rahman" });
    expect(match.level).toMatch(/^(likely|possible)$/);
    expect(match.probability).toBeGreaterThan(0.1);
    expect(codes(match)).toContain("phone.same");
    expect(await countPersons(dhaka)).toBe(before);

    const registered = await dhaka.post(
      "/persons",
      personPayload({
        birthDate: undefined,
        birthYear: 1988,
        phone: "+8801711000001",
        nationalId: undefined,
      }),
    );
    const fromRegistration = registered
      .json()
      .possibleDuplicates.find((d: { personId: string }) => d.personId === existingId);
    const again = (
      await dhaka.post("/persons/duplicate-check", {
        givenName: "Mohammad",
        familyName: "Rahman",
        nameNative: "মোহাম্মদ রহমান",
        birthYear: 1988,
        phone: "+8801711000001",
        sex: "male",
        adminAreaCode: "BD3026",
      })
    )
      .json()
      .possibleDuplicates.find((d: { personId: string }) => d.personId === existingId);
    expect(again.probability).toBe(fromRegistration.probability);
    expect(again.reasonsFor).toEqual(fromRegistration.reasonsFor);
    expect(again.reasonsAgainst).toEqual(fromRegistration.reasonsAgainst);
  });

  it("compares a number typed locally with the stored one, by the home area's country or the caller's", async () => {
    const sameNumber = (body: { possibleDuplicates: (Match & { personId: string })[] }) => {
      const match = body.possibleDuplicates.find((d) => d.personId === existingId);
      return match ? codes(match).includes("phone.same") : undefined;
    };
    const typed = { givenName: "Mohammad", familyName: "Rahman", phone: "01711-000001" };
    const withArea = await dhaka.post("/persons/duplicate-check", { ...typed, adminAreaCode: "BD3026" });
    expect(withArea.statusCode).toBe(200);
    expect(sameNumber(withArea.json())).toBe(true);
    expect(sameNumber((await dhaka.post("/persons/duplicate-check", typed)).json())).toBe(true);
    const halfTyped = await dhaka.post("/persons/duplicate-check", { ...typed, phone: "01711-00" });
    expect(halfTyped.statusCode).toBe(200);
    expect(sameNumber(halfTyped.json())).not.toBe(true);
  });

  it("answers an empty list for someone new", async () => {
    const res = await dhaka.post("/persons/duplicate-check", { givenName: "Zahirul", familyName: "Quayyum" });
    expect(res.statusCode).toBe(200);
    expect(res.json().possibleDuplicates).toEqual([]);
  });

  it("only counts a match the caller may not see: no id, name, score or reason", async () => {
    const erbil = await loginAs(env.app, "case.erbil@test.homecoming");
    const res = await erbil.post("/persons/duplicate-check", {
      givenName: "Mohammad",
      familyName: "Rahman",
      nationalId: "1988123456789",
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().possibleDuplicates).toEqual([]);
    const { count, message } = res.json().heldElsewhere;
    expect(count).toBeGreaterThanOrEqual(1);
    expect(message).toMatch(/possible match(es)? (is|are) held by another organisation\. Ask the returnee/);
    expect(res.body).not.toContain(existingId);
    expect(res.body).not.toContain("nationalId.same");
    const [event] = await duplicateCheckEvents();
    expect(event!.details).toEqual({
      duplicateCheck: { candidateCount: 0, candidateIds: [], heldElsewhere: count },
    });
  });

  it("audits each check: who, when, how many records it showed and which, nothing of the identity typed", async () => {
    const before = Date.now();
    const res = await dhaka.post("/persons/duplicate-check", {
      givenName: "Mohammad",
      familyName: "Rahman",
      birthYear: 1988,
      phone: "+8801711000001",
      nationalId: "1988123456789",
    });
    expect(res.statusCode).toBe(200);
    const shown = res.json().possibleDuplicates.map((d: { personId: string }) => d.personId);
    expect(shown).toContain(existingId);
    const [event] = await duplicateCheckEvents();
    expect(event).toMatchObject({
      action: "search",
      record_type: "person",
      record_id: null,
      person_id: null,
      actor_user_id: world.users.caseDhaka.id,
      actor_organisation_id: world.orgs.mrcDhaka.id,
      details: { duplicateCheck: { candidateCount: shown.length, candidateIds: shown } },
    });
    expect(new Date(event!.at).getTime()).toBeGreaterThanOrEqual(before);
    expect(Object.keys(event!.details)).toEqual(["duplicateCheck"]);
    expect(JSON.stringify(event!.details)).not.toMatch(/Mohammad|Rahman|1988|1711/);
  });

  it("audits a check that finds nobody, and not one that was refused", async () => {
    const events = (await duplicateCheckEvents()).length;
    await dhaka.post("/persons/duplicate-check", { givenName: "Zahirul", familyName: "Quayyum" });
    const [event, ...rest] = await duplicateCheckEvents();
    expect(rest).toHaveLength(events);
    expect(event!.details).toEqual({
      duplicateCheck: { candidateCount: 0, candidateIds: [], heldElsewhere: 0 },
    });
    const provider = await loginAs(env.app, "provider.tvet@test.homecoming");
    await provider.post("/persons/duplicate-check", { givenName: "Mohammad" });
    await dhaka.post("/persons/duplicate-check", { givenName: "Mohammad", phone: "call me" });
    expect(await duplicateCheckEvents()).toHaveLength(events + 1);
  });

  it("is for registering staff only, and names a bad field", async () => {
    expect(
      (
        await env.app.inject({
          method: "POST",
          url: "/api/v1/persons/duplicate-check",
          payload: { givenName: "Mohammad" },
        })
      ).statusCode,
    ).toBe(401);
    const provider = await loginAs(env.app, "provider.tvet@test.homecoming");
    expect((await provider.post("/persons/duplicate-check", { givenName: "Mohammad" })).statusCode).toBe(403);
    const bad = await dhaka.post("/persons/duplicate-check", { givenName: "Mohammad", phone: "call me" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("phone");
  });
});

/** The audit events of duplicate checks, newest first. */
const duplicateCheckEvents = () =>
  queryRows<{
    at: string;
    action: string;
    record_type: string;
    record_id: string | null;
    person_id: string | null;
    actor_user_id: string;
    actor_organisation_id: string;
    details: Record<string, unknown>;
  }>(
    env.database.db,
    sql`select at, action, record_type, record_id, person_id, actor_user_id, actor_organisation_id, details
        from audit_events where details->'duplicateCheck' is not null order by seq desc`,
  );
