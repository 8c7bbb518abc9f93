import { describe, expect, it } from "vitest";
import {
  iscedLevel,
  iscedLevels,
  isIscedLevel,
  isIsicCode,
  isicEntries,
  isicEntry,
  isicSectionOf,
} from "../src";

describe("ISIC Rev.4", () => {
  it("has 21 sections and 88 divisions", () => {
    expect(isicEntries.filter((entry) => entry.level === "section")).toHaveLength(21);
    expect(isicEntries.filter((entry) => entry.level === "division")).toHaveLength(88);
  });

  it("places every division in an existing section", () => {
    for (const entry of isicEntries) expect(isicEntry(entry.section)?.level).toBe("section");
  });

  it("looks up sections and divisions", () => {
    expect(isicEntry("F")?.title).toBe("Construction");
    expect(isicEntry("41")?.title).toBe("Construction of buildings");
    expect(isicSectionOf("41")?.code).toBe("F");
    expect(isicSectionOf("97")?.code).toBe("T");
    expect(isicSectionOf("99")?.code).toBe("U");
    expect(isicSectionOf("A")?.code).toBe("A");
  });

  it("rejects codes that are not sections or divisions", () => {
    for (const code of ["", "V", "a", "4", "410", "4100", "00", "04"]) expect(isIsicCode(code)).toBe(false);
    expect(isicSectionOf("410")).toBeUndefined();
  });
});

describe("ISCED 2011", () => {
  it("has levels 0 to 9", () => {
    expect(iscedLevels.map((entry) => entry.level)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(iscedLevel(1)?.title).toBe("Primary education");
    expect(iscedLevel(6)?.title).toMatch(/^Bachelor/);
  });

  it("rejects numbers that are not levels", () => {
    for (const n of [-1, 10, 2.5, Number.NaN]) {
      expect(isIscedLevel(n)).toBe(false);
      expect(iscedLevel(n)).toBeUndefined();
    }
    expect(isIscedLevel(0)).toBe(true);
  });
});
