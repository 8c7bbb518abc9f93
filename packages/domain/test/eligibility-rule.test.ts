import fc from "fast-check";
import jsonLogic from "json-logic-js";
import { describe, expect, it } from "vitest";
import { buildFacts, factCatalogue, type ReturneeFacts } from "../src/eligibility-facts";
import {
  assertValidRule,
  type Condition,
  compileRule,
  describe as describeRule,
  explain,
  phraseOf,
  redactExplanation,
  ruleProblems,
} from "../src/eligibility-rule";
import { DomainError } from "../src/errors";

const asOf = new Date("2026-11-24T10:00:00Z");
const facts = (over: Partial<ReturneeFacts> = {}): ReturneeFacts => ({
  ...buildFacts({
    person: {
      sex: "female",
      birthDate: "1990-01-01",
      adminAreaCode: "BD3026",
      migrationEpisodes: [
        { destinationCountry: "SA", startDate: "2018-03-01", endDate: "2026-02-20", returnType: "forced" },
      ],
      debts: [{ amount: 244_000, currency: "BDT", lender: "informal_lender" }],
    },
    asOf,
  }),
  ...over,
});

const womenGrant = {
  and: [
    { "==": [{ var: "sex" }, "female"] },
    { "<=": [18, { var: "age" }, 45] },
    { "<=": [{ var: "monthsSinceReturn" }, 24] },
    { in: [{ var: "returnType" }, ["forced", "crisis"]] },
  ],
};

describe("explaining a verdict", () => {
  it("says which conditions held, in plain words produced from the rule", () => {
    const result = explain(womenGrant, facts());
    expect(result.verdict).toBe("eligible");
    expect(result.conditions.map((c) => [c.text, c.outcome])).toEqual([
      ["sex is female", "met"],
      ["age is between 18 and 45", "met"],
      ["months since return is at most 24", "met"],
      ["return type is one of forced, crisis", "met"],
    ]);
  });

  it("names the condition that failed and the value that made it fail", () => {
    const result = explain(womenGrant, facts({ age: 52 }));
    expect(result.verdict).toBe("not_eligible");
    const failed = result.conditions.filter((c) => c.outcome === "failed");
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({
      text: "age is between 18 and 45",
      because: "age is 52",
      actual: { age: 52 },
    });
  });

  it("reports a condition on a fact not yet known as unknown, never as failed", () => {
    const rule = {
      and: [{ "==": [{ var: "sex" }, "female"] }, { ">=": [{ var: "needs.economic" }, "medium"] }],
    };
    const result = explain({ and: [rule.and[0], { "==": [{ var: "needs.economic" }, "high"] }] }, facts());
    expect(result.verdict).toBe("unknown");
    expect(result.conditions[1]).toMatchObject({
      outcome: "unknown",
      text: "economic need is high",
      because: "economic need not known yet",
    });
    // a failed condition decides "and" even when another one is unknown
    expect(
      explain(
        { and: [{ "==": [{ var: "sex" }, "male"] }, { "==": [{ var: "needs.economic" }, "high"] }] },
        facts(),
      ).verdict,
    ).toBe("not_eligible");
    // a met condition decides "or"
    expect(
      explain(
        { or: [{ "==": [{ var: "sex" }, "female"] }, { "==": [{ var: "needs.economic" }, "high"] }] },
        facts(),
      ).verdict,
    ).toBe("eligible");
  });

  it("words list facts, regions, areas and reversed comparisons", () => {
    expect(describeRule({ in: ["debt_bondage", { var: "vulnerabilityFlags" }] })).toBe(
      "vulnerability flags include debt bondage",
    );
    expect(describeRule({ "==": [{ var: "destinationRegion" }, "gcc"] })).toBe(
      "destination region is the Gulf (GCC)",
    );
    expect(describeRule({ in: [{ var: "district" }, ["BD3026"]] })).toMatch(/^district is one of \w+/);
    expect(describeRule({ in: [{ var: "district" }, ["BD3026"]] })).not.toContain("BD3026");
    expect(describeRule({ ">": [1000, { var: "debtAmountUsd" }] })).toBe("debt is below 1,000");
    expect(describeRule({ "!": { var: "informalDebt" } })).toBe("not (debt owed to informal lenders)");
    const informal = explain({ "!": { var: "informalDebt" } }, facts());
    expect(informal).toMatchObject({ verdict: "not_eligible", conditions: [{ outcome: "failed" }] });
  });

  it("evaluates conditions over lists of values", () => {
    const rule = { some: [{ var: "documentsMissing" }, { in: [{ var: "" }, ["passport", "national_id"]] }] };
    expect(explain(rule, facts({ documentsMissing: ["passport"] })).verdict).toBe("eligible");
    expect(explain(rule, facts({ documentsMissing: [] })).verdict).toBe("not_eligible");
    expect(explain(rule, facts({ documentsMissing: null })).verdict).toBe("unknown");
  });

  it("structures a condition on one fact, for a screen to say it in its reader's language", () => {
    expect(phraseOf({ ">=": [{ var: "age" }, 18] })).toEqual({ fact: "age", op: "at_least", values: [18] });
    // a value first reads the other way round
    expect(phraseOf({ ">": [24, { var: "monthsSinceReturn" }] })).toEqual({
      fact: "monthsSinceReturn",
      op: "below",
      values: [24],
    });
    expect(phraseOf({ "<=": [18, { var: "age" }, 35] })).toEqual({
      fact: "age",
      op: "between",
      values: [18, 35],
    });
    expect(phraseOf({ in: [{ var: "returnType" }, ["forced", "crisis"]] })).toEqual({
      fact: "returnType",
      op: "one_of",
      values: ["forced", "crisis"],
    });
    expect(phraseOf({ in: ["passport", { var: "documentsMissing" }] })).toEqual({
      fact: "documentsMissing",
      op: "includes",
      values: ["passport"],
    });
    expect(phraseOf({ "!=": [{ var: "country" }, "BD"] })).toEqual({
      fact: "country",
      op: "is_not",
      values: ["BD"],
    });
    expect(phraseOf({ var: "informalDebt" })).toEqual({ fact: "informalDebt", op: "is", values: [true] });
    expect(phraseOf({ "!": { var: "informalDebt" } })).toEqual({
      fact: "informalDebt",
      op: "is",
      values: [false],
    });
    // two facts, or arithmetic, keep their English words alone
    expect(phraseOf({ ">": [{ var: "householdSize" }, { var: "childrenOfSchoolAge" }] })).toBeUndefined();
    expect(phraseOf({ ">": [{ "+": [{ var: "age" }, 1] }, 18] })).toBeUndefined();
    const [condition] = explain({ ">=": [{ var: "age" }, 18] }, facts()).conditions;
    expect(condition!.phrase).toEqual({ fact: "age", op: "at_least", values: [18] });
  });

  it("hides restricted values from readers outside the lead organisation but keeps the outcome", () => {
    const rule = {
      or: [
        { in: ["suicidal_ideation", { var: "vulnerabilityFlags" }] },
        { "==": [{ var: "disability" }, true] },
      ],
    };
    const result = explain(rule, facts({ vulnerabilityFlags: ["suicidal_ideation"], disability: false }));
    expect(result.verdict).toBe("eligible");
    expect(result.conditions.every((c) => c.restricted)).toBe(true);
    const redacted = redactExplanation(result);
    expect(redacted.verdict).toBe("eligible");
    expect(JSON.stringify(redacted)).not.toMatch(/suicid|disability/i);
    expect(redacted.conditions.map((c) => c.outcome)).toEqual(["met", "failed"]);
  });

  it("keeps a compiled rule's outcomes per value: the same answer again, the caller's facts left alone", () => {
    const rule = compileRule({
      and: [
        { some: [{ var: "documentsMissing" }, { "==": [{ var: "" }, "passport"] }] },
        { "<": [{ var: "age" }, 40] },
      ],
    });
    const first = facts({ documentsMissing: ["passport"] });
    const once = rule.explain(first);
    const again = rule.explain(facts({ documentsMissing: ["passport"] }));
    expect(again).toEqual(once);
    expect(once.verdict).toBe("eligible");
    // kept outcomes are shared, so they cannot be changed; the facts they came from still can
    expect(Object.isFrozen(once.conditions[0])).toBe(true);
    expect(Object.isFrozen(first.documentsMissing)).toBe(false);
    first.documentsMissing!.push("national_id");
    expect(once.conditions[0]!.actual).toEqual({ documentsMissing: ["passport"] });
    // another value is another outcome
    expect(rule.explain(facts({ documentsMissing: ["work_permit"] })).verdict).toBe("not_eligible");
    expect(rule.explain(facts({ documentsMissing: ["passport"], age: 52 })).conditions[1]).toMatchObject({
      outcome: "failed",
      because: "age is 52",
    });
  });
});

describe("checking a rule before it is stored", () => {
  it("accepts a rule over known facts", () => {
    expect(ruleProblems(womenGrant)).toEqual([]);
    expect(ruleProblems(true)).toEqual([]);
  });

  it.each([
    [{ "==": [{ var: "incme" }, 3] }, '"==[0].var", there is no fact "incme"'],
    [
      { and: [{ ">=": [{ var: "age" }, "eighteen"] }] },
      'age is a number; it cannot be compared with "eighteen"',
    ],
    [{ "==": [{ var: "sex" }, "femal"] }, 'sex has no value "femal"; its values are female, male, other'],
    [{ frobnicate: [1, 2] }, '"frobnicate" is not a JSON Logic operation'],
    [{ log: "x" }, '"log" is not a JSON Logic operation'],
    [{ "==": [1, 1], "!=": [1, 2] }, "an operation must have exactly one key, found ==, !="],
    ["age > 18", "a rule is a JSON Logic object or true/false, not a string"],
    [[{ var: "age" }], "a rule is a JSON Logic object or true/false, not a list"],
  ])("refuses %j, naming the problem", (rule, message) => {
    const problems = ruleProblems(rule);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => `"${p.path}", ${p.message}`).join("; ")).toContain(message);
    expect(() => assertValidRule(rule)).toThrow(DomainError);
  });

  it("puts the path and the problem in the error message", () => {
    try {
      assertValidRule(
        { and: [{ "==": [{ var: "sex" }, "female"] }, { "<": [{ var: "agee" }, 30] }] },
        "eligibilityRule",
      );
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).field).toBe("eligibilityRule");
      expect((e as Error).message).toBe(
        'This is not a valid eligibility rule: at and[1].<[0].var, there is no fact "agee"',
      );
      expect(e).toMatchObject({
        key: "rule.unknown_fact",
        values: { path: "and[1].<[0].var", fact: "agee" },
      });
    }
  });
});

// ---- properties ------------------------------------------------------------------------------------------

const numberFacts = factCatalogue.filter((f) => f.type === "number").map((f) => f.name);
const enumFacts = factCatalogue.filter((f) => f.type === "enum" && f.values);
const boolFacts = factCatalogue.filter((f) => f.type === "boolean").map((f) => f.name);
const listFacts = factCatalogue.filter((f) => f.type === "list" && f.values);

const conditionArb: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .record({
      fact: fc.constantFrom(...numberFacts),
      op: fc.constantFrom("<", "<=", ">", ">=", "==", "!="),
      n: fc.integer({ min: -5, max: 200 }),
    })
    .map(({ fact, op, n }) => ({ [op]: [{ var: fact }, n] })),
  fc
    .record({ fact: fc.constantFrom(...numberFacts), lo: fc.integer({ min: 0, max: 60 }), span: fc.nat(60) })
    .map(({ fact, lo, span }) => ({ "<=": [lo, { var: fact }, lo + span] })),
  fc
    .constantFrom(...enumFacts)
    .chain((f) =>
      fc
        .subarray([...f.values!], { minLength: 1 })
        .map((vs) => (vs.length === 1 ? { "==": [{ var: f.name }, vs[0]] } : { in: [{ var: f.name }, vs] })),
    ),
  fc.constantFrom(...boolFacts).map((f) => ({ "==": [{ var: f }, true] })),
  fc
    .constantFrom(...listFacts)
    .chain((f) => fc.constantFrom(...f.values!).map((v) => ({ in: [v, { var: f.name }] }))),
);

const ruleArb: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  rule: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    conditionArb,
    fc.array(tie("rule"), { minLength: 1, maxLength: 4 }).map((rs) => ({ and: rs })),
    fc.array(tie("rule"), { minLength: 1, maxLength: 4 }).map((rs) => ({ or: rs })),
    tie("rule").map((r) => ({ "!": r })),
  ),
})).rule;

const arbitraryValueOf = (name: string): fc.Arbitrary<unknown> => {
  const def = factCatalogue.find((f) => f.name === name)!;
  switch (def.type) {
    case "number":
      return fc.integer({ min: -5, max: 200 });
    case "boolean":
      return fc.boolean();
    case "enum":
      return def.values ? fc.constantFrom(...def.values) : fc.string();
    case "list":
      return fc.subarray([...(def.values ?? ["x"])]);
  }
};

/** A complete facts object (no unknowns) and a copy with some facts made unknown. */
const knownFactsArb = fc.tuple(...factCatalogue.map((f) => arbitraryValueOf(f.name))).map((values) => {
  const out: Record<string, unknown> = { factsVersion: 1, needs: {} };
  factCatalogue.forEach((f, i) => {
    if (f.name.startsWith("needs.")) (out.needs as Record<string, unknown>)[f.name.slice(6)] = values[i];
    else out[f.name] = values[i];
  });
  return out;
});
const withUnknowns = (known: Record<string, unknown>, hide: boolean[]) => {
  const out: Record<string, unknown> = { ...known, needs: { ...(known.needs as object) } };
  factCatalogue.forEach((f, i) => {
    if (!hide[i]) return;
    if (f.name.startsWith("needs.")) (out.needs as Record<string, unknown>)[f.name.slice(6)] = null;
    else out[f.name] = null;
  });
  return out;
};
const hideArb = fc.array(fc.boolean(), { minLength: factCatalogue.length, maxLength: factCatalogue.length });

const agrees = (verdict: string, conditions: Condition[]) => {
  const outcomes = new Set(conditions.map((c) => c.outcome));
  if (verdict === "eligible") return conditions.length === 0 || outcomes.has("met");
  if (verdict === "not_eligible") return outcomes.has("failed");
  return outcomes.has("unknown");
};

describe("properties", () => {
  it("every generated rule is valid, and evaluation never throws on any facts object", () => {
    fc.assert(
      fc.property(
        ruleArb,
        fc.oneof(knownFactsArb, fc.object(), fc.dictionary(fc.constantFrom(...numberFacts), fc.anything())),
        (rule, anyFacts) => {
          expect(ruleProblems(rule)).toEqual([]);
          const result = explain(rule, anyFacts);
          expect(["eligible", "not_eligible", "unknown"]).toContain(result.verdict);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("conditions decided without JSON Logic give JSON Logic's answer, either way round and with loose equality", () => {
    const literal = fc.oneof(
      fc.integer({ min: -3, max: 70 }),
      fc.constantFrom("5", "", "female", "BD"),
      fc.boolean(),
    );
    const shape = fc.oneof(
      fc
        .record({
          op: fc.constantFrom("==", "===", "!=", "!==", "<", "<=", ">", ">="),
          lit: literal,
          flip: fc.boolean(),
        })
        .map(({ op, lit, flip }) => (fact: string) => ({
          [op]: flip ? [lit, { var: fact }] : [{ var: fact }, lit],
        })),
      fc
        .record({ op: fc.constantFrom("<", "<="), lo: literal, hi: literal })
        .map(({ op, lo, hi }) => (fact: string) => ({ [op]: [lo, { var: fact }, hi] })),
      fc.array(literal, { maxLength: 4 }).map((vs) => (fact: string) => ({ in: [{ var: fact }, vs] })),
      literal.map((lit) => (fact: string) => ({ in: [lit, { var: fact }] })),
    );
    fc.assert(
      fc.property(
        shape,
        knownFactsArb,
        fc.constantFrom("age", "sex", "disability", "documentsMissing"),
        (make, known, fact) => {
          const rule = make(fact);
          const expected = Boolean(jsonLogic.apply(rule as jsonLogic.RulesLogic, known));
          expect(compileRule(rule).verdict(known)).toBe(expected ? "eligible" : "not_eligible");
          expect(compileRule(rule).explain(known).verdict).toBe(expected ? "eligible" : "not_eligible");
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("with every fact known, the verdict is JSON Logic's own answer", () => {
    fc.assert(
      fc.property(ruleArb, knownFactsArb, (rule, known) => {
        const expected = Boolean(jsonLogic.apply(rule as jsonLogic.RulesLogic, known));
        expect(explain(rule, known).verdict).toBe(expected ? "eligible" : "not_eligible");
      }),
      { numRuns: 500 },
    );
  });

  it("every explanation agrees with its verdict", () => {
    fc.assert(
      fc.property(ruleArb, knownFactsArb, hideArb, (rule, known, hide) => {
        const { verdict, conditions } = explain(rule, withUnknowns(known, hide));
        expect(agrees(verdict, conditions)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("learning a fact never overturns a decided verdict", () => {
    fc.assert(
      fc.property(ruleArb, knownFactsArb, hideArb, (rule, known, hide) => {
        const partial = explain(rule, withUnknowns(known, hide)).verdict;
        if (partial !== "unknown") expect(explain(rule, known).verdict).toBe(partial);
      }),
      { numRuns: 500 },
    );
  });
});

describe("explanations in plain words", () => {
  const facts = { informalDebt: true, sex: "female", age: 30, vulnerabilityFlags: ["victim_of_trafficking"] };
  const words = (rule: unknown) =>
    explain(rule, facts).conditions.map((c) => (c.because ? `${c.text} (because ${c.because})` : c.text));

  it("do not repeat the condition as its own reason", () => {
    expect(words({ "==": [{ var: "sex" }, "female"] })).toEqual(["sex is female"]);
    expect(words({ "==": [{ var: "informalDebt" }, true] })).toEqual([
      "debt owed to informal lenders is yes",
    ]);
    expect(words({ var: "informalDebt" })).toEqual(["debt owed to informal lenders"]);
  });

  it("keep the reason when it tells something the condition does not", () => {
    expect(words({ ">=": [{ var: "age" }, 18] })).toEqual(["age is at least 18 (because age is 30)"]);
    expect(words({ "!": { var: "informalDebt" } })).toEqual([
      "not (debt owed to informal lenders) (because debt owed to informal lenders is yes)",
    ]);
    expect(
      words({ some: [{ var: "vulnerabilityFlags" }, { "==": [{ var: "" }, "debt_bondage"] }] })[0],
    ).toMatch(/\(because vulnerability flags are possible victim of trafficking\)$/);
  });
});

describe("any-of groups", () => {
  it("say which conditions of a rule are alternatives, and that the group was met", () => {
    const rule = {
      and: [
        { ">=": [{ var: "age" }, 18] },
        { or: [{ "==": [{ var: "sex" }, "female"] }, { ">=": [{ var: "age" }, 60] }] },
      ],
    };
    const e = explain(rule, { age: 30, sex: "female" });
    expect(e.verdict).toBe("eligible");
    expect(e.conditions.map((c) => c.outcome)).toEqual(["met", "met", "failed"]);
    expect(e.anyOf).toEqual([{ conditions: [1, 2], outcome: "met" }]);
  });

  it("make a top-level or one group, with nested ors in it, failed when none holds", () => {
    const rule = {
      or: [
        { "==": [{ var: "sex" }, "male"] },
        { or: [{ ">=": [{ var: "age" }, 60] }, { var: "informalDebt" }] },
      ],
    };
    const e = explain(rule, { age: 30, sex: "female", informalDebt: false });
    expect(e.verdict).toBe("not_eligible");
    expect(e.anyOf).toEqual([{ conditions: [0, 1, 2], outcome: "failed" }]);
    expect(explain({ "==": [{ var: "sex" }, "female"] }, { sex: "female" }).anyOf).toEqual([]);
  });
});
