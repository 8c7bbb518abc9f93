import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type DuplicateRecord,
  duplicateThreshold,
  isReportableDuplicate,
  normalizeName,
  scoreDuplicate,
  trigramSimilarity,
} from "../src/duplicates";

describe("trigramSimilarity", () => {
  // Expected values are what similarity() answered in PGlite 0.5.16 (PostgreSQL 18.6, C.UTF-8 ctype).
  it.each([
    ["word", "two words", 0.36363637],
    ["Mohammad Rahman", "Mohammed Rahman", 0.68421054],
    ["Rahman Mohammad", "Mohammad Rahman", 1],
    ["O'Brien-Smith", "obrien smith", 0.6875],
    ["Md. Abdul Karim", "Abdul Karim", 0.8],
    ["রহিমা বেগম", "রহিম বেগম", 0.75],
    ["محمد علي", "محمد على", 0.6363636],
    ["Ünal Çelik", "unal celik", 0.29411766],
    ["x1y2", "X1Y2 z", 0.71428573],
    ["", "", 0],
    ["!!", "x", 0],
  ])("similarity(%j, %j) = %f as in PostgreSQL", (a, b, expected) => {
    expect(trigramSimilarity(a, b)).toBe(Math.fround(expected));
  });
});

describe("normalizeName", () => {
  it("keeps lower-case words of letters and digits", () => {
    expect(normalizeName("  MD.  Abdul-Karim ")).toBe("md abdul karim");
    expect(normalizeName("ＲＡＨＩＭＡ")).toBe("rahima");
  });
});

const rahima: DuplicateRecord = { givenName: "Rahima", familyName: "Begum", birthYear: 1988 };

describe("scoreDuplicate", () => {
  it("scores an identical national ID or passport alone at 0.9 or more", () => {
    const other: DuplicateRecord = { givenName: "Shirin", familyName: "Akter", birthYear: 1988 };
    const byId = scoreDuplicate(
      { ...rahima, nationalId: "1988-2693-0123" },
      { ...other, nationalId: "198826930123" },
    );
    expect(byId.score).toBeGreaterThanOrEqual(0.9);
    expect(byId.reasons).toContain("same_national_id");
    expect(
      scoreDuplicate({ ...rahima, passportNumber: "EB0123456" }, { ...other, passportNumber: "eb0123456" })
        .score,
    ).toBeGreaterThanOrEqual(0.9);
  });

  it("scores the same phone and a similar name at 0.8 or more", () => {
    const result = scoreDuplicate(
      { givenName: "Mohammad", familyName: "Rahman", phone: "+880 1711 123456" },
      { givenName: "Mohammed", familyName: "Rahman", phone: "00880-1711-123456" },
    );
    expect(result.reasons).toEqual(["same_phone", "similar_name"]);
    expect(result.score).toBeGreaterThanOrEqual(0.8);
  });

  it("scores a similar name and the same birth date at 0.7 or more", () => {
    const result = scoreDuplicate(
      { givenName: "Mohammad", familyName: "Rahman", birthDate: "1990-05-01" },
      { givenName: "Mohammed", familyName: "Rahman", birthDate: "1990-05-01" },
    );
    expect(result).toEqual({ score: 0.7, reasons: ["similar_name", "same_birth_date"] });
  });

  it("counts swapped given and family names as the same name", () => {
    expect(
      scoreDuplicate(rahima, { givenName: "Begum", familyName: "Rahima", birthYear: 1988 }).reasons,
    ).toEqual(["same_name", "same_birth_year"]);
  });

  it("lowers the score when birth years differ by more than one", () => {
    const near = scoreDuplicate(rahima, { ...rahima, birthYear: 1989 });
    const far = scoreDuplicate(rahima, { ...rahima, birthYear: 1975 });
    expect(far.reasons).toContain("different_birth_year");
    expect(far.score).toBeLessThan(near.score);
    expect(isReportableDuplicate(far)).toBe(false);
  });

  it("does not report unrelated people", () => {
    const result = scoreDuplicate(rahima, { givenName: "Karwan", familyName: "Aziz", birthYear: 1995 });
    expect(result.score).toBeLessThan(duplicateThreshold);
  });

  const name = fc.stringMatching(/^[A-Za-z][a-z]{1,9}$/);
  const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
  const record: fc.Arbitrary<DuplicateRecord> = fc.record(
    {
      givenName: name,
      familyName: fc.option(name, { nil: undefined }),
      nameNative: fc.option(fc.constantFrom("রহিমা বেগম", "محمد علي", "کاروان عزیز"), { nil: undefined }),
      birthDate: fc.option(
        fc
          .date({ min: new Date("1950-01-01"), max: new Date("2007-12-31"), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        { nil: undefined },
      ),
      birthYear: fc.option(fc.integer({ min: 1950, max: 2007 }), { nil: undefined }),
      phone: fc.option(
        digits(10).map((d) => `+880${d}`),
        { nil: undefined },
      ),
      nationalId: fc.option(digits(10), { nil: undefined }),
      passportNumber: fc.option(fc.stringMatching(/^[A-Z]{2}[0-9]{7}$/), { nil: undefined }),
    },
    { requiredKeys: ["givenName"] },
  );

  it("stays within [0, 1] and is symmetric", () => {
    fc.assert(
      fc.property(record, record, (a, b) => {
        const ab = scoreDuplicate(a, b);
        expect(ab.score).toBeGreaterThanOrEqual(0);
        expect(ab.score).toBeLessThanOrEqual(1);
        expect(scoreDuplicate(b, a)).toEqual(ab);
      }),
    );
  });

  it("scores a record against itself at 1 when it carries an identifier, and reports it always", () => {
    fc.assert(
      fc.property(record, (a) => {
        const self = scoreDuplicate(a, { ...a });
        expect(isReportableDuplicate(self)).toBe(true);
        const hasBirth = a.birthDate !== undefined || a.birthYear !== undefined;
        if (a.nationalId || a.passportNumber || (a.phone && hasBirth)) expect(self.score).toBe(1);
      }),
    );
  });
});
