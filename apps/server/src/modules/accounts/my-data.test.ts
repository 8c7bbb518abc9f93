import { getTableConfig, type PgTable } from "drizzle-orm/pg-core";
import { afterAll, describe, expect, it } from "vitest";
import { needsAssessment, planBody, psychosocialAssessment } from "../../../test/access-fixtures";
import { openWorld } from "../../../test/harness";
import { signUpReturnee } from "../../../test/returnee";
import { ok } from "../../../test/world";
import * as schema from "../../db/schema";
import { heldTables, notInTheCopy } from "./my-data";

const { env, world, as } = await openWorld();
const { caseDhaka, counsellorDhaka, caseErbil, providerTvet } = as;
const db = env.database.db;
afterAll(() => env.close());

type MyData = {
  account: { phone: string; sessions: { lastSeenAt: string }[] };
  record: { id: string; givenName: string; nameNative: string | null; migrationEpisodes: unknown[] } | null;
  consents: {
    id: string;
    purpose: string;
    organisationIds: string[];
    active: boolean;
    givenOnPortal: boolean;
    withdrawnOnPortal: boolean;
    withdrawalNote: string | null;
  }[];
  cases: {
    id: string;
    leadOrganisationId: string;
    caseWorkerName: string | null;
    assessments: { kind: string; answers: Record<string, unknown>; scores: Record<string, unknown> }[];
    actions: { title: string }[];
    followUps: { kind: string }[];
    events: { type: string }[];
  }[];
  referrals: { serviceName: string; reason: string; status: string; events: { type: string }[] }[];
  textMessages: { purpose: string; text: string | null }[];
  organisations: { id: string; name: string }[];
  names: { areas: Record<string, string> };
};
type AccessLog = {
  items: {
    seq: number;
    by: "returnee" | "staff" | "system";
    organisationId: string | null;
    roles: string[];
    action: string;
    recordType: string;
  }[];
  nextBefore: number | null;
  organisations: { id: string; name: string }[];
};

// a returnee who registered on the portal, whose record MRC Dhaka confirmed and works with: assessments (one
// restricted), a plan, a referral to the training centre under a referral consent, a data-sharing consent
// for MRC Erbil
const nasima = await signUpReturnee(env.app, db, { phone: "+8801716800001", ip: "10.3.0.1" });
const personId = nasima.personId!;
await ok(caseDhaka.post(`/persons/${personId}/confirm-registration`));
const kase = await ok<{ id: string }>(caseDhaka.post("/cases", { personId }), 201);
await ok(caseDhaka.post(`/cases/${kase.id}/assessments`, needsAssessment), 201);
await ok(counsellorDhaka.post(`/cases/${kase.id}/assessments`, psychosocialAssessment), 201);
const version = (await ok<{ version: number }>(caseDhaka.get(`/cases/${kase.id}`))).version;
await ok(caseDhaka.put(`/cases/${kase.id}/plan`, planBody(version)));
const referralConsent = await ok<{ id: string }>(
  caseDhaka.post(`/persons/${personId}/consents`, {
    purpose: "referral",
    organisationIds: [world.orgs.tvet.id],
  }),
  201,
);
const sharing = await ok<{ id: string }>(
  caseDhaka.post(`/persons/${personId}/consents`, {
    purpose: "data_sharing",
    organisationIds: [world.orgs.mrcErbil.id],
  }),
  201,
);
const referral = await ok<{ id: string }>(
  caseDhaka.post("/referrals", {
    caseId: kase.id,
    serviceId: world.services.training.id,
    reason: "Wants to be an electrician; owes the recruiter",
    urgency: "routine",
  }),
  201,
);
await ok(caseDhaka.post(`/referrals/${referral.id}/send`, {}));
await ok(providerTvet.post(`/referrals/${referral.id}/accept`, {}));

describe("my data", () => {
  it("gives the returnee everything held about them, what staff wrote and restricted answers included", async () => {
    const mine = await ok<MyData>(nasima.get("/portal/me/data?language=en"));
    expect(mine.account.phone).toBe("+8801716800001");
    expect(mine.account.sessions.length).toBeGreaterThan(0);
    expect(mine.record).toMatchObject({ id: personId, givenName: "Rokeya", nameNative: "রোকেয়া খাতুন" });
    expect(mine.record!.migrationEpisodes).toHaveLength(1);
    // the consent given when registering, and the two staff recorded
    expect(mine.consents.map((c) => [c.purpose, c.givenOnPortal]).sort()).toEqual([
      ["contact", true],
      ["data_sharing", false],
      ["referral", false],
    ]);
    const [own] = mine.cases;
    expect(own).toMatchObject({
      id: kase.id,
      leadOrganisationId: world.orgs.mrcDhaka.id,
      caseWorkerName: "Farida Akter",
    });
    expect(own!.assessments.map((a) => a.kind)).toEqual(["needs", "psychosocial"]);
    // the psychosocial answers are restricted to the lead's counsellors, and are the returnee's own
    expect(own!.assessments[1]!.answers).toEqual(psychosocialAssessment.answers);
    expect(own!.actions.map((a) => a.title)).toContain("Trade test");
    expect(own!.followUps.length).toBeGreaterThan(0);
    expect(own!.events.map((e) => e.type)).toContain("opened");
    expect(mine.referrals).toMatchObject([
      {
        serviceName: "Electrical installation course",
        reason: "Wants to be an electrician; owes the recruiter",
        status: "accepted",
      },
    ]);
    expect(mine.referrals[0]!.events.map((e) => e.type)).toEqual(["created", "sent", "accepted"]);
    // every organisation named is named once, with its name
    expect(mine.organisations.map((o) => o.name).sort()).toEqual(
      [world.orgs.mrcDhaka.name, world.orgs.mrcErbil.name, world.orgs.tvet.name].sort(),
    );
    // codes in words: the district
    expect(mine.names.areas).toEqual({ BD3026: expect.any(String) });
    // the code that proved the number is not in the copy
    expect(mine.textMessages.map((m) => [m.purpose, m.text])).toEqual([["verify_phone", null]]);
    expect(JSON.stringify(mine)).not.toMatch(/passwordHash|codeHash|searchName|matchKeys|seenBy/);
  });

  it("is audited as the returnee's own read", async () => {
    await ok(nasima.get("/portal/me/data"));
    const trail = await ok<{
      items: { action: string; recordType: string; details: Record<string, unknown> }[];
    }>(caseDhaka.get(`/audit?personId=${personId}&limit=1`));
    expect(trail.items[0]).toMatchObject({
      action: "read",
      recordType: "my_data",
      details: { returneeAccountId: nasima.accountId },
    });
  });

  it("is empty for a returnee who has not given their profile, and another's record never shows", async () => {
    const noRecord = await signUpReturnee(env.app, db, {
      phone: "+8801716800002",
      ip: "10.3.0.2",
      profile: false,
    });
    const theirs = await ok<MyData>(noRecord.get("/portal/me/data"));
    expect(theirs.record).toBeNull();
    expect(theirs.cases).toEqual([]);
    expect(theirs.consents).toEqual([]);
    expect(JSON.stringify(theirs)).not.toContain(personId);
    expect((await ok<AccessLog>(noRecord.get("/portal/me/access-log"))).items).toEqual([]);
  });

  it("refuses anyone not signed in to the portal, staff included", async () => {
    const staff = await caseDhaka.get("/portal/me/data");
    expect(staff.statusCode).toBe(401);
    const nobody = await env.app.inject({ method: "GET", url: "/api/v1/portal/me/data" });
    expect(nobody.statusCode).toBe(401);
  });
});

describe("the access log", () => {
  it("names the organisation and the roles of who read or changed the record, never the person", async () => {
    await ok(caseErbil.get(`/persons/${personId}`));
    const log = await ok<AccessLog>(nasima.get("/portal/me/access-log?limit=200"));
    const erbil = log.items.find((e) => e.organisationId === world.orgs.mrcErbil.id);
    expect(erbil).toMatchObject({
      by: "staff",
      roles: ["case_manager"],
      action: "read",
      recordType: "person",
    });
    expect(log.items.find((e) => e.by === "returnee" && e.recordType === "my_data")).toBeDefined();
    const counsellor = log.items.find((e) => e.recordType === "assessment" && e.roles.includes("counsellor"));
    expect(counsellor?.organisationId).toBe(world.orgs.mrcDhaka.id);
    expect(log.organisations.map((o) => o.name)).toEqual(
      expect.arrayContaining([world.orgs.mrcDhaka.name, world.orgs.mrcErbil.name]),
    );
    const text = JSON.stringify(log);
    for (const name of ["Farida Akter", "Shirin Kareem", "Rafiq Islam", "10.3.0.1"])
      expect(text).not.toContain(name);
    // newest first
    const times = log.items.map((e) => e.seq);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("pages on from nextBefore, and names an unknown event", async () => {
    const first = await ok<AccessLog>(nasima.get("/portal/me/access-log?limit=2"));
    expect(first.items).toHaveLength(2);
    const next = await ok<AccessLog>(nasima.get(`/portal/me/access-log?limit=2&before=${first.nextBefore}`));
    expect(next.items[0]!.seq).toBeLessThan(first.items[1]!.seq);
    const unknown = await nasima.get("/portal/me/access-log?before=999999999");
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.key).toBe("audit.unknown_event");
    const bad = await nasima.get("/portal/me/access-log?limit=0");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("limit");
  });
});

type MyConsents = {
  consents: MyData["consents"];
  holderOrganisationId: string | null;
  organisations: { id: string; name: string }[];
};

describe("withdrawing a consent", () => {
  it("lists the returnee's consents as their copy has them, with who they let in and who holds the record", async () => {
    const mine = await ok<MyConsents>(nasima.get("/portal/me/consents"));
    expect(mine.consents.map((c) => c.purpose).sort()).toEqual(["contact", "data_sharing", "referral"]);
    expect(mine.holderOrganisationId).toBe(world.orgs.mrcDhaka.id);
    const named = new Map(mine.organisations.map((o) => [o.id, o.name]));
    expect(named.get(world.orgs.mrcDhaka.id)).toBe("MRC Dhaka");
    for (const c of mine.consents) for (const id of c.organisationIds) expect(named.has(id)).toBe(true);
    // audited as the returnee's read of their consents
    const trail = await ok<{
      items: { action: string; recordType: string; details: Record<string, unknown> }[];
    }>(caseDhaka.get(`/audit?personId=${personId}&limit=1`));
    expect(trail.items[0]).toMatchObject({
      action: "read",
      recordType: "my_consents",
      details: { consents: 3, returneeAccountId: nasima.accountId },
    });
    // as the whole copy has them
    const copy = await ok<MyData>(nasima.get("/portal/me/data"));
    expect(mine.consents).toEqual(copy.consents);
    // a returnee without a record has none; another's never show
    const noRecord = await signUpReturnee(env.app, db, {
      phone: "+8801716800004",
      ip: "10.3.0.4",
      profile: false,
    });
    expect(await ok<MyConsents>(noRecord.get("/portal/me/consents"))).toEqual({
      consents: [],
      holderOrganisationId: null,
      organisations: [],
    });
    const another = await signUpReturnee(env.app, db, { phone: "+8801716800005", ip: "10.3.0.5" });
    const theirs = await ok<MyConsents>(another.get("/portal/me/consents"));
    expect(theirs.consents.map((c) => c.purpose)).toEqual(["contact"]);
    expect(theirs.consents.some((c) => mine.consents.some((m) => m.id === c.id))).toBe(false);
  });

  it("names what is wrong and changes nothing", async () => {
    const notUuid = await nasima.post("/portal/me/consents/abc/withdraw", {});
    expect(notUuid.statusCode).toBe(400);
    expect(notUuid.json().error.field).toBe("id");
    const tooLong = await nasima.post(`/portal/me/consents/${sharing.id}/withdraw`, {
      reason: "x".repeat(1001),
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.field).toBe("reason");
    // another returnee's consent is not found, as one that does not exist
    const other = await signUpReturnee(env.app, db, { phone: "+8801716800003", ip: "10.3.0.3" });
    const foreign = await other.post(`/portal/me/consents/${sharing.id}/withdraw`, {});
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.key).toBe("consent.not_found");
    const none = await nasima.post(`/portal/me/consents/${crypto.randomUUID()}/withdraw`, {});
    expect(none.statusCode).toBe(404);
    expect(none.json().error.key).toBe("consent.not_found");
    const consents = (await ok<MyConsents>(nasima.get("/portal/me/consents"))).consents;
    expect(consents.every((c) => c.active)).toBe(true);
  });

  it("ends another organisation's access at once", async () => {
    expect((await caseErbil.get(`/persons/${personId}`)).statusCode).toBe(200);
    const withdrawn = await ok<{ id: string; purpose: string; referralsSuspended: number }>(
      nasima.post(`/portal/me/consents/${sharing.id}/withdraw`, { reason: "I do not know this centre" }),
    );
    expect(withdrawn).toMatchObject({ id: sharing.id, purpose: "data_sharing", referralsSuspended: 0 });
    // the lead organisation sees the withdrawal as the returnee's own doing
    const trail = await ok<{ items: { action: string; details: Record<string, unknown> }[] }>(
      caseDhaka.get(`/audit?personId=${personId}&limit=1`),
    );
    expect(trail.items[0]).toMatchObject({
      action: "withdraw",
      details: { returneeAccountId: nasima.accountId },
    });
    expect((await caseErbil.get(`/persons/${personId}`)).statusCode).toBe(404);
    const mine = await ok<MyConsents>(nasima.get("/portal/me/consents"));
    expect(mine.consents.find((c) => c.id === sharing.id)).toMatchObject({
      active: false,
      withdrawnOnPortal: true,
      withdrawalNote: "I do not know this centre",
    });
    const again = await nasima.post(`/portal/me/consents/${sharing.id}/withdraw`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.key).toBe("consent.already_withdrawn");
  });

  it("stops the referral that rested on it, and its receiver no longer sees the record", async () => {
    expect((await providerTvet.get(`/persons/${personId}`)).statusCode).toBe(200);
    const withdrawn = await ok<{ referralsSuspended: number }>(
      nasima.post(`/portal/me/consents/${referralConsent.id}/withdraw`, {}),
    );
    expect(withdrawn.referralsSuspended).toBe(1);
    expect((await providerTvet.get(`/persons/${personId}`)).statusCode).toBe(404);
    const status = await ok<{ status: string; events: { type: string; actorUserId: string | null }[] }>(
      caseDhaka.get(`/referrals/${referral.id}`),
    );
    expect(status.status).toBe("suspended");
    expect(status.events.at(-1)).toMatchObject({ type: "suspended", actorUserId: null });
    // the organisation that holds the record keeps it
    expect((await caseDhaka.get(`/persons/${personId}`)).statusCode).toBe(200);
  });
});

describe("what the copy covers", () => {
  it("reads every table that refers to a person, or says why not", () => {
    const tables = (Object.values(schema) as unknown[]).filter(
      (t): t is PgTable => typeof t === "object" && t !== null && Symbol.for("drizzle:IsDrizzleTable") in t,
    );
    const configs = tables.map((t) => getTableConfig(t));
    // a table about a person: it has a person's id, or refers to a table about a person
    const about = new Set(["persons"]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const c of configs) {
        if (about.has(c.name)) continue;
        const personColumn = c.columns.some((col) => /(^|_)person_ids?$/.test(col.name));
        const refers = c.foreignKeys.some((fk) =>
          about.has(getTableConfig(fk.reference().foreignTable).name),
        );
        if (personColumn || refers) {
          about.add(c.name);
          grew = true;
        }
      }
    }
    const read = new Set(heldTables.map((t) => getTableConfig(t).name));
    const missing = [...about].filter((name) => !read.has(name) && !(name in notInTheCopy));
    expect(missing).toEqual([]);
    // and nothing is declared that is not about a person (but the text messages, which are the number's)
    expect(
      [...read, ...Object.keys(notInTheCopy)].filter((name) => !about.has(name) && name !== "sms_messages"),
    ).toEqual([]);
  });
});
