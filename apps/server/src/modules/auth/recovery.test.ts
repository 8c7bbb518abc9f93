import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openWorld } from "../../../test/harness";
import { type Client, loginAs, password } from "../../../test/world";
import { queryRows } from "../../db/client";

/**
 * A user's own ways back in: changing their password while signed in, and recovery codes that set a new
 * password when they are not, which also unlocks an account that failed logins locked.
 */

const { env, world } = await openWorld();
afterAll(() => env.close());

const strong = "Lantern quietly orbits 7 mangoes";
const stronger = "Seven herons argue about teal kettles";

const login = (email: string, pw: string, from = "10.20.0.1") =>
  env.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    remoteAddress: from,
    payload: { email, password: pw },
  });

const recover = (body: Record<string, unknown>, from = "10.20.0.2") =>
  env.app.inject({ method: "POST", url: "/api/v1/auth/recover", remoteAddress: from, payload: body });

async function newUser(admin: Client, email: string) {
  const res = await admin.post("/users", {
    organisationId: world.orgs.mrcDhaka.id,
    email,
    name: "Nasrin Akter",
    password,
    roles: ["case_manager"],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function auditOf(userId: string) {
  return queryRows<{ actor: string | null; reason: string | null; details: Record<string, unknown> }>(
    env.database.db,
    sql`select actor_user_id::text as actor, reason, details from audit_events
        where record_type = 'user' and record_id = ${userId} order by seq`,
  );
}

describe("changing one's own password", () => {
  it("asks for the current one, judges the new one, and ends the user's other sessions", async () => {
    const admin = await loginAs(env.app, "admin@test.homecoming");
    const id = await newUser(admin, "nasrin.change@test.homecoming");
    const me = await loginAs(env.app, "nasrin.change@test.homecoming");
    const elsewhere = await loginAs(env.app, "nasrin.change@test.homecoming");

    const wrong = await me.post("/me/password", { currentPassword: "not-my-password", newPassword: strong });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toEqual({
      code: "validation",
      message: "This is not your current password",
      field: "currentPassword",
      key: "auth.current_password_wrong",
    });
    const weak = await me.post("/me/password", { currentPassword: password, newPassword: "nasrin123456" });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error).toMatchObject({
      field: "newPassword",
      message: expect.stringMatching(/too easy to guess/),
      key: expect.stringMatching(/^password\.too_easy\./),
    });
    const short = await me.post("/me/password", { currentPassword: password, newPassword: "short" });
    expect(short.json().error).toMatchObject({
      field: "newPassword",
      message: expect.stringMatching(/at least 12/),
    });

    expect(
      (await me.post("/me/password", { currentPassword: password, newPassword: strong })).statusCode,
    ).toBe(204);
    expect((await me.get("/me")).statusCode).toBe(200);
    expect((await elsewhere.get("/me")).statusCode).toBe(401);
    expect((await login("nasrin.change@test.homecoming", password)).statusCode).toBe(401);
    expect((await login("nasrin.change@test.homecoming", strong)).statusCode).toBe(200);
    expect((await auditOf(id)).map((e) => e.details)).toContainEqual({ password: "changed by its owner" });
  });
});

describe("recovery codes", () => {
  it("are made after the password, shown once as ten codes, and a new set replaces the old", async () => {
    const admin = await loginAs(env.app, "admin@test.homecoming");
    await newUser(admin, "nasrin.codes@test.homecoming");
    const me = await loginAs(env.app, "nasrin.codes@test.homecoming");
    expect((await me.get("/me/recovery-codes")).json()).toEqual({ unused: 0, createdAt: null });

    const refused = await me.post("/me/recovery-codes", { password: "not-my-password" });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ field: "password", key: "auth.current_password_wrong" });

    const made = await me.post("/me/recovery-codes", { password });
    expect(made.statusCode).toBe(201);
    const codes = made.json().codes as string[];
    expect(codes).toHaveLength(10);
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$/);
    expect(new Set(codes).size).toBe(10);
    expect((await me.get("/me/recovery-codes")).json()).toEqual({
      unused: 10,
      createdAt: made.json().createdAt,
    });
    // only their hashes are stored
    const stored = await queryRows<{ code_hash: string }>(
      env.database.db,
      sql`select code_hash from recovery_codes`,
    );
    expect(stored.map((r) => r.code_hash)).not.toContain(codes[0]);

    const again = await me.post("/me/recovery-codes", { password });
    expect(again.statusCode).toBe(201);
    const old = await recover({ email: "nasrin.codes@test.homecoming", code: codes[0], newPassword: strong });
    expect(old.statusCode).toBe(400);
    expect(old.json().error.field).toBe("code");
  });

  it("set a new password, once each, unlocking the account and ending every session of it", async () => {
    const admin = await loginAs(env.app, "admin@test.homecoming");
    const id = await newUser(admin, "nasrin.locked@test.homecoming");
    const me = await loginAs(env.app, "nasrin.locked@test.homecoming");
    const codes = (await me.post("/me/recovery-codes", { password })).json().codes as string[];
    const email = "nasrin.locked@test.homecoming";
    // failed logins from many places locked the account (as auth.test.ts shows them doing)
    await env.database.db.execute(
      sql`insert into login_attempts (email, client, failures, last_failure_at, locked_at)
          values (${email}, '*', 30, now(), now()), (${email}, '10.20.9.9', 6, now(), null)`,
    );
    expect((await login(email, password)).statusCode).toBe(423);
    expect((await admin.get(`/users/${id}`)).json().lockedAt).toEqual(expect.any(String));

    // a weak new password is refused naming it, and the code is not used up
    const weak = await recover({ email, code: codes[0], newPassword: "password1234" });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.field).toBe("newPassword");

    // typed in lower case, without dashes
    const done = await recover({
      email: "Nasrin.Locked@test.homecoming",
      code: codes[0]!.toLowerCase().replaceAll("-", ""),
      newPassword: strong,
    });
    expect(done.statusCode, done.body).toBe(204);
    expect((await me.get("/me")).statusCode).toBe(401);
    expect((await admin.get(`/users/${id}`)).json().lockedAt).toBeNull();
    expect((await login(email, password)).statusCode).toBe(401);
    const back = await loginAs(env.app, email).catch(() => undefined);
    expect(back).toBeUndefined(); // the old password is gone
    expect((await login(email, strong)).statusCode).toBe(200);
    const after = await login(email, strong);
    const cookie = `hc_session=${after.cookies.find((c) => c.name === "hc_session")!.value}`;
    const status = await env.app.inject({
      method: "GET",
      url: "/api/v1/me/recovery-codes",
      headers: { cookie },
    });
    expect(status.json().unused).toBe(9);

    // each code works once
    const twice = await recover({ email, code: codes[0], newPassword: stronger });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error).toEqual({
      code: "validation",
      message: expect.stringMatching(/^This code does not open this account/),
      field: "code",
      key: "auth.recovery_code_wrong",
    });
    const events = await auditOf(id);
    expect(events).toContainEqual({
      actor: id,
      reason: "recovery code",
      details: { password: "set with a recovery code", recoveryCodesLeft: 9 },
    });
  });

  it("answer alike for an unknown email, an inactive account and a wrong code", async () => {
    const admin = await loginAs(env.app, "admin@test.homecoming");
    const id = await newUser(admin, "nasrin.gone@test.homecoming");
    const me = await loginAs(env.app, "nasrin.gone@test.homecoming");
    const codes = (await me.post("/me/recovery-codes", { password })).json().codes as string[];
    expect((await admin.patch(`/users/${id}`, { active: false })).statusCode).toBe(200);
    const answers = await Promise.all([
      recover({ email: "nobody@test.homecoming", code: codes[1], newPassword: strong }),
      recover({ email: "nasrin.gone@test.homecoming", code: codes[1], newPassword: strong }),
      recover({ email: "case.dhaka@test.homecoming", code: codes[1], newPassword: strong }),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual([400, 400, 400]);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    const missing = await recover({ email: "nobody@test.homecoming", newPassword: strong });
    expect(missing.json().error).toMatchObject({ field: "code", message: expect.stringMatching(/code/) });
  });
});
