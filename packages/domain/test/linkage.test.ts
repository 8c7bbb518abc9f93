import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareRecords,
  estimateLinkageParameters,
  judgeLink,
  type LinkageRecord,
  levelWeight,
  linkageComparisons,
  linkageDisagreements,
  linkageFields,
  linkageKeys,
  linkageProbeKeys,
  nationalIdVariants,
} from "../src/linkage";
import { linkageParameters } from "../src/linkage-parameters";

const now = new Date("2026-12-05T00:00:00Z");

const rahim: LinkageRecord = {
  givenName: "Md. Rahim",
  familyName: "Uddin",
  nameNative: "মোঃ রহিম উদ্দিন",
  birthDate: "1988-04-12",
  sex: "male",
  phone: "+8801711000001",
  nationalId: "1988302612345",
  adminAreaCode: "BD3026",
};

describe("comparisons", () => {
  it("grades names in any order, with spellings, typing slips and missing parts", () => {
    const name = (a: string, b: string) => compareRecords({ givenName: a }, { givenName: b }).name;
    expect(name("Mohammad Hossain", "Hussain Md.")).toBe("exact");
    expect(name("Moyna Begum", "Moynah Begam")).toBe("phonetic");
    expect(name("Shahnaz Parvin", "Shahnaj Parvin")).toBe("phonetic");
    expect(name("Alamgir Hossain", "Alamgit Hossain")).toBe("typo");
    expect(name("Rahim Uddin", "Md. Rahim Shikder Uddin")).toBe("subset");
    expect(name("Rahim Uddin", "Karim Uddin")).toBe("partial");
    expect(name("Rahim Uddin", "Nasrin Akter")).toBe("different");
    // the best of either script: a native name read through transliteration
    expect(
      compareRecords({ givenName: "Rahim Uddin" }, { givenName: "R.", nameNative: "রহিম উদ্দিন" }).name,
    ).toBe("phonetic");
  });

  it("grades dates of birth: equal, day and month swapped, year only, a year off, 1 January as a year", () => {
    const birth = (a: Partial<LinkageRecord>, b: Partial<LinkageRecord>) =>
      compareRecords({ givenName: "A", ...a }, { givenName: "A", ...b }).birth;
    expect(birth({ birthDate: "1988-04-12" }, { birthDate: "1988-04-12" })).toBe("same_date");
    expect(birth({ birthDate: "1988-04-12" }, { birthDate: "1988-12-04" })).toBe("swapped");
    expect(birth({ birthDate: "1988-04-12" }, { birthYear: 1988 })).toBe("same_year");
    expect(birth({ birthDate: "1988-04-12" }, { birthDate: "1988-01-01" })).toBe("same_year");
    expect(birth({ birthYear: 1988 }, { birthYear: 1989 })).toBe("near_year");
    expect(birth({ birthDate: "1988-04-12" }, { birthDate: "1988-04-13" })).toBe("date_differs");
    expect(birth({ birthDate: "1988-04-12" }, { birthDate: "1975-04-12" })).toBe("year_differs");
    expect(birth({ birthYear: 1988 }, { birthYear: 1990 })).toBe("year_differs");
    expect(birth({}, { birthYear: 1990 })).toBe("missing");
  });

  it("grades national IDs: equal, two neighbours swapped, different, or of another card generation", () => {
    const id = (a: string, b: string) =>
      compareRecords({ givenName: "A", nationalId: a }, { givenName: "A", nationalId: b }).nationalId;
    expect(id("1988 3026 12345", "1988302612345")).toBe("same");
    expect(id("1988302612345", "1988302621345")).toBe("transposed");
    expect(id("1988302612345", "1988302699999")).toBe("different");
    expect(id("1988302612345", "4512345678")).toBe("missing");
  });

  it("compares the home district, its province, and the address as the household", () => {
    const c = compareRecords(
      { givenName: "A", adminAreaCode: "BD3026", address: "Vill. Char, Dhaka" },
      { givenName: "A", adminAreaCode: "BD3029", address: "vill char dhaka" },
    );
    expect(c.area).toBe("same_province");
    expect(c.household).toBe("same");
  });
});

describe("judging a pair", () => {
  it("finds the same returnee registered by another desk likely, with the reasons in words", () => {
    const again: LinkageRecord = {
      givenName: "Rahim",
      familyName: "Ud Din",
      birthDate: "1988-12-04",
      sex: "male",
      phone: "+8801711000001",
      adminAreaCode: "BD3026",
    };
    const v = judgeLink(rahim, again);
    expect(v.level).toBe("likely");
    expect(v.probability).toBeGreaterThan(0.9);
    expect(v.reasonsFor.map((r) => r.code)).toEqual(
      expect.arrayContaining(["name.subset", "birth.swapped", "phone.same", "area.same_district"]),
    );
    expect(v.reasonsFor.find((r) => r.code === "birth.swapped")?.text).toBe(
      "Same date of birth with day and month swapped",
    );
    expect(v.reasonsAgainst).toEqual([]);
  });

  it("tells namesakes, relatives sharing a phone and twins apart from the same person", () => {
    const namesake = judgeLink(rahim, {
      ...rahim,
      nameNative: null,
      birthDate: null,
      birthYear: 1989,
      phone: "+8801999888777",
      nationalId: null,
      adminAreaCode: "BD4047",
    });
    expect(namesake.level).not.toBe("likely");
    const brother = judgeLink(rahim, {
      givenName: "Karim",
      familyName: "Uddin",
      birthYear: 1979,
      sex: "male",
      phone: rahim.phone,
      adminAreaCode: rahim.adminAreaCode,
    });
    expect(brother.level).toBeNull();
    expect(brother.reasonsAgainst.map((r) => r.code)).toEqual(
      expect.arrayContaining(["name.partial", "birth.year_differs"]),
    );
    const twin = judgeLink(rahim, {
      givenName: "Salma",
      familyName: "Uddin",
      birthDate: rahim.birthDate,
      sex: "female",
      phone: rahim.phone,
      adminAreaCode: rahim.adminAreaCode,
    });
    expect(twin.level).not.toBe("likely");
  });

  it("names the spellings that were read as one", () => {
    const v = judgeLink(
      { givenName: "Mohammad", familyName: "Hossain", birthYear: 1990 },
      { givenName: "Md.", familyName: "Hussain", birthYear: 1990 },
    );
    expect(v.reasonsFor[0]).toMatchObject({
      code: "name.exact",
      detail: "Mohammad = Md, Hossain = Hussain",
    });
  });
});

const name = fc.constantFrom(
  "Rahim",
  "Karim",
  "Md. Rahim",
  "Fatema",
  "Ayesha",
  "Hossain",
  "Hussain",
  "Begum",
  "Akter",
  "Uddin",
  "Chowdhury",
  "Karwan",
);
const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
const date = fc
  .date({ min: new Date("1950-01-01"), max: new Date("2007-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const record: fc.Arbitrary<LinkageRecord> = fc.record(
  {
    givenName: name,
    familyName: fc.option(name, { nil: undefined }),
    nameNative: fc.option(fc.constantFrom("রহিম উদ্দিন", "محمد علي", "کاروان عزیز"), { nil: undefined }),
    birthDate: fc.option(date, { nil: undefined }),
    birthYear: fc.option(fc.integer({ min: 1950, max: 2007 }), { nil: undefined }),
    sex: fc.option(fc.constantFrom("female", "male"), { nil: undefined }),
    phone: fc.option(
      digits(3).map((d) => `+8801711000${d}`),
      { nil: undefined },
    ),
    nationalId: fc.option(digits(10), { nil: undefined }),
    passportNumber: fc.option(fc.stringMatching(/^A[0-9]{3}$/), { nil: undefined }),
    adminAreaCode: fc.option(fc.constantFrom("BD3026", "BD3029", "BD4047", "PK601"), { nil: undefined }),
    address: fc.option(fc.constantFrom("Vill. Char", "House 12, Saddar"), { nil: undefined }),
  },
  { requiredKeys: ["givenName"] },
);

describe("properties of the model", () => {
  it("is symmetric: a against b is b against a", () => {
    fc.assert(
      fc.property(record, record, (a, b) => {
        const ab = judgeLink(a, b);
        const ba = judgeLink(b, a);
        expect(ba.probability).toBe(ab.probability);
        expect(ba.levels).toEqual(ab.levels);
        expect(ab.probability).toBeGreaterThanOrEqual(0);
        expect(ab.probability).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("never lowers the probability when agreeing evidence is added", () => {
    const agreeing: ((r: LinkageRecord) => Partial<LinkageRecord>)[] = [
      () => ({ phone: "+8801711999999" }),
      () => ({ nationalId: "9999999999" }),
      () => ({ passportNumber: "B1234567" }),
      () => ({ address: "Vill. Kamalpur" }),
      (r) => ({ adminAreaCode: r.adminAreaCode ?? "BD3026" }),
    ];
    fc.assert(
      fc.property(record, record, fc.integer({ min: 0, max: agreeing.length - 1 }), (a, b, k) => {
        const field = agreeing[k]!(a);
        const key = Object.keys(field)[0] as keyof LinkageRecord;
        // only where neither record holds the field yet: the evidence is added to both
        fc.pre(!a[key] && !b[key]);
        const before = judgeLink(a, b).probability;
        const after = judgeLink({ ...a, ...field }, { ...b, ...field }).probability;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it("always lowers the probability when both full dates of birth are known and differ", () => {
    fc.assert(
      fc.property(record, record, date, date, (a, b, da, db) => {
        const swapped = da.slice(5) === `${db.slice(8)}-${db.slice(5, 7)}`;
        fc.pre(da !== db && !swapped && !da.endsWith("-01-01") && !db.endsWith("-01-01"));
        const unknown = judgeLink({ ...a, birthDate: undefined, birthYear: undefined }, b).weight;
        const contradicting = judgeLink({ ...a, birthDate: da }, { ...b, birthDate: db }).weight;
        expect(contradicting).toBeLessThan(unknown);
      }),
    );
  });

  it("weighs every level no more than a better one, agreements for and disagreements against", () => {
    for (const field of linkageFields) {
      const levels = linkageComparisons[field].filter((l) => l !== "missing");
      const weights = levels.map((l) => levelWeight(field, l));
      for (let i = 1; i < weights.length; i++) expect(weights[i]).toBeLessThanOrEqual(weights[i - 1]!);
      expect(weights[0], `${field}.${levels[0]}`).toBeGreaterThan(0);
      for (const [i, l] of levels.entries())
        if (linkageDisagreements.has(`${field}.${l}`)) expect(weights[i], `${field}.${l}`).toBeLessThan(0);
    }
    expect(levelWeight("phone", "missing")).toBe(0);
    // the parameters say how they were obtained, and a likely match is above a possible one
    expect(linkageParameters.source).toMatch(/bench\/linkage\.ts --fit --seed 1/);
    expect(linkageParameters.likely).toBeGreaterThan(linkageParameters.possible);
  });
});

describe("estimating the parameters", () => {
  it("counts levels among pairs of one person and of two, keeping the order of the levels", () => {
    const same = { givenName: "Rahim Uddin", birthDate: "1988-04-12", phone: "+8801711000001" };
    const pairs = [
      { a: same, b: { ...same }, same: true },
      { a: same, b: { ...same, birthDate: "1988-12-04" }, same: true },
      { a: same, b: { givenName: "Karim Uddin", birthDate: "1979-01-05", phone: same.phone }, same: false },
      { a: same, b: { givenName: "Rahim Uddin", birthYear: 1989, phone: "+8801999000000" }, same: false },
    ];
    const p = estimateLinkageParameters(pairs, { version: "t", source: "test", likely: 0.9, possible: 0.1 });
    expect(p.prior).toBe(0.5);
    // two matches over six name levels with add-one smoothing: exact 3/8
    expect(p.m.name.exact).toBe(0.375);
    expect(levelWeight("name", "exact", p)).toBeGreaterThanOrEqual(levelWeight("name", "partial", p));
    expect(levelWeight("birth", "year_differs", p)).toBeLessThanOrEqual(0);
  });
});

/** Every key a probe looks up, in either pass. */
const probeKeys = (r: LinkageRecord) => {
  const { precise, broad } = linkageProbeKeys(r, now);
  return [...precise, ...broad];
};

describe("blocking keys", () => {
  it("brings together spellings, word orders and swapped dates of one person", () => {
    const again: LinkageRecord = { givenName: "Uddin", familyName: "Rohim", birthDate: "1988-12-04" };
    const stored = new Set(linkageKeys(rahim));
    expect(probeKeys(again).some((k) => stored.has(k))).toBe(true);
    // a year off, only the year known
    expect(probeKeys({ givenName: "Rahim Uddin", birthYear: 1989 }).some((k) => stored.has(k))).toBe(true);
    // with no year at all
    expect(probeKeys({ givenName: "Rahim Uddin" }).some((k) => stored.has(k))).toBe(true);
  });

  it("keeps apart people who share only one name part and no date", () => {
    const stored = new Set(linkageKeys(rahim));
    expect(probeKeys({ givenName: "Karim Uddin", birthYear: 1988 }).some((k) => stored.has(k))).toBe(false);
  });

  it("finds in the precise pass alone a namesake of the same district or the same full date", () => {
    const stored = new Set(linkageKeys({ ...rahim, adminAreaCode: "BD3026" }));
    const precise = (r: LinkageRecord) => linkageProbeKeys(r, now).precise.some((k) => stored.has(k));
    expect(precise({ givenName: "Rahim Uddin", birthYear: 1989, adminAreaCode: "BD3026" })).toBe(true);
    expect(precise({ givenName: "Uddin Rohim", birthDate: "1988-12-04", adminAreaCode: "BD1004" })).toBe(
      true,
    );
    // another district and no full date: only the broad pass finds it
    const elsewhere = { givenName: "Rahim Uddin", birthYear: 1989, adminAreaCode: "BD1004" };
    expect(precise(elsewhere)).toBe(false);
    expect(linkageProbeKeys(elsewhere, now).broad.some((k) => stored.has(k))).toBe(true);
  });

  it("looks up a national ID with each pair of neighbouring digits swapped", () => {
    const variants = nationalIdVariants("12345");
    expect(variants).toEqual(["12345", "21345", "13245", "12435", "12354"]);
    expect(nationalIdVariants("1123")).not.toContain("1123".replace("11", "11x"));
  });
});
