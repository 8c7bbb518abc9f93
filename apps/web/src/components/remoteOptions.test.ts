import { describe, expect, it } from "vitest";
import { labelsOf, mergeOptions, searchState, searchTerm } from "./remoteOptions";

describe("searchTerm", () => {
  it("searches the trimmed text once it is long enough", () => {
    expect(searchTerm("  Dh ", undefined, 2)).toBe("Dh");
    expect(searchTerm("D", undefined, 2)).toBeNull();
  });
  it("does not search the label of the chosen option", () => {
    expect(searchTerm("Dhaka (BD30)", "Dhaka (BD30)", 2)).toBeNull();
    expect(searchTerm("Dhaka (BD3)", "Dhaka (BD30)", 2)).toBe("Dhaka (BD3)");
  });
  it("offers the first ones when no text is needed", () => {
    expect(searchTerm("", undefined, 0)).toBe("");
    expect(searchTerm("MRC Dhaka", "MRC Dhaka", 0)).toBe("");
  });
});

describe("mergeOptions", () => {
  const found = [
    { value: "a", label: "Alpha" },
    { value: "b", label: "Beta" },
    { value: "a", label: "Alpha again" },
  ];
  it("puts the chosen values first with their known names, then the others found once", () => {
    expect(mergeOptions(["c", "b"], { c: "Gamma" }, found)).toEqual([
      { value: "c", label: "Gamma" },
      { value: "b", label: "Beta" },
      { value: "a", label: "Alpha" },
    ]);
  });
  it("shows a chosen value whose name is unknown by the value itself and ignores an empty choice", () => {
    expect(mergeOptions(["", "z"], {}, [])).toEqual([{ value: "z", label: "z" }]);
  });
  it("keeps the second line of an option found", () => {
    expect(mergeOptions([], {}, [{ value: "p", label: "Rahim (p)", hint: "p-1" }])).toEqual([
      { value: "p", label: "Rahim (p)", hint: "p-1" },
    ]);
  });
});

describe("searchState", () => {
  it("asks for more text before searching, then tells failure, progress and emptiness apart", () => {
    expect(searchState({ active: false, failed: true, fetching: true })).toBe("typeMore");
    expect(searchState({ active: true, failed: true, fetching: false })).toBe("failed");
    expect(searchState({ active: true, failed: false, fetching: true })).toBe("searching");
    expect(searchState({ active: true, failed: false, fetching: false })).toBe("nothing");
  });
});

describe("labelsOf", () => {
  it("names options by value", () => {
    expect(labelsOf([{ value: "x", label: "X" }])).toEqual({ x: "X" });
  });
});
