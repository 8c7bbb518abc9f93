import { describe, expect, it } from "vitest";
import { nextSort, offsetParam, sortDirection } from "./sorting";

describe("sortDirection", () => {
  it("reads the direction of the field the list is sorted by", () => {
    expect(sortDirection("risk", "risk")).toBe("ascending");
    expect(sortDirection("-risk", "risk")).toBe("descending");
  });
  it("is undefined for another field, even one that starts alike", () => {
    expect(sortDirection("-updated", "risk")).toBeUndefined();
    expect(sortDirection("stage", "stag")).toBeUndefined();
  });
});

describe("nextSort", () => {
  it("sorts a new column in its usual direction first", () => {
    expect(nextSort("stage", "risk")).toBe("risk");
    expect(nextSort("stage", "risk", true)).toBe("-risk");
  });
  it("reverses the column the list is already sorted by", () => {
    expect(nextSort("-risk", "risk", true)).toBe("risk");
    expect(nextSort("risk", "risk", true)).toBe("-risk");
    expect(nextSort("stage", "stage")).toBe("-stage");
  });
});

describe("offsetParam", () => {
  it("leaves the first page out of the address", () => {
    expect(offsetParam(0)).toBeNull();
    expect(offsetParam(40)).toBe("40");
  });
});
