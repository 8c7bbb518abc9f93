import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { freshDatabase, openWorld } from "../../../test/harness";
import {
  codeSentTo,
  returneeClient,
  returneePassword,
  selfProfile,
  signUpReturnee,
} from "../../../test/returnee";
import { ok, personPayload } from "../../../test/world";
import { buildApp } from "../../app";
import { testConfig } from "../../config";
import { queryRows } from "../../db/client";
import { auditEvents, persons, portalAccounts, smsMessages } from "../../db/schema";

const { env, world, as } = await openWorld();
const { admin, caseDhaka, caseErbil } = as;
const db = env.database.db;
afterAll(() => env.close());

type Me = { record: { centre: { name: string } | null; confirmedAt: string | null } | null };

let address = 0;
/** A visitor without a session, each from an address of their own unless one is given. */
const visitor = (url: string, body: unknown, remoteAddress = `10.1.0.${++address}`) =>
  env.app.inject({ method: "POST", url: `/api/v1${url}`, payload: body as object, remoteAddress });

let numbers = 0;
/** A Bangladeshi mobile number no other test used. */
const freshPhone = () => `+880171600${String(++numbers).padStart(4, "0")}`;

const messagesTo = (phone: string) =>
  db.select().from(smsMessages).where(eq(smsMessages.phone, phone)).orderBy(smsMessages.createdAt);

describe("registering an account", () => {
  it("sends a code in the returnee's language to the outbox, proves the phone with it and signs in", async () => {
    const phone = freshPhone();
    const sent = await ok<{ sentTo: string; minutes: number }>(
      visitor("/portal/account", {
        phone: `0${phone.slice(4, 8)}-${phone.slice(8)}`,
        password: returneePassword,
        language: "bn",
      }),
      202,
    );
    expect(sent).toEqual({ sentTo: `+880 ••• •• ${phone.slice(-4)}`, minutes: 10 });
    const [message] = await messagesTo(phone);
    expect(message).toMatchObject({
      purpose: "verify_phone",
      language: "bn",
      status: "held",
      gateway: "outbox",
    });
    expect(message!.body).toMatch(/^\d{6} আপনার Homecoming কোড/);
    // the code is kept only as a hash
    const [stored] = await queryRows<{ code_hash: string }>(db, sql`select code_hash from one_time_codes`);
    expect(stored!.code_hash).not.toContain(message!.body.slice(0, 6));

    // not signed in before the code
    const early = await visitor("/portal/sign-in", { phone, password: returneePassword });
    expect(early.statusCode).toBe(202);

    const code = await codeSentTo(db, phone);
    const verified = await visitor("/portal/account/verify", { phone, code });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toEqual({ account: { phone, language: "bn" }, record: null });
    const cookie = verified.cookies.find((c) => c.name === "hc_portal")!;
    expect(cookie.httpOnly).toBe(true);
    const me = returneeClient(env.app, `hc_portal=${cookie.value}`);
    expect((await ok(me.get("/portal/me"))).account).toEqual({ phone, language: "bn" });
    // a code works once
    expect((await visitor("/portal/account/verify", { phone, code })).statusCode).toBe(400);
  });

  it("answers a registered number exactly as a new one, and tells its owner by text without a code", async () => {
    const taken = freshPhone();
    await signUpReturnee(env.app, db, { phone: taken, profile: false, ip: "10.1.1.1" });
    const fresh = freshPhone();
    const again = await visitor("/portal/account", { phone: taken, password: "another-long-passphrase-9" });
    const first = await visitor("/portal/account", { phone: fresh, password: "another-long-passphrase-9" });
    expect(again.statusCode).toBe(202);
    expect(first.statusCode).toBe(202);
    expect(Object.keys(again.json())).toEqual(Object.keys(first.json()));
    const last = (await messagesTo(taken)).at(-1)!;
    expect(last.purpose).toBe("already_registered");
    expect(last.body).not.toMatch(/\d{6}/);
    // the password of the registered account did not change
    const signIn = await visitor("/portal/sign-in", { phone: taken, password: returneePassword });
    expect(signIn.statusCode).toBe(200);
  });

  it("refuses a wrong code with the same words for a number with an account, with a code, or with neither", async () => {
    const phone = freshPhone();
    await ok(visitor("/portal/account", { phone, password: returneePassword }), 202);
    const wrongForAccount = await visitor("/portal/account/verify", { phone, code: "000000" });
    const wrongForNobody = await visitor("/portal/account/verify", { phone: freshPhone(), code: "000000" });
    expect(wrongForAccount.statusCode).toBe(400);
    expect(wrongForNobody.statusCode).toBe(400);
    expect(wrongForAccount.json()).toEqual(wrongForNobody.json());
    expect(wrongForAccount.json().error).toMatchObject({ key: "account.code_wrong", field: "code" });
  });

  it("ends a code after five wrong tries, so that six digits cannot be walked through", async () => {
    const phone = freshPhone();
    await ok(visitor("/portal/account", { phone, password: returneePassword }), 202);
    const code = await codeSentTo(db, phone);
    const wrong = code === "111111" ? "222222" : "111111";
    for (let i = 0; i < 5; i++)
      expect((await visitor("/portal/account/verify", { phone, code: wrong })).statusCode).toBe(400);
    const right = await visitor("/portal/account/verify", { phone, code });
    expect(right.statusCode).toBe(400);
    expect(right.json().error.key).toBe("account.code_wrong");
  });

  it("sends at most three codes to a number in 15 minutes, saying so alike for every number", async () => {
    const withAccount = freshPhone();
    await ok(visitor("/portal/account", { phone: withAccount, password: returneePassword }), 202);
    const without = freshPhone();
    for (let i = 0; i < 2; i++)
      await ok(visitor("/portal/account/code", { phone: withAccount, purpose: "verify_phone" }), 202);
    for (let i = 0; i < 3; i++) await ok(visitor("/portal/account/password-reset", { phone: without }), 202);
    const overAccount = await visitor("/portal/account/code", {
      phone: withAccount,
      purpose: "verify_phone",
    });
    const overNobody = await visitor("/portal/account/password-reset", { phone: without });
    expect(overAccount.statusCode).toBe(429);
    expect(overNobody.statusCode).toBe(429);
    expect(overAccount.json()).toEqual(overNobody.json());
    expect(overAccount.json().error).toMatchObject({
      key: "account.too_many_codes",
      values: { minutes: 15 },
    });
    // a number without an account got no message at all
    expect(await messagesTo(without)).toEqual([]);
    expect(await messagesTo(withAccount)).toHaveLength(3);
  });

  it("limits registrations from one address", async () => {
    const from = "10.1.2.2";
    const answers: number[] = [];
    for (let i = 0; i < 11; i++)
      answers.push(
        (await visitor("/portal/account", { phone: freshPhone(), password: returneePassword }, from))
          .statusCode,
      );
    expect(answers.slice(0, 10).every((s) => s === 202)).toBe(true);
    expect(answers[10]).toBe(429);
  });

  it("refuses bad input naming the field, and keeps nothing of it", async () => {
    const before = (await db.select({ n: count() }).from(portalAccounts))[0]!.n;
    const weak = await visitor("/portal/account", { phone: freshPhone(), password: "password123" });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error).toMatchObject({ field: "password" });
    expect(weak.json().error.key).toMatch(/^password\.too_easy/);
    const notANumber = await visitor("/portal/account", {
      phone: "12",
      password: returneePassword,
      country: "BD",
    });
    expect(notANumber.statusCode).toBe(400);
    expect(notANumber.json().error).toMatchObject({ field: "phone", key: "phone.too_short_in" });
    const noCountry = await visitor("/portal/account", {
      phone: "0171",
      password: returneePassword,
      country: "XX",
    });
    expect(noCountry.json().error).toMatchObject({ field: "country" });
    expect((await db.select({ n: count() }).from(portalAccounts))[0]!.n).toBe(before);
  });
});

describe("signing in", () => {
  it("answers a wrong password and an unknown number alike, then locks the number from that address", async () => {
    const phone = freshPhone();
    await signUpReturnee(env.app, db, { phone, profile: false, ip: "10.1.3.1" });
    const from = "10.1.3.2";
    const wrong = await visitor("/portal/sign-in", { phone, password: "not-the-password-1" }, from);
    const unknown = await visitor(
      "/portal/sign-in",
      { phone: freshPhone(), password: "not-the-password-1" },
      from,
    );
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect(wrong.json().error.key).toBe("account.wrong_credentials");
    for (let i = 0; i < 4; i++)
      await visitor("/portal/sign-in", { phone, password: "not-the-password-1" }, from);
    const locked = await visitor("/portal/sign-in", { phone, password: returneePassword }, from);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error).toMatchObject({ key: "account.locked", values: { minutes: 15 } });
    // from another address the owner still gets in
    expect(
      (await visitor("/portal/sign-in", { phone, password: returneePassword }, "10.1.3.3")).statusCode,
    ).toBe(200);
  }, 30_000);

  it("sets a new password with a code sent to the phone, which ends the other sessions and the lock", async () => {
    const phone = freshPhone();
    const returnee = await signUpReturnee(env.app, db, { phone, profile: false, ip: "10.1.4.1" });
    for (let i = 0; i < 6; i++)
      await visitor("/portal/sign-in", { phone, password: "not-the-password-1" }, "10.1.4.2");
    await ok(visitor("/portal/account/password-reset", { phone }), 202);
    const code = await codeSentTo(db, phone);
    const weak = await visitor("/portal/account/password", { phone, code, password: "password1234" });
    expect(weak.json().error).toMatchObject({ field: "password" });
    const reset = await visitor("/portal/account/password", {
      phone,
      code,
      password: "harbour-kite-orchard-31",
    });
    expect(reset.statusCode).toBe(200);
    expect((await returnee.get("/portal/me")).statusCode).toBe(401);
    const back = await visitor("/portal/sign-in", { phone, password: "harbour-kite-orchard-31" }, "10.1.4.2");
    expect(back.statusCode).toBe(200);
    expect(
      (await visitor("/portal/sign-in", { phone, password: returneePassword }, "10.1.4.4")).statusCode,
    ).toBe(401);
  }, 30_000);

  it("keeps returnees and staff apart: neither session opens the other's routes", async () => {
    const returnee = await signUpReturnee(env.app, db, { phone: freshPhone(), ip: "10.1.5.1" });
    const staffRoute = await returnee.get("/persons");
    expect(staffRoute.statusCode).toBe(401);
    expect((await returnee.get(`/persons/${returnee.personId}`)).statusCode).toBe(401);
    const portalRoute = await caseDhaka.get("/portal/me");
    expect(portalRoute.statusCode).toBe(401);
    expect(portalRoute.json().error.key).toBe("account.sign_in");
    expect((await returnee.post("/portal/sign-out")).statusCode).toBe(204);
    expect((await returnee.get("/portal/me")).statusCode).toBe(401);
  });
});

describe("giving a profile", () => {
  it("makes the returnee's record, with their consent, registered to the MRC of their district", async () => {
    const phone = freshPhone();
    const returnee = await signUpReturnee(env.app, db, { phone, profile: false, ip: "10.1.6.1" });
    const noConsent = await returnee.post(
      "/portal/me/profile",
      selfProfile({ consent: { accepted: false, version: "2026-12" } }),
    );
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().error.field).toBe("consent.accepted");
    expect((await ok(returnee.get("/portal/me"))).record).toBeNull();

    const given = await ok<{ record: Record<string, unknown> & { id: string } }>(
      returnee.post("/portal/me/profile", selfProfile()),
      201,
    );
    expect(given.record).toMatchObject({
      name: "Rokeya Khatun",
      birthYear: 1990,
      adminAreaCode: "BD3026",
      centre: { id: world.orgs.mrcDhaka.id, name: "MRC Dhaka" },
      confirmedAt: null,
      statedNeeds: ["job", "debt"],
    });
    const [row] = await db.select().from(persons).where(eq(persons.id, given.record.id));
    expect(row).toMatchObject({
      phone,
      registeredByOrganisationId: world.orgs.mrcDhaka.id,
      registeredByUserId: null,
    });
    const consents = await ok<{ items: { purpose: string; organisationIds: string[]; active: boolean }[] }>(
      caseDhaka.get(`/persons/${given.record.id}/consents`),
    );
    expect(consents.items).toEqual([
      expect.objectContaining({
        purpose: "contact",
        organisationIds: [world.orgs.mrcDhaka.id],
        active: true,
      }),
    ]);
    // audited as the returnee's own doing
    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.personId, given.record.id), eq(auditEvents.action, "create")));
    expect(events.map((e) => e.recordType).sort()).toEqual(["consent", "person"]);
    expect(
      events.every((e) => e.actorUserId === null && e.details.returneeAccountId === returnee.accountId),
    ).toBe(true);

    const twice = await returnee.post("/portal/me/profile", selfProfile());
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.key).toBe("account.profile_exists");
  });

  it("goes to the MRC of Erbil from an Erbil district, and says so when no MRC serves the country", async () => {
    const erbil = await signUpReturnee(env.app, db, {
      phone: "+9647501600001",
      ip: "10.1.7.1",
      profile: { adminAreaCode: "IQG11Q02", returnedFrom: "TR" },
    });
    expect((await ok<Me>(erbil.get("/portal/me"))).record?.centre?.name).toBe("MRC Erbil");
    const lahore = await signUpReturnee(env.app, db, {
      phone: "+923001600001",
      ip: "10.1.7.2",
      profile: false,
    });
    const refused = await lahore.post("/portal/me/profile", selfProfile({ adminAreaCode: "PK617" }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ key: "account.no_centre", field: "adminAreaCode" });
  });
});

describe("the MRC's self-registrations", () => {
  it("lists the MRC's own with their duplicate warnings, and a case worker confirms one", async () => {
    const staffRecord = await ok<{ id: string }>(
      caseDhaka.post(
        "/persons",
        personPayload({
          givenName: "Shahana",
          familyName: "Parvin",
          birthDate: "1987-02-03",
          nameNative: undefined,
          nationalId: undefined,
          phone: "+8801716999001",
        }),
      ),
      201,
    );
    const returnee = await signUpReturnee(env.app, db, {
      phone: "+8801716999001",
      ip: "10.1.8.1",
      profile: { givenName: "Shahana", familyName: "Parvin", nameNative: undefined, birthYear: 1987 },
    });
    type Item = {
      id: string;
      name: string;
      possibleDuplicates: { personId: string }[];
      heldElsewhere: { count: number };
    };
    const list = await ok<{ items: Item[]; total: number }>(caseDhaka.get("/persons/self-registrations"));
    const item = list.items.find((i) => i.id === returnee.personId)!;
    expect(item.name).toBe("Shahana Parvin");
    expect(item.possibleDuplicates.map((d) => d.personId)).toContain(staffRecord.id);
    // another MRC does not see it
    const erbil = await ok<{ items: Item[] }>(caseErbil.get("/persons/self-registrations"));
    expect(erbil.items.some((i) => i.id === returnee.personId)).toBe(false);
    expect((await caseErbil.post(`/persons/${returnee.personId}/confirm-registration`)).statusCode).toBe(404);

    const confirmed = await ok<{ confirmedAt: string }>(
      caseDhaka.post(`/persons/${returnee.personId}/confirm-registration`),
    );
    expect(confirmed.confirmedAt).toBeTruthy();
    const after = await ok<{ items: Item[] }>(caseDhaka.get("/persons/self-registrations"));
    expect(after.items.some((i) => i.id === returnee.personId)).toBe(false);
    expect((await ok<Me>(returnee.get("/portal/me"))).record?.confirmedAt).toBeTruthy();
    const again = await caseDhaka.post(`/persons/${returnee.personId}/confirm-registration`);
    expect(again.json().error.key).toBe("person.already_confirmed");
    const staffOnly = await caseDhaka.post(`/persons/${staffRecord.id}/confirm-registration`);
    expect(staffOnly.statusCode).toBe(409);
    expect(staffOnly.json().error.key).toBe("person.not_self_registered");
  });

  it("shows administrators the outbox, to pass a code on when no provider is configured", async () => {
    const phone = freshPhone();
    await ok(visitor("/portal/account", { phone, password: returneePassword }), 202);
    const outbox = await ok<{ items: { phone: string; body: string; status: string }[] }>(
      admin.get(`/sms-messages?phone=${encodeURIComponent(phone)}`),
    );
    expect(outbox.items).toHaveLength(1);
    expect(outbox.items[0]).toMatchObject({ phone, status: "held" });
    expect((await caseDhaka.get("/sms-messages")).statusCode).toBe(403);
  });
});

describe("a provider over HTTP", () => {
  it("gets each message as JSON with the token, and a refusal is kept with its reason", async () => {
    const received: { auth: string | undefined; body: { to: string; text: string } }[] = [];
    let refuse = false;
    const provider = createServer((req, res) => {
      let data = "";
      req.on("data", (chunk) => (data += chunk));
      req.on("end", () => {
        received.push({ auth: req.headers.authorization, body: JSON.parse(data) });
        res.statusCode = refuse ? 503 : 200;
        res.end(refuse ? "quota exceeded" : "{}");
      });
    });
    await new Promise<void>((resolve) => provider.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(provider.address() as AddressInfo).port}/send`;
    const { database, drop } = await freshDatabase();
    const app = await buildApp({
      config: testConfig({ sms: { gateway: "http", url, token: "secret-token" } }),
      database,
    });
    try {
      const phone = "+8801716500001";
      const answer = await app.inject({
        method: "POST",
        url: "/api/v1/portal/account",
        payload: { phone, password: returneePassword },
      });
      expect(answer.statusCode).toBe(202);
      // the answer does not wait for the provider: delivery finishes right after it
      await expect.poll(() => received.length).toBe(1);
      expect(received[0]!.auth).toBe("Bearer secret-token");
      expect(received[0]!.body.to).toBe(phone);
      expect(received[0]!.body.text).toMatch(/^\d{6} is your Homecoming code/);
      await expect.poll(async () => (await database.db.select().from(smsMessages))[0]?.status).toBe("sent");

      refuse = true;
      await app.inject({
        method: "POST",
        url: "/api/v1/portal/account/code",
        payload: { phone, purpose: "verify_phone" },
      });
      await expect
        .poll(async () =>
          (await database.db.select().from(smsMessages).where(eq(smsMessages.status, "failed"))).map(
            (m) => m.error,
          ),
        )
        .toEqual(["the provider answered 503: quota exceeded"]);
    } finally {
      await app.close();
      await drop();
      provider.close();
    }
  });
});
