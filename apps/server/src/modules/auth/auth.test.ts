import { afterAll, describe, expect, it } from "vitest";
import { openWorld } from "../../../test/harness";
import { loginAs, password } from "../../../test/world";

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
      error: { code: "validation", message: expect.stringMatching(/^The request body is not valid JSON/) },
    });
    const empty = await send("");
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toMatchObject({ code: "validation", message: expect.stringMatching(/empty/) });
    const text = await send("<email/>", "application/xml");
    expect(text.statusCode).toBe(415);
    expect(text.json().error).toMatchObject({
      code: "validation",
      message: expect.stringMatching(/application\/json/),
    });
  });

  it("answers 401 without a session and after logout", async () => {
    expect((await env.app.inject({ method: "GET", url: "/api/v1/me" })).statusCode).toBe(401);
    const client = await loginAs(env.app, "provider.tvet@test.homecoming");
    expect((await client.get("/me")).statusCode).toBe(200);
    expect((await client.post("/auth/logout")).statusCode).toBe(204);
    expect((await client.get("/me")).statusCode).toBe(401);
  });

  it("rejects a wrong password and locks the account after repeated failures", async () => {
    const attempt = (pw: string) =>
      env.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email: "analyst@test.homecoming", password: pw },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await attempt("wrong-password")).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401]);
    const locked = await attempt(password);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.message).toMatch(/locked/);
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
