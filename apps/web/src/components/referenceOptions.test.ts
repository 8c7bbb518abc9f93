import { describe, expect, it } from "vitest";
import type { AdminArea, IscoGroup, IsicEntry } from "../api/reference";
import { districtOptions, occupationOptions, sectorLabel, sectorOptions } from "./referenceOptions";

describe("reference options", () => {
  it("offers only ISCO unit groups, by title and code", () => {
    const groups = [
      { code: "7", title: "Craft and related trades workers", level: 1 },
      { code: "7112", title: "Bricklayers", level: 4 },
    ] as IscoGroup[];
    expect(occupationOptions(groups)).toEqual([{ value: "7112", label: "Bricklayers (7112)" }]);
  });
  it("names a sector by title and code", () => {
    const entries = [{ code: "41", title: "Construction of buildings" }] as IsicEntry[];
    expect(sectorOptions(entries)).toEqual([{ value: "41", label: "Construction of buildings (41)" }]);
    expect(sectorLabel({ code: "F", title: "Construction" })).toBe("Construction (F)");
  });
  it("names a district within its division when it has one", () => {
    const areas = [
      { code: "BD3033", name: "Gazipur", parentName: "Dhaka" },
      { code: "BD30", name: "Dhaka", parentName: null },
    ] as AdminArea[];
    expect(districtOptions(areas, (name, parent) => `${name}, in ${parent}`)).toEqual([
      { value: "BD3033", label: "Gazipur, in Dhaka" },
      { value: "BD30", label: "Dhaka" },
    ]);
  });
});
