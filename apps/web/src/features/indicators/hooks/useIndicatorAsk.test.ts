import { describe, expect, it } from "vitest";
import { answerableAsk } from "../api/indicators";
import { askFrom, defaultPeriod, paramsFrom } from "./useIndicatorAsk";

const now = new Date("2026-12-05T10:00:00Z");

describe("the ask in the address", () => {
  it("defaults to the 365 days to today, no split and no filter", () => {
    expect(defaultPeriod(now)).toEqual({ from: "2025-12-06", to: "2026-12-05" });
    expect(askFrom(new URLSearchParams(""), now)).toEqual({
      from: "2025-12-06",
      to: "2026-12-05",
      by: [],
      filter: {},
    });
  });

  it("reads splits and filters, dropping unknown ones and a third split, and writes them back", () => {
    const ask = askFrom(
      new URLSearchParams("from=2026-01-01&to=2026-03-31&by=sex,colour,district,year&f.sex=female&f.mood=x"),
      now,
    );
    expect(ask).toEqual({
      from: "2026-01-01",
      to: "2026-03-31",
      by: ["sex", "district"],
      filter: { sex: "female" },
    });
    expect(paramsFrom(ask)).toEqual({
      from: "2026-01-01",
      to: "2026-03-31",
      by: "sex,district",
      "f.sex": "female",
    });
  });
});

describe("an ask of money", () => {
  const ask = { from: "2026-01-01", to: "2026-03-31", by: [], filter: {} };
  it("is split by currency first unless it is split or filtered by currency already", () => {
    expect(answerableAsk({ unit: "sum" }, ask).by).toEqual(["currency"]);
    expect(answerableAsk({ unit: "sum" }, { ...ask, by: ["sex", "district"] }).by).toEqual([
      "currency",
      "sex",
    ]);
    expect(answerableAsk({ unit: "sum" }, { ...ask, by: ["sex", "currency"] }).by).toEqual([
      "sex",
      "currency",
    ]);
    expect(answerableAsk({ unit: "sum" }, { ...ask, filter: { currency: "BDT" } }).by).toEqual([]);
    expect(answerableAsk({ unit: "count" }, ask).by).toEqual([]);
  });
});
