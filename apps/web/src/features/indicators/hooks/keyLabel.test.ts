import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { keyLabel } from "./keyLabel";

// a translation function that shows which key it was asked for
const t = ((key: string, options?: { defaultValue?: string }) =>
  key.startsWith("persons.sex.")
    ? `sex:${key.slice(12)}`
    : (options?.defaultValue ?? `[${key}]`)) as TFunction;

describe("keyLabel", () => {
  it("names totals and unknown values, closed lists by their words, places by the result's names", () => {
    expect(keyLabel(t, "sex", null)).toBe("[indicators.all]");
    expect(keyLabel(t, "district", "unknown")).toBe("[indicators.unknown]");
    expect(keyLabel(t, "sex", "female")).toBe("sex:female");
    expect(keyLabel(t, "district", "BD3026", { district: { BD3026: "Dhaka" } })).toBe("Dhaka");
    expect(keyLabel(t, "month", "2026-11")).toBe("2026-11");
  });

  it("writes months and years in the numerals and month names of a language when one is given", () => {
    expect(keyLabel(t, "month", "2026-11", {}, "en")).toBe("Nov 2026");
    expect(keyLabel(t, "year", "2026", {}, "bn")).toBe("২০২৬");
    expect(keyLabel(t, "month", "2026-07", {}, "ar-IQ")).toBe("تموز ٢٠٢٦");
  });

  it("names a currency in the language, with its code; the code alone where no language is given", () => {
    expect(keyLabel(t, "currency", "BDT", {}, "en")).toBe("Bangladeshi Taka (BDT)");
    expect(keyLabel(t, "currency", "USD", {}, "en")).toBe("US Dollar (USD)");
    expect(keyLabel(t, "currency", "BDT")).toBe("BDT");
    expect(keyLabel(t, "currency", null, {}, "en")).toBe("[indicators.all]");
  });
});
