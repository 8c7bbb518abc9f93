import { describe, expect, it } from "vitest";
import {
  categoriesOf,
  dimensions,
  isLanguageCode,
  isServiceCategory,
  languageCodes,
  languageName,
  serviceCategories,
  serviceCategory,
  serviceCategoryCodes,
} from "../src";

const prefixOf = { economic: "econ.", social: "soc.", psychosocial: "psy." } as const;

describe("service taxonomy", () => {
  it("has the design's 11 economic, 6 social and 5 psychosocial categories", () => {
    expect(dimensions.map((dimension) => categoriesOf(dimension).length)).toEqual([11, 6, 5]);
    expect(serviceCategories.map((category) => category.code)).toEqual([...serviceCategoryCodes]);
  });

  it("files every code under the dimension its prefix names", () => {
    for (const category of serviceCategories) {
      expect(category.code.startsWith(prefixOf[category.dimension])).toBe(true);
      expect(category.label.length).toBeGreaterThan(0);
      expect(category.description.length).toBeGreaterThan(0);
    }
  });

  it("looks up codes and rejects others", () => {
    expect(serviceCategory("econ.skills_recognition")?.dimension).toBe("economic");
    expect(serviceCategory("psy.peer_support")?.label).toBe("Peer support");
    expect(isServiceCategory("soc.legal_aid")).toBe(true);
    for (const code of ["", "econ", "econ.Finance", "soc.finance", "toString"]) {
      expect(isServiceCategory(code)).toBe(false);
      expect(serviceCategory(code)).toBeUndefined();
    }
  });
});

describe("languages", () => {
  it("names every listed language", () => {
    expect(new Set(languageCodes).size).toBe(languageCodes.length);
    for (const code of languageCodes) expect(languageName(code)).toBeTruthy();
    expect(languageName("ckb")).toBe("Kurdish (Sorani)");
    expect(languageName("bn")).toBe("Bengali");
  });

  it("rejects other codes", () => {
    for (const code of ["", "xx", "EN", "toString", "ku"]) {
      expect(isLanguageCode(code)).toBe(false);
      expect(languageName(code)).toBeUndefined();
    }
  });
});
