import type { TFunction } from "i18next";
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
};

/**
 * How a key of a split reads: "All" for a total, "Unknown" where the records do not say, the words of a
 * closed list in the interface language, the name the server gave a place, organisation or branch, and the
 * key itself (a month, a quarter) otherwise.
 */
export function keyLabel(
  t: TFunction,
  split: Disaggregation,
  key: string | null,
  labels: Readonly<Record<string, Readonly<Record<string, string>>>> = {},
): string {
  if (key === null) return t("indicators.all");
  if (key === "unknown") return t("indicators.unknown");
  const words = wordsOf[split];
  if (words) return t(`${words}.${key}`, { defaultValue: key });
  return labels[split]?.[key] ?? key;
}
