import { describe, expect, it } from "vitest";
import { normalizeName, trigramSimilarity } from "../src/trigrams";

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
