import { useTranslation } from "react-i18next";
import { intlLocale } from "../../../i18n/languages";
import type { Fact } from "../api/rules";
import type { ConditionDraft } from "./model";

/** Where each fact is listed in the fact picker; a fact the catalogue adds later goes under "other". */
const groupOf: Record<string, string> = {
  age: "person",
  sex: "person",
  householdSize: "person",
  childrenOfSchoolAge: "person",
  iscedLevel: "person",
  disability: "person",
  monthsSinceReturn: "migration",
  returnType: "migration",
  destinationCountry: "migration",
  destinationRegion: "migration",
  monthsAbroad: "migration",
  iscoMajorGroup: "migration",
  skillLevel: "migration",
  country: "residence",
  province: "residence",
  district: "residence",
  debtAmountUsd: "circumstances",
  informalDebt: "circumstances",
  documentsMissing: "circumstances",
  housingStatus: "circumstances",
  vulnerabilityFlags: "assessments",
  "needs.economic": "assessments",
  "needs.social": "assessments",
  "needs.psychosocial": "assessments",
};
export const factGroups = [
  "person",
  "migration",
  "residence",
  "circumstances",
  "assessments",
  "other",
] as const;
export const factGroup = (name: string) => groupOf[name] ?? "other";

/** The set of labels a fact's values take their words from. */
const valueSets: Record<string, string> = {
  sex: "sex",
  returnType: "returnType",
  destinationRegion: "region",
  documentsMissing: "document",
  housingStatus: "housing",
  vulnerabilityFlags: "flag",
  "needs.economic": "priority",
  "needs.social": "priority",
  "needs.psychosocial": "priority",
};

const countryFacts = new Set(["destinationCountry", "country"]);
export const areaFactLevel: Record<string, 1 | 2> = { province: 1, district: 2 };

/** Fact names, values and whole conditions in the interface language. */
export function useRuleWords() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const numbers = new Intl.NumberFormat(intlLocale(lang));
  const regions = new Intl.DisplayNames([intlLocale(lang), "en"], { type: "region", fallback: "code" });
  const either = new Intl.ListFormat(intlLocale(lang), { type: "disjunction" });

  const factLabel = (fact: Pick<Fact, "name" | "label">) =>
    t(`rules.fact.${fact.name}`, { defaultValue: fact.label });
  const factOption = (fact: Fact) =>
    fact.restricted ? t("rules.restrictedFact", { label: factLabel(fact) }) : factLabel(fact);

  const valueLabel = (fact: string, value: string, areas: Record<string, string> = {}) => {
    if (countryFacts.has(fact)) return `${regions.of(value) ?? value} (${value})`;
    if (fact in areaFactLevel) return areas[value] ?? value;
    const set = valueSets[fact];
    return set
      ? t(`rules.values.${set}.${value}`, { defaultValue: value.replaceAll("_", " ") })
      : value.replaceAll("_", " ");
  };

  const numberWords = (fact: Fact, n: number) => {
    if (fact.unit === "USD")
      return new Intl.NumberFormat(intlLocale(lang), {
        style: "currency",
        currency: "USD",
        maximumFractionDigits: 0,
      }).format(n);
    if (fact.unit === "years" || fact.unit === "months")
      return t(`rules.unit.${fact.unit}`, { count: n, value: numbers.format(n) });
    return numbers.format(n);
  };

  const unitName = (fact: Fact) =>
    fact.unit ? t(`rules.unit.${fact.unit}Name`, { defaultValue: fact.unit }) : "";

  /** One condition of the form in words, or null while it lacks what it needs. */
  const conditionText = (c: ConditionDraft, fact: Fact | undefined, areas: Record<string, string> = {}) => {
    if (!fact) return null;
    const name = factLabel(fact);
    const one = (v: string) => valueLabel(fact.name, v, areas);
    switch (c.operator) {
      case "atLeast":
      case "atMost":
        return c.number === null
          ? null
          : t(`rules.words.${c.operator}`, { fact: name, value: numberWords(fact, c.number) });
      case "between":
        return c.number === null || c.upper === null
          ? null
          : t("rules.words.between", {
              fact: name,
              from: numbers.format(c.number),
              to: numberWords(fact, c.upper),
            });
      case "is":
        if (fact.type === "number")
          return c.number === null
            ? null
            : t("rules.words.is", { fact: name, value: numberWords(fact, c.number) });
        if (fact.type === "boolean")
          return c.flag === null
            ? null
            : t("rules.words.is", { fact: name, value: c.flag ? t("rules.yes") : t("rules.no") });
        return c.value ? t("rules.words.is", { fact: name, value: one(c.value) }) : null;
      case "isNot":
        return c.value ? t("rules.words.isNot", { fact: name, value: one(c.value) }) : null;
      case "includes":
        return c.value ? t("rules.words.includes", { fact: name, value: one(c.value) }) : null;
      case "isOneOf":
      case "includesAnyOf":
        return c.values.length
          ? t(`rules.words.${c.operator}`, { fact: name, values: either.format(c.values.map(one)) })
          : null;
    }
  };

  return { factLabel, factOption, valueLabel, unitName, conditionText };
}
