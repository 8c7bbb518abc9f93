import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openWorld } from "../../../test/harness";

const { env, world, as } = await openWorld();
const { admin, caseDhaka, providerTvet, analyst } = as;
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

  describe("finding by name (q)", () => {
    const found = async (q: string) => {
      const res = await caseDhaka.get(`/organisations?q=${encodeURIComponent(q)}&limit=20`);
      expect(res.statusCode).toBe(200);
      return res.json() as { items: { id: string; name: string }[]; total: number };
    };

    beforeAll(async () => {
      for (const name of ["Réseau Émigrés Solidaires", "Hôpital Al-Shifa 1", "Hôpital Al-Shifa 2"]) {
        const res = await admin.post(
          "/organisations",
          newOrganisation({ name, kind: "partner_abroad", country: "FR", areasServed: [] }),
        );
        expect(res.statusCode).toBe(201);
      }
      for (const n of [3, 4, 5]) {
        await admin.post(
          "/organisations",
          newOrganisation({
            name: `HOPITAL AL-SHIFA ${n}`,
            kind: "provider",
            country: "IQ",
            areasServed: [],
          }),
        );
      }
    });

    it("answers a picker's request with ids and names and a total", async () => {
      const page = await found("Kallyan");
      expect(page).toEqual({
        items: [expect.objectContaining({ id: world.orgs.bank.id, name: "Probashi Kallyan Bank" })],
        total: 1,
      });
    });

    it("matches a part of the name in any letter case", async () => {
      expect((await found("mrc")).items.map((o) => o.name)).toEqual(["MRC Dhaka", "MRC Erbil"]);
      expect((await found("TECHNICAL TRAIN")).items.map((o) => o.name)).toEqual([
        "Dhaka Technical Training Centre",
      ]);
    });

    it("ignores accents on either side", async () => {
      expect((await found("reseau emigres")).items.map((o) => o.name)).toEqual(["Réseau Émigrés Solidaires"]);
      expect((await found("RÉSEAU")).items.map((o) => o.name)).toEqual(["Réseau Émigrés Solidaires"]);
      expect((await found("Érbil")).items.map((o) => o.name)).toEqual(["MRC Erbil"]);
    });

    it("finds nothing for text no name contains, and treats an empty q as no filter", async () => {
      expect(await found("aquaculture")).toEqual({ items: [], total: 0 });
      expect((await found("")).total).toBe((await found(" ")).total);
      expect((await found("")).total).toBeGreaterThanOrEqual(11);
    });

    it("pages through the matches, whatever their case and accents, with the total on every page", async () => {
      const pages = [];
      for (const offset of [0, 2, 4]) {
        const res = await caseDhaka.get(`/organisations?q=hopital%20al-shifa&limit=2&offset=${offset}`);
        expect(res.json().total).toBe(5);
        pages.push(...(res.json().items as { name: string }[]).map((o) => o.name));
      }
      expect(pages).toEqual([
        "Hôpital Al-Shifa 1",
        "Hôpital Al-Shifa 2",
        "HOPITAL AL-SHIFA 3",
        "HOPITAL AL-SHIFA 4",
        "HOPITAL AL-SHIFA 5",
      ]);
    });

    it("combines q with kind and country", async () => {
      const res = await caseDhaka.get("/organisations?q=shifa&kind=provider&country=IQ");
      expect(res.json().total).toBe(3);
    });

    it("answers 400 naming q when it is longer than 200 characters", async () => {
      const res = await caseDhaka.get(`/organisations?q=${"a".repeat(201)}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe("q");
    });
  });

  describe("sorting", () => {
    type Org = { id: string; name: string; kind: string; createdAt: string };
    const list = async (query: string) => {
      const res = await caseDhaka.get(`/organisations?${query}`);
      expect(res.statusCode).toBe(200);
      return res.json() as { items: Org[]; total: number };
    };
    /** Every organisation, two at a time: pages may neither overlap nor skip one. */
    const paged = async (sort: string) => {
      const { total } = await list(`sort=${sort}&limit=1`);
      const items: Org[] = [];
      for (let offset = 0; offset < total; offset += 2) {
        items.push(...(await list(`sort=${sort}&limit=2&offset=${offset}`)).items);
      }
      return items;
    };

    it("sorts by name by default, ignoring letter case and accents, and descending with -name", async () => {
      const byDefault = (await list("limit=200")).items.map((o) => o.name);
      const expected = [
        "Dhaka Technical Training Centre",
        "Hôpital Al-Shifa 1",
        "Hôpital Al-Shifa 2",
        "HOPITAL AL-SHIFA 3",
        "MRC Dhaka",
        "MRC Erbil",
        "Probashi Kallyan Bank",
        "Réseau Émigrés Solidaires",
      ];
      expect(byDefault.filter((n) => expected.includes(n))).toEqual(expected);
      expect((await list("sort=-name&limit=200")).items.map((o) => o.name)).toEqual([...byDefault].reverse());
    });

    it("sorts by kind both ways, pages without overlap or gaps, and breaks ties the same way each time", async () => {
      for (const sort of ["kind", "-kind"]) {
        const all = (await list(`sort=${sort}&limit=200`)).items;
        const kinds = all.map((o) => o.kind);
        const sorted = [...kinds].sort();
        expect(kinds).toEqual(sort === "kind" ? sorted : sorted.reverse());
        expect(new Set(kinds).size).toBeLessThan(kinds.length);
        const pages = await paged(sort);
        expect(pages.map((o) => o.id)).toEqual(all.map((o) => o.id));
        expect(new Set(pages.map((o) => o.id)).size).toBe(all.length);
      }
    });

    it("sorts by creation, newest first with -created", async () => {
      const created = await admin.post(
        "/organisations",
        newOrganisation({ name: "Newest Partner", kind: "partner_abroad", country: "IT", areasServed: [] }),
      );
      const newest = (await list("sort=-created&limit=1")).items[0]!;
      expect(newest.id).toBe(created.json().id);
      const oldest = (await list("sort=created&limit=200")).items;
      expect(oldest.at(-1)!.id).toBe(created.json().id);
      const seeded = Object.values(world.orgs).map((o) => o.id);
      expect(oldest.slice(0, seeded.length).map((o) => o.id)).toEqual(expect.arrayContaining(seeded));
    });

    it("answers 400 naming sort and the allowed values for an unknown sort", async () => {
      const res = await caseDhaka.get("/organisations?sort=budget");
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe("sort");
      expect(res.json().error.message).toContain(
        "name, -name, kind, -kind, country, -country, created, -created",
      );
    });
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

  it("refuses a common or guessable password with advice, on creation and on a reset, and keeps nothing", async () => {
    for (const password of ["password1234", "Password123!", "qwertyuiop12", "iloveyou1234"]) {
      const res = await admin.post("/users", newUser({ email: "weak.pw.user@test.homecoming", password }));
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: "validation", field: "password" });
      expect(res.json().error.message).toMatch(/^This password is too easy to guess/);
      expect(res.json().error.key).toMatch(/^password\.too_easy\./);
    }
    const list = await admin.get(`/users?organisationId=${world.orgs.mrcDhaka.id}`);
    expect(emails(list)).not.toContain("weak.pw.user@test.homecoming");
    const reset = await admin.patch(`/users/${world.users.analyst.id}`, { password: "password1234" });
    expect(reset.statusCode).toBe(400);
    expect(reset.json().error.field).toBe("password");
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

  describe("sorting", () => {
    type Listed = { id: string; name: string; email: string };
    const list = async (query: string) => {
      const res = await admin.get(`/users?${query}`);
      expect(res.statusCode).toBe(200);
      return res.json() as { items: Listed[]; total: number };
    };

    beforeAll(async () => {
      for (const [email, name] of [
        ["twin.one@test.homecoming", "Twin Name"],
        ["twin.two@test.homecoming", "Twin Name"],
        ["twin.three@test.homecoming", "twin name"],
      ] as const) {
        const res = await admin.post(
          "/users",
          newUser({ email, name, organisationId: world.orgs.mrcErbil.id }),
        );
        expect(res.statusCode).toBe(201);
      }
    });

    it("sorts by name by default, ignoring letter case, and the other way with -name", async () => {
      const names = (await list("limit=200")).items.map((u) => u.name.toLowerCase());
      expect(names).toEqual([...names].sort());
      const reversed = (await list("sort=-name&limit=200")).items.map((u) => u.name.toLowerCase());
      expect(reversed).toEqual([...names].reverse());
    });

    it("sorts by email both ways", async () => {
      const emails = (await list("sort=email&limit=200")).items.map((u) => u.email);
      expect(emails).toEqual([...emails].sort());
      expect((await list("sort=-email&limit=200")).items.map((u) => u.email)).toEqual([...emails].reverse());
    });

    it("pages through users with the same name one at a time, each once, in the same order", async () => {
      for (const sort of ["name", "-name"]) {
        const query = `organisationId=${world.orgs.mrcErbil.id}&sort=${sort}`;
        const all = (await list(`${query}&limit=200`)).items.map((u) => u.id);
        const pages: string[] = [];
        for (let offset = 0; offset < all.length; offset++) {
          pages.push(...(await list(`${query}&limit=1&offset=${offset}`)).items.map((u) => u.id));
        }
        expect(pages).toEqual(all);
        expect(new Set(pages).size).toBe(all.length);
      }
    });

    it("sorts by creation", async () => {
      const latest = (await list(`organisationId=${world.orgs.mrcErbil.id}&sort=-created&limit=1`)).items[0]!;
      expect(latest.email).toBe("twin.three@test.homecoming");
    });

    it("answers 400 naming sort and the allowed values for an unknown sort", async () => {
      const res = await admin.get("/users?sort=role");
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: "validation", field: "sort" });
      expect(res.json().error.message).toContain("name, -name, email, -email, created, -created");
    });
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
