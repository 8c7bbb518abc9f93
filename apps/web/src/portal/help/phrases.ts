import type { TFunction } from "i18next";
import type { SelfCheckResult } from "../api";

type Condition = SelfCheckResult["conditions"][number];
type Phrase = NonNullable<Condition["phrase"]>;

/** Facts whose values are words of a list the portal translates (portal.help.values.<fact>.<value>). */
const listedValues = new Set(["sex", "returnType", "housingStatus", "documentsMissing", "destinationRegion"]);

/** One value of a condition in the reader's language: a number in their digits, a name, a listed word. */
function valueWords(
  t: TFunction,
  phrase: Phrase,
  value: Phrase["values"][number],
  index: number,
  names: {
    valueNames?: string[] | undefined;
    country: (code: string) => string;
    number: (n: number) => string;
  },
): string {
  if (value === null) return t("portal.help.values.unknown");
  if (typeof value === "boolean") return t(value ? "portal.help.values.yes" : "portal.help.values.no");
  if (typeof value === "number") return names.number(value);
  if (phrase.fact === "country" || phrase.fact === "destinationCountry") return names.country(value);
  if (phrase.fact === "district" || phrase.fact === "province") return names.valueNames?.[index] ?? value;
  if (listedValues.has(phrase.fact))
    return t(`portal.help.values.${phrase.fact}.${value}`, { defaultValue: value.replaceAll("_", " ") });
  return value;
}

/**
 * A condition said in the reader's language from its structure ("Your age is at least 18"); one the portal
 * cannot structure keeps the server's English words, and one on health says only that it is about health.
 */
export function conditionWords(
  t: TFunction,
  condition: Condition,
  names: {
    country: (code: string) => string;
    number: (n: number) => string;
    /** several values as "a, b or c" in the reader's language */
    either: (words: string[]) => string;
  },
): { text: string; english: boolean } {
  if (condition.restricted) return { text: t("portal.help.restricted"), english: false };
  const phrase = condition.phrase;
  if (!phrase) return { text: condition.text, english: true };
  const words = phrase.values.map((v, i) =>
    valueWords(t, phrase, v, i, { ...names, valueNames: condition.valueNames }),
  );
  const fact = t(`portal.help.facts.${phrase.fact}`, { defaultValue: phrase.fact });
  // a yes-or-no fact reads as a sentence of its own ("You owe money to a moneylender")
  if (typeof phrase.values[0] === "boolean" && (phrase.op === "is" || phrase.op === "is_not")) {
    const yes = (phrase.op === "is") === phrase.values[0];
    return {
      text: t(`portal.help.yesNo.${phrase.fact}.${yes ? "yes" : "no"}`, { defaultValue: fact }),
      english: false,
    };
  }
  return {
    text: t(`portal.help.ops.${phrase.op}`, {
      fact,
      value: phrase.op === "one_of" ? names.either(words) : words[0],
      low: words[0],
      high: words[1],
    }),
    english: false,
  };
}
