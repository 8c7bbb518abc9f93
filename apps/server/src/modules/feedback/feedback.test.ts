import { addDaysIso, toIsoDate } from "@homecoming/domain";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openWorld } from "../../../test/harness";
import { ok } from "../../../test/world";
import { queryRows } from "../../db/client";

const { env, world, as } = await openWorld();
const { admin, caseDhaka, counsellorDhaka, caseErbil, providerTvet, providerBank, analyst } = as;
afterAll(() => env.close());

let address = 0;
/** A visitor without a session, each from an address of their own unless one is given. */
const visitor = (url: string, body: unknown, remoteAddress = `10.0.0.${++address}`) =>
  env.app.inject({ method: "POST", url: `/api/v1${url}`, payload: body as object, remoteAddress });

const grievance = (over: Record<string, unknown> = {}) => ({
  kind: "grievance",
  subject: "service",
  serviceId: world.services.training.id,
  message: "I was sent away twice from the electrical course without a reason.",
  adminAreaCode: "BD3026",
  anonymous: true,
  ...over,
});

type Receipt = { reference: string; dueOn: string; handledBy: string | null; status: string };
type Detail = {
  id: string;
  version: number;
  status: string;
  side: string;
  moves: string[];
  sender: { name: string | null; phone: string | null } | null;
  message: string;
  handlingOrganisationId: string | null;
  concernedReads: boolean;
  dueOn: string;
  answeredInTime: boolean | null;
  events: { action: string; text: string | null }[];
};

async function send(body: Record<string, unknown>): Promise<Receipt> {
  const res = await visitor("/feedback", body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function idOf(reference: string): Promise<string> {
  const list = await ok<{ items: { id: string }[] }>(admin.get(`/feedback?reference=${reference}`));
  return list.items[0]!.id;
}

const count = async () =>
  (await queryRows<{ n: number }>(env.database.db, sql`select count(*)::int as n from feedback`))[0]!.n;

describe("sending feedback or a grievance", () => {
  it("takes an anonymous grievance, gives a reference and a due day, and routes it to the district's MRC", async () => {
    const receipt = await send(grievance());
    expect(receipt.reference).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(receipt).toMatchObject({ status: "received", handledBy: "MRC Dhaka" });
    expect(receipt.dueOn).toBe(addDaysIso(toIsoDate(new Date()), 14));
    // the handling MRC reads it; the training centre it is about reads it too, and may add its account
    const id = await idOf(receipt.reference);
    const handled = await ok<Detail>(caseDhaka.get(`/feedback/${id}`));
    expect(handled).toMatchObject({
      side: "handler",
      sender: null,
      handlingOrganisationId: world.orgs.mrcDhaka.id,
    });
    expect(handled.moves).toEqual(["triage", "answer", "close"]);
    const concerned = await ok<Detail>(providerTvet.get(`/feedback/${id}`));
    expect(concerned).toMatchObject({ side: "concerned", moves: [] });
  });

  it("never gives a grievance about an organisation to that organisation alone", async () => {
    // MRC Dhaka is the only MRC serving Dhaka: a grievance about it goes to the administrators
    const receipt = await send(
      grievance({ subject: "organisation", serviceId: undefined, organisationId: world.orgs.mrcDhaka.id }),
    );
    expect(receipt.handledBy).toBeNull();
    const id = await idOf(receipt.reference);
    const read = await ok<Detail>(caseDhaka.get(`/feedback/${id}`));
    expect(read).toMatchObject({ side: "concerned", handlingOrganisationId: null, moves: [] });
    const refused = await caseDhaka.post(`/feedback/${id}/answer`, {
      version: read.version,
      answer: "Sorry.",
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({
      message: "Only the organisation handling it, or an administrator, may answer it",
      key: "feedback.handler_only",
      values: { action: "answer" },
    });
    await ok(admin.post(`/feedback/${id}/answer`, { version: read.version, answer: "We looked into it." }));
  });

  it("keeps a grievance about staff from the organisation they work for, and records the sender's number in E.164", async () => {
    const receipt = await send(
      grievance({
        subject: "staff",
        serviceId: undefined,
        organisationId: world.orgs.tvet.id,
        staffName: "the trainer on the morning shift",
        anonymous: false,
        name: "Rahima Begum",
        phone: "01712-345678",
      }),
    );
    const id = await idOf(receipt.reference);
    expect((await providerTvet.get(`/feedback/${id}`)).statusCode).toBe(404);
    const listed = await ok<{ items: unknown[] }>(
      providerTvet.get(`/feedback?reference=${receipt.reference}`),
    );
    expect(listed.items).toEqual([]);
    const read = await ok<Detail>(caseDhaka.get(`/feedback/${id}`));
    expect(read.sender).toEqual({ name: "Rahima Begum", phone: "+8801712345678", email: null });
    expect(read.concernedReads).toBe(false);
  });

  it("gives feedback on a service, with its rating, to the organisation that runs it", async () => {
    const receipt = await send({
      kind: "feedback",
      subject: "service",
      serviceId: world.services.loan.id,
      message: "The loan officer explained everything clearly.",
      rating: 5,
      anonymous: true,
      language: "bn",
    });
    expect(receipt.handledBy).toBe("Probashi Kallyan Bank");
    expect(receipt.dueOn).toBe(addDaysIso(toIsoDate(new Date()), 30));
    const list = await ok<{ items: { reference: string; rating: number; language: string }[] }>(
      providerBank.get("/feedback?kind=feedback"),
    );
    expect(list.items.find((i) => i.reference === receipt.reference)).toMatchObject({
      rating: 5,
      language: "bn",
    });
    // MRC Dhaka neither handles it nor is it about MRC Dhaka
    expect(
      (await ok<{ items: unknown[] }>(caseDhaka.get(`/feedback?reference=${receipt.reference}`))).items,
    ).toEqual([]);
  });

  it("refuses bad input naming the field, and writes nothing", async () => {
    const before = await count();
    const cases: [Record<string, unknown>, string, string, string][] = [
      [
        grievance({ serviceId: undefined }),
        "serviceId",
        "feedback.service_required",
        "body.serviceId: serviceId is required when the subject is a service",
      ],
      [
        grievance({ serviceId: "00000000-0000-4000-8000-000000000000" }),
        "serviceId",
        "service.unknown",
        "There is no service with the id 00000000-0000-4000-8000-000000000000",
      ],
      [
        grievance({ message: "bad" }),
        "message",
        "validation.too_small.string",
        "body.message: message must be at least 10 characters",
      ],
      [
        grievance({ anonymous: false }),
        "name",
        "feedback.name_required",
        "body.name: name is required unless the message is anonymous",
      ],
      [
        grievance({ anonymous: false, name: "Rahim", phone: "0171" }),
        "phone",
        "phone.too_short_in",
        "This is not a valid phone number: it has too few digits for a number in Bangladesh",
      ],
      [
        grievance({ rating: 3 }),
        "rating",
        "feedback.rating_only_for_feedback",
        "body.rating: rating is given with feedback, not with a grievance",
      ],
      [
        grievance({ organisationId: world.orgs.bank.id }),
        "organisationId",
        "feedback.organisation_of_service",
        "The organisation must be the service's own organisation, or left out",
      ],
    ];
    for (const [body, field, key, message] of cases) {
      const res = await visitor("/feedback", body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error).toMatchObject({ code: "validation", field, key, message });
    }
    expect(await count()).toBe(before);
  });

  it("lets staff take one down by phone, saying so; a visitor's always came online", async () => {
    const taken = await ok<Receipt>(
      counsellorDhaka.post(
        "/feedback",
        grievance({ channel: "phone", anonymous: false, name: "Karim Uddin" }),
      ),
      201,
    );
    const detail = await ok<Detail & { channel: string; recordedByName: string }>(
      caseDhaka.get(`/feedback/${await idOf(taken.reference)}`),
    );
    expect(detail).toMatchObject({ channel: "phone", recordedByName: "Rafiq Islam" });
    const online = await send(grievance({ channel: "phone" }));
    expect(await ok(admin.get(`/feedback?reference=${online.reference}`))).toMatchObject({
      items: [{ channel: "online" }],
    });
  });
});

describe("the sender's view by reference", () => {
  it("shows the status, the answer and the history, never the message, the sender or staff's notes", async () => {
    const receipt = await send(grievance({ anonymous: false, name: "Salma Khatun" }));
    const id = await idOf(receipt.reference);
    let detail = await ok<Detail>(
      caseDhaka.post(`/feedback/${id}/notes`, { text: "Internal: call the centre." }),
      201,
    );
    detail = await ok<Detail>(
      caseDhaka.post(`/feedback/${id}/triage`, { version: detail.version, category: "service_refused" }),
    );
    detail = await ok<Detail>(
      caseDhaka.post(`/feedback/${id}/answer`, {
        version: detail.version,
        answer: "The centre will call you this week to give you a place.",
      }),
    );
    expect(detail).toMatchObject({ status: "answered", answeredInTime: true });
    expect(detail.events.map((e) => e.action)).toEqual(["received", "note", "triage", "answer"]);

    // typed the way people read it out: lower case, spaces for dashes
    const typed = receipt.reference.toLowerCase().replace(/-/g, " ");
    const res = await visitor("/feedback/status", { reference: typed });
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(view).toMatchObject({
      reference: receipt.reference,
      status: "answered",
      about: "Electrical installation course",
      handledBy: "MRC Dhaka",
      answer: "The centre will call you this week to give you a place.",
    });
    expect(view.history.map((h: { status: string }) => h.status)).toEqual([
      "received",
      "in_review",
      "answered",
    ]);
    expect(res.body).not.toContain("Salma");
    expect(res.body).not.toContain("Internal");
    expect(res.body).not.toContain("sent away twice");
  });

  it("answers an unknown reference and a malformed one without telling more", async () => {
    const unknown = await visitor("/feedback/status", { reference: "0000-0000-0000" });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({
      message: "No feedback or grievance has this reference",
      key: "feedback.reference_not_found",
    });
    const malformed = await visitor("/feedback/status", { reference: "12345" });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error).toMatchObject({ field: "reference", key: "feedback.reference" });
  });
});

describe("staff work", () => {
  it("takes a grievance out of the concerned organisation's sight when triage finds it sensitive", async () => {
    const receipt = await send(grievance());
    const id = await idOf(receipt.reference);
    expect((await providerTvet.get(`/feedback/${id}`)).statusCode).toBe(200);
    const { version } = await ok<Detail>(caseDhaka.get(`/feedback/${id}`));
    const triaged = await ok<Detail>(
      caseDhaka.post(`/feedback/${id}/triage`, {
        version,
        category: "safety_or_abuse",
        priority: "urgent",
        note: "Threats reported",
      }),
    );
    expect(triaged).toMatchObject({
      status: "in_review",
      concernedReads: false,
      dueOn: addDaysIso(toIsoDate(new Date()), 3),
    });
    expect((await providerTvet.get(`/feedback/${id}`)).statusCode).toBe(404);
    // the organisation concerned is never its handler
    const refused = await caseDhaka.post(`/feedback/${id}/triage`, {
      version: triaged.version,
      handlingOrganisationId: world.orgs.tvet.id,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ field: "handlingOrganisationId" });
  });

  it("passes one on: the new handler reads it and the one who passed it no longer does", async () => {
    const receipt = await send(grievance());
    const id = await idOf(receipt.reference);
    const { version } = await ok<Detail>(caseDhaka.get(`/feedback/${id}`));
    const passed = await ok<Detail>(
      caseDhaka.post(`/feedback/${id}/triage`, { version, handlingOrganisationId: world.orgs.mrcErbil.id }),
    );
    expect(passed).toMatchObject({ side: "none", sender: null, message: "", moves: [] });
    expect((await caseDhaka.get(`/feedback/${id}`)).statusCode).toBe(404);
    expect(await ok<Detail>(caseErbil.get(`/feedback/${id}`))).toMatchObject({ side: "handler" });
  });

  it("refuses a move from a stale version or the wrong status, and changes nothing", async () => {
    const receipt = await send(grievance());
    const id = await idOf(receipt.reference);
    const { version } = await ok<Detail>(caseDhaka.get(`/feedback/${id}`));
    await ok(caseDhaka.post(`/feedback/${id}/close`, { version, reason: "Spoke to the sender" }));
    const stale = await caseDhaka.post(`/feedback/${id}/answer`, { version, answer: "Late answer" });
    expect(stale.statusCode).toBe(409);
    const closed = await ok<Detail>(caseDhaka.get(`/feedback/${id}`));
    const wrong = await caseDhaka.post(`/feedback/${id}/answer`, {
      version: closed.version,
      answer: "Late answer",
    });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().error.message).toBe("Cannot answer a message that is closed");
    const noReason = await caseDhaka.post(`/feedback/${id}/reopen`, { version: closed.version });
    expect(noReason.json().error).toMatchObject({ code: "validation", field: "reason" });
    expect(await ok<Detail>(caseDhaka.get(`/feedback/${id}`))).toMatchObject({
      status: "closed",
      version: closed.version,
    });
  });

  it("lists what is late, and keeps analysts out", async () => {
    const receipt = await send(grievance());
    const id = await idOf(receipt.reference);
    await env.database.db.execute(
      sql`update feedback set received_at = now() - interval '20 days', due_on = current_date - 6 where id = ${id}`,
    );
    const late = await ok<{ items: { id: string; overdue: boolean; answeredInTime: boolean | null }[] }>(
      caseDhaka.get("/feedback?overdue=true&limit=200"),
    );
    expect(late.items.find((i) => i.id === id)).toMatchObject({ overdue: true, answeredInTime: false });
    expect(late.items.every((i) => i.overdue)).toBe(true);
    expect((await analyst.get("/feedback")).statusCode).toBe(403);
  });

  it("audits every read of a message and every move", async () => {
    const receipt = await send(grievance({ anonymous: false, name: "Jamal Hossain" }));
    const id = await idOf(receipt.reference);
    await ok(caseDhaka.get(`/feedback/${id}`));
    const events = await queryRows<{ action: string; actor_user_id: string | null }>(
      env.database.db,
      sql`select action, actor_user_id from audit_events where record_type = 'feedback' and record_id = ${id} order by seq`,
    );
    expect(events).toEqual([
      { action: "create", actor_user_id: null },
      { action: "list", actor_user_id: world.users.admin.id },
      { action: "read", actor_user_id: world.users.caseDhaka.id },
    ]);
  });
});

describe("limits", () => {
  it("takes ten messages an hour from one address, then refuses with 429 and writes nothing", async () => {
    const from = "10.9.9.9";
    for (let i = 0; i < 10; i++) expect((await visitor("/feedback", grievance(), from)).statusCode).toBe(201);
    const before = await count();
    const refused = await visitor("/feedback", grievance(), from);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe("rate_limited");
    expect(await count()).toBe(before);
    // another address is not held back
    expect((await visitor("/feedback", grievance(), "10.9.9.10")).statusCode).toBe(201);
  });

  it("answers twenty reference look-ups from an address a quarter of an hour, then 429", async () => {
    const from = "10.8.8.8";
    for (let i = 0; i < 20; i++)
      expect(
        (await visitor("/feedback/status", { reference: `0000-0000-${String(i).padStart(4, "0")}` }, from))
          .statusCode,
      ).toBe(404);
    expect((await visitor("/feedback/status", { reference: "0000-0000-0000" }, from)).statusCode).toBe(429);
  });
});
