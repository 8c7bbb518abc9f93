import { describe, expect, it } from "vitest";
import { ageOn, fullName, PersonInput, PersonPatch, QuickPersonInput } from "../src/person";

const minimal = {
  givenName: "Rahima",
  familyName: "Begum",
  sex: "female",
  birthYear: 1988,
  adminAreaCode: "BD3026",
};

type Schema = {
  safeParse: (input: unknown) => { error?: { issues: { path: PropertyKey[]; message: string }[] } };
};
const messages = (input: unknown, schema: Schema = PersonInput) =>
  schema.safeParse(input).error?.issues.map((i) => `${i.path.map(String).join(".")}: ${i.message}`) ?? [];

describe("PersonInput", () => {
  it("accepts the minimum a reception desk takes and defaults migration episodes to none", () => {
    expect(PersonInput.parse(minimal)).toEqual({ ...minimal, migrationEpisodes: [] });
  });

  it("accepts a full profile and normalises codes and passport, keeping the phone as typed", () => {
    const person = PersonInput.parse({
      ...minimal,
      nameNative: "রহিমা বেগম",
      birthDate: "1988-04-12",
      nationalId: " 19882693012345678 ",
      passportNumber: "eb0123456",
      phone: "+880 1711-123 456",
      adminAreaCode: "bd3026",
      languages: ["bn", "ar"],
      disability: { hasDisability: false },
      household: { size: 5, dependants: 3, childrenOfSchoolAge: 2, headOfHousehold: true },
      migrationEpisodes: [
        {
          destinationCountry: "sa",
          startDate: "2016-02-01",
          endDate: "2024-11-30",
          occupationIsco: "9111",
          sectorIsic: "T",
          legalStatus: "regular",
          returnType: "forced",
          monthlyIncomeUsd: 250,
        },
      ],
      education: { iscedLevel: 2 },
      skills: [
        { name: "Cooking", iscoCode: "5120", yearsExperience: 8, certified: false, acquiredAbroad: true },
      ],
      debts: [{ amount: 300000, currency: "BDT", lender: "informal_lender", purpose: "migration_cost" }],
      documents: [{ type: "passport", status: "confiscated" }],
      housing: { status: "with_family", adequate: false },
    });
    expect(person.phone).toBe("+880 1711-123 456");
    expect(person.adminAreaCode).toBe("BD3026");
    expect(person.passportNumber).toBe("EB0123456");
    expect(person.nationalId).toBe("19882693012345678");
    expect(person.migrationEpisodes[0]?.destinationCountry).toBe("SA");
  });

  it("requires a birth date or a birth year, and they must agree", () => {
    const { birthYear: _, ...noBirth } = minimal;
    expect(messages(noBirth)).toEqual(["birthDate: birthDate or birthYear is required"]);
    expect(messages({ ...minimal, birthDate: "1990-01-01" })).toEqual([
      "birthYear: birthYear must match the year of birthDate",
    ]);
  });

  it("rejects impossible birth dates", () => {
    const { birthYear: _, ...base } = minimal;
    expect(messages({ ...base, birthDate: "1990-02-30" })).toEqual([
      "birthDate: birthDate must be a date in YYYY-MM-DD format",
    ]);
    expect(messages({ ...base, birthDate: "2999-01-01" })).toEqual([
      "birthDate: birthDate must not be in the future",
    ]);
    expect(messages({ ...base, birthDate: "1899-12-31" })).toEqual([
      "birthDate: birthDate must not be before 1900",
    ]);
    expect(messages({ ...minimal, birthYear: new Date().getUTCFullYear() + 1 })).toEqual([
      "birthYear: birthYear must not be in the future",
    ]);
  });

  it("names the field and the problem for bad codes", () => {
    expect(
      messages({
        ...minimal,
        givenName: "",
        sex: "f",
        adminAreaCode: "XX999",
        phone: "call 12345",
        languages: ["english"],
        migrationEpisodes: [
          {
            destinationCountry: "ZZ",
            startDate: "2020-05-01",
            endDate: "2019-01-01",
            occupationIsco: "99999",
            returnType: "forced",
          },
        ],
        education: { iscedLevel: 12 },
        debts: [{ amount: -1, currency: "taka", lender: "bank" }],
      }),
    ).toEqual([
      "givenName: givenName must not be empty",
      "sex: sex must be one of: female, male, other",
      "phone: phone must be digits, with an optional leading + and spaces, dashes, dots, slashes or brackets",
      "adminAreaCode: adminAreaCode must be a known admin area p-code such as BD3026",
      "languages.0: languages must contain ISO 639 language codes",
      "migrationEpisodes.0.destinationCountry: destinationCountry must be an ISO 3166 alpha-2 country code",
      "migrationEpisodes.0.occupationIsco: occupationIsco must be an ISCO-08 code",
      "migrationEpisodes.0.endDate: endDate must not be before startDate",
      "education.iscedLevel: education.iscedLevel must be an ISCED 2011 level",
      "debts.0.amount: debts.amount must not be negative",
      "debts.0.currency: debts.currency must be a three-letter ISO 4217 code such as BDT",
    ]);
  });

  it("says a required field is required", () => {
    expect(messages({ givenName: "Ali", birthYear: 1990 })).toEqual([
      "sex: sex is required",
      "adminAreaCode: adminAreaCode is required",
    ]);
  });

  it("keeps disability kinds for people who have a disability", () => {
    expect(messages({ ...minimal, disability: { hasDisability: false, kinds: ["visual"] } })).toEqual([
      "disability.kinds: disability.kinds must be empty when hasDisability is false",
    ]);
  });
});

describe("PersonPatch", () => {
  it("validates only the fields given and adds no defaults", () => {
    expect(PersonPatch.parse({ phone: " 0750 123 4567 " })).toEqual({ phone: "0750 123 4567" });
    expect(messages({ adminAreaCode: "nowhere" }, PersonPatch)).toEqual([
      "adminAreaCode: adminAreaCode must be a known admin area p-code such as BD3026",
    ]);
    expect(messages({}, PersonPatch)).toEqual([": the update must change at least one field"]);
  });
});

describe("QuickPersonInput", () => {
  it("takes one episode with destination and return type, and is a valid PersonInput", () => {
    const quick = QuickPersonInput.parse({
      givenName: "Karwan",
      sex: "male",
      birthYear: 1995,
      adminAreaCode: "IQG11Q02",
      migrationEpisodes: [{ destinationCountry: "DE", returnType: "assisted" }],
    });
    expect(PersonInput.safeParse(quick).success).toBe(true);
    expect(messages({ ...quick, migrationEpisodes: [] }, QuickPersonInput)).toEqual([
      "migrationEpisodes: migrationEpisodes must hold exactly the episode the person is returning from",
    ]);
  });
});

describe("helpers", () => {
  it("joins names, leaving out a missing family name", () => {
    expect(fullName({ givenName: "Rahima", familyName: "Begum" })).toBe("Rahima Begum");
    expect(fullName({ givenName: "Karwan" })).toBe("Karwan");
  });

  it("computes age from a birth date or a birth year", () => {
    const on = new Date("2025-04-11T12:00:00Z");
    expect(ageOn("1988-04-12", on)).toBe(36);
    expect(ageOn("1988-04-11", on)).toBe(37);
    expect(ageOn(1988, on)).toBe(37);
  });
});
