import { describe, expect, it } from "vitest";
import {
  ageGroupLowerBounds,
  ageGroupOf,
  type IndicatorDefinition,
  indicatorByCode,
  indicatorCatalogue,
  indicatorDisaggregations,
  indicatorFactKinds,
  publishIndicator,
} from "../src";

const referralFacts = new Set(indicatorFactKinds.filter((k) => k.startsWith("referral_")));
/** Feedback carries the category of the service it is about, when it is about one. */
const feedbackFacts = new Set(["feedback_received", "grievance_received", "feedback_rated", "grievance_due"]);
const count = indicatorByCode("referrals_sent")!;
const share = indicatorByCode("follow_ups_made_share")!;
const mean = indicatorByCode("sustainability_composite_mean")!;

describe("the indicator catalogue", () => {
  it("has unique codes, known facts and splits, and a base for every percentage and only for those", () => {
    expect(new Set(indicatorCatalogue.map((i) => i.code)).size).toBe(indicatorCatalogue.length);
    for (const i of indicatorCatalogue) {
      expect(indicatorFactKinds, i.code).toContain(i.numerator.kind);
      expect(i.denominator !== undefined, i.code).toBe(i.unit === "percentage");
      for (const d of i.disaggregations) expect(indicatorDisaggregations, i.code).toContain(d);
    }
  });

  it("splits by service category only what counts referrals or feedback, and by a detail only where the facts carry it", () => {
    for (const i of indicatorCatalogue) {
      if (i.disaggregations.includes("serviceCategory"))
        expect(
          referralFacts.has(i.numerator.kind as never) || feedbackFacts.has(i.numerator.kind),
          i.code,
        ).toBe(true);
      // feedback is about no returnee: it is split by no returnee's attribute, and lists no case
      expect(i.disaggregations.includes("feedbackSubject"), i.code).toBe(feedbackFacts.has(i.numerator.kind));
      if (feedbackFacts.has(i.numerator.kind)) {
        expect(i.disaggregations.includes("sex"), i.code).toBe(false);
        expect(i.aboutCases, i.code).toBe(false);
      }
      if (i.disaggregations.includes("closureReason")) expect(i.numerator.kind, i.code).toBe("case_closed");
      if (i.disaggregations.includes("occasion")) expect(i.numerator.kind, i.code).toMatch(/^survey_/);
      if (i.disaggregations.includes("programmeKind"))
        expect(i.numerator.kind, i.code).toBe("enrolment_started");
      // money is added up only within a currency, and only money has one
      expect(i.disaggregations.includes("currency"), i.code).toBe(i.unit === "sum");
      if (i.unit === "sum") expect(i.numerator.kind, i.code).toBe("money_given");
    }
  });

  it("covers the referral funnel, case flow, follow-ups and every sustainability dimension", () => {
    const codes = indicatorCatalogue.map((i) => i.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        "referrals_sent",
        "referrals_accepted",
        "referrals_completed",
        "referrals_declined",
        "referrals_overdue",
        "median_days_to_accept",
        "median_days_to_complete",
        "cases_opened",
        "cases_active",
        "cases_handed_over",
        "cases_closed",
        "follow_ups_made_share",
        "sustainability_economic_mean",
        "sustainability_social_mean",
        "sustainability_psychosocial_mean",
        "sustainability_above_threshold_share",
        "sustainability_change_mean",
      ]),
    );
  });
});

describe("age groups", () => {
  it("puts each age in its group of the ILO tables", () => {
    expect([null, 14, 15, 24, 25, 34, 35, 44, 45, 54, 55, 80].map(ageGroupOf)).toEqual([
      "unknown",
      "under_15",
      "15_24",
      "15_24",
      "25_34",
      "25_34",
      "35_44",
      "35_44",
      "45_54",
      "45_54",
      "55_plus",
      "55_plus",
    ]);
    // the bounds the database groups with agree with the function
    for (const { group, from } of ageGroupLowerBounds) expect(ageGroupOf(from)).toBe(group);
  });
});

describe("publishIndicator", () => {
  it("hides a small count and the one that would give it away, and keeps the rest", () => {
    // female 12, male 3, other 0; total 15: male is small, and with it hidden, the next smallest goes too
    const published = publishIndicator(count, 1, [
      { keys: ["female"], numerator: 12 },
      { keys: ["male"], numerator: 3 },
      { keys: [null], numerator: 15 },
    ]);
    expect(published).toEqual([
      { keys: ["female"], value: null, numerator: null, denominator: null, suppressed: "complementary" },
      { keys: ["male"], value: null, numerator: null, denominator: null, suppressed: "small_count" },
      { keys: [null], value: 15, numerator: 15, denominator: null, suppressed: null },
    ]);
  });

  it("suppresses a two-way table by rows and columns with their totals", () => {
    const cells = [
      { keys: ["female", "BD3026"], numerator: 20 },
      { keys: ["female", "PK617"], numerator: 2 },
      { keys: ["male", "BD3026"], numerator: 30 },
      { keys: ["male", "PK617"], numerator: 10 },
      { keys: ["female", null], numerator: 22 },
      { keys: ["male", null], numerator: 40 },
      { keys: [null, "BD3026"], numerator: 50 },
      { keys: [null, "PK617"], numerator: 12 },
      { keys: [null, null], numerator: 62 },
    ];
    const hidden = publishIndicator(count, 2, cells)
      .filter((c) => c.suppressed)
      .map((c) => [c.keys.join("/"), c.suppressed]);
    // the 2 goes; its row and column each then need a second: female/BD3026 and male/PK617, then male/BD3026
    expect(hidden).toEqual([
      ["female/BD3026", "complementary"],
      ["female/PK617", "small_count"],
      ["male/BD3026", "complementary"],
      ["male/PK617", "complementary"],
    ]);
  });

  it("hides a total of fewer than five returnees even when its cells add up to more", () => {
    // one returnee referred to two services is in two cells but once in the total
    const published = publishIndicator(count, 1, [
      { keys: ["econ.finance"], numerator: 0 },
      { keys: [null], numerator: 3 },
    ]);
    expect(published.find((c) => c.keys[0] === null)?.suppressed).toBe("small_count");
  });

  it("shows a percentage only where its numerator and denominator both show, to one decimal", () => {
    // numerators 9, 6, 1: the 1 is hidden, and the 6 with it; the denominators all show
    const published = publishIndicator(share, 1, [
      { keys: ["female"], numerator: 9, denominator: 12 },
      { keys: ["male"], numerator: 6, denominator: 40 },
      { keys: ["other"], numerator: 1, denominator: 7 },
      { keys: [null], numerator: 16, denominator: 59 },
    ]);
    expect(published.map((c) => [c.keys[0], c.value, c.suppressed])).toEqual([
      ["female", 75, null],
      ["male", null, "complementary"],
      ["other", null, "small_count"],
      [null, 27.1, null],
    ]);
  });

  it("shows a mean only where at least five surveys stand behind it", () => {
    const published = publishIndicator(mean as IndicatorDefinition, 1, [
      { keys: ["baseline"], numerator: 40, value: 0.512 },
      { keys: ["month_12"], numerator: 30, value: 0.688 },
      { keys: ["month_6"], numerator: 4, value: 0.9 },
      { keys: [null], numerator: 74, value: 0.6 },
    ]);
    expect(published.map((c) => [c.keys[0], c.value])).toEqual([
      ["baseline", 0.512],
      ["month_12", null],
      ["month_6", null],
      [null, 0.6],
    ]);
  });

  it("refuses more than two splits", () => {
    expect(() => publishIndicator(count, 3, [])).toThrow(
      "An indicator is split by at most two disaggregations",
    );
  });
});
