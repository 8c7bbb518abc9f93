import { adminAreaCountries } from "@homecoming/reference/admin-area-countries";
import { useQueries } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { type AdminArea, searchAdminAreas } from "../api/reference";
import type { SearchWords } from "./remoteOptions";

export interface AreaOption {
  value: string;
  label: string;
}

/** The countries whose code stands for the whole country. */
const wholeCountries = adminAreaCountries;
const isCountry = (code: string) => (wholeCountries as readonly string[]).includes(code);

/** How an area reads everywhere: "Gazipur, Dhaka (BD3033)", "Bangladesh, whole country (BD)". */
export function areaLabel(t: TFunction, area: Pick<AdminArea, "code" | "name" | "parentName">): string {
  if (isCountry(area.code)) {
    const country = t(`rules.area.country.${area.code}`, { defaultValue: area.name });
    return `${t("rules.area.wholeCountry", { country })} (${area.code})`;
  }
  const parent = area.parentName && area.parentName !== area.name ? `, ${area.parentName}` : "";
  return `${area.name}${parent} (${area.code})`;
}

/** Labels of areas whose names are already at hand (those the server sent with a service), by code. */
export const areaLabels = (
  t: TFunction,
  areas: Pick<AdminArea, "code" | "name" | "parentName">[],
): Record<string, string> => Object.fromEntries(areas.map((a) => [a.code, areaLabel(t, a)]));

/** What the directory's area search says while it offers nothing to pick. */
export const directoryAreaWords: SearchWords = {
  typeMore: "directory.typeArea",
  failed: "directory.areaSearchFailed",
  searching: "directory.searching",
  nothing: "directory.noArea",
};

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();

/** The whole countries whose name starts with the text, or whose code is the text. */
export const countriesMatching = (t: TFunction, q: string): AreaOption[] =>
  wholeCountries
    .map((code) => ({ code, name: t(`rules.area.country.${code}`), parentName: null }))
    .filter((c) => fold(c.name).startsWith(fold(q)) || c.code.toLowerCase() === fold(q))
    .map((c) => ({ value: c.code, label: areaLabel(t, c) }));

/**
 * Areas found by name or p-code on the server; `level` keeps to divisions/provinces (1) or districts (2);
 * with `countries`, the countries whose name or code starts with the text come first, standing for the
 * whole country.
 */
export const searchAreas =
  (t: TFunction, { countries = false, level }: { countries?: boolean; level?: 1 | 2 | undefined }) =>
  async (q: string): Promise<AreaOption[]> => [
    ...(countries ? countriesMatching(t, q) : []),
    ...(await searchAdminAreas(q, level, 20)).items.map((a) => ({ value: a.code, label: areaLabel(t, a) })),
  ];

/** The label of one area code: a whole country in words, any other looked up on the server. */
export const lookUpArea = (t: TFunction) => async (code: string) => {
  if (isCountry(code)) return areaLabel(t, { code, name: code, parentName: null });
  const area = (await searchAdminAreas(code)).items.find((a) => a.code === code);
  return area ? areaLabel(t, area) : null;
};

/**
 * Labels for area codes: those in `known` as they are, the others looked up by their code (a code read
 * from the address bar, say), so a chosen area always shows its name.
 */
export function useAreaLabels(codes: string[], known: Record<string, string> = {}): Record<string, string> {
  const { t } = useTranslation();
  const missing = [...new Set(codes.filter((c) => c && !known[c]))];
  const lookups = useQueries({
    queries: missing.map((code) => ({
      queryKey: ["admin-areas", "label", code],
      queryFn: () => lookUpArea(t)(code),
      staleTime: Number.POSITIVE_INFINITY,
    })),
  });
  const labels: Record<string, string> = { ...known };
  missing.forEach((code, i) => {
    const label = lookups[i]?.data;
    if (label) labels[code] = label;
  });
  return labels;
}
