import { afterAll, describe, expect, it } from "vitest";
import { needsAssessment, planBody } from "../../../test/access-fixtures";
import { openWorld } from "../../../test/harness";
import { signUpReturnee } from "../../../test/returnee";
import { ok } from "../../../test/world";

const { env, world, as } = await openWorld();
const { caseDhaka, caseErbil, providerTvet } = as;
const db = env.database.db;
afterAll(() => env.close());

type MyCase = {
  cases: {
    id: string;
    organisationName: string;
    caseManagerName: string | null;
    stage: string;
    referrals: { service: string; organisationName: string; status: string; translated: boolean }[];
    actions: { title: string; status: string; dueDate: string | null }[];
    followUps: { kind: string; status: string }[];
  }[];
  callBack: { organisationName: string; preferredTime: string } | null;
};

// a returnee who registered on the portal, whose record MRC Dhaka confirmed and works with: a case, a plan, a
// referral to the training centre that it accepted
const rokeya = await signUpReturnee(env.app, db, { phone: "+8801716700001", ip: "10.2.0.1" });
await ok(caseDhaka.post(`/persons/${rokeya.personId}/confirm-registration`));
const kase = await ok<{ id: string }>(caseDhaka.post("/cases", { personId: rokeya.personId }), 201);
await ok(caseDhaka.post(`/cases/${kase.id}/assessments`, needsAssessment), 201);
const version = (await ok<{ version: number }>(caseDhaka.get(`/cases/${kase.id}`))).version;
await ok(caseDhaka.put(`/cases/${kase.id}/plan`, planBody(version)));
await ok(
  caseDhaka.post(`/persons/${rokeya.personId}/consents`, {
    purpose: "referral",
    organisationIds: [world.orgs.tvet.id],
  }),
  201,
);
const referral = await ok<{ id: string }>(
  caseDhaka.post("/referrals", {
    caseId: kase.id,
    serviceId: world.services.training.id,
    reason: "Wants to be an electrician; owes the recruiter and fears calls from him",
    urgency: "routine",
  }),
  201,
);
await ok(caseDhaka.post(`/referrals/${referral.id}/send`, {}));
await ok(providerTvet.post(`/referrals/${referral.id}/accept`, {}));

describe("my case", () => {
  it("shows the returnee who works with them, their referrals and where each stands, their plan and follow-ups", async () => {
    const mine = await ok<MyCase>(rokeya.get("/portal/me/case?language=en"));
    expect(mine.cases).toHaveLength(1);
    const [own] = mine.cases;
    expect(own).toMatchObject({
      id: kase.id,
      organisationName: "MRC Dhaka",
      caseManagerName: "Farida Akter",
      referrals: [
        {
          service: "Electrical installation course",
          organisationName: world.orgs.tvet.name,
          status: "accepted",
          translated: true,
        },
      ],
      actions: [{ title: "Trade test", dueDate: "2030-01-31" }],
    });
    expect(own!.followUps.map((f) => f.kind)).toEqual(
      expect.arrayContaining(["month_3", "month_6", "month_12"]),
    );
    // never what staff wrote about them
    expect(JSON.stringify(mine)).not.toContain("recruiter");
    // read as the returnee's own doing
    const trail = await ok<{
      items: { action: string; recordType: string; details: Record<string, unknown> }[];
    }>(caseDhaka.get(`/audit?personId=${rokeya.personId}&limit=5`));
    expect(
      trail.items.find((e) => e.recordType === "case" && e.action === "read")?.details.returneeAccountId,
    ).toBe(rokeya.accountId);
  });

  it("shows another returnee nothing of it", async () => {
    const other = await signUpReturnee(env.app, db, { phone: "+8801716700002", ip: "10.2.0.2" });
    expect(await ok<MyCase>(other.get("/portal/me/case"))).toEqual({ cases: [], callBack: null });
    const noRecord = await signUpReturnee(env.app, db, {
      phone: "+8801716700003",
      ip: "10.2.0.3",
      profile: false,
    });
    expect(await ok<MyCase>(noRecord.get("/portal/me/case"))).toEqual({ cases: [], callBack: null });
    const ask = await noRecord.post("/portal/me/call-back", { preferredTime: "morning" });
    expect(ask.statusCode).toBe(409);
    expect(ask.json().error.key).toBe("account.profile_needed");
  });
});

describe("asking for a call back", () => {
  it("reaches the case's lead organisation, once at a time, and a case worker marks it done", async () => {
    const asked = await ok<{ organisationName: string; preferredTime: string }>(
      rokeya.post("/portal/me/call-back", {
        preferredTime: "evening",
        note: "After 6 please, I work in the day",
      }),
      201,
    );
    expect(asked).toMatchObject({ organisationName: "MRC Dhaka", preferredTime: "evening" });
    const again = await rokeya.post("/portal/me/call-back", {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.key).toBe("call_back.open");
    expect((await ok<MyCase>(rokeya.get("/portal/me/case"))).callBack).toMatchObject({
      preferredTime: "evening",
    });

    type Item = { id: string; personId: string; name: string; phone: string; note: string | null };
    const list = await ok<{ items: Item[] }>(caseDhaka.get("/call-backs"));
    const item = list.items.find((i) => i.personId === rokeya.personId)!;
    expect(item).toMatchObject({
      name: "Rokeya Khatun",
      phone: "+8801716700001",
      note: "After 6 please, I work in the day",
    });
    // another MRC neither lists it nor marks it
    expect((await ok<{ items: Item[] }>(caseErbil.get("/call-backs"))).items.map((i) => i.id)).not.toContain(
      item.id,
    );
    expect((await caseErbil.post(`/call-backs/${item.id}/done`)).statusCode).toBe(403);

    await ok(caseDhaka.post(`/call-backs/${item.id}/done`));
    expect((await caseDhaka.post(`/call-backs/${item.id}/done`)).json().error.key).toBe("call_back.done");
    const done = await ok<{ items: Item[] }>(caseDhaka.get("/call-backs?done=true"));
    expect(done.items.map((i) => i.id)).toContain(item.id);
    expect((await ok<MyCase>(rokeya.get("/portal/me/case"))).callBack).toBeNull();
    // and the returnee may ask again
    await ok(rokeya.post("/portal/me/call-back", { preferredTime: "any" }), 201);
  });

  it("refuses a bad time of day or a long note, naming the field", async () => {
    const other = await signUpReturnee(env.app, db, { phone: "+8801716700004", ip: "10.2.0.4" });
    const badTime = await other.post("/portal/me/call-back", { preferredTime: "midnight" });
    expect(badTime.json().error.field).toBe("preferredTime");
    const longNote = await other.post("/portal/me/call-back", { note: "x".repeat(501) });
    expect(longNote.json().error.field).toBe("note");
    expect((await ok<MyCase>(other.get("/portal/me/case"))).callBack).toBeNull();
  });
});
