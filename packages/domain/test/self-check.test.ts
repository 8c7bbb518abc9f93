import { describe, expect, it } from "vitest";
import { explain } from "../src/eligibility-rule";
import { factsFromAnswers, questionsFor, SelfCheckAnswers } from "../src/self-check";

const asOf = new Date("2026-12-06T10:00:00Z");

describe("am I eligible, answered by the returnee", () => {
  const rule = {
    and: [
      { ">=": [{ var: "age" }, 18] },
      { in: [{ var: "returnType" }, ["forced", "crisis"]] },
      { "<=": [{ var: "monthsSinceReturn" }, 24] },
      { "==": [{ var: "country" }, "BD"] },
      { in: ["psychological_distress", { var: "vulnerabilityFlags" }] },
    ],
  };

  it("asks only the questions whose facts the rule reads, and names what the centre checks", () => {
    expect(questionsFor(rule)).toEqual({
      questions: ["birthYear", "adminAreaCode", "returnedOn", "returnType"],
      centreChecks: ["vulnerabilityFlags"],
    });
    expect(questionsFor(true)).toEqual({ questions: [], centreChecks: [] });
  });

  it("turns answers into facts: unanswered stays unknown, never false", () => {
    const facts = factsFromAnswers(
      { birthYear: 1990, returnedOn: "2025-03", returnType: "forced", adminAreaCode: "BD3026" },
      asOf,
    );
    expect(facts).toMatchObject({
      age: 36,
      monthsSinceReturn: 21,
      returnType: "forced",
      country: "BD",
      district: "BD3026",
      sex: null,
      destinationCountry: null,
      debtAmountUsd: null,
      informalDebt: null,
      householdSize: null,
      disability: null,
    });
    const verdict = explain(rule, facts);
    // four conditions met by the answers, the screening's flag unknown: the centre decides
    expect(verdict.verdict).toBe("unknown");
    expect(verdict.conditions.map((c) => c.outcome)).toEqual(["met", "met", "met", "met", "unknown"]);
    const sent = factsFromAnswers({ returnType: "voluntary" }, asOf);
    expect(explain({ in: [{ var: "returnType" }, ["forced"]] }, sent).verdict).toBe("not_eligible");
  });

  it("reads a debt in the local currency, and years abroad, as the record's facts would", () => {
    const facts = factsFromAnswers(
      {
        debt: { amount: 122_000, currency: "BDT" },
        informalDebt: true,
        destinationCountry: "sa",
        returnedOn: "2026-01",
        yearsAbroad: 4,
        documentsMissing: ["passport"],
        householdSize: 5,
        childrenOfSchoolAge: 2,
      } as SelfCheckAnswers,
      asOf,
    );
    expect(facts.debtAmountUsd).toBeGreaterThan(900);
    expect(facts.debtAmountUsd).toBeLessThan(1200);
    expect(facts).toMatchObject({
      informalDebt: true,
      destinationCountry: "sa",
      documentsMissing: ["passport"],
      householdSize: 5,
      childrenOfSchoolAge: 2,
    });
    expect(facts.monthsAbroad).toBe(48);
  });

  it("refuses an answer that cannot be, naming it", () => {
    const bad = SelfCheckAnswers.safeParse({ returnedOn: "2026-13", birthYear: 2200, adminAreaCode: "XX" });
    expect(bad.success).toBe(false);
    expect([...new Set(bad.error!.issues.map((i) => i.path.join(".")))].sort()).toEqual([
      "adminAreaCode",
      "birthYear",
      "returnedOn",
    ]);
    const parsed = SelfCheckAnswers.parse({ destinationCountry: "sa" });
    expect(parsed.destinationCountry).toBe("SA");
  });
});
