import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestEnv, type TestEnv } from "../../../test/harness";
import { type Client, loginAs, seedWorld } from "../../../test/world";

let env: TestEnv;
let client: Client;

beforeAll(async () => {
  env = await createTestEnv();
  await seedWorld(env.database);
  client = await loginAs(env.app, "case.dhaka@test.homecoming");
});
afterAll(() => env.close());

describe("reference look-ups", () => {
  it("answers 401 to every look-up without a session", async () => {
    for (const path of [
      "isco?q=mason",
      "isic?q=construction",
      "countries",
      "admin-areas?q=Dhaka",
      "isced",
      "languages",
      "service-categories",
    ]) {
      const res = await env.app.inject({ method: "GET", url: `/api/v1/reference/${path}` });
      expect(res.statusCode, path).toBe(401);
    }
  });

  it("finds ISCO-08 groups by title and by code, within the limit", async () => {
    const byTitle = await client.get("/reference/isco?q=bricklayer&limit=5");
    expect(byTitle.statusCode).toBe(200);
    expect(byTitle.json().items.map((g: { code: string }) => g.code)).toContain("7112");
    const byCode = (await client.get("/reference/isco?q=7411&limit=3")).json().items;
    expect(byCode[0]).toMatchObject({ code: "7411", level: 4 });
    expect((await client.get("/reference/isco?q=work&limit=2")).json().items).toHaveLength(2);
  });

  it("finds ISIC Rev.4 sectors by title words and by code, the exact code first", async () => {
    const byTitle = await client.get("/reference/isic?q=constr%20build");
    expect(byTitle.statusCode).toBe(200);
    expect(byTitle.json().items).toEqual([
      {
        code: "41",
        title: "Construction of buildings",
        level: "division",
        section: "F",
        sectionTitle: "Construction",
      },
    ]);
    expect(byTitle.json().total).toBe(1);
    const section = (await client.get("/reference/isic?q=f")).json().items;
    expect(section[0]).toMatchObject({ code: "F", level: "section", title: "Construction" });
    const byCode = (await client.get("/reference/isic?q=4")).json();
    expect(byCode.items.map((e: { code: string }) => e.code)).toEqual(
      expect.arrayContaining(["41", "42", "43", "45", "46", "47", "49"]),
    );
    const divisions = (await client.get("/reference/isic?q=manufacture&level=division&limit=50")).json();
    expect(divisions.total).toBeGreaterThan(10);
    expect(divisions.items.every((e: { level: string }) => e.level === "division")).toBe(true);
    expect(divisions.items.every((e: { sectionTitle: string }) => e.sectionTitle === "Manufacturing")).toBe(
      true,
    );
  });

  it("pages through the whole ISIC list when nothing is typed", async () => {
    const first = (await client.get("/reference/isic?limit=3")).json();
    expect(first.items.map((e: { code: string }) => e.code)).toEqual(["A", "01", "02"]);
    expect(first.total).toBe(109);
    const codes: string[] = [];
    for (let offset = 0; offset < first.total; offset += 50) {
      const page = (await client.get(`/reference/isic?limit=50&offset=${offset}`)).json();
      codes.push(...page.items.map((e: { code: string }) => e.code));
    }
    expect(new Set(codes).size).toBe(109);
    expect(codes.at(-1)).toBe("99");
    expect((await client.get("/reference/isic?offset=200")).json()).toEqual({ items: [], total: 109 });
  });

  it("finds districts with the name of their division, filtered by country and level", async () => {
    const res = await client.get("/reference/admin-areas?q=Dhaka&country=BD&level=2");
    expect(res.statusCode).toBe(200);
    const dhaka = res.json().items.find((a: { code: string }) => a.code === "BD3026");
    expect(dhaka).toMatchObject({ name: "Dhaka", level: 2, country: "BD", parentName: "Dhaka" });
    expect(res.json().items.every((a: { level: number }) => a.level === 2)).toBe(true);
    const erbil = (await client.get("/reference/admin-areas?q=Erbil&country=IQ")).json().items;
    expect(erbil.map((a: { code: string }) => a.code)).toContain("IQG11Q02");
  });

  it("names the field when a query parameter is invalid", async () => {
    const badCountry = await client.get("/reference/admin-areas?q=Dhaka&country=FR");
    expect(badCountry.statusCode).toBe(400);
    expect(badCountry.json().error.field).toBe("country");
    const badLimit = await client.get("/reference/isco?q=mason&limit=500");
    expect(badLimit.statusCode).toBe(400);
    expect(badLimit.json().error.field).toBe("limit");
    const badLevel = await client.get("/reference/isic?q=farm&level=class");
    expect(badLevel.statusCode).toBe(400);
    expect(badLevel.json().error.field).toBe("level");
    const badOffset = await client.get("/reference/isic?offset=-1");
    expect(badOffset.statusCode).toBe(400);
    expect(badOffset.json().error.field).toBe("offset");
  });

  it("filters countries by code or name with q, ignoring case and accents", async () => {
    const codes = async (query: string) =>
      (await client.get(`/reference/countries?${query}`)).json().items.map((c: { code: string }) => c.code);
    expect(await codes("q=turk")).toEqual(["TR", "TM", "TC"]);
    expect(await codes("q=T%C3%9CRKIYE")).toEqual(["TR"]);
    expect(await codes("q=c%C3%B4te%20d")).toEqual(["CI"]);
    expect(await codes("q=arab%20em")).toEqual(["AE"]);
    const sa = await codes("q=sa");
    expect(sa[0]).toBe("SA");
    expect(sa).toContain("SV");
    expect(await codes("q=saudi&lang=bn")).toEqual(["SA"]);
    expect(await codes("q=zzzz")).toEqual([]);
    expect((await codes("")).length).toBeGreaterThan(240);
    const long = await client.get(`/reference/countries?q=${"x".repeat(101)}`);
    expect(long.statusCode).toBe(400);
    expect(long.json().error.field).toBe("q");
  });

  it("lists countries in the asked language, ISCED levels, languages and service categories", async () => {
    const en = (await client.get("/reference/countries?lang=en")).json().items;
    expect(en.find((c: { code: string }) => c.code === "SA").name).toBe("Saudi Arabia");
    const bn = (await client.get("/reference/countries?lang=bn")).json().items;
    expect(bn.find((c: { code: string }) => c.code === "SA").name).not.toBe("Saudi Arabia");
    const isced = (await client.get("/reference/isced")).json().items;
    expect(isced.map((l: { level: number }) => l.level)).toEqual(
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].slice(0, isced.length),
    );
    expect(isced.length).toBeGreaterThanOrEqual(9);
    const languages = (await client.get("/reference/languages")).json().items;
    expect(languages).toContainEqual({ code: "bn", name: "Bengali" });
    const categories = (await client.get("/reference/service-categories")).json().items;
    expect(categories.find((c: { code: string }) => c.code === "econ.finance")).toMatchObject({
      dimension: "economic",
    });
  });
});
