import type { TFunction } from "i18next";
import { currencyName } from "../../../components/money";
import { intlLocale } from "../../../i18n/languages";
import type { Disaggregation } from "../api/indicators";

/** Where the words of each closed list are; names of places and organisations come with the result. */
const wordsOf: Partial<Record<Disaggregation, string>> = {
  sex: "persons.sex",
  returnType: "persons.returnType",
  ageGroup: "indicators.ageGroups",
  destinationRegion: "indicators.regions",
  serviceCategory: "cases.categories",
  closureReason: "cases.close.reasons",
  occasion: "surveys.occasions",
  programmeKind: "programmes.kind",
  feedbackSubject: "feedback.subject",
};

/** A month (2026-07), quarter (2026-Q3) or year key written in a language's numerals and month names. */
function periodLabel(t: TFunction, split: Disaggregation, key: string, language: string): string | null {
  const year = (y: string) =>
    new Intl.NumberFormat(intlLocale(language), { useGrouping: false }).format(Number(y));
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (split === "month" && month)
    return new Intl.DateTimeFormat(intlLocale(language), {
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)));
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (split === "quarter" && quarter)
    return t("indicators.quarterKey", {
      quarter: new Intl.NumberFormat(intlLocale(language)).format(Number(quarter[2])),
      year: year(quarter[1]!),
    });
  if (split === "year" && /^\d{4}$/.test(key)) return year(key);
  return null;
}

/**
 * How a key of a split reads: "All" for a total, "Unknown" where the records do not say, the words of a
 * closed list in the interface language, the name the server gave a place, organisation or branch, a month,
 * quarter or year in the numerals and month names of `language` when it is given, and the key itself
 * otherwise.
 */
export function keyLabel(
  t: TFunction,
  split: Disaggregation,
  key: string | null,
  labels: Readonly<Record<string, Readonly<Record<string, string>>>> = {},
  language?: string,
): string {
  if (key === null) return t("indicators.all");
  if (key === "unknown") return t("indicators.unknown");
  const words = wordsOf[split];
  if (split === "currency" && language && /^[A-Z]{3}$/.test(key)) return currencyName(language, key);
  if (words) return t(`${words}.${key}`, { defaultValue: key });
  return (language && periodLabel(t, split, key, language)) || (labels[split]?.[key] ?? key);
}
