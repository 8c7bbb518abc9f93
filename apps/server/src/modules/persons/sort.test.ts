import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestEnv, type TestEnv } from "../../../test/harness";
import { type Client, loginAs, personPayload, seedWorld } from "../../../test/world";
import { persons } from "../../db/schema";

let env: TestEnv;
let dhaka: Client;
const byName: Record<string, string> = {};

type Summary = { id: string; givenName: string; createdAt: string; returnedOn: string | null };

const returnee = (
  n: number,
  givenName: string,
  familyName: string | undefined,
  endDates: (string | undefined)[],
) =>
  personPayload({
    givenName,
    familyName,
    nameNative: undefined,
    birthDate: `198${n}-0${n + 1}-1${n}`,
    phone: `+880190000000${n}`,
    nationalId: `SORT-000${n}`,
    migrationEpisodes: endDates.map((endDate) => ({
      destinationCountry: "AE",
      startDate: "2010-01-01",
      ...(endDate ? { endDate } : {}),
      returnType: "voluntary",
    })),
  });

// registered at these times; Arif and Bilkis at the same moment, so that only the id tells them apart
const people = [
  { given: "Bilkis", family: "Ahmed", ends: ["2023-05-01"], at: "2025-01-02T09:00:00Z" },
  { given: "Arif", family: "Ahmed", ends: ["2024-01-10"], at: "2025-01-02T09:00:00Z" },
  { given: "Chandni", family: "Begum", ends: [undefined], at: "2025-01-01T09:00:00Z" },
  { given: "Dilruba", family: undefined, ends: ["2022-03-03"], at: "2025-01-04T09:00:00Z" },
  { given: "Ehsan", family: "Chowdhury", ends: ["2024-01-10"], at: "2025-01-03T09:00:00Z" },
  { given: "Farhana", family: "Das", ends: ["2015-01-01", "2021-06-30"], at: "2025-01-05T09:00:00Z" },
];

beforeAll(async () => {
  env = await createTestEnv();
  await seedWorld(env.database);
  dhaka = await loginAs(env.app, "case.dhaka@test.homecoming");
  for (const [n, p] of people.entries()) {
    const res = await dhaka.post("/persons", returnee(n, p.given, p.family, p.ends));
    expect(res.statusCode, res.body).toBe(201);
    byName[p.given] = res.json().id;
    await env.database.db
      .update(persons)
      .set({ createdAt: new Date(p.at) })
      .where(eq(persons.id, res.json().id));
  }
});
afterAll(() => env.close());

async function list(query: string) {
  const res = await dhaka.get(`/persons?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: Summary[]; total: number };
}
const names = async (query: string) => (await list(query)).items.map((p) => p.givenName);

/** The two people with the same registration time (or return date), in the order of their ids. */
const byId = (a: string, b: string) => [a, b].sort((x, y) => (byName[x]! < byName[y]! ? -1 : 1));

describe("sorting returnees", () => {
  it("lists the newest registrations first when nothing is searched", async () => {
    const [arifOrBilkis1, arifOrBilkis2] = byId("Arif", "Bilkis").reverse();
    expect(await names("")).toEqual(["Farhana", "Dilruba", "Ehsan", arifOrBilkis1, arifOrBilkis2, "Chandni"]);
    expect(await names("sort=-registered")).toEqual(await names(""));
  });

  it("sorts by registration, oldest first, breaking a tie by id", async () => {
    expect(await names("sort=registered")).toEqual([
      "Chandni",
      ...byId("Arif", "Bilkis"),
      "Ehsan",
      "Dilruba",
      "Farhana",
    ]);
  });

  it("sorts by family name then given name, a name without a family part by its given name", async () => {
    const ascending = ["Arif", "Bilkis", "Chandni", "Ehsan", "Farhana", "Dilruba"];
    expect(await names("sort=name")).toEqual(ascending);
    expect(await names("sort=-name")).toEqual([...ascending].reverse());
  });

  it("sorts by the latest return, those without a return date last either way", async () => {
    const ascending = await list("sort=returned");
    expect(ascending.items.map((p) => p.givenName)).toEqual([
      "Farhana",
      "Dilruba",
      "Bilkis",
      ...byId("Arif", "Ehsan"),
      "Chandni",
    ]);
    expect(ascending.items[0]).toMatchObject({ returnedOn: "2021-06-30" });
    expect(ascending.items.at(-1)).toMatchObject({ returnedOn: null });
    expect(await names("sort=-returned")).toEqual([
      ...byId("Arif", "Ehsan").reverse(),
      "Bilkis",
      "Dilruba",
      "Farhana",
      "Chandni",
    ]);
  });

  it("pages without overlap or gaps in every order, ties included", async () => {
    for (const sort of ["name", "-name", "registered", "-registered", "returned", "-returned"]) {
      const whole = (await list(`sort=${sort}&limit=50`)).items.map((p) => p.id);
      const paged: string[] = [];
      for (let offset = 0; offset < whole.length; offset += 2) {
        const page = await list(`sort=${sort}&limit=2&offset=${offset}`);
        expect(page.total).toBe(whole.length);
        paged.push(...page.items.map((p) => p.id));
      }
      expect(paged, sort).toEqual(whole);
      expect(new Set(paged).size).toBe(people.length);
    }
  });

  it("shows each person's registration time and latest return", async () => {
    const { items } = await list("sort=name&limit=1");
    expect(items[0]).toMatchObject({
      id: byName.Arif,
      createdAt: "2025-01-02T09:00:00.000Z",
      returnedOn: "2024-01-10",
    });
  });

  it("lists the best match first for a name search, unless another order is asked for", async () => {
    const relevant = await list("q=Arif%20Ahmed");
    expect(relevant.items[0]).toMatchObject({ id: byName.Arif, score: 1 });
    const scores = relevant.items.map((p) => (p as Summary & { score: number }).score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect((await list("q=Arif%20Ahmed&sort=relevance")).items).toEqual(relevant.items);
    expect(await names("q=Ahmed&sort=-name")).toEqual(["Bilkis", "Arif"]);
    expect(await names("q=Ahmed&sort=name")).toEqual(["Arif", "Bilkis"]);
    expect(await names("q=Ahmed&sort=-returned")).toEqual(["Arif", "Bilkis"]);
  });

  it("sorts a phone or ID search too, and answers 400 to relevance without a name to match", async () => {
    expect(await names(`phone=${encodeURIComponent("01900-000001")}&sort=name`)).toEqual(["Arif"]);
    for (const sort of ["relevance", "-relevance"]) {
      const res = await dhaka.get(`/persons?nationalId=SORT-0001&sort=${sort}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: "validation", field: "sort" });
      expect(res.json().error.message).toMatch(/relevance needs a name to match \(q\)/);
    }
  });

  it("answers 400 naming sort, and the orders it offers, for an unknown order", async () => {
    for (const sort of ["age", "--name", "Name", ""]) {
      const res = await dhaka.get(`/persons?q=Ahmed&sort=${sort}`);
      expect(res.statusCode, sort).toBe(400);
      expect(res.json().error.field).toBe("sort");
      expect(res.json().error.message).toContain(
        "sort must be one of relevance, -relevance, name, -name, registered, -registered, returned, -returned",
      );
    }
  });
});
