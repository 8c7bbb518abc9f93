import { factCatalogue } from "@homecoming/domain";
import { describe, expect, it } from "vitest";
import type { Fact } from "../api/rules";
import { buildRule, emptyCondition, indexFacts, parseRule, withFact } from "./model";

const facts = indexFacts(
  factCatalogue.map((f) => ({ ...f, values: f.values ? [...f.values] : undefined })) as Fact[],
);

describe("the rule form", () => {
  it.each([
    [{ and: [{ ">=": [{ var: "age" }, 18] }, { "==": [{ var: "sex" }, "female"] }] }],
    [{ or: [{ "<=": [18, { var: "age" }, 45] }, { in: [{ var: "returnType" }, ["forced", "crisis"]] }] }],
    [{ and: [{ "!=": [{ var: "returnType" }, "voluntary"] }] }],
  ])("reads a rule the form can show and writes the same JSON Logic back: %j", (rule) => {
    const form = parseRule(rule, facts);
    expect(form).not.toBeNull();
    expect(buildRule(form!, facts)).toEqual({ ok: true, rule });
  });

  it("reads a condition written with the value first as the same comparison", () => {
    const form = parseRule({ "<=": [18, { var: "age" }] }, facts);
    expect(form?.conditions[0]).toMatchObject({ fact: "age", operator: "atLeast", number: 18 });
    expect(buildRule(form!, facts)).toEqual({ ok: true, rule: { and: [{ ">=": [{ var: "age" }, 18] }] } });
  });

  it("leaves to the JSON view what the form cannot show", () => {
    expect(parseRule({ and: [{ or: [{ "==": [{ var: "sex" }, "male"] }] }] }, facts)).toBeNull();
    expect(parseRule({ "==": [{ var: "noSuchFact" }, 1] }, facts)).toBeNull();
    expect(parseRule({ and: [] }, facts)).toBeNull();
    expect(parseRule(true, facts)).toEqual({ join: "and", conditions: [] });
  });

  it("writes `true` without conditions and names the condition a value is missing from", () => {
    expect(buildRule({ join: "and", conditions: [] }, facts)).toEqual({ ok: true, rule: true });
    const noFact = emptyCondition();
    expect(buildRule({ join: "or", conditions: [noFact] }, facts)).toEqual({
      ok: false,
      problem: "fact",
      condition: 0,
    });
    const age = { ...withFact(emptyCondition(), facts.get("age")), operator: "between" as const };
    expect(buildRule({ join: "and", conditions: [{ ...age, number: 50, upper: 18 }] }, facts)).toEqual({
      ok: false,
      problem: "range",
      condition: 0,
    });
    expect(
      buildRule({ join: "and", conditions: [{ ...age, number: 18, upper: null }] }, facts),
    ).toMatchObject({
      ok: false,
      problem: "value",
    });
  });
});
