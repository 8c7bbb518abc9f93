import { adminAreaCountries } from "@homecoming/reference/admin-area-countries";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQueries, useQuery } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { type AdminArea, searchAdminAreas } from "../api/reference";

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

/** What an area search says while it offers nothing to pick, as translation keys. */
export interface AreaSearchWords {
  typeMore: string;
  failed: string;
  searching: string;
  nothing: string;
}

/** The words of the eligibility rules and programme forms. */
export const ruleAreaWords: AreaSearchWords = {
  typeMore: "rules.picker.typeMore",
  failed: "rules.picker.failed",
  searching: "rules.picker.searching",
  nothing: "rules.picker.nothing",
};

/** The words of the service directory. */
export const directoryAreaWords: AreaSearchWords = {
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

/**
 * Areas found by name or p-code as the user types, from two characters, debounced; `level` keeps to
 * divisions/provinces (1) or districts (2); with `countries`, the countries whose name or code starts with
 * the text come first, standing for the whole country; `unchanged` is text that needs no search, such as
 * the name of the area already chosen.
 */
export function useAreaSearch(
  typed: string,
  {
    countries = false,
    level,
    unchanged,
    words = ruleAreaWords,
  }: { countries?: boolean; level?: 1 | 2; unchanged?: string; words?: AreaSearchWords } = {},
) {
  const { t } = useTranslation();
  const [q] = useDebouncedValue(typed.trim(), 250);
  const active = q.length >= 2 && q !== unchanged;
  const found = useQuery({
    queryKey: ["admin-areas", q, level ?? 0],
    queryFn: () => searchAdminAreas(q, level, 20),
    enabled: active,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const nationwide: AreaOption[] =
    countries && active
      ? wholeCountries
          .map((code) => ({ code, name: t(`rules.area.country.${code}`), parentName: null }))
          .filter((c) => fold(c.name).startsWith(fold(q)) || c.code.toLowerCase() === fold(q))
          .map((c) => ({ value: c.code, label: areaLabel(t, c) }))
      : [];
  const options: AreaOption[] = active
    ? [...nationwide, ...(found.data?.items ?? []).map((a) => ({ value: a.code, label: areaLabel(t, a) }))]
    : [];
  const nothingFound = !active
    ? t(words.typeMore)
    : found.isError
      ? t(words.failed)
      : found.isFetching
        ? t(words.searching)
        : t(words.nothing);
  return { options, nothingFound };
}

/**
 * Labels for area codes: those in `known` as they are, the others looked up by their code (a code read
 * from the address bar, say), so a chosen area always shows its name.
 */
export function useAreaLabels(codes: string[], known: Record<string, string> = {}): Record<string, string> {
  const { t } = useTranslation();
  const missing = [...new Set(codes.filter((c) => c && !known[c] && !isCountry(c)))];
  const lookups = useQueries({
    queries: missing.map((code) => ({
      queryKey: ["admin-areas", "code", code],
      queryFn: () => searchAdminAreas(code),
      staleTime: Number.POSITIVE_INFINITY,
    })),
  });
  const labels: Record<string, string> = { ...known };
  for (const code of codes)
    if (!labels[code] && isCountry(code)) labels[code] = areaLabel(t, { code, name: code, parentName: null });
  missing.forEach((code, i) => {
    const area = lookups[i]?.data?.items.find((a) => a.code === code);
    if (area) labels[code] = areaLabel(t, area);
  });
  return labels;
}
