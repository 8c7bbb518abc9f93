import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openWorld } from "../../../test/harness";
import { loginAs, password } from "../../../test/world";
import { queryRows } from "../../db/client";
import { phoneThrottle, throttledSignIn } from "./service";

const { env, world } = await openWorld();
afterAll(() => env.close());

describe("auth", () => {
  it("logs in, answers /me and sets an httpOnly SameSite=Lax cookie", async () => {
    const res = await env.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "Case.Dhaka@test.homecoming", password },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === "hc_session")!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe("Lax");
    const me = await env.app.inject({
      method: "GET",
      url: "/api/v1/me",
      headers: { cookie: `hc_session=${cookie.value}` },
    });
    expect(me.json()).toMatchObject({
      user: { email: "case.dhaka@test.homecoming", roles: ["case_manager"] },
      organisation: { id: world.orgs.mrcDhaka.id, name: "MRC Dhaka" },
    });
  });

  it("answers a body that is not JSON with the API's validation error, not the framework's", async () => {
    const send = (body: string, contentType = "application/json") =>
      env.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        headers: { "content-type": contentType },
        payload: body,
      });
    const broken = await send('{"email": "case.dhaka@test.homecoming",');
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toEqual({
      error: {
        code: "validation",
        message: expect.stringMatching(/^The request body is not valid JSON/),
        key: "request.invalid_json",
      },
    });
    const empty = await send("");
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toMatchObject({
      code: "validation",
      message: expect.stringMatching(/empty/),
      key: "request.empty_json",
    });
    const text = await send("<email/>", "application/xml");
    expect(text.statusCode).toBe(415);
    expect(text.json().error).toMatchObject({
      code: "validation",
      message: expect.stringMatching(/application\/json/),
      key: "request.media_type",
    });
  });

  it("keeps the language a user chose with the account, for every session, and refuses one it does not have", async () => {
    const first = await loginAs(env.app, "counsellor.dhaka@test.homecoming");
    expect((await first.get("/me")).json().user.language).toBeNull();
    const chosen = await first.put("/me/language", { language: "bn" });
    expect(chosen.statusCode).toBe(200);
    expect(chosen.json().user.language).toBe("bn");
    // another browser signing in later starts in it
    const second = await loginAs(env.app, "counsellor.dhaka@test.homecoming");
    expect((await second.get("/me")).json().user.language).toBe("bn");

    const refused = await first.put("/me/language", { language: "fr" });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ code: "validation", field: "language" });
    expect(refused.json().error.message).toMatch(/language/);
    expect((await second.get("/me")).json().user.language).toBe("bn");
    // the change is in the audit, as a change to the user, once
    const events = await queryRows<{ language: string }>(
      env.database.db,
      sql`select details->>'language' as language from audit_events
           where record_type = 'user' and record_id = ${world.users.counsellorDhaka.id} and details ? 'language'`,
    );
    expect(events).toEqual([{ language: "bn" }]);
  });

  it("answers 401 without a session and after logout", async () => {
    expect((await env.app.inject({ method: "GET", url: "/api/v1/me" })).statusCode).toBe(401);
    const client = await loginAs(env.app, "provider.tvet@test.homecoming");
    expect((await client.get("/me")).statusCode).toBe(200);
    expect((await client.post("/auth/logout")).statusCode).toBe(204);
    expect((await client.get("/me")).statusCode).toBe(401);
  });

  const attemptAs =
    (email: string) =>
    (pw: string, from = "127.0.0.1") =>
      env.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        remoteAddress: from,
        payload: { email, password: pw },
      });

  it("locks the address that guessed out of the account after repeated failures, not the owner elsewhere", async () => {
    const attempt = attemptAs("analyst@test.homecoming");
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await attempt("wrong-password", "10.9.3.1")).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401]);
    const locked = await attempt(password, "10.9.3.1");
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error).toEqual({
      code: "locked",
      message: expect.stringMatching(/from this address: this account is locked here for 15 more minute/),
      key: "auth.address_locked",
      values: { minutes: 15 },
    });
    // the owner, from another address, is slowed at most, not shut out
    expect((await attempt(password, "10.9.3.2")).statusCode).toBe(200);
    expect((await attempt(password, "10.9.3.1")).statusCode).toBe(423);
  });

  it("counts parallel attempts one by one, so that twenty at once from one address cannot get past the lock", async () => {
    const attempt = attemptAs("provider.bank@test.homecoming");
    const statuses = (
      await Promise.all(
        Array.from({ length: 20 }, (_, i) => attempt(i === 10 ? password : "wrong-password", "10.9.0.1")),
      )
    ).map((r) => r.statusCode);
    // six attempts are checked at most (one of them may be the right one), every other one finds the lock
    expect(statuses.filter((s) => s === 401 || s === 200).length).toBeLessThanOrEqual(6);
    expect(statuses.filter((s) => s === 423).length).toBeGreaterThanOrEqual(14);
    expect((await attempt(password, "10.9.0.1")).statusCode).toBe(423);
  });

  it("keeps the lock that guesses earned while a right password was still being checked beside them", async () => {
    const key = "race@test.homecoming";
    const from = "10.9.7.1";
    const signIn = (check: () => Promise<boolean>) =>
      throttledSignIn(env.database.db, key, from, new Date(), check);
    let claimed!: () => void;
    let release!: (ok: boolean) => void;
    const counted = new Promise<void>((resolve) => {
      claimed = resolve;
    });
    const right = signIn(() => {
      claimed();
      return new Promise<boolean>((resolve) => {
        release = resolve;
      });
    });
    await counted;
    // the guesses that follow count on from the right one's number and lock the address
    const guesses: string[] = [];
    for (let i = 0; i < phoneThrottle.clientLockAfter; i++)
      guesses.push(await signIn(async () => false).then(String, (e: { code?: string }) => `${e.code}`));
    expect(guesses).toEqual([...Array(phoneThrottle.clientLockAfter - 1).fill("false"), "locked"]);
    release(true);
    expect(await right).toBe(true);
    await expect(signIn(async () => true)).rejects.toMatchObject({ code: "locked" });
  });

  it("locks an account guessed at from many addresses until an administrator unlocks it, and shows the lock", async () => {
    const admin = await loginAs(env.app, "admin@test.homecoming");
    const created = await admin.post("/users", {
      organisationId: world.orgs.mrcDhaka.id,
      email: "guessed.at@test.homecoming",
      name: "Guessed At",
      password,
      roles: ["case_manager"],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect(created.json().lockedAt).toBeNull();
    const attempt = attemptAs("guessed.at@test.homecoming");
    // forty at once, each from an address of its own: thirty are checked at most, the rest find the lock
    const statuses = (
      await Promise.all(
        Array.from({ length: 40 }, (_, i) => attempt("wrong-password", `10.8.${i >> 4}.${i + 1}`)),
      )
    ).map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(30);
    expect(statuses.filter((s) => s === 423).length).toBeGreaterThanOrEqual(10);
    const locked = await attempt(password, "10.7.0.1");
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.message).toMatch(/locked after many failed logins from several places/);

    const shown = await admin.get(`/users/${id}`);
    expect(shown.json().lockedAt).toEqual(expect.any(String));
    const listed = await admin.get(`/users?organisationId=${world.orgs.mrcDhaka.id}&limit=100`);
    expect(listed.json().items.find((u: { id: string }) => u.id === id).lockedAt).toEqual(
      shown.json().lockedAt,
    );

    const unlocked = await admin.post(`/users/${id}/unlock`);
    expect(unlocked.statusCode).toBe(200);
    expect(unlocked.json().lockedAt).toBeNull();
    expect((await attempt(password, "10.7.0.1")).statusCode).toBe(200);
    // the lock and the unlocking are in the user's audit
    const trail = await admin.get(`/audit?recordType=user&recordId=${id}`);
    expect(trail.statusCode, trail.body).toBe(200);
    const details = trail.json().items.map((e: { details: Record<string, unknown> }) => e.details);
    expect(details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ locked: true, failures: expect.any(Number) }),
        expect.objectContaining({ unlocked: true, lockedAt: shown.json().lockedAt }),
      ]),
    );
  }, 60_000);

  it("lets the owner in again from the same address once its lock has run out", async () => {
    const attempt = attemptAs("case.erbil@test.homecoming");
    for (let i = 0; i < 6; i++) expect((await attempt("wrong-password", "10.9.1.1")).statusCode).toBe(401);
    expect((await attempt(password, "10.9.1.1")).statusCode).toBe(423);
    await env.database.db.execute(
      (await import("drizzle-orm")).sql`update login_attempts set locked_until = now() - interval '1 minute'`,
    );
    expect((await attempt(password, "10.9.1.1")).statusCode).toBe(200);
    // and the count started again: one wrong password does not lock
    expect((await attempt("wrong-password", "10.9.1.1")).statusCode).toBe(401);
    expect((await attempt(password, "10.9.1.1")).statusCode).toBe(200);
  }, 60_000);

  it("ends every other session of a user whose password changes", async () => {
    const session = async (email: string, pw = password) => {
      const res = await env.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        remoteAddress: "10.9.2.1",
        payload: { email, password: pw },
      });
      expect(res.statusCode).toBe(200);
      return { cookie: `hc_session=${res.cookies.find((c) => c.name === "hc_session")!.value}` };
    };
    const me = (headers: { cookie: string }) =>
      env.app.inject({ method: "GET", url: "/api/v1/me", headers }).then((r) => r.statusCode);
    const patchUser = (headers: { cookie: string }, id: string, body: object) =>
      env.app.inject({ method: "PATCH", url: `/api/v1/users/${id}`, headers, payload: body });

    const admin = await session("admin@test.homecoming");
    const adminElsewhere = await session("admin@test.homecoming");
    const counsellor = [
      await session("counsellor.dhaka@test.homecoming"),
      await session("counsellor.dhaka@test.homecoming"),
    ];
    const counsellorId = world.users.counsellorDhaka.id;
    const adminId = world.users.admin.id;

    // an administrator sets a user's password: all of that user's sessions end, the administrator's stay
    expect((await patchUser(admin, counsellorId, { password: "a-new-long-passphrase-1" })).statusCode).toBe(
      200,
    );
    expect(await Promise.all(counsellor.map(me))).toEqual([401, 401]);
    expect(await me(admin)).toBe(200);
    // a change of name only ends nothing
    const again = await session("counsellor.dhaka@test.homecoming", "a-new-long-passphrase-1");
    expect((await patchUser(admin, counsellorId, { name: "Counsellor Dhaka" })).statusCode).toBe(200);
    expect(await me(again)).toBe(200);

    // administrators who change their own password keep the session they did it from, and only that one
    expect((await patchUser(admin, adminId, { password: "another-long-passphrase-2" })).statusCode).toBe(200);
    expect(await me(admin)).toBe(200);
    expect(await me(adminElsewhere)).toBe(401);
    expect((await patchUser(admin, adminId, { password })).statusCode).toBe(200);
    expect((await patchUser(admin, counsellorId, { password })).statusCode).toBe(200);
  });

  it("names the field when the login body is invalid", async () => {
    const res = await env.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "not-an-email" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: "validation", field: "email" });
  });

  it("expires a session after 30 idle minutes", async () => {
    const client = await loginAs(env.app, "counsellor.dhaka@test.homecoming");
    await env.database.db.execute(
      // age the session as if the user had walked away
      (await import("drizzle-orm")).sql`update sessions set last_seen_at = now() - interval '31 minutes'`,
    );
    expect((await client.get("/me")).statusCode).toBe(401);
  });
});
