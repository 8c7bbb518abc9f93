import { afterAll, describe, expect, it } from "vitest";
import { openWorld } from "../../../test/harness";
import { type Client, personPayload } from "../../../test/world";

const { env, world, as } = await openWorld();
const { caseDhaka, caseErbil, providerTvet, providerBank, analyst } = as;
afterAll(() => env.close());

interface Note {
  referralId: string;
  type: string;
  at: string;
  direction: string;
  serviceName: string;
  personName: string;
  actorOrganisationName: string | null;
}

async function notificationsOf(client: Client, since?: string) {
  const res = await client.get(`/notifications${since ? `?since=${encodeURIComponent(since)}` : ""}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: Note[]; unseen: number };
}

/** A referral from MRC Dhaka to the training course, sent with consent. */
let people = 0;
async function sentReferral() {
  const n = people++;
  const person = await caseDhaka.post(
    "/persons",
    personPayload({
      givenName: `Notif${"abcdefgh"[n]}q`,
      familyName: `Returnee${n}`,
      nameNative: undefined,
      phone: `+88017000990${n}1`,
      nationalId: `NOTIF-00000${n}`,
      birthDate: `198${n}-02-11`,
    }),
  );
  expect(person.statusCode, person.body).toBe(201);
  const personId = person.json().id as string;
  const opened = await caseDhaka.post("/cases", { personId });
  expect(opened.statusCode, opened.body).toBe(201);
  const draft = await caseDhaka.post("/referrals", {
    caseId: opened.json().id,
    serviceId: world.services.training.id,
    reason: "Wants to requalify",
    urgency: "routine",
  });
  expect(draft.statusCode, draft.body).toBe(201);
  const id = draft.json().id as string;
  const consent = await caseDhaka.post(`/persons/${personId}/consents`, {
    purpose: "referral",
    organisationIds: [world.orgs.tvet.id],
  });
  expect(consent.statusCode, consent.body).toBe(201);
  expect((await caseDhaka.post(`/referrals/${id}/send`, {})).statusCode).toBe(200);
  return id;
}

describe("GET /notifications", () => {
  it("tells the receiver of a sent referral and the sender of the receiver's moves, newest first", async () => {
    const before = new Date(Date.now() - 1000).toISOString();
    const id = await sentReferral();

    const provider = await notificationsOf(providerTvet, before);
    const incoming = provider.items.filter((n) => n.referralId === id);
    expect(incoming.map((n) => n.type)).toEqual(["sent"]);
    expect(incoming[0]).toMatchObject({
      direction: "incoming",
      serviceName: "Electrical installation course",
      personName: "Notifaq Returnee0",
      actorOrganisationName: "MRC Dhaka",
    });
    expect(provider.unseen).toBeGreaterThanOrEqual(1);

    // the sender's own moves are not news to it
    expect((await notificationsOf(caseDhaka, before)).items.some((n) => n.referralId === id)).toBe(false);

    expect((await providerTvet.post(`/referrals/${id}/accept`, {})).statusCode).toBe(200);
    expect((await providerTvet.post(`/referrals/${id}/start`, {})).statusCode).toBe(200);
    const sender = await notificationsOf(caseDhaka, before);
    const outgoing = sender.items.filter((n) => n.referralId === id);
    expect(outgoing.map((n) => n.type)).toEqual(["started", "accepted"]);
    expect(outgoing[0]).toMatchObject({
      direction: "outgoing",
      actorOrganisationName: "Dhaka Technical Training Centre",
    });
    expect(sender.unseen).toBe(2);

    // and the provider does not get its own moves back
    const afterSend = await notificationsOf(providerTvet, before);
    expect(afterSend.items.filter((n) => n.referralId === id).map((n) => n.type)).toEqual(["sent"]);
  });

  it("counts as unseen only what came after since", async () => {
    const id = await sentReferral();
    const seenUpTo = new Date(Date.now() + 1).toISOString();
    await new Promise((r) => setTimeout(r, 5));
    expect((await providerTvet.post(`/referrals/${id}/accept`, {})).statusCode).toBe(200);
    const later = await notificationsOf(caseDhaka, seenUpTo);
    expect(later.unseen).toBe(1);
    expect(later.items[0]).toMatchObject({ referralId: id, type: "accepted" });
    const all = await notificationsOf(caseDhaka);
    expect(all.unseen).toBeGreaterThanOrEqual(later.unseen);
  });

  it("shows other organisations nothing of these referrals", async () => {
    const id = await sentReferral();
    expect((await notificationsOf(providerBank)).items.some((n) => n.referralId === id)).toBe(false);
    expect((await notificationsOf(caseErbil)).items.some((n) => n.referralId === id)).toBe(false);
  });

  it("refuses analysts, anonymous callers and a bad since", async () => {
    expect((await analyst.get("/notifications")).statusCode).toBe(403);
    const anonymous = await env.app.inject({ method: "GET", url: "/api/v1/notifications" });
    expect(anonymous.statusCode).toBe(401);
    const bad = await caseDhaka.get("/notifications?since=yesterday");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("since");
  });
});
