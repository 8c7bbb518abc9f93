import { sustainabilitySurveyV1 } from "@homecoming/domain";
import { describe, expect, it } from "vitest";
import { editorFields, freeCode, newIndicator, replaced, withNewOption, without, withText } from "./editing";

describe("survey edits", () => {
  it("sets a translation, drops an emptied one, and keeps English even when emptied", () => {
    const text = { en: "Housing?" };
    expect(withText(text, "bn", "বাসস্থান?")).toEqual({ en: "Housing?", bn: "বাসস্থান?" });
    expect(withText({ en: "Housing?", bn: "বাসস্থান?" }, "bn", "  ")).toEqual({ en: "Housing?" });
    expect(withText(text, "en", "")).toEqual({ en: "" });
    expect(text).toEqual({ en: "Housing?" });
  });

  it("finds a free code", () => {
    expect(freeCode("option", ["yes", "no"])).toBe("option");
    expect(freeCode("option", ["option", "option_2"])).toBe("option_3");
  });

  it("adds an indicator whose code no other indicator has, and an option whose value no other option has", () => {
    const definition = structuredClone(sustainabilitySurveyV1);
    const first = newIndicator(definition);
    expect(first.code).toBe("new_indicator");
    definition.dimensions[2]!.indicators.push(first);
    expect(newIndicator(definition).code).toBe("new_indicator_2");
    const grown = withNewOption(withNewOption(first));
    expect(grown.options.map((o) => o.value)).toEqual(["yes", "no", "option", "option_2"]);
    expect(first.options).toHaveLength(2);
  });

  it("replaces and removes by position", () => {
    expect(replaced(["a", "b", "c"], 1, "x")).toEqual(["a", "x", "c"]);
    expect(without(["a", "b", "c"], 0)).toEqual(["b", "c"]);
  });
});

describe("editorFields", () => {
  it("names every input's field, so that a mistake beside none goes to the summary", () => {
    const fields = editorFields(sustainabilitySurveyV1);
    expect(fields).toContain("definition.threshold");
    expect(fields).toContain("definition.dimensions.0.weight");
    expect(fields).toContain("definition.dimensions.1.indicators.1.options.3.score");
    expect(fields).not.toContain("definition.dimensions.1.indicators.1.options");
    // 2 + 3 dimension weights + 15 indicators × 3 + every option × 3
    const options = sustainabilitySurveyV1.dimensions.flatMap((d) => d.indicators.flatMap((i) => i.options));
    expect(fields).toHaveLength(2 + 3 + 15 * 3 + options.length * 3);
  });
});
