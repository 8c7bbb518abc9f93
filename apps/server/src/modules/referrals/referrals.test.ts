import { referralStatuses } from "@homecoming/domain";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openWorld } from "../../../test/harness";
import { type Client, personPayload } from "../../../test/world";

const { env, world, as } = await openWorld();
const { admin, caseDhaka, counsellorDhaka, caseErbil, providerTvet, providerBank, analyst } = as;
afterAll(() => env.close());

const DAY_MS = 86_400_000;
let people = 0;

/** A returnee with an open case at MRC Dhaka; nobody else in this file resembles them. */
async function openCase() {
  const n = people++;
  const person = await caseDhaka.post(
    "/persons",
    personPayload({
      givenName: `Ref${String.fromCharCode(65 + (n % 26))}${String.fromCharCode(65 + Math.floor(n / 26))}q`,
      familyName: `Returnee${n}`,
      nameNative: undefined,
      phone: `+88016000${String(n).padStart(5, "0")}`,
      nationalId: `REF-${String(n).padStart(6, "0")}`,
      birthDate: `19${String(60 + (n % 40)).padStart(2, "0")}-03-20`,
    }),
  );
  const personId = person.json().id as string;
  const opened = await caseDhaka.post("/cases", { personId });
  return { personId, caseId: opened.json().id as string };
}

async function consent(personId: string, organisationId: string, purpose = "referral") {
  const res = await caseDhaka.post(`/persons/${personId}/consents`, {
    purpose,
    organisationIds: [organisationId],
  });
  if (res.statusCode !== 201) throw new Error(`consent failed: ${res.body}`);
  return res.json().id as string;
}

/** A draft referral to the training institute's course, from a fresh case. */
async function draft(overrides: Record<string, unknown> = {}) {
  const { personId, caseId } = await openCase();
  const res = await caseDhaka.post("/referrals", {
    caseId,
    serviceId: world.services.training.id,
    reason: "Wants to requalify as an electrician",
    urgency: "routine",
    ...overrides,
  });
  if (res.statusCode !== 201) throw new Error(`draft failed: ${res.body}`);
  return { personId, caseId, id: res.json().id as string };
}

/** A referral moved along the happy path up to the given status. */
async function referralAt(status: "sent" | "accepted" | "in_progress") {
  const r = await draft();
  await consent(r.personId, world.orgs.tvet.id);
  await expectStatus(caseDhaka.post(`/referrals/${r.id}/send`, {}), "sent");
  if (status === "sent") return r;
  await expectStatus(providerTvet.post(`/referrals/${r.id}/accept`, {}), "accepted");
  if (status === "accepted") return r;
  await expectStatus(providerTvet.post(`/referrals/${r.id}/start`, {}), "in_progress");
  return r;
}

async function expectStatus(response: Promise<LightMyRequestResponse>, status: string) {
  const res = await response;
  if (res.statusCode !== 200 || res.json().status !== status) {
    throw new Error(`expected ${status}, got ${res.statusCode} ${res.body}`);
  }
  return res.json();
}

const statusOf = async (id: string) => (await caseDhaka.get(`/referrals/${id}`)).json().status as string;

describe("drafting a referral", () => {
  it("answers 201 with a draft to the service's organisation", async () => {
    const { caseId, personId } = await openCase();
    const res = await caseDhaka.post("/referrals", {
      caseId,
      serviceId: world.services.loan.id,
      reason: "Needs capital for a poultry farm",
      urgency: "urgent",
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      status: "draft",
      caseId,
      personId,
      fromOrganisationId: world.orgs.mrcDhaka.id,
      fromUserId: world.users.caseDhaka.id,
      toOrganisationId: world.orgs.bank.id,
      urgency: "urgent",
      sentAt: null,
      dueAt: null,
      fromOrganisationName: "MRC Dhaka",
      toOrganisationName: "Probashi Kallyan Bank",
      service: {
        id: world.services.loan.id,
        name: "Reintegration loan",
        organisationName: "Probashi Kallyan Bank",
      },
      events: [expect.objectContaining({ type: "created", actorUserId: world.users.caseDhaka.id })],
    });
  });

  it("answers 400 naming urgency for an unknown urgency", async () => {
    const { caseId } = await openCase();
    const res = await caseDhaka.post("/referrals", {
      caseId,
      serviceId: world.services.training.id,
      reason: "x",
      urgency: "whenever",
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("urgency");
    expect((await caseDhaka.get(`/referrals?caseId=${caseId}`)).json().total).toBe(0);
  });

  it("answers 400 naming reason when it is missing", async () => {
    const { caseId } = await openCase();
    const res = await caseDhaka.post("/referrals", { caseId, serviceId: world.services.training.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("reason");
  });

  it("answers 400 naming serviceId for a service that does not exist", async () => {
    const { caseId } = await openCase();
    const res = await caseDhaka.post("/referrals", {
      caseId,
      serviceId: "00000000-0000-4000-8000-000000000000",
      reason: "x",
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("serviceId");
  });

  it("answers 409 for a closed case", async () => {
    const { caseId } = await openCase();
    await caseDhaka.post(`/cases/${caseId}/close`, { version: 1, reason: "lost_contact" });
    const res = await caseDhaka.post("/referrals", {
      caseId,
      serviceId: world.services.training.id,
      reason: "x",
    });
    expect(res.statusCode).toBe(409);
    expect((await caseDhaka.get(`/referrals?caseId=${caseId}`)).json().total).toBe(0);
  });

  it("lets the lead organisation's counsellor refer too", async () => {
    const { caseId } = await openCase();
    const res = await counsellorDhaka.post("/referrals", {
      caseId,
      serviceId: world.services.rpl.id,
      reason: "Trade test",
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().urgency).toBe("routine");
  });

  it("refuses a provider who can see the case referring from it (403)", async () => {
    const { caseId } = await referralAt("sent");
    expect((await providerTvet.get(`/cases/${caseId}`)).statusCode).toBe(200);
    const res = await providerTvet.post("/referrals", {
      caseId,
      serviceId: world.services.loan.id,
      reason: "Onward referral",
    });
    expect(res.statusCode).toBe(403);
    expect((await caseDhaka.get(`/referrals?caseId=${caseId}`)).json().total).toBe(1);
  });

  it("answers 400 naming caseId to an organisation that cannot see the case", async () => {
    const { caseId } = await openCase();
    const res = await caseErbil.post("/referrals", {
      caseId,
      serviceId: world.services.training.id,
      reason: "x",
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("caseId");
    expect((await caseDhaka.get(`/referrals?caseId=${caseId}`)).json().total).toBe(0);
  });
});

describe("what may happen next", () => {
  const moves = async (client: Client, id: string) => (await client.get(`/referrals/${id}`)).json().moves;

  it("offers each side the moves of the table from the referral's status, and what holds a move back", async () => {
    const r = await draft();
    expect(await moves(caseDhaka, r.id)).toEqual([
      { action: "send", heldBy: "consent_missing" },
      { action: "cancel" },
    ]);
    await consent(r.personId, world.orgs.tvet.id);
    expect(await moves(caseDhaka, r.id)).toEqual([{ action: "send" }, { action: "cancel" }]);
    await expectStatus(caseDhaka.post(`/referrals/${r.id}/send`, {}), "sent");
    expect(await moves(caseDhaka, r.id)).toEqual([{ action: "cancel" }]);
    expect(await moves(providerTvet, r.id)).toEqual([{ action: "accept" }, { action: "decline" }]);
    const accepted = await expectStatus(providerTvet.post(`/referrals/${r.id}/accept`, {}), "accepted");
    expect(accepted.moves).toEqual([{ action: "start" }]);
    const cancelled = await expectStatus(caseDhaka.post(`/referrals/${r.id}/cancel`, {}), "cancelled");
    expect(cancelled.moves).toEqual([]);
    expect(await moves(providerTvet, r.id)).toEqual([]);
  });

  it("holds back sending a draft whose case is closed, as the move itself is refused", async () => {
    const r = await draft();
    await consent(r.personId, world.orgs.tvet.id);
    const current = (await caseDhaka.get(`/cases/${r.caseId}`)).json();
    const closed = await caseDhaka.post(`/cases/${r.caseId}/close`, {
      version: current.version,
      reason: "lost_contact",
      acknowledgeOpenItems: true,
      openItemsReason: "Lost contact before the referral went out",
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(await moves(caseDhaka, r.id)).toEqual([
      { action: "send", heldBy: "case_closed" },
      { action: "cancel" },
    ]);
    const listed = (await caseDhaka.get(`/referrals?caseId=${r.caseId}`)).json().items[0];
    expect(listed.moves).toEqual([{ action: "send", heldBy: "case_closed" }, { action: "cancel" }]);
  });
});

describe("sending", () => {
  it("refuses to send a draft whose case was closed in the meantime (409), and it stays a draft", async () => {
    const r = await draft();
    await consent(r.personId, world.orgs.tvet.id);
    const current = (await caseDhaka.get(`/cases/${r.caseId}`)).json();
    expect(
      (
        await caseDhaka.post(`/cases/${r.caseId}/close`, {
          version: current.version,
          reason: "lost_contact",
          acknowledgeOpenItems: true,
          openItemsReason: "Cannot be reached; the referral will not go out",
        })
      ).statusCode,
    ).toBe(200);
    const res = await caseDhaka.post(`/referrals/${r.id}/send`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/closed/);
    expect(await statusOf(r.id)).toBe("draft");
  });

  it("answers 409 consent_required without a consent covering the receiving organisation", async () => {
    const r = await draft();
    const res = await caseDhaka.post(`/referrals/${r.id}/send`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("consent_required");
    expect(await statusOf(r.id)).toBe("draft");
  });

  it("answers 409 consent_required when the consent covers another organisation only", async () => {
    const r = await draft();
    await consent(r.personId, world.orgs.bank.id);
    expect((await caseDhaka.post(`/referrals/${r.id}/send`, {})).json().error.code).toBe("consent_required");
  });

  it("answers 409 consent_required when the covering consent has been withdrawn", async () => {
    const r = await draft();
    const consentId = await consent(r.personId, world.orgs.tvet.id);
    await caseDhaka.post(`/persons/${r.personId}/consents/${consentId}/withdraw`, {});
    expect((await caseDhaka.post(`/referrals/${r.id}/send`, {})).json().error.code).toBe("consent_required");
    expect(await statusOf(r.id)).toBe("draft");
  });

  it("sends once a referral consent covers the receiving organisation, recording that consent", async () => {
    const r = await draft();
    const consentId = await consent(r.personId, world.orgs.tvet.id);
    const res = await caseDhaka.post(`/referrals/${r.id}/send`, { note: "Please call before Thursday" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "sent", consentId, overdue: false });
    expect(res.json().sentAt).not.toBeNull();
  });

  it("sends under a data_sharing consent too", async () => {
    const r = await draft();
    await consent(r.personId, world.orgs.tvet.id, "data_sharing");
    expect((await caseDhaka.post(`/referrals/${r.id}/send`, {})).statusCode).toBe(200);
  });

  it("sets the due date 3 days after sending for an urgent referral", async () => {
    const r = await draft({ urgency: "urgent" });
    await consent(r.personId, world.orgs.tvet.id);
    const sent = (await caseDhaka.post(`/referrals/${r.id}/send`, {})).json();
    expect(Date.parse(sent.dueAt) - Date.parse(sent.sentAt)).toBe(3 * DAY_MS);
  });

  it("sets the due date 14 days after sending for a routine referral", async () => {
    const r = await draft({ urgency: "routine" });
    await consent(r.personId, world.orgs.tvet.id);
    const sent = (await caseDhaka.post(`/referrals/${r.id}/send`, {})).json();
    expect(Date.parse(sent.dueAt) - Date.parse(sent.sentAt)).toBe(14 * DAY_MS);
  });

  it("keeps a due date the sender chose", async () => {
    const r = await draft({ dueDate: "2099-12-31" });
    await consent(r.personId, world.orgs.tvet.id);
    const sent = (await caseDhaka.post(`/referrals/${r.id}/send`, {})).json();
    expect(sent.dueAt).toBe("2099-12-31T23:59:59.000Z");
  });

  it("answers 409 to sending a referral that was already sent", async () => {
    const r = await referralAt("sent");
    const res = await caseDhaka.post(`/referrals/${r.id}/send`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("invalid_transition");
  });

  it("refuses the receiver sending (403)", async () => {
    const r = await referralAt("sent");
    expect((await providerTvet.post(`/referrals/${r.id}/send`, {})).statusCode).toBe(403);
  });
});

describe("the receiver's moves", () => {
  it("lets the receiver accept a sent referral", async () => {
    const r = await referralAt("sent");
    const res = await providerTvet.post(`/referrals/${r.id}/accept`, { note: "Place in the March intake" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "accepted" });
    expect(res.json().respondedAt).not.toBeNull();
  });

  it("refuses the sender accepting (403), leaving the referral sent", async () => {
    const r = await referralAt("sent");
    const res = await caseDhaka.post(`/referrals/${r.id}/accept`, {});
    expect(res.statusCode).toBe(403);
    expect(await statusOf(r.id)).toBe("sent");
  });

  it("refuses the sender declining (403)", async () => {
    const r = await referralAt("sent");
    const res = await caseDhaka.post(`/referrals/${r.id}/decline`, { reasonCode: "no_capacity" });
    expect(res.statusCode).toBe(403);
    expect(await statusOf(r.id)).toBe("sent");
  });

  it("lets the receiver decline with a reason code", async () => {
    const r = await referralAt("sent");
    const res = await providerTvet.post(`/referrals/${r.id}/decline`, {
      reasonCode: "no_capacity",
      note: "The March intake is full",
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "declined", reasonCode: "no_capacity" });
    expect(res.json().closedAt).not.toBeNull();
  });

  it("answers 400 naming reasonCode to a decline without one", async () => {
    const r = await referralAt("sent");
    const res = await providerTvet.post(`/referrals/${r.id}/decline`, {});
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: "validation", field: "reasonCode" });
    expect(await statusOf(r.id)).toBe("sent");
  });

  it("answers 400 naming reasonCode for a code outside the list", async () => {
    const r = await referralAt("sent");
    const res = await providerTvet.post(`/referrals/${r.id}/decline`, { reasonCode: "busy" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("reasonCode");
  });

  it("lets the receiver start an accepted referral", async () => {
    const r = await referralAt("accepted");
    expect((await providerTvet.post(`/referrals/${r.id}/start`, {})).json().status).toBe("in_progress");
  });

  it("answers 409 to starting a referral that was not accepted", async () => {
    const r = await referralAt("sent");
    const res = await providerTvet.post(`/referrals/${r.id}/start`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("invalid_transition");
    expect(await statusOf(r.id)).toBe("sent");
  });

  it("answers 409 to completing a referral that was not started", async () => {
    const r = await referralAt("accepted");
    const res = await providerTvet.post(`/referrals/${r.id}/complete`, { outcome: "Done" });
    expect(res.statusCode).toBe(409);
    expect(await statusOf(r.id)).toBe("accepted");
  });

  it("lets the receiver complete a started referral with an outcome", async () => {
    const r = await referralAt("in_progress");
    const res = await providerTvet.post(`/referrals/${r.id}/complete`, {
      outcome: "Completed the course; certificate level 2",
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: "completed",
      outcome: "Completed the course; certificate level 2",
    });
  });

  it("answers 400 naming outcome to a completion without one", async () => {
    const r = await referralAt("in_progress");
    const res = await providerTvet.post(`/referrals/${r.id}/complete`, { note: "done" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: "validation", field: "outcome" });
    expect(await statusOf(r.id)).toBe("in_progress");
  });

  it("lets the receiver record that a started referral was not completed, with a reason code", async () => {
    const r = await referralAt("in_progress");
    const res = await providerTvet.post(`/referrals/${r.id}/not-complete`, {
      reasonCode: "could_not_contact",
      note: "Stopped coming after week 2",
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "not_completed", reasonCode: "could_not_contact" });
  });

  it("answers 400 naming reasonCode to not-complete without one", async () => {
    const r = await referralAt("in_progress");
    const res = await providerTvet.post(`/referrals/${r.id}/not-complete`, { note: "gone" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("reasonCode");
    expect(await statusOf(r.id)).toBe("in_progress");
  });

  it("refuses the sender completing (403)", async () => {
    const r = await referralAt("in_progress");
    expect((await caseDhaka.post(`/referrals/${r.id}/complete`, { outcome: "x" })).statusCode).toBe(403);
    expect(await statusOf(r.id)).toBe("in_progress");
  });

  it("answers 400 naming action for an unknown move", async () => {
    const r = await referralAt("sent");
    const res = await providerTvet.post(`/referrals/${r.id}/approve`, {});
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("action");
  });
});

describe("cancelling", () => {
  it.each(["draft", "sent", "accepted", "in_progress"] as const)(
    "lets the sender cancel a referral that is %s",
    async (status) => {
      const r = status === "draft" ? await draft() : await referralAt(status);
      const res = await counsellorDhaka.post(`/referrals/${r.id}/cancel`, { note: "Returnee moved away" });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: "cancelled" });
      expect(res.json().closedAt).not.toBeNull();
    },
  );

  it("refuses the receiver cancelling (403)", async () => {
    const r = await referralAt("accepted");
    expect((await providerTvet.post(`/referrals/${r.id}/cancel`, {})).statusCode).toBe(403);
    expect(await statusOf(r.id)).toBe("accepted");
  });

  it("answers 409 to cancelling a completed referral", async () => {
    const r = await referralAt("in_progress");
    await providerTvet.post(`/referrals/${r.id}/complete`, { outcome: "Certificate" });
    const res = await caseDhaka.post(`/referrals/${r.id}/cancel`, {});
    expect(res.statusCode).toBe(409);
    expect(await statusOf(r.id)).toBe("completed");
  });

  it("answers 409 to any move on a cancelled referral", async () => {
    const r = await draft();
    await caseDhaka.post(`/referrals/${r.id}/cancel`, {});
    expect((await caseDhaka.post(`/referrals/${r.id}/send`, {})).statusCode).toBe(409);
    expect((await caseDhaka.post(`/referrals/${r.id}/cancel`, {})).statusCode).toBe(409);
  });
});

describe("history and lists", () => {
  it("stores every move as an event with actor, time and note", async () => {
    const r = await referralAt("in_progress");
    await providerTvet.post(`/referrals/${r.id}/complete`, { outcome: "Certificate", note: "Passed" });
    const res = await caseDhaka.get(`/referrals/${r.id}`);
    expect(res.statusCode).toBe(200);
    const events = res.json().events as {
      type: string;
      actorUserId: string;
      actorOrganisationId: string;
      at: string;
      note: string | null;
      outcome: string | null;
    }[];
    expect(events.map((e) => [e.type, e.actorUserId])).toEqual([
      ["created", world.users.caseDhaka.id],
      ["sent", world.users.caseDhaka.id],
      ["accepted", world.users.providerTvet.id],
      ["started", world.users.providerTvet.id],
      ["completed", world.users.providerTvet.id],
    ]);
    expect(events.every((e) => !Number.isNaN(Date.parse(e.at)))).toBe(true);
    expect(events.at(-1)).toMatchObject({
      actorOrganisationId: world.orgs.tvet.id,
      note: "Passed",
      outcome: "Certificate",
    });
  });

  it("shows the sender every status change in its outgoing list", async () => {
    const r = await draft();
    const outgoing = async () =>
      (await caseDhaka.get("/referrals?direction=outgoing&limit=200"))
        .json()
        .items.find((i: { id: string }) => i.id === r.id)?.status;
    expect(await outgoing()).toBe("draft");
    await consent(r.personId, world.orgs.tvet.id);
    await caseDhaka.post(`/referrals/${r.id}/send`, {});
    expect(await outgoing()).toBe("sent");
    await providerTvet.post(`/referrals/${r.id}/accept`, {});
    expect(await outgoing()).toBe("accepted");
    await providerTvet.post(`/referrals/${r.id}/start`, {});
    expect(await outgoing()).toBe("in_progress");
    await providerTvet.post(`/referrals/${r.id}/not-complete`, { reasonCode: "no_longer_interested" });
    expect(await outgoing()).toBe("not_completed");
  });

  it("keeps drafts out of the provider's inbox, and lists them once sent", async () => {
    const r = await draft();
    const inbox = async () =>
      (await providerTvet.get("/referrals?direction=incoming&limit=200"))
        .json()
        .items.map((i: { id: string }) => i.id);
    expect(await inbox()).not.toContain(r.id);
    expect((await providerTvet.get(`/referrals/${r.id}`)).statusCode).toBe(404);
    await consent(r.personId, world.orgs.tvet.id);
    await caseDhaka.post(`/referrals/${r.id}/send`, {});
    expect(await inbox()).toContain(r.id);
    const incoming = (await providerTvet.get("/referrals?direction=incoming&limit=200")).json();
    expect(incoming.items.every((i: { status: string }) => i.status !== "draft")).toBe(true);
    expect(
      incoming.items.every((i: { toOrganisationId: string }) => i.toOrganisationId === world.orgs.tvet.id),
    ).toBe(true);
  });

  it("filters by status", async () => {
    const r = await referralAt("accepted");
    const res = await caseDhaka.get("/referrals?direction=outgoing&status=accepted,in_progress&limit=200");
    expect(res.json().items.map((i: { id: string }) => i.id)).toContain(r.id);
    expect(
      res.json().items.every((i: { status: string }) => ["accepted", "in_progress"].includes(i.status)),
    ).toBe(true);
  });

  it("answers 400 naming status for an unknown status filter", async () => {
    const res = await caseDhaka.get("/referrals?status=lost");
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toContain("status");
  });
});

describe("names of the organisations", () => {
  it("tell the receiver who sent the referral and who receives it, in the list and the referral", async () => {
    const r = await referralAt("sent");
    const names = {
      fromOrganisationName: "MRC Dhaka",
      toOrganisationName: "Dhaka Technical Training Centre",
    };
    const one = await providerTvet.get(`/referrals/${r.id}`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ ...names, service: { name: "Electrical installation course" } });
    const inbox = (await providerTvet.get("/referrals?direction=incoming&limit=200")).json().items;
    expect(inbox.find((i: { id: string }) => i.id === r.id)).toMatchObject(names);
    const moved = await expectStatus(providerTvet.post(`/referrals/${r.id}/accept`, {}), "accepted");
    expect(moved).toMatchObject(names);
  });

  it("carry no person data about the sender beyond the organisation's name", async () => {
    const r = await referralAt("sent");
    const body = (await providerTvet.get(`/referrals/${r.id}`)).body;
    expect(body).not.toContain(world.users.caseDhaka.name);
    expect(body).not.toContain(world.users.caseDhaka.email);
  });
});

type Listed = {
  id: string;
  status: string;
  sentAt: string | null;
  dueAt: string | null;
  updatedAt: string;
};

describe("sorting referral lists", () => {
  const dueDates = ["2031-05-01", "2031-03-01", "2031-04-01"];
  const made: string[] = [];

  beforeAll(async () => {
    for (const dueDate of dueDates) {
      const r = await draft({ dueDate });
      await consent(r.personId, world.orgs.tvet.id);
      await expectStatus(caseDhaka.post(`/referrals/${r.id}/send`, {}), "sent");
      made.push(r.id);
    }
    await expectStatus(providerTvet.post(`/referrals/${made[0]}/accept`, {}), "accepted");
    await expectStatus(providerTvet.post(`/referrals/${made[0]}/start`, {}), "in_progress");
    await expectStatus(providerTvet.post(`/referrals/${made[2]}/accept`, {}), "accepted");
  });

  const list = async (client: Client, query: string) => {
    const res = await client.get(`/referrals?limit=200&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as Listed[];
  };
  const ids = (items: Listed[]) => items.map((i) => i.id);
  const ours = (items: Listed[]) => ids(items).filter((id) => made.includes(id));
  // a missing date sorts after every date, as PostgreSQL orders nulls
  const time = (v: string | null) => (v === null ? Number.POSITIVE_INFINITY : Date.parse(v));
  function expectOrdered(items: Listed[], key: (i: Listed) => number, direction: "asc" | "desc") {
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [key(items[i - 1]!), key(items[i]!)];
      expect(direction === "asc" ? a <= b : a >= b, `${a} before ${b}`).toBe(true);
    }
  }

  it("lists the latest changed first by default", async () => {
    const byDefault = await list(providerTvet, "direction=incoming");
    expect(ids(byDefault)).toEqual(ids(await list(providerTvet, "direction=incoming&sort=-updated")));
    expectOrdered(byDefault, (i) => time(i.updatedAt), "desc");
    expect(ours(byDefault)).toEqual([made[2], made[0], made[1]]);
    expect(ids(await list(providerTvet, "direction=incoming&sort=updated"))).toEqual(
      ids(byDefault).reverse(),
    );
  });

  it("sorts by due date both ways", async () => {
    const asc = await list(providerTvet, "direction=incoming&sort=due");
    const desc = await list(providerTvet, "direction=incoming&sort=-due");
    expectOrdered(asc, (i) => time(i.dueAt), "asc");
    expect(ids(desc)).toEqual(ids(asc).reverse());
    expect(ours(asc)).toEqual([made[1], made[2], made[0]]);
  });

  it("sorts by sending time both ways, drafts (never sent) last when ascending", async () => {
    const waiting = await draft();
    const asc = await list(caseDhaka, "direction=outgoing&sort=sent");
    const desc = await list(caseDhaka, "direction=outgoing&sort=-sent");
    expectOrdered(asc, (i) => time(i.sentAt), "asc");
    expect(ids(desc)).toEqual(ids(asc).reverse());
    expect(ours(asc)).toEqual(made);
    expect(asc.at(-1)!.sentAt).toBeNull();
    expect(ids(desc)).toContain(waiting.id);
  });

  it("sorts by status in the order of the referral's life, not alphabetically", async () => {
    const rank = (i: Listed) => referralStatuses.indexOf(i.status as "draft");
    const asc = await list(caseDhaka, "direction=outgoing&sort=status");
    const desc = await list(caseDhaka, "direction=outgoing&sort=-status");
    expectOrdered(asc, rank, "asc");
    expect(ids(desc)).toEqual(ids(asc).reverse());
    expect(asc[0]!.status).toBe("draft");
    // sent comes before accepted and in_progress, although "accepted" sorts first as a word
    expect(ours(asc)).toEqual([made[1], made[2], made[0]]);
  });

  it.each(["status", "-due", "sent", "-updated"])(
    "pages through sort=%s without overlap or gaps",
    async (sort) => {
      const whole = await list(caseDhaka, `direction=outgoing&sort=${sort}`);
      const paged: Listed[] = [];
      for (let offset = 0; offset < whole.length; offset += 3) {
        const res = await caseDhaka.get(
          `/referrals?direction=outgoing&sort=${sort}&limit=3&offset=${offset}`,
        );
        expect(res.json().total).toBe(whole.length);
        paged.push(...res.json().items);
      }
      expect(new Set(ids(paged)).size).toBe(paged.length);
      expect(ids(paged)).toEqual(ids(whole));
    },
  );

  it("answers 400 naming sort and the values it takes for an unknown sort", async () => {
    const res = await providerTvet.get("/referrals?direction=incoming&sort=person");
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: "validation",
      field: "sort",
      message: expect.stringContaining("updated, -updated, sent, -sent, due, -due, status, -status"),
    });
  });
});

describe("a third organisation", () => {
  it("gets 404 reading the referral", async () => {
    const r = await referralAt("sent");
    expect((await providerBank.get(`/referrals/${r.id}`)).statusCode).toBe(404);
    expect((await caseErbil.get(`/referrals/${r.id}`)).statusCode).toBe(404);
  });

  it.each(["send", "accept", "decline", "start", "complete", "not-complete", "cancel"])(
    "gets 404 trying to %s it, and the referral does not change",
    async (action) => {
      const r = await referralAt("sent");
      const res = await providerBank.post(`/referrals/${r.id}/${action}`, {
        reasonCode: "other",
        outcome: "x",
      });
      expect([403, 404]).toContain(res.statusCode);
      expect(await statusOf(r.id)).toBe("sent");
    },
  );

  it("does not see the referral in any of its lists", async () => {
    const r = await referralAt("sent");
    for (const url of ["/referrals?limit=200", "/referrals?direction=incoming&limit=200"]) {
      const items = (await providerBank.get(url)).json().items.map((i: { id: string }) => i.id);
      expect(items).not.toContain(r.id);
    }
  });
});

describe("access", () => {
  it("lets an administrator read any referral", async () => {
    const r = await draft();
    expect((await admin.get(`/referrals/${r.id}`)).statusCode).toBe(200);
  });

  it("refuses analysts referral lists and single referrals (403: their role never sees personal records)", async () => {
    const r = await referralAt("sent");
    expect((await analyst.get("/referrals")).statusCode).toBe(403);
    expect((await analyst.get(`/referrals/${r.id}`)).statusCode).toBe(403);
  });

  it("answers 401 without a session", async () => {
    expect((await env.app.inject({ method: "GET", url: "/api/v1/referrals" })).statusCode).toBe(401);
  });
});

describe("withdrawing the consent a referral rests on", () => {
  const withdraw = (personId: string, consentId: string) =>
    caseDhaka.post(`/persons/${personId}/consents/${consentId}/withdraw`, { note: "Asked at the MRC" });
  const consentOf = async (id: string) =>
    (await caseDhaka.get(`/referrals/${id}`)).json().consentId as string;

  it("suspends the referral at once: the receiver keeps its history with the reason, no personal data", async () => {
    const r = await referralAt("in_progress");
    const withdrawn = await withdraw(r.personId, await consentOf(r.id));
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({ active: false, referralsSuspended: 1 });

    const seen = await providerTvet.get(`/referrals/${r.id}`);
    expect(seen.statusCode).toBe(200);
    const referral = seen.json();
    expect(referral).toMatchObject({
      status: "suspended",
      withheld: true,
      reason: "",
      person: { givenName: "", familyName: "" },
      moves: [],
    });
    const last = referral.events.at(-1);
    expect(last.type).toBe("suspended");
    expect(last.note).toMatch(/withdrew the consent this referral rested on/);
    expect(referral.events.map((e: { type: string }) => e.type)).toEqual([
      "created",
      "sent",
      "accepted",
      "started",
      "suspended",
    ]);
    expect(seen.body).not.toContain("electrician");
    // nor does the receiver see the returnee, the case or anything of theirs any longer
    expect((await providerTvet.get(`/persons/${r.personId}`)).statusCode).toBe(404);
    expect((await providerTvet.get(`/cases/${r.caseId}`)).statusCode).toBe(404);
    expect((await providerTvet.get(`/cases/${r.caseId}/assessments`)).statusCode).toBe(404);
    const inbox = (await providerTvet.get("/referrals?direction=incoming&limit=200")).json();
    const listed = inbox.items.find((i: { id: string }) => i.id === r.id);
    expect(listed).toMatchObject({ status: "suspended", withheld: true, reason: "" });
    const notes = (await providerTvet.get("/notifications?limit=100")).json();
    const notice = notes.items.find((n: { referralId: string; type: string }) => n.referralId === r.id);
    expect(notice).toMatchObject({ type: "suspended", personName: "" });
    // and it can no longer work the referral
    const refused = await providerTvet.post(`/referrals/${r.id}/complete`, { outcome: "Certificate" });
    expect(refused.statusCode).toBe(409);
    expect(await statusOf(r.id)).toBe("suspended");
    // the sender still reads it whole, and the plan is left as it was
    const own = (await caseDhaka.get(`/referrals/${r.id}`)).json();
    expect(own).toMatchObject({ withheld: false, reason: "Wants to requalify as an electrician" });
    expect(own.moves.map((m: { action: string; heldBy?: string }) => [m.action, m.heldBy])).toEqual([
      ["cancel", undefined],
      ["resume", "consent_missing"],
    ]);
  });

  it("keeps a referral that another consent still covers, resting it on that one", async () => {
    const r = await referralAt("accepted");
    const first = await consentOf(r.id);
    const other = await consent(r.personId, world.orgs.tvet.id, "data_sharing");
    expect((await withdraw(r.personId, first)).json().referralsSuspended).toBe(0);
    const seen = (await providerTvet.get(`/referrals/${r.id}`)).json();
    expect(seen).toMatchObject({ status: "accepted", withheld: false, consentId: other });
  });

  it("sends a suspended referral again only under a new consent, with a new due date", async () => {
    const r = await referralAt("accepted");
    await withdraw(r.personId, await consentOf(r.id));
    const refused = await caseDhaka.post(`/referrals/${r.id}/resume`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe("consent_required");
    expect((await providerTvet.post(`/referrals/${r.id}/resume`, {})).statusCode).toBe(403);

    const renewed = await consent(r.personId, world.orgs.tvet.id);
    const resumed = await expectStatus(caseDhaka.post(`/referrals/${r.id}/resume`, {}), "sent");
    expect(resumed.consentId).toBe(renewed);
    expect(resumed.respondedAt).toBeNull();
    expect(new Date(resumed.dueAt).getTime()).toBeGreaterThan(Date.now() + 13 * DAY_MS);
    const seen = (await providerTvet.get(`/referrals/${r.id}`)).json();
    expect(seen).toMatchObject({
      status: "sent",
      withheld: false,
      reason: "Wants to requalify as an electrician",
    });
    await expectStatus(providerTvet.post(`/referrals/${r.id}/accept`, {}), "accepted");
  });

  it("lets the sender cancel a suspended referral", async () => {
    const r = await referralAt("sent");
    await withdraw(r.personId, await consentOf(r.id));
    await expectStatus(
      caseDhaka.post(`/referrals/${r.id}/cancel`, { note: "Returnee moved away" }),
      "cancelled",
    );
  });

  it("leaves drafts and ended referrals alone, and withdraws nothing twice", async () => {
    const ended = await referralAt("in_progress");
    await expectStatus(
      providerTvet.post(`/referrals/${ended.id}/complete`, { outcome: "Certified" }),
      "completed",
    );
    const consentId = await consentOf(ended.id);
    expect((await withdraw(ended.personId, consentId)).json().referralsSuspended).toBe(0);
    expect(await statusOf(ended.id)).toBe("completed");
    const again = await withdraw(ended.personId, consentId);
    expect(again.statusCode).toBe(409);
  });
});
