import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openWorld } from "../../../test/harness";
import { signUpReturnee } from "../../../test/returnee";
import { ok, personPayload } from "../../../test/world";
import { smsMessages } from "../../db/schema";

const { env, as } = await openWorld();
const { caseDhaka, counsellorDhaka, caseErbil, providerTvet, admin, analyst } = as;
const db = env.database.db;
afterAll(() => env.close());

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

const jobFair = (overrides: Record<string, unknown> = {}) => ({
  kind: "job_fair",
  title: "Job fair for returnees",
  description: "Employers from the garment and construction trades meet returnees looking for work.",
  translations: { bn: { name: "ফেরত আসা কর্মীদের চাকরি মেলা" } },
  adminAreaCode: "BD3026",
  venue: "MRC Dhaka, Probashi Kallyan Bhaban, Eskaton",
  startsAt: inDays(10),
  endsAt: inDays(10.2),
  capacity: 2,
  languages: ["bn", "en"],
  ...overrides,
});

type PortalEvent = {
  id: string;
  title: string;
  translated: boolean;
  placesLeft: number | null;
  adminAreaCode: string;
};

/** The text messages that told of a cancelled event, by number. */
const toldOfCancellation = () =>
  db.select().from(smsMessages).where(eq(smsMessages.purpose, "event_cancelled")).orderBy(smsMessages.phone);

// two returnees with records (Dhaka), one without
const rokeya = await signUpReturnee(env.app, db, { phone: "+8801716900001", ip: "10.4.0.1" });
const karim = await signUpReturnee(env.app, db, {
  phone: "+8801716900002",
  ip: "10.4.0.2",
  profile: { givenName: "Karim", familyName: "Uddin", nameNative: "করিম উদ্দিন", sex: "male" },
});
const salma = await signUpReturnee(env.app, db, { phone: "+8801716900003", ip: "10.4.0.3" });
const noRecord = await signUpReturnee(env.app, db, {
  phone: "+8801716900004",
  ip: "10.4.0.4",
  profile: false,
});

describe("events", () => {
  it("names what is wrong in an event and keeps nothing", async () => {
    const past = await caseDhaka.post("/community/events", jobFair({ startsAt: inDays(-1) }));
    expect(past.statusCode).toBe(400);
    expect(past.json().error).toMatchObject({ field: "startsAt", key: "validation.not_future" });
    const backwards = await caseDhaka.post("/community/events", jobFair({ endsAt: inDays(9) }));
    expect(backwards.json().error).toMatchObject({ field: "endsAt", key: "community.ends_before_start" });
    const nowhere = await caseDhaka.post("/community/events", jobFair({ adminAreaCode: "XX99" }));
    expect(nowhere.json().error).toMatchObject({ field: "adminAreaCode", key: "validation.admin_area" });
    const polish = await caseDhaka.post(
      "/community/events",
      jobFair({ translations: { pl: { name: "Targi" } } }),
    );
    expect(polish.statusCode).toBe(400);
    expect((await ok<{ total: number }>(caseDhaka.get("/community/events"))).total).toBe(0);
  });

  it("are found near home in the reader's language, registered for once while places last", async () => {
    const fair = await ok<{ id: string; version: number }>(
      caseDhaka.post("/community/events", jobFair()),
      201,
    );
    // an information session in another district of the country comes after the one in the returnee's own
    const far = await ok<{ id: string }>(
      caseDhaka.post(
        "/community/events",
        jobFair({
          kind: "information_session",
          title: "Safe migration talk",
          adminAreaCode: "BD1004",
          startsAt: inDays(2),
          endsAt: undefined,
          capacity: undefined,
          translations: {},
        }),
      ),
      201,
    );
    const near = await ok<{ items: PortalEvent[] }>(
      env.app.inject({ method: "GET", url: "/api/v1/portal/community/events?area=BD3026&language=bn" }),
    );
    expect(near.items.map((e) => e.id)).toEqual([fair.id, far.id]);
    expect(near.items[0]).toMatchObject({
      title: "ফেরত আসা কর্মীদের চাকরি মেলা",
      translated: false,
      placesLeft: 2,
    });
    // Erbil's returnees see none of Bangladesh's
    const erbil = await ok<{ items: PortalEvent[] }>(
      env.app.inject({ method: "GET", url: "/api/v1/portal/community/events?area=IQ" }),
    );
    expect(erbil.items).toEqual([]);

    await ok(rokeya.post(`/portal/me/events/${fair.id}/registration`), 201);
    const twice = await rokeya.post(`/portal/me/events/${fair.id}/registration`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.key).toBe("community.already_registered");
    await ok(karim.post(`/portal/me/events/${fair.id}/registration`), 201);
    const full = await salma.post(`/portal/me/events/${fair.id}/registration`);
    expect(full.statusCode).toBe(409);
    expect(full.json().error.key).toBe("community.event_full");
    const nobody = await noRecord.post(`/portal/me/events/${fair.id}/registration`);
    expect(nobody.json().error.key).toBe("account.profile_needed");
    const unknown = await rokeya.post(`/portal/me/events/${crypto.randomUUID()}/registration`);
    expect(unknown.statusCode).toBe(404);

    // the organiser sees who is coming, with their numbers; another organisation does not find the event
    const list = await ok<{ items: { name: string; phone: string; cancelledAt: string | null }[] }>(
      caseDhaka.get(`/community/events/${fair.id}/registrations`),
    );
    expect(list.items.map((r) => [r.name, r.phone])).toEqual([
      ["Rokeya Khatun", "+8801716900001"],
      ["Karim Uddin", "+8801716900002"],
    ]);
    expect((await caseErbil.get(`/community/events/${fair.id}/registrations`)).statusCode).toBe(404);
    expect(
      (await caseErbil.put(`/community/events/${fair.id}`, { version: fair.version, title: "Mine" }))
        .statusCode,
    ).toBe(404);

    // Karim cannot come: his place goes to Salma
    await ok(karim.post(`/portal/me/events/${fair.id}/cancel`));
    await ok(salma.post(`/portal/me/events/${fair.id}/registration`), 201);
    const mine = await ok<{ items: { cancelledAt: string | null; event: PortalEvent }[] }>(
      karim.get("/portal/me/events?language=en"),
    );
    expect(mine.items).toMatchObject([{ event: { id: fair.id, placesLeft: 0 } }]);
    expect(mine.items[0]!.cancelledAt).not.toBeNull();
    const again = await karim.post(`/portal/me/events/${fair.id}/cancel`);
    expect(again.json().error.key).toBe("community.not_registered");
  });

  it("once cancelled, take no registration and say so to those registered", async () => {
    const talk = await ok<{ id: string }>(
      caseDhaka.post("/community/events", jobFair({ title: "Rights at work", capacity: undefined })),
      201,
    );
    await ok(rokeya.post(`/portal/me/events/${talk.id}/registration`), 201);
    // Salma reads Bangla; Karim registered and cancelled himself
    await ok(salma.put("/portal/me/language", { language: "bn" }));
    await ok(salma.post(`/portal/me/events/${talk.id}/registration`), 201);
    await ok(karim.post(`/portal/me/events/${talk.id}/registration`), 201);
    await ok(karim.post(`/portal/me/events/${talk.id}/cancel`));
    const noReason = await caseDhaka.post(`/community/events/${talk.id}/cancel`, {});
    expect(noReason.json().error.field).toBe("reason");
    expect(await toldOfCancellation()).toEqual([]);
    const cancelled = await ok<{ cancelledAt: string | null }>(
      caseDhaka.post(`/community/events/${talk.id}/cancel`, { reason: "The hall is closed for repairs" }),
    );
    expect(cancelled.cancelledAt).not.toBeNull();
    // each returnee still registered is told by a text message in their language, with the day and not the
    // event's name; Karim, who had cancelled, is not
    const told = await toldOfCancellation();
    expect(told.map((m) => [m.phone, m.language])).toEqual([
      ["+8801716900001", "en"],
      ["+8801716900003", "bn"],
    ]);
    const day = new Date(inDays(10));
    expect(told[0]!.body).toContain(new Intl.DateTimeFormat("en", { dateStyle: "long" }).format(day));
    expect(told[0]!.body).toMatch(/cancelled/);
    expect(told[1]!.body).toContain(new Intl.DateTimeFormat("bn", { dateStyle: "long" }).format(day));
    expect(told[1]!.body).toMatch(/বাতিল/);
    for (const m of told) expect(m.body).not.toContain("Rights at work");
    // cancelling again tells nobody twice
    expect(
      (await caseDhaka.post(`/community/events/${talk.id}/cancel`, { reason: "Again" })).statusCode,
    ).toBe(409);
    expect(await toldOfCancellation()).toHaveLength(2);
    const late = await karim.post(`/portal/me/events/${talk.id}/registration`);
    expect(late.json().error.key).toBe("community.event_cancelled");
    const mine = await ok<{ items: { event: { id: string; cancelledAt: string | null } }[] }>(
      rokeya.get("/portal/me/events"),
    );
    expect(mine.items.find((i) => i.event.id === talk.id)?.event.cancelledAt).not.toBeNull();
    // gone from what is to come
    const near = await ok<{ items: PortalEvent[] }>(
      env.app.inject({ method: "GET", url: "/api/v1/portal/community/events?area=BD3026" }),
    );
    expect(near.items.map((e) => e.id)).not.toContain(talk.id);
  });
});

describe("groups", () => {
  it("are listed by an organisation and found by the districts they serve", async () => {
    const group = await ok<{ id: string; version: number }>(
      caseDhaka.post("/community/groups", {
        kind: "peer_support",
        name: "Returnee women of Dhaka",
        description: "Women back from the Gulf meet every second Friday to share what helped them.",
        translations: { bn: { name: "ঢাকার ফেরত আসা নারীরা" } },
        adminAreaCodes: ["BD3026"],
        languages: ["bn"],
        meets: "Every second Friday, 3 pm, MRC Dhaka",
        phone: "01711-000200",
      }),
      201,
    );
    await ok(
      caseErbil.post("/community/groups", {
        kind: "migration_forum",
        name: "Erbil migration forum",
        description: "Returnees and families talk about safe migration and life back home.",
      }),
      201,
    );
    const bad = await caseDhaka.post("/community/groups", { kind: "club", name: "x", description: "y" });
    expect(bad.json().error.field).toBe("kind");
    type Group = { id: string; name: string; translated: boolean; organisationName: string };
    const dhaka = await ok<{ items: Group[] }>(
      env.app.inject({ method: "GET", url: "/api/v1/portal/community/groups?area=BD3026&language=bn" }),
    );
    expect(dhaka.items).toMatchObject([
      { id: group.id, name: "ঢাকার ফেরত আসা নারীরা", organisationName: "MRC Dhaka" },
    ]);
    const erbil = await ok<{ items: Group[] }>(
      env.app.inject({ method: "GET", url: "/api/v1/portal/community/groups?area=IQ" }),
    );
    expect(erbil.items.map((g) => g.name)).toEqual(["Erbil migration forum"]);
    // off the directory
    await ok(caseDhaka.put(`/community/groups/${group.id}`, { version: group.version, active: false }));
    const after = await ok<{ items: Group[] }>(
      env.app.inject({ method: "GET", url: "/api/v1/portal/community/groups?area=BD3026" }),
    );
    expect(after.items).toEqual([]);
    expect(
      (await caseErbil.put(`/community/groups/${group.id}`, { version: 2, active: true })).statusCode,
    ).toBe(404);
  });
});

describe("the board", () => {
  type Question = {
    id: string;
    status: string;
    moderationReason: string | null;
    answerList: { body: string; by: string; organisationName: string | null }[];
  };
  const question = (overrides: Record<string, unknown> = {}) => ({
    topic: "debt",
    language: "bn",
    title: "দালালের ঋণ কীভাবে শোধ করব?",
    body: "সৌদি আরব যাওয়ার জন্য দালালের কাছ থেকে টাকা নিয়েছিলাম, এখন কাজ নেই। কী করতে পারি?",
    ...overrides,
  });

  it("holds a question for a moderator, then anyone finds it by topic, language and words", async () => {
    const short = await rokeya.post("/portal/me/questions", question({ title: "Help" }));
    expect(short.statusCode).toBe(400);
    expect(short.json().error.field).toBe("title");
    const asked = await ok<Question>(rokeya.post("/portal/me/questions", question()), 201);
    expect(asked.status).toBe("pending");
    const open = () =>
      ok<{ items: { id: string; answers: number }[]; total: number }>(
        env.app.inject({ method: "GET", url: "/api/v1/portal/community/questions?topic=debt&language=bn" }),
      );
    expect((await open()).items).toEqual([]);
    expect(
      (await env.app.inject({ method: "GET", url: `/api/v1/portal/community/questions/${asked.id}` }))
        .statusCode,
    ).toBe(404);

    // only MRC case workers and administrators moderate
    expect((await providerTvet.get("/community/questions")).statusCode).toBe(403);
    expect((await analyst.get("/community/questions")).statusCode).toBe(403);
    const queue = await ok<{ items: Question[] }>(counsellorDhaka.get("/community/questions"));
    expect(queue.items.map((q) => q.id)).toContain(asked.id);
    // nobody reads who asked
    expect(JSON.stringify(queue)).not.toMatch(/Rokeya|\+880171690000/);
    await ok(counsellorDhaka.post(`/community/questions/${asked.id}/publish`));
    const twice = await caseDhaka.post(`/community/questions/${asked.id}/publish`);
    expect(twice.json().error.key).toBe("community.moderated");

    expect((await open()).items.map((q) => q.id)).toEqual([asked.id]);
    const words = await ok<{ items: { id: string }[] }>(
      env.app.inject({
        method: "GET",
        url: `/api/v1/portal/community/questions?q=${encodeURIComponent("দালালের ঋণ")}`,
      }),
    );
    expect(words.items.map((q) => q.id)).toEqual([asked.id]);
    const english = await ok<{ items: unknown[] }>(
      env.app.inject({ method: "GET", url: "/api/v1/portal/community/questions?language=en" }),
    );
    expect(english.items).toEqual([]);
  });

  it("refuses a question saying why, which only its asker reads", async () => {
    const asked = await ok<Question>(
      karim.post(
        "/portal/me/questions",
        question({
          topic: "other",
          title: "Call me on 01716900002 please",
          body: "My phone number is 01716900002, call me about a loan",
        }),
      ),
      201,
    );
    const noReason = await caseDhaka.post(`/community/questions/${asked.id}/refuse`, { reason: "" });
    expect(noReason.json().error.field).toBe("reason");
    await ok(
      caseDhaka.post(`/community/questions/${asked.id}/refuse`, {
        reason: "Please do not share your phone number here: ask MRC Dhaka to call you instead",
      }),
    );
    const mine = await ok<{ items: Question[] }>(karim.get("/portal/me/questions"));
    expect(mine.items.find((q) => q.id === asked.id)).toMatchObject({
      status: "rejected",
      moderationReason: "Please do not share your phone number here: ask MRC Dhaka to call you instead",
    });
    expect(
      (await ok<{ items: Question[] }>(rokeya.get("/portal/me/questions"))).items.map((q) => q.id),
    ).not.toContain(asked.id);
  });

  it("is answered by MRC staff as their centre and by returnees a centre trusts", async () => {
    const asked = await ok<Question>(
      rokeya.post("/portal/me/questions", question({ topic: "job", title: "কোথায় ইলেকট্রিশিয়ান প্রশিক্ষণ পাব?" })),
      201,
    );
    await ok(admin.post(`/community/questions/${asked.id}/publish`));
    await ok(
      caseDhaka.post(`/community/questions/${asked.id}/answers`, {
        body: "MRC Dhaka can send you to the TVET centre's course.",
      }),
      201,
    );

    // Karim is not trusted yet
    const notYet = await karim.post(`/portal/me/questions/${asked.id}/answers`, {
      body: "I did the course at the TVET centre, it was good.",
    });
    expect(notYet.statusCode).toBe(403);
    expect(notYet.json().error.key).toBe("community.not_trusted");
    // only the organisation that holds his record trusts him
    expect((await caseErbil.post(`/community/trusted-returnees/${karim.personId}`)).statusCode).toBe(404);
    await ok(caseDhaka.post(`/community/trusted-returnees/${karim.personId}`));
    // a record registered at a desk has no portal account to trust
    const desk = await ok<{ id: string }>(
      caseDhaka.post("/persons", personPayload({ nationalId: "COM-0001" })),
      201,
    );
    const noAccount = await caseDhaka.post(`/community/trusted-returnees/${desk.id}`);
    expect(noAccount.statusCode).toBe(409);
    expect(noAccount.json().error.key).toBe("community.no_account");
    expect(
      (await ok<{ items: { name: string }[] }>(caseDhaka.get("/community/trusted-returnees"))).items.map(
        (t) => t.name,
      ),
    ).toEqual(["Karim Uddin"]);
    expect((await ok<{ trustedBy: string | null }>(karim.get("/portal/me/questions"))).trustedBy).toBe(
      "MRC Dhaka",
    );
    const answer = await ok<{ id: string }>(
      karim.post(`/portal/me/questions/${asked.id}/answers`, {
        body: "I did the course at the TVET centre, it was good.",
      }),
      201,
    );
    const read = await ok<Question>(
      env.app.inject({ method: "GET", url: `/api/v1/portal/community/questions/${asked.id}` }),
    );
    expect(read.answerList.map((a) => [a.by, a.organisationName])).toEqual([
      ["staff", "MRC Dhaka"],
      ["trusted_returnee", "MRC Dhaka"],
    ]);
    expect(JSON.stringify(read)).not.toMatch(/Karim|Farida/);

    // a moderator takes an answer down; a revoked returnee answers no more
    await ok(
      counsellorDhaka.post(`/community/answers/${answer.id}/hide`, { reason: "It names a private trainer" }),
    );
    const after = await ok<Question>(
      env.app.inject({ method: "GET", url: `/api/v1/portal/community/questions/${asked.id}` }),
    );
    expect(after.answerList).toHaveLength(1);
    await ok(caseDhaka.post(`/community/trusted-returnees/${karim.personId}/revoke`));
    const revoked = await karim.post(`/portal/me/questions/${asked.id}/answers`, {
      body: "One more thing about the course.",
    });
    expect(revoked.json().error.key).toBe("community.not_trusted");
  });

  it("is in the returnee's copy of their data", async () => {
    const mine = await ok<{
      community: {
        eventRegistrations: unknown[];
        questions: { status: string }[];
        answers: unknown[];
        trustedBy: unknown;
      };
    }>(karim.get("/portal/me/data"));
    expect(mine.community.eventRegistrations.length).toBeGreaterThan(0);
    expect(mine.community.questions.map((q) => q.status)).toEqual(["rejected"]);
    expect(mine.community.answers).toHaveLength(1);
    expect(mine.community.trustedBy).toBeNull();
  });
});
