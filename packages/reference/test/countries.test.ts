import isoCountries from "i18n-iso-countries";
import { describe, expect, it } from "vitest";
import {
  countries,
  countriesByRegion,
  countryName,
  countryRegion,
  countryRegionCodes,
  isCountryCode,
} from "../src";

const isoCodes = Object.keys(isoCountries.getAlpha2Codes());

describe("countries", () => {
  it("accepts upper-case ISO 3166-1 alpha-2 codes only", () => {
    expect(isCountryCode("SA")).toBe(true);
    for (const code of ["sa", "SAU", "", "ZZ", "682"]) expect(isCountryCode(code)).toBe(false);
  });

  it("names countries in the product's languages, falling back to English", () => {
    expect(countryName("SA")).toBe("Saudi Arabia");
    expect(countryName("SA", "ar")).toBe("السعودية");
    expect(countryName("BD", "bn")).toBe("বাংলাদেশ");
    expect(countryName("PK", "ur")).toBe("پاکستان");
    expect(countryName("IQ", "kmr")).toBe(countryName("IQ", "ku"));
    expect(countryName("IQ", "ckb")).toBe("Iraq");
    expect(countryName("ZZ")).toBeUndefined();
  });

  it("lists every country sorted by name", () => {
    const list = countries();
    expect(list).toHaveLength(isoCodes.length);
    const names = list.map((country) => country.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    expect(countries("ar").find((country) => country.code === "AE")?.name).toBe(countryName("AE", "ar"));
  });

  it("gives every ISO country exactly one region", () => {
    const mapped = Object.values(countriesByRegion).flat();
    expect(new Set(mapped).size).toBe(mapped.length);
    expect([...mapped].sort()).toEqual([...isoCodes].sort());
    for (const code of isoCodes) expect(countryRegionCodes).toContain(countryRegion(code));
  });

  it("puts main destinations in their regions", () => {
    expect(["SA", "AE", "QA", "KW", "BH", "OM"].map(countryRegion)).toEqual(Array(6).fill("gcc"));
    expect(countryRegion("MY")).toBe("south_east_asia");
    expect(countryRegion("JO")).toBe("middle_east_other");
    expect(countryRegion("IT")).toBe("europe");
    expect(countryRegion("GB")).toBe("europe");
    expect(countryRegion("BD")).toBe("south_asia");
    expect(countryRegion("LY")).toBe("africa");
    expect(countryRegion("KR")).toBe("east_asia");
    expect(countryRegion("ZZ")).toBeUndefined();
  });
});
