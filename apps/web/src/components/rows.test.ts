import { describe, expect, it } from "vitest";
import { patchAt, removeAt } from "./rows";

const rows = [
  { name: "welding", years: "2" },
  { name: "driving", years: "" },
];

describe("patchAt", () => {
  it("changes only the row at the position", () => {
    expect(patchAt(rows, 1, { years: "5" })).toEqual([
      { name: "welding", years: "2" },
      { name: "driving", years: "5" },
    ]);
    expect(rows[1]?.years).toBe("");
  });
});

describe("removeAt", () => {
  it("takes out the row at the position and keeps the order of the others", () => {
    expect(removeAt(rows, 0)).toEqual([{ name: "driving", years: "" }]);
    expect(removeAt(rows, 5)).toEqual(rows);
  });
});
