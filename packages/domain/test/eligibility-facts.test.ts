import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scoreNeeds } from "../src/assessment-needs";
import { scoreVulnerability } from "../src/assessment-vulnerability";
import { buildFacts, type FactsSource, factCatalogue, factDefinition } from "../src/eligibility-facts";
import { noNeeds } from "../src/values";

const asOf = new Date("2026-11-24T10:00:00Z");

const person: FactsSource["person"] = {
  sex: "female",
  birthDate: "1990-11-25",
  adminAreaCode: "BD3026",
  migrationEpisodes: [
    { destinationCountry: "MY", startDate: "2012-01-15", endDate: "2014-01-10", returnType: "voluntary" },
    {
      destinationCountry: "SA",
      startDate: "2018-03-01",
      endDate: "2026-02-20",
      returnType: "forced",
      occupationIsco: "9111",
    },
  ],
  education: { iscedLevel: 2 },
  debts: [
    { amount: 244_000, currency: "BDT", lender: "informal_lender" },
    { amount: 3750, currency: "SAR", lender: "recruitment_agency" },
  ],
  documents: [
    { type: "passport", status: "confiscated" },
    { type: "national_id", status: "held" },
  ],
  housing: { status: "with_family" },
  household: { size: 6, dependants: 4, childrenOfSchoolAge: 2, headOfHousehold: true },
  disability: { hasDisability: false },
};

describe("returnee facts", () => {
  it("derives every fact from a complete record", () => {
    const facts = buildFacts({ person, asOf });
    expect(facts).toEqual({
      factsVersion: 1,
      age: 35, // the 36th birthday is tomorrow
      sex: "female",
      monthsSinceReturn: 9,
      returnType: "forced",
      destinationCountry: "SA",
      destinationRegion: "gcc",
      monthsAbroad: 23 + 95,
      iscoMajorGroup: 9,
      skillLevel: 1,
      iscedLevel: 2,
      country: "BD",
      province: "BD30",
      district: "BD3026",
      debtAmountUsd: 3000,
      informalDebt: true,
      documentsMissing: ["passport"],
      housingStatus: "with_family",
      householdSize: 6,
      childrenOfSchoolAge: 2,
      disability: false,
      vulnerabilityFlags: null,
      needs: { economic: null, social: null, psychosocial: null },
    });
  });

  it("reports what the record does not hold as null (unknown), not as false or zero", () => {
    const facts = buildFacts({
      person: { sex: "male", birthYear: 1995, adminAreaCode: "BD30", migrationEpisodes: [] },
      asOf,
    });
    expect(facts.age).toBe(31);
    expect(facts.province).toBe("BD30");
    for (const name of [
      "monthsSinceReturn",
      "returnType",
      "destinationCountry",
      "destinationRegion",
      "monthsAbroad",
      "iscoMajorGroup",
      "skillLevel",
      "iscedLevel",
      "district",
      "debtAmountUsd",
      "informalDebt",
      "documentsMissing",
      "housingStatus",
      "householdSize",
      "childrenOfSchoolAge",
      "disability",
      "vulnerabilityFlags",
    ] as const)
      expect(facts[name], name).toBeNull();
  });

  it("counts an empty debt list as no debt, and a debt in a currency without a rate as unknown", () => {
    expect(buildFacts({ person: { ...person, debts: [] }, asOf })).toMatchObject({
      debtAmountUsd: 0,
      informalDebt: false,
    });
    expect(
      buildFacts({ person: { ...person, debts: [{ amount: 10, currency: "XAF", lender: "bank" }] }, asOf }),
    ).toMatchObject({ debtAmountUsd: null, informalDebt: false });
  });

  it("leaves time abroad unknown when an episode lacks its dates, and maps destinations to regions", () => {
    const facts = buildFacts({
      person: {
        ...person,
        migrationEpisodes: [{ destinationCountry: "DE", returnType: "assisted", endDate: "2026-10-01" }],
      },
      asOf,
    });
    expect(facts).toMatchObject({ monthsAbroad: null, destinationRegion: "europe", monthsSinceReturn: 1 });
    const jordan = buildFacts({
      person: { ...person, migrationEpisodes: [{ destinationCountry: "JO", returnType: "crisis" }] },
      asOf,
    });
    expect(jordan).toMatchObject({
      destinationRegion: "other",
      monthsSinceReturn: null,
      returnType: "crisis",
    });
  });

  it("takes the priorities of the latest needs assessment and the flags of the latest screening", () => {
    const needs = scoreNeeds({
      economic: {
        employmentStatus: "unemployed_seeking",
        incomeSufficient: false,
        hasDebt: true,
        debtPressure: 3,
        wantsTraining: true,
        wantsJob: true,
        wantsBusiness: true,
        skillsRecognitionNeeded: false,
      },
      social: noNeeds.social,
      psychosocial: noNeeds.psychosocial,
    });
    const vulnerability = scoreVulnerability({
      forcedReturn: true,
      victimOfTrafficking: false,
      exploitationAbroad: true,
      seriousHealthCondition: false,
      disability: false,
      unaccompaniedOrSingleParent: false,
      noIncomeNoSupport: false,
      debtBondage: true,
      threatsOrViolence: false,
      suicidalIdeation: false,
      pregnant: false,
    });
    const facts = buildFacts({ person, needs, vulnerability, asOf });
    expect(facts.needs.economic).toBe(needs.economic.priority);
    expect(facts.needs.social).toBe(needs.social.priority);
    expect(facts.vulnerabilityFlags).toEqual(vulnerability.flags.map((f) => f.code));
    expect(facts.vulnerabilityFlags).toContain("debt_bondage");
  });

  it("documents every fact it builds, and nothing else", () => {
    const facts = buildFacts({ person, asOf });
    const built = Object.keys(facts)
      .filter((k) => k !== "factsVersion" && k !== "needs")
      .concat(Object.keys(facts.needs).map((d) => `needs.${d}`))
      .sort();
    expect(factCatalogue.map((f) => f.name).sort()).toEqual(built);
    for (const f of factCatalogue) expect(f.description.length, f.name).toBeGreaterThan(10);
    expect(factDefinition("age")?.type).toBe("number");
  });
});

describe("the documentation of the facts", () => {
  it("lists every fact of the catalogue in docs/eligibility.md", () => {
    const doc = readFileSync(new URL("../../../docs/eligibility.md", import.meta.url), "utf8");
    for (const f of factCatalogue) expect(doc, f.name).toContain(`| \`${f.name}\` |`);
  });
});
