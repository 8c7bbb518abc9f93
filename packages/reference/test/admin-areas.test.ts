import { describe, expect, it } from "vitest";
import {
  adminArea,
  adminAreaCountry,
  adminAreas,
  childrenOf,
  districtsOf,
  isAdminAreaCode,
  provinceOf,
  provincesOf,
  searchAdminAreas,
} from "../src";

describe("admin areas", () => {
  it.each([
    ["BD", 8, 64],
    ["PK", 7, 160],
    ["IQ", 18, 101],
  ])("%s has %i first-level and %i second-level areas", (country, provinces, districts) => {
    expect(provincesOf(country)).toHaveLength(provinces);
    expect(districtsOf(country)).toHaveLength(districts);
  });

  it("gives every district a province of the same country", () => {
    expect(new Set(adminAreas.map((area) => area.code)).size).toBe(adminAreas.length);
    for (const area of adminAreas) {
      if (area.level === 1) {
        expect(area.parent).toBeNull();
      } else {
        const parent = adminArea(area.parent ?? "");
        expect(parent?.level).toBe(1);
        expect(parent?.country).toBe(area.country);
      }
    }
  });

  it("looks up known districts", () => {
    expect(adminArea("BD3026")).toMatchObject({ name: "Dhaka", level: 2, parent: "BD30", country: "BD" });
    expect(adminArea("IQG11Q02")).toMatchObject({ name: "Erbil", level: 2, parent: "IQG11", country: "IQ" });
    expect(adminArea("PK617")).toMatchObject({ name: "Lahore", level: 2, parent: "PK6", country: "PK" });
    expect(adminAreaCountry("PK617")).toBe("PK");
    expect(provinceOf("PK617")?.name).toBe("Punjab");
    expect(provinceOf("IQG11")?.code).toBe("IQG11");
    expect(childrenOf("BD30").map((area) => area.code)).toContain("BD3026");
    expect(childrenOf("BD30").every((area) => area.parent === "BD30")).toBe(true);
  });

  it("rejects unknown codes", () => {
    for (const code of ["", "BD", "BGD", "bd3026", "BD9999", "PK6170"])
      expect(isAdminAreaCode(code)).toBe(false);
    expect(adminAreaCountry("XX1")).toBeUndefined();
    expect(provinceOf("XX1")).toBeUndefined();
    expect(childrenOf("PK617")).toEqual([]);
    expect(districtsOf("IN")).toEqual([]);
  });

  it("searches names and codes, exact names first", () => {
    expect(
      searchAdminAreas("dhaka")
        .map((area) => area.code)
        .slice(0, 2),
    ).toEqual(["BD30", "BD3026"]);
    expect(searchAdminAreas("Dhaka", { level: 2 })[0]?.code).toBe("BD3026");
    expect(searchAdminAreas("erbil", { country: "IQ", level: 2 })[0]?.code).toBe("IQG11Q02");
    expect(searchAdminAreas("lahore")[0]?.code).toBe("PK617");
    expect(searchAdminAreas("anbar")[0]?.code).toBe("IQG01");
    expect(searchAdminAreas("pk61").every((area) => area.code.startsWith("PK61"))).toBe(true);
    expect(searchAdminAreas("a", { limit: 5 })).toHaveLength(5);
    expect(searchAdminAreas("dhaka", { country: "PK" })).toEqual([]);
  });
});
