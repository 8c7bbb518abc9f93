import type { SurveyDefinition, SurveyIndicator, SurveyText } from "../api/surveys";

// Pure edits of a survey definition for the editor: each returns a new value and leaves the old one as it was.

/** A text with one language's wording set; an emptied translation goes, English stays (the server wants it). */
export function withText(text: SurveyText, language: string, value: string): SurveyText {
  if (value.trim() === "" && language !== "en") {
    const { [language]: _gone, ...rest } = text;
    return rest as SurveyText;
  }
  return { ...text, [language]: value };
}

/** A code not yet taken among `taken`: `base`, or `base_2`, `base_3`… */
export function freeCode(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}_${n}`)) n += 1;
  return `${base}_${n}`;
}

/** A new indicator with two options to fill in, its code free within the whole survey. */
export function newIndicator(definition: SurveyDefinition): SurveyIndicator {
  const codes = definition.dimensions.flatMap((d) => d.indicators.map((i) => i.code));
  return {
    code: freeCode("new_indicator", codes),
    question: { en: "" },
    weight: 1,
    restricted: false,
    options: [
      { value: "yes", label: { en: "Yes" }, score: 1 },
      { value: "no", label: { en: "No" }, score: 0 },
    ],
  };
}

/** The indicator with one more option, its value free within the indicator. */
export function withNewOption(indicator: SurveyIndicator): SurveyIndicator {
  const value = freeCode(
    "option",
    indicator.options.map((o) => o.value),
  );
  return { ...indicator, options: [...indicator.options, { value, label: { en: "" }, score: 0 }] };
}

/** The list with item `index` replaced. */
export const replaced = <T>(list: readonly T[], index: number, item: T): T[] =>
  list.map((x, i) => (i === index ? item : x));

/** The list without item `index`. */
export const without = <T>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);

/** The request fields the editor shows beside an input; a mistake elsewhere goes in the form's summary. */
export function editorFields(definition: SurveyDefinition): string[] {
  return [
    "definition.title",
    "definition.threshold",
    ...definition.dimensions.flatMap((d, i) => {
      const at = `definition.dimensions.${i}`;
      return [
        `${at}.weight`,
        ...d.indicators.flatMap((indicator, j) => [
          ...["code", "weight", "question"].map((f) => `${at}.indicators.${j}.${f}`),
          ...indicator.options.flatMap((_, k) =>
            ["value", "label", "score"].map((f) => `${at}.indicators.${j}.options.${k}.${f}`),
          ),
        ]),
      ];
    }),
  ];
}
