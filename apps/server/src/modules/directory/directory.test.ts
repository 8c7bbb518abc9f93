import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openWorld } from "../../../test/harness";
import type { Client } from "../../../test/world";

const { env, world, as } = await openWorld();
const { admin, caseDhaka, providerTvet, providerBank, analyst } = as;
afterAll(() => env.close());

const names = (res: LightMyRequestResponse) => (res.json().items as { name: string }[]).map((s) => s.name);

const training = "Electrical installation course";
const rpl = "Recognition of prior learning: construction trades";
const loan = "Reintegration loan";

const newService = (overrides: Record<string, unknown> = {}) => ({
  organisationId: world.orgs.tvet.id,
  name: "Welding certificate course",
  description: "Three-month welding course with a national certificate",
  category: "econ.vocational_training",
  serviceAreas: ["BD3026"],
  languages: ["bn"],
  capacity: 20,
  contact: { phone: "+8801711999999", email: "welding@tvet.example" },
  ...overrides,
});

/** A service's current version, which a change must name. */
async function versionOf(id: string): Promise<number> {
  return (await admin.get(`/services/${id}`)).json().version;
}

describe("searching the directory", () => {
  it("finds a service by a word of its name or description", async () => {
    const res = await caseDhaka.get("/services?q=electrical");
    expect(res.statusCode).toBe(200);
    expect(names(res)).toEqual([training]);
    expect(res.json().items[0]).toMatchObject({
      organisationName: "Dhaka Technical Training Centre",
      category: "econ.vocational_training",
      dimension: "economic",
    });
  });

  it("finds a service by a word of its description only", async () => {
    const res = await caseDhaka.get("/services?q=certification");
    expect(names(res)).toEqual([rpl]);
  });

  it("finds a service despite a misspelt name (trigram similarity)", async () => {
    const res = await caseDhaka.get(`/services?q=${encodeURIComponent("Reintegraton lone")}`);
    expect(res.statusCode).toBe(200);
    expect(names(res)).toContain(loan);
  });

  it("finds nothing for text that matches no service", async () => {
    const res = await caseDhaka.get("/services?q=aquaculture");
    expect(res.json()).toEqual({ items: [], total: 0 });
  });

  it("filters by a taxonomy category", async () => {
    const res = await caseDhaka.get("/services?category=econ.finance");
    expect(names(res)).toEqual([loan]);
    expect(res.json().total).toBe(1);
  });

  it("filters by a dimension: every service of its categories, none of other dimensions", async () => {
    const economic = await caseDhaka.get("/services?category=economic&limit=200");
    expect(names(economic)).toEqual(expect.arrayContaining([training, rpl, loan]));
    expect((economic.json().items as { dimension: string }[]).every((s) => s.dimension === "economic")).toBe(
      true,
    );
    const social = await caseDhaka.get("/services?category=social&limit=200");
    expect(names(social)).not.toContain(training);
    expect(names(social)).not.toContain(loan);
  });

  it("finds, for a district, services listed for the district, its division and the whole country", async () => {
    const res = await caseDhaka.get("/services?area=BD3026&limit=200");
    expect(names(res)).toEqual(expect.arrayContaining([training, rpl, loan]));
  });

  it("finds, for a division, services of the division and the country but not of one of its districts", async () => {
    const res = await caseDhaka.get("/services?area=BD30&limit=200");
    expect(names(res)).toEqual(expect.arrayContaining([training, loan]));
    expect(names(res)).not.toContain(rpl);
  });

  it("finds only nationwide services for a district of another division", async () => {
    const res = await caseDhaka.get("/services?area=BD1004&limit=200");
    expect(names(res)).toContain(loan);
    expect(names(res)).not.toContain(training);
    expect(names(res)).not.toContain(rpl);
  });

  it("finds no Bangladeshi service for a district in Pakistan", async () => {
    const res = await caseDhaka.get("/services?area=PK617&limit=200");
    expect(names(res)).not.toContain(loan);
    expect(names(res)).not.toContain(training);
  });

  it("combines text, category and area", async () => {
    const res = await caseDhaka.get("/services?q=loan&category=economic&area=BD3026");
    expect(names(res)).toEqual([loan]);
  });

  it("pages with limit and offset and reports the total", async () => {
    const all = await caseDhaka.get(`/services?organisationId=${world.orgs.tvet.id}&limit=200`);
    const total = all.json().total as number;
    expect(total).toBeGreaterThanOrEqual(2);
    expect(all.json().items).toHaveLength(total);
    const page = await caseDhaka.get(`/services?organisationId=${world.orgs.tvet.id}&limit=1&offset=1`);
    expect(page.json().total).toBe(total);
    expect(names(page)).toEqual([names(all)[1]]);
  });

  it("answers 400 naming category for a code outside the taxonomy", async () => {
    const res = await caseDhaka.get("/services?category=econ.magic");
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: "validation", field: "category" });
  });

  it("answers 400 naming area for an unknown area code", async () => {
    const res = await caseDhaka.get("/services?area=XX123");
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: "validation", field: "area" });
  });

  it("answers 400 naming limit when it is above 200", async () => {
    const res = await caseDhaka.get("/services?limit=1000");
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("limit");
  });

  it("reads one service by id", async () => {
    const res = await analyst.get(`/services/${world.services.loan.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: loan, organisationName: "Probashi Kallyan Bank" });
  });

  it("names the areas a service serves: a country as a whole, a district with its division", async () => {
    expect((await analyst.get(`/services/${world.services.loan.id}`)).json().areas).toEqual([
      { code: "BD", name: "Bangladesh", level: 0, parentName: null },
    ]);
    expect((await analyst.get(`/services/${world.services.rpl.id}`)).json().areas).toEqual([
      { code: "BD3026", name: "Dhaka", level: 2, parentName: "Dhaka" },
    ]);
  });

  it("answers 404 for a service that does not exist", async () => {
    const res = await caseDhaka.get("/services/00000000-0000-4000-8000-000000000000");
    expect(res.statusCode).toBe(404);
  });
});

describe("managing services", () => {
  it("says who may change a service: its organisation's staff and administrators", async () => {
    const can = async (client: Client) =>
      (await client.get(`/services/${world.services.loan.id}`)).json().can;
    expect(await can(providerBank)).toEqual(["update"]);
    expect(await can(admin)).toEqual(["update"]);
    expect(await can(providerTvet)).toEqual([]);
    expect(await can(caseDhaka)).toEqual([]);
    expect(await can(analyst)).toEqual([]);
  });

  it("lets an administrator add a service for any organisation", async () => {
    const res = await admin.post(
      "/services",
      newService({
        organisationId: world.orgs.mrcErbil.id,
        name: "Returnee peer group Erbil",
        description: "Weekly peer support group",
        category: "psy.peer_support",
        serviceAreas: ["IQG11"],
        languages: ["ckb", "ar"],
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      organisationName: "MRC Erbil",
      dimension: "psychosocial",
      serviceAreas: ["IQG11"],
      active: true,
    });
    const found = await caseDhaka.get("/services?area=IQG11Q02&category=psychosocial");
    expect(names(found)).toContain("Returnee peer group Erbil");
  });

  it("lets a provider add a service of its own organisation", async () => {
    const res = await providerTvet.post("/services", newService({ name: "Plumbing course" }));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ organisationId: world.orgs.tvet.id, capacity: 20, cost: "free" });
    expect((await caseDhaka.get(`/services/${res.json().id}`)).json().name).toBe("Plumbing course");
  });

  it("lets the providing organisation change its service", async () => {
    const res = await providerTvet.patch(`/services/${world.services.training.id}`, {
      version: await versionOf(world.services.training.id),
      capacity: 35,
      description: "Six-month course in electrical installation, evening classes",
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ capacity: 35, name: training });
    expect((await caseDhaka.get("/services?q=evening")).json().items[0].id).toBe(world.services.training.id);
  });

  it("refuses a save started from an older version, keeping the save made meanwhile", async () => {
    const id = (await providerTvet.post("/services", newService({ name: "Masonry course" }))).json().id;
    expect(await versionOf(id)).toBe(1);
    const first = await providerTvet.patch(`/services/${id}`, { capacity: 12, version: 1 });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ capacity: 12, version: 2 });
    // a second editor still holding version 1
    const second = await admin.patch(`/services/${id}`, { capacity: 40, name: "Masonry", version: 1 });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({ code: "stale_version" });
    expect((await caseDhaka.get(`/services/${id}`)).json()).toMatchObject({
      name: "Masonry course",
      capacity: 12,
      version: 2,
    });
    const missing = await admin.patch(`/services/${id}`, { capacity: 40 });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({ code: "validation", field: "version" });
    expect((await caseDhaka.get(`/services/${id}`)).json().capacity).toBe(12);
  });

  it("hides a deactivated service from searches unless includeInactive is asked for", async () => {
    const id = (await providerTvet.post("/services", newService({ name: "Tiling course" }))).json().id;
    const off = await admin.patch(`/services/${id}`, { active: false, version: 1 });
    expect(off.statusCode).toBe(200);
    expect(off.json().active).toBe(false);
    expect(names(await caseDhaka.get("/services?q=tiling"))).toEqual([]);
    expect(names(await caseDhaka.get("/services?q=tiling&includeInactive=true"))).toEqual(["Tiling course"]);
  });

  it("answers 400 naming category for a code outside the taxonomy, and stores nothing", async () => {
    const res = await admin.post(
      "/services",
      newService({ name: "Mystery service", category: "econ.magic" }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: "validation", field: "category" });
    expect(names(await caseDhaka.get("/services?q=mystery&includeInactive=true"))).toEqual([]);
  });

  it("answers 400 naming serviceAreas for an unknown area code", async () => {
    const res = await admin.post("/services", newService({ serviceAreas: ["BD3026", "ZZ1"] }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: "validation", field: "serviceAreas.1" });
  });

  it("answers 400 naming serviceAreas when a service lists no area", async () => {
    const res = await admin.post("/services", newService({ serviceAreas: [] }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("serviceAreas");
  });

  it("answers 400 naming category on a patch with a bad category, leaving the service unchanged", async () => {
    const res = await providerBank.patch(`/services/${world.services.loan.id}`, {
      category: "finance",
      version: await versionOf(world.services.loan.id),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("category");
    expect((await caseDhaka.get(`/services/${world.services.loan.id}`)).json().category).toBe("econ.finance");
  });

  it("answers 400 naming organisationId when the organisation does not exist", async () => {
    const res = await admin.post(
      "/services",
      newService({ organisationId: "00000000-0000-4000-8000-000000000000" }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("organisationId");
  });

  describe("access", () => {
    it("refuses a provider adding a service for another organisation (403), storing nothing", async () => {
      const res = await providerBank.post("/services", newService({ name: "Forged course" }));
      expect(res.statusCode).toBe(403);
      expect(names(await caseDhaka.get("/services?q=forged&includeInactive=true"))).toEqual([]);
    });

    it("refuses another organisation changing a service (403), leaving it unchanged", async () => {
      const res = await providerBank.patch(`/services/${world.services.rpl.id}`, {
        name: "Taken over",
        version: await versionOf(world.services.rpl.id),
      });
      expect(res.statusCode).toBe(403);
      expect((await caseDhaka.get(`/services/${world.services.rpl.id}`)).json().name).toBe(rpl);
    });

    it("refuses a case manager of an MRC changing a provider's service (403)", async () => {
      const res = await caseDhaka.patch(`/services/${world.services.loan.id}`, {
        capacity: 1,
        version: await versionOf(world.services.loan.id),
      });
      expect(res.statusCode).toBe(403);
    });

    it("lets an administrator change any service", async () => {
      const res = await admin.patch(`/services/${world.services.rpl.id}`, {
        languages: ["bn", "en", "hi"],
        version: await versionOf(world.services.rpl.id),
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().languages).toEqual(["bn", "en", "hi"]);
    });

    it("lets every signed-in role search the directory", async () => {
      for (const client of [admin, caseDhaka, providerTvet, analyst]) {
        expect((await client.get("/services?category=econ.finance")).statusCode).toBe(200);
      }
    });

    it("answers 401 to searches and changes without a session", async () => {
      expect((await env.app.inject({ method: "GET", url: "/api/v1/services" })).statusCode).toBe(401);
      const write = await env.app.inject({
        method: "PATCH",
        url: `/api/v1/services/${world.services.loan.id}`,
        payload: { capacity: 1, version: 1 },
      });
      expect(write.statusCode).toBe(401);
    });
  });
});

describe("sorting the directory", () => {
  type Listed = { id: string; name: string; organisationName: string; category: string };
  const list = async (query: string) => {
    const res = await caseDhaka.get(`/services?includeInactive=true&${query}`);
    expect(res.statusCode).toBe(200);
    return res.json() as { items: Listed[]; total: number };
  };
  const listNames = async (query: string) => (await list(query)).items.map((s) => s.name);

  beforeAll(async () => {
    for (const [organisationId, name, description, category] of [
      [
        world.orgs.bank.id,
        "Tailoring training",
        "Training in tailoring, with a training certificate",
        "econ.vocational_training",
      ],
      [
        world.orgs.tvet.id,
        "Driving lessons",
        "Lessons and some training for a driving licence",
        "econ.vocational_training",
      ],
      [world.orgs.bank.id, "Peer group for returnees", "Monthly meetings", "psy.peer_support"],
      [world.orgs.tvet.id, "Birth certificates", "Help with civil documents", "soc.documentation"],
    ] as const) {
      const res = await admin.post("/services", newService({ organisationId, name, description, category }));
      expect(res.statusCode).toBe(201);
    }
  });

  it("lists by name without text, by relevance with text, and by name with text when asked", async () => {
    const byName = await listNames("limit=200");
    expect(byName.indexOf("Birth certificates")).toBeLessThan(byName.indexOf("Driving lessons"));
    expect(byName.indexOf("Driving lessons")).toBeLessThan(byName.indexOf("Tailoring training"));
    expect(await listNames("q=training")).toEqual(["Tailoring training", "Driving lessons"]);
    expect(await listNames("q=training&sort=relevance")).toEqual(["Tailoring training", "Driving lessons"]);
    expect(await listNames("q=training&sort=-relevance")).toEqual(["Driving lessons", "Tailoring training"]);
    expect(await listNames("q=training&sort=name")).toEqual(["Driving lessons", "Tailoring training"]);
    expect(await listNames("q=training&sort=-name")).toEqual(["Tailoring training", "Driving lessons"]);
  });

  it("sorts by name both ways", async () => {
    const ascending = await listNames("sort=name&limit=200");
    expect(await listNames("sort=-name&limit=200")).toEqual([...ascending].reverse());
  });

  it("sorts by organisation, then by name within it, both ways", async () => {
    const ascending = (await list("sort=organisation&limit=200")).items;
    const tvetFirst = ascending.findIndex((s) => s.organisationName === "Dhaka Technical Training Centre");
    const bankFirst = ascending.findIndex((s) => s.organisationName === "Probashi Kallyan Bank");
    expect(tvetFirst).toBeLessThan(bankFirst);
    const bank = ascending.filter((s) => s.organisationName === "Probashi Kallyan Bank").map((s) => s.name);
    expect(bank).toEqual(["Peer group for returnees", "Reintegration loan", "Tailoring training"]);
    const descending = (await list("sort=-organisation&limit=200")).items;
    expect(descending.map((s) => s.id)).toEqual(ascending.map((s) => s.id).reverse());
  });

  it("sorts by category in taxonomy order: economic, then social, then psychosocial", async () => {
    const categories = (await list("sort=category&limit=200")).items.map((s) => s.category);
    const rank = (c: string) => ["econ", "soc", "psy"].indexOf(c.split(".")[0]!);
    expect(categories.map(rank)).toEqual([...categories.map(rank)].sort());
    expect(categories.at(-1)).toBe("psy.peer_support");
    expect((await list("sort=-category&limit=1")).items[0]!.category).toBe("psy.peer_support");
  });

  it("sorts by creation, the newest first with -created", async () => {
    expect((await listNames("sort=-created&limit=1"))[0]).toBe("Birth certificates");
  });

  it("pages through the directory sorted by organisation or category without overlap or gaps, both ways", async () => {
    for (const sort of ["organisation", "-organisation", "category", "-category"]) {
      const all = (await list(`sort=${sort}&limit=200`)).items.map((s) => s.id);
      const pages: string[] = [];
      for (let offset = 0; offset < all.length; offset += 2) {
        pages.push(...(await list(`sort=${sort}&limit=2&offset=${offset}`)).items.map((s) => s.id));
      }
      expect(pages).toEqual(all);
    }
  });

  it("answers 400 naming sort when relevance is asked for without text", async () => {
    const res = await caseDhaka.get("/services?sort=relevance");
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: "validation", field: "sort" });
    expect(res.json().error.message).toContain("sort by relevance needs search text (q)");
  });

  it("answers 400 naming sort and the allowed values for an unknown sort", async () => {
    for (const query of ["sort=price", "q=loan&sort=price"]) {
      const res = await caseDhaka.get(`/services?${query}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe("sort");
      expect(res.json().error.message).toContain(
        "relevance, -relevance, name, -name, organisation, -organisation, category, -category, created, -created",
      );
    }
  });
});
