import { PersonInput, phoneE164 } from "@homecoming/domain";
import { adminAreaCountry } from "@homecoming/reference";
import { describe, expect, it } from "vitest";
import { generatePerson, generatePersons, personRng, Rng } from "./generator";

const population = generatePersons(7, 1000);

describe("the synthetic returnee generator", () => {
  it("produces 1000 persons that all satisfy the domain's PersonInput", () => {
    const failures = population
      .map((p, i) => ({ i, result: PersonInput.safeParse(p.input) }))
      .filter((r) => !r.result.success)
      .map(
        (r) => `#${r.i}: ${r.result.error?.issues[0]?.path.join(".")} ${r.result.error?.issues[0]?.message}`,
      );
    expect(failures).toEqual([]);
  });

  it("gives the same persons for the same seed and different ones for another seed", () => {
    expect(generatePersons(7, 50)).toEqual(population.slice(0, 50));
    expect(generatePersons(7, 10, { from: 40 })).toEqual(population.slice(40, 50));
    const other = generatePersons(8, 50).map((p) => p.input.nationalId ?? p.input.phone);
    expect(other).not.toEqual(population.slice(0, 50).map((p) => p.input.nationalId ?? p.input.phone));
  });

  it("keeps names the same whatever the return date, so back-dated demo data stays reproducible", () => {
    const a = generatePerson(personRng(3, 11), { returnedOn: "2025-06-01" }).input;
    const b = generatePerson(personRng(3, 11), { returnedOn: "2026-03-15" }).input;
    expect([b.givenName, b.familyName, b.nameNative, b.phone]).toEqual([
      a.givenName,
      a.familyName,
      a.nameNative,
      a.phone,
    ]);
  });

  it("mixes countries, sexes and return types the way real caseloads look", () => {
    const share = (pred: (p: (typeof population)[number]) => boolean) =>
      population.filter(pred).length / population.length;
    expect(share((p) => p.country === "BD")).toBeGreaterThan(0.4);
    expect(share((p) => p.country === "IQ")).toBeGreaterThan(0.12);
    const women = share((p) => p.input.sex === "female");
    expect(women).toBeGreaterThan(0.12);
    expect(women).toBeLessThan(0.28);
    const last = population.map((p) => p.input.migrationEpisodes.at(-1)!);
    expect(new Set(last.map((e) => e.returnType))).toEqual(
      new Set(["voluntary", "assisted", "forced", "crisis"]),
    );
    const bdWomenDomestic = population.filter(
      (p) =>
        p.country === "BD" &&
        p.input.sex === "female" &&
        p.input.migrationEpisodes.some((e) => e.occupationIsco === "9111"),
    );
    expect(bdWomenDomestic.length).toBeGreaterThan(30);
  });

  it("writes valid phones in E.164 and places each person in a district of their own country", () => {
    const prefix = { BD: "+8801", PK: "+923", IQ: "+9647" } as const;
    for (const p of population) {
      expect(adminAreaCountry(p.input.adminAreaCode)).toBe(p.country);
      if (p.input.phone) {
        expect(phoneE164(p.input.phone, p.country)).toEqual({ ok: true, e164: p.input.phone });
        expect(p.input.phone.startsWith(prefix[p.country])).toBe(true);
      }
    }
    const comilla = population.filter((p) => p.input.adminAreaCode === "BD2019").length;
    const bandarban = population.filter((p) => p.input.adminAreaCode === "BD2003").length;
    expect(comilla).toBeGreaterThan(bandarban * 3);
  });

  it("writes native names in the script of the country", () => {
    const script = { BD: /\p{Script=Bengali}/u, PK: /\p{Script=Arabic}/u, IQ: /\p{Script=Arabic}/u } as const;
    for (const p of population) expect(p.input.nameNative).toMatch(script[p.country]);
  });

  it("draws uniformly enough from its PRNG", () => {
    const rng = new Rng(42);
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 10_000; i++) buckets[Math.floor(rng.next() * 10)]++;
    for (const n of buckets) expect(Math.abs(n - 1000)).toBeLessThan(150);
  });
});
