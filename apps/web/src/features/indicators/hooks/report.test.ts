import { indicatorCatalogue } from "@homecoming/domain";
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { fontsFor, textRuns } from "../../../pdf/text";
import type { IndicatorResult } from "../api/indicators";
import {
  defaultQuarter,
  offeredQuarters,
  parseQuarter,
  quarterDates,
  reportAsk,
  reportAsks,
  reportFileName,
  reportParamsFrom,
  reportSearch,
  reportSections,
} from "./report";
import { type ReportModel, reportModel, resultKey } from "./reportModel";
import { reportDocument } from "./reportPdf";

const files = import.meta.glob<{ default: Record<string, unknown> }>("../../../i18n/locales/en/*.json", {
  eager: true,
});
const en = Object.fromEntries(
  Object.entries(files).map(([path, file]) => [path.replace(/^.*\/(.+)\.json$/, "$1"), file.default]),
);
const i18n = i18next.createInstance();
await i18n.init({
  resources: { en: { translation: en } },
  lng: "en",
  fallbackLng: "en",
  supportedLngs: ["en", "bn", "ur", "ar", "ckb"],
  interpolation: { escapeValue: false },
});

describe("the report's quarter", () => {
  it("gives a quarter's first and last day, leap years included", () => {
    expect(quarterDates({ year: 2026, quarter: 1 })).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    expect(quarterDates({ year: 2026, quarter: 2 })).toEqual({ from: "2026-04-01", to: "2026-06-30" });
    expect(quarterDates({ year: 2026, quarter: 3 })).toEqual({ from: "2026-07-01", to: "2026-09-30" });
    expect(quarterDates({ year: 2026, quarter: 4 })).toEqual({ from: "2026-10-01", to: "2026-12-31" });
    expect(quarterDates({ year: 2028, quarter: 1 }).to).toBe("2028-03-31");
    expect(parseQuarter("2026-Q3")).toEqual({ year: 2026, quarter: 3 });
    expect(parseQuarter("2026-Q5")).toBeNull();
  });

  it("defaults to the last complete quarter, the year before in the first quarter", () => {
    expect(defaultQuarter(new Date("2026-12-05T10:00:00Z"))).toEqual({ year: 2026, quarter: 3 });
    expect(defaultQuarter(new Date("2026-10-01T00:00:00Z"))).toEqual({ year: 2026, quarter: 3 });
    expect(defaultQuarter(new Date("2026-09-30T23:59:00Z"))).toEqual({ year: 2026, quarter: 2 });
    expect(defaultQuarter(new Date("2027-02-11T00:00:00Z"))).toEqual({ year: 2026, quarter: 4 });
    expect(offeredQuarters(new Date("2027-02-11T00:00:00Z"), 2)).toEqual([
      { year: 2027, quarter: 1 },
      { year: 2026, quarter: 4 },
      { year: 2026, quarter: 3 },
    ]);
  });

  it("reads its parameters from the address and writes them back", () => {
    const now = new Date("2026-12-05T10:00:00Z");
    const codes = ["en", "bn", "ar"];
    expect(reportParamsFrom(new URLSearchParams(""), codes, "bn", now)).toEqual({
      quarter: { year: 2026, quarter: 3 },
      scope: { kind: "all" },
      lang: "bn",
    });
    const params = reportParamsFrom(
      new URLSearchParams("quarter=2026-Q2&country=BD&lang=ar"),
      codes,
      "en",
      now,
    );
    expect(params).toEqual({
      quarter: { year: 2026, quarter: 2 },
      scope: { kind: "country", code: "BD" },
      lang: "ar",
    });
    expect(reportSearch(params)).toEqual({ quarter: "2026-Q2", country: "BD", lang: "ar" });
    expect(reportAsk(params, ["sex"])).toEqual({
      from: "2026-04-01",
      to: "2026-06-30",
      by: ["sex"],
      filter: { country: "BD" },
    });
    expect(reportFileName(params)).toBe("homecoming-report-BD-2026-Q2-ar.pdf");
    expect(reportParamsFrom(new URLSearchParams("lang=xx&organisation=abc"), codes, "en", now)).toMatchObject(
      {
        scope: { kind: "organisation", id: "abc" },
        lang: "en",
      },
    );
  });
});

describe("the report's content", () => {
  it("asks only for indicators of the catalogue, each split by a disaggregation it allows", () => {
    for (const { code, by } of reportAsks()) {
      const definition = indicatorCatalogue.find((i) => i.code === code);
      expect(definition, code).toBeDefined();
      for (const split of by) expect(definition!.disaggregations, `${code} by ${split}`).toContain(split);
    }
    expect(reportSections.map((s) => s.key)).toEqual([
      "registrations",
      "caseFlow",
      "referrals",
      "sustainability",
      "programmes",
      "feedback",
    ]);
    // every section has a title in the messages
    for (const s of reportSections) expect(i18n.t(`indicators.report.sections.${s.key}`)).not.toContain(".");
  });
});

// a sample quarter: registrations by sex (men hidden), every other figure 12, a median of 3.5 days
const sample = (lang: string, dir: "ltr" | "rtl", locale: string): ReportModel => {
  const params = {
    quarter: { year: 2026, quarter: 3 as const },
    scope: { kind: "country" as const, code: "BD" },
    lang,
  };
  const base = {
    from: "2026-07-01",
    to: "2026-09-30",
    filter: { country: "BD" },
    scope: "deployment" as const,
  };
  const meta = { refreshedAt: "2026-10-02T08:00:00Z", casesBehind: false, labels: {} };
  const results = new Map<string, IndicatorResult>();
  for (const { code, by } of reportAsks()) {
    const unit = indicatorCatalogue.find((i) => i.code === code)!.unit;
    const cell = (
      keys: (string | null)[],
      value: number | null,
      suppressed: "small_count" | null = null,
    ) => ({
      keys,
      value,
      numerator: value,
      denominator: null,
      suppressed,
    });
    const cells =
      code === "returnees_registered"
        ? [cell(["female"], 1234), cell(["male"], null, "small_count"), cell([null], 1237)]
        : by.length
          ? [cell(["x"], 12), cell([null], 12)]
          : [cell([], code === "median_days_to_accept" ? 3.5 : 12)];
    results.set(resultKey(code, by), { ...base, ...meta, code, name: code, unit, by, cells });
  }
  return reportModel({
    t: i18n.getFixedT(lang),
    params,
    dir,
    locale,
    name: (code) => indicatorCatalogue.find((i) => i.code === code)!.name,
    results,
    scope: "Bangladesh",
    now: new Date("2026-12-05T10:00:00Z"),
  });
};

/**
 * Every piece of text in a pdfmake document as it is drawn, runs joined: the font engine turns the Arabic
 * runs right to left, so they are turned here too.
 */
function texts(node: unknown): string[] {
  const drawn = (r: { text?: unknown; font?: unknown }) =>
    r.font === "Naskh" ? [...String(r.text)].reverse().join("") : String(r.text);
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === "object") {
    const o = node as { text?: unknown; font?: unknown };
    if ("text" in o)
      return [
        Array.isArray(o.text) ? (o.text as { text: string; font: string }[]).map(drawn).join("") : drawn(o),
      ];
    return Object.values(o).flatMap(texts);
  }
  return [];
}

describe("the report's PDF", () => {
  it("holds the title block, each indicator's name, the tables' values and hidden values as a dash", () => {
    const model = sample("en", "ltr", "en");
    const doc = reportDocument(
      model,
      new Map([
        ["returnees_registered|sex", { dataUrl: "data:image/png;base64,AA", width: 600, height: 280 }],
      ]),
    );
    const all = texts(doc.content);
    expect(all[0]).toBe("Quarterly report of the indicators");
    expect(all).toContain("Scope: Bangladesh");
    expect(all).toContain("Q3 2026: Jul 1, 2026 to Sep 30, 2026");
    expect(all.some((s) => s.startsWith("Figures as of Oct 2, 2026"))).toBe(true);
    for (const { code, by } of reportAsks()) {
      const name = indicatorCatalogue.find((i) => i.code === code)!.name;
      expect(
        all.some((s) => s.startsWith(name)),
        name,
      ).toBe(true);
      if (by[0])
        expect(
          all.some((s) => s.startsWith(`${name} by `)),
          name,
        ).toBe(true);
    }
    expect(all).toEqual(
      expect.arrayContaining(["Female", "1,234", "Male", "–", "All", "1,237", "3.5 days", "Referral funnel"]),
    );
    expect(all).toContain(i18n.t("indicators.suppressedNote"));
    // the chart drawn on the page goes in above its table, at most the page's width
    expect(JSON.stringify(doc.content)).toContain('"image":"data:image/png;base64,AA","width":515.28');
    expect(doc.pageSize).toBe("A4");
    expect(doc.pageOrientation).toBe("portrait");
    expect(doc.defaultStyle).toMatchObject({ font: "Latin", alignment: "left" });
    const footer = (doc.footer as (page: number, pages: number) => unknown)(2, 5);
    expect(texts(footer)).toEqual([expect.stringMatching(/^Made on Dec 5, 2026/), "Page 2 of 5"]);
  });

  it("writes Arabic right to left: right-aligned, tables mirrored, Arabic-Indic digits in the Naskh font", () => {
    const model = sample("ar", "rtl", "ar-IQ");
    const doc = reportDocument(model, new Map());
    expect(doc.defaultStyle).toMatchObject({ alignment: "right" });
    const tables = JSON.stringify(doc.content).match(/"widths":\[[^\]]*\]/g)!;
    expect(tables[0]).toBe('"widths":["auto","*"]');
    const all = texts(doc.content);
    expect(all).toContain("١٬٢٣٤");
    expect(all).toContain("–");
    expect(fontsFor("ar")).toEqual(["Latin", "Naskh"]);
    expect(fontsFor("bn")).toEqual(["Latin", "Bengali"]);
    // in a table row the value comes first, on the left, then the name on the right
    expect(all.indexOf("١٬٢٣٤")).toBe(all.indexOf("Female") - 1);
    const footer = (doc.footer as (page: number, pages: number) => unknown)(2, 5);
    expect(texts(footer)[0]).toBe("٥ of ٢ Page");
  });

  it("cuts text into runs by script, in drawing order, the Arabic runs in reading order for the font engine", () => {
    expect(textRuns("Scope: বাংলাদেশ", "ltr")).toEqual([
      { text: "Scope: ", font: "Latin" },
      { text: "বাংলাদেশ", font: "Bengali" },
    ]);
    expect(textRuns("১,২৩৪", "ltr")).toEqual([
      { text: "১", font: "Bengali" },
      { text: ",", font: "Latin" },
      { text: "২৩৪", font: "Bengali" },
    ]);
    // right to left: the Latin words are drawn last (on the left), the Arabic word first (on the right);
    // a number stays left to right, the bidirectional marks Intl writes are dropped
    expect(textRuns("Scope: بنغلاديش", "rtl")).toEqual([
      { text: "بنغلاديش", font: "Naskh" },
      { text: " :Scope", font: "Latin" },
    ]);
    expect(textRuns("Page ٢ of ٥", "rtl")).toEqual(
      [
        { text: "٥", font: "Naskh" },
        { text: " of ", font: "Latin" },
        { text: "٢", font: "Naskh" },
        { text: " Page", font: "Latin" },
      ]
        .reverse()
        .reverse(),
    );
    expect(
      textRuns("٠١\u200F/٠٧\u200F/٢٠٢٦", "rtl")
        .map((r) => r.text)
        .join(""),
    ).not.toContain("\u200F");
  });
});
