import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestEnv, type TestEnv } from "../../../test/harness";
import { type Client, loginAs, seedWorld, type World } from "../../../test/world";

let env: TestEnv;
let world: World;
let admin: Client;
let caseDhaka: Client;
let providerTvet: Client;
let analyst: Client;

beforeAll(async () => {
  env = await createTestEnv();
  world = await seedWorld(env.database);
  admin = await loginAs(env.app, "admin@test.homecoming");
  caseDhaka = await loginAs(env.app, "case.dhaka@test.homecoming");
  providerTvet = await loginAs(env.app, "provider.tvet@test.homecoming");
  analyst = await loginAs(env.app, "analyst@test.homecoming");
});
afterAll(() => env.close());

const newOrganisation = (overrides: Record<string, unknown> = {}) => ({
  name: "BRAC Migration Programme",
  kind: "ngo",
  country: "BD",
  areasServed: ["BD30", "BD3026"],
  ...overrides,
});

const newUser = (overrides: Record<string, unknown> = {}) => ({
  organisationId: world.orgs.mrcDhaka.id,
  email: "new.counsellor@test.homecoming",
  name: "Nadia Chowdhury",
  password: "a-long-enough-password",
  roles: ["counsellor"],
  ...overrides,
});

/** No response may carry a password hash, under any field name. */
function expectNoPasswordHash(res: LightMyRequestResponse) {
  expect(res.body).not.toMatch(/\$argon2/);
  expect(res.body).not.toMatch(/passwordHash|password_hash/i);
}

const emails = (res: LightMyRequestResponse) =>
  (res.json().items as { email: string }[]).map((u) => u.email).sort();

describe("organisations", () => {
  it("lets an administrator create an organisation and reads it back", async () => {
    const created = await admin.post(
      "/organisations",
      newOrganisation({ name: "Created NGO", country: "bd" }),
    );
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: "Created NGO",
      kind: "ngo",
      country: "BD",
      areasServed: ["BD30", "BD3026"],
      active: true,
    });
    const read = await caseDhaka.get(`/organisations/${created.json().id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().name).toBe("Created NGO");
  });

  it("lets an administrator rename and deactivate an organisation", async () => {
    const id = (await admin.post("/organisations", newOrganisation({ name: "To Be Renamed" }))).json().id;
    const patched = await admin.patch(`/organisations/${id}`, { name: "Renamed NGO", active: false });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ name: "Renamed NGO", active: false, kind: "ngo" });
    expect((await admin.get(`/organisations/${id}`)).json()).toMatchObject({
      name: "Renamed NGO",
      active: false,
    });
  });

  it("answers 409 for a second organisation with the same name", async () => {
    const res = await admin.post("/organisations", newOrganisation({ name: "MRC Dhaka" }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("conflict");
  });

  it("answers 409 to renaming an organisation to a name another one has, keeping its name", async () => {
    const res = await admin.patch(`/organisations/${world.orgs.bank.id}`, { name: "MRC Erbil" });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("conflict");
    expect((await admin.get(`/organisations/${world.orgs.bank.id}`)).json().name).toBe(
      "Probashi Kallyan Bank",
    );
  });

  it("answers 400 naming country when it is not an ISO 3166 code", async () => {
    const res = await admin.post("/organisations", newOrganisation({ name: "Bad Country", country: "XX" }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: "validation", field: "country" });
  });

  it("answers 400 naming areasServed when an area code is unknown", async () => {
    const res = await admin.post(
      "/organisations",
      newOrganisation({ name: "Bad Area", areasServed: ["BD30", "ZZ9999"] }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: "validation", field: "areasServed.1" });
    expect((await admin.get("/organisations?limit=200")).json().items).not.toContainEqual(
      expect.objectContaining({ name: "Bad Area" }),
    );
  });

  it("answers 400 naming country on a patch with a bad country", async () => {
    const res = await admin.patch(`/organisations/${world.orgs.bank.id}`, { country: "Bangladesh" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("country");
    expect((await admin.get(`/organisations/${world.orgs.bank.id}`)).json().country).toBe("BD");
  });

  it("lists organisations filtered by kind and country with a total", async () => {
    const res = await caseDhaka.get("/organisations?kind=provider&country=BD");
    expect(res.statusCode).toBe(200);
    const names = (res.json().items as { name: string }[]).map((o) => o.name);
    expect(names).toEqual(["Dhaka Technical Training Centre", "Probashi Kallyan Bank"]);
    expect(res.json().total).toBe(2);
  });

  it("answers 404 for an organisation that does not exist", async () => {
    const res = await admin.get("/organisations/00000000-0000-4000-8000-000000000000");
    expect(res.statusCode).toBe(404);
  });

  describe("access", () => {
    it("answers 401 without a session", async () => {
      const res = await env.app.inject({ method: "GET", url: "/api/v1/organisations" });
      expect(res.statusCode).toBe(401);
    });

    it.each([
      ["case manager", () => caseDhaka],
      ["provider", () => providerTvet],
      ["analyst", () => analyst],
    ])("refuses a %s creating an organisation (403) and stores nothing", async (_who, client) => {
      const res = await client().post("/organisations", newOrganisation({ name: "Not Allowed NGO" }));
      expect(res.statusCode).toBe(403);
      expect((await admin.get("/organisations?kind=ngo")).json().items).not.toContainEqual(
        expect.objectContaining({ name: "Not Allowed NGO" }),
      );
    });

    it("refuses a non-administrator changing an organisation (403), even their own", async () => {
      const res = await caseDhaka.patch(`/organisations/${world.orgs.mrcDhaka.id}`, { name: "MRC Hijacked" });
      expect(res.statusCode).toBe(403);
      expect((await admin.get(`/organisations/${world.orgs.mrcDhaka.id}`)).json().name).toBe("MRC Dhaka");
    });

    it("lets any signed-in user read the organisation list", async () => {
      expect((await analyst.get("/organisations")).statusCode).toBe(200);
      expect((await providerTvet.get(`/organisations/${world.orgs.mrcErbil.id}`)).statusCode).toBe(200);
    });
  });
});

describe("users", () => {
  it("lets an administrator create a user who can then log in", async () => {
    const created = await admin.post("/users", newUser({ email: "Login.Later@test.homecoming" }));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      email: "login.later@test.homecoming",
      name: "Nadia Chowdhury",
      roles: ["counsellor"],
      organisationId: world.orgs.mrcDhaka.id,
      active: true,
    });
    expectNoPasswordHash(created);
    const login = await env.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "login.later@test.homecoming", password: "a-long-enough-password" },
    });
    expect(login.statusCode).toBe(200);
  });

  it("lets an administrator change a user's roles and name", async () => {
    const id = (await admin.post("/users", newUser({ email: "change.me@test.homecoming" }))).json().id;
    const patched = await admin.patch(`/users/${id}`, { name: "Nadia C.", roles: ["case_manager"] });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ name: "Nadia C.", roles: ["case_manager"] });
    expectNoPasswordHash(patched);
    expect((await admin.get(`/users/${id}`)).json()).toMatchObject({ roles: ["case_manager"] });
  });

  it("lets an administrator reset a password: the old one stops working, the new one works", async () => {
    const id = (await admin.post("/users", newUser({ email: "reset.me@test.homecoming" }))).json().id;
    const patched = await admin.patch(`/users/${id}`, { password: "a-brand-new-password" });
    expect(patched.statusCode).toBe(200);
    expectNoPasswordHash(patched);
    const attempt = (pw: string) =>
      env.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email: "reset.me@test.homecoming", password: pw },
      });
    expect((await attempt("a-long-enough-password")).statusCode).toBe(401);
    expect((await attempt("a-brand-new-password")).statusCode).toBe(200);
  });

  it("answers 409 for a duplicate email, whatever its case", async () => {
    const res = await admin.post("/users", newUser({ email: "CASE.DHAKA@test.homecoming" }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("conflict");
  });

  it("answers 400 naming roles for an unknown role", async () => {
    const res = await admin.post(
      "/users",
      newUser({ email: "bad.role@test.homecoming", roles: ["superuser"] }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: "validation", field: "roles.0" });
  });

  it("answers 400 naming password when it is shorter than 12 characters", async () => {
    const res = await admin.post("/users", newUser({ email: "short.pw@test.homecoming", password: "short" }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: "validation", field: "password" });
    const list = await admin.get(`/users?organisationId=${world.orgs.mrcDhaka.id}`);
    expect(emails(list)).not.toContain("short.pw@test.homecoming");
  });

  it("answers 400 naming organisationId when the organisation does not exist", async () => {
    const res = await admin.post(
      "/users",
      newUser({ email: "orphan@test.homecoming", organisationId: "00000000-0000-4000-8000-000000000000" }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("organisationId");
  });

  it("lets an administrator list the users of any organisation", async () => {
    const res = await admin.get(`/users?organisationId=${world.orgs.bank.id}`);
    expect(res.statusCode).toBe(200);
    expect(emails(res)).toEqual(["provider.bank@test.homecoming"]);
    expect(res.json().total).toBe(1);
  });

  it("never returns password hashes in user lists or reads", async () => {
    const list = await admin.get("/users?limit=200");
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBeGreaterThanOrEqual(7);
    expectNoPasswordHash(list);
    expectNoPasswordHash(await admin.get(`/users/${world.users.caseDhaka.id}`));
    expectNoPasswordHash(await caseDhaka.get("/users"));
    expectNoPasswordHash(await caseDhaka.get("/me"));
  });

  describe("access", () => {
    it("shows staff only the users of their own organisation", async () => {
      const res = await providerTvet.get("/users");
      expect(res.statusCode).toBe(200);
      expect(emails(res)).toEqual(["provider.tvet@test.homecoming"]);
      expect(res.json().total).toBe(1);
    });

    it("ignores a staff member's organisationId filter for another organisation", async () => {
      const res = await providerTvet.get(`/users?organisationId=${world.orgs.mrcDhaka.id}`);
      expect(emails(res)).toEqual(["provider.tvet@test.homecoming"]);
    });

    it("lets staff read a colleague but answers 404 for a user of another organisation", async () => {
      expect((await caseDhaka.get(`/users/${world.users.counsellorDhaka.id}`)).statusCode).toBe(200);
      expect((await caseDhaka.get(`/users/${world.users.caseErbil.id}`)).statusCode).toBe(404);
    });

    it.each([
      ["case manager", () => caseDhaka],
      ["provider", () => providerTvet],
      ["analyst", () => analyst],
    ])("refuses a %s creating a user (403) and stores nothing", async (_who, client) => {
      const res = await client().post("/users", newUser({ email: "sneaky@test.homecoming" }));
      expect(res.statusCode).toBe(403);
      expect(emails(await admin.get("/users?limit=200"))).not.toContain("sneaky@test.homecoming");
    });

    it("refuses a non-administrator changing a user (403), even themself", async () => {
      const res = await caseDhaka.patch(`/users/${world.users.caseDhaka.id}`, { roles: ["admin"] });
      expect(res.statusCode).toBe(403);
      expect((await admin.get(`/users/${world.users.caseDhaka.id}`)).json().roles).toEqual(["case_manager"]);
    });

    it("answers 401 for user lists without a session", async () => {
      const res = await env.app.inject({ method: "GET", url: "/api/v1/users" });
      expect(res.statusCode).toBe(401);
    });
  });
});
