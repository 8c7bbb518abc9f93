import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQueries, useQuery } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { type AdminArea, type NamedArea, nationwideCountries, searchAdminAreas } from "../api/directory";

export interface AreaOption {
  value: string;
  label: string;
}

const isCountry = (code: string) => (nationwideCountries as readonly string[]).includes(code);

/** How an area reads everywhere in the directory: "Gazipur, Dhaka (BD3033)", "Bangladesh, whole country (BD)". */
export function areaLabel(t: TFunction, area: Pick<NamedArea, "code" | "name" | "parentName">): string {
  if (isCountry(area.code)) {
    const country = t(`directory.country.${area.code}`, { defaultValue: area.name });
    return `${t("directory.wholeCountry", { country })} (${area.code})`;
  }
  const parent = area.parentName && area.parentName !== area.name ? `, ${area.parentName}` : "";
  return `${area.name}${parent} (${area.code})`;
}

/** Labels of the areas a service names, by code, from the names the server sent with it. */
export const areaLabels = (t: TFunction, areas: NamedArea[]): Record<string, string> =>
  Object.fromEntries(areas.map((a) => [a.code, areaLabel(t, a)]));

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();

/**
 * Areas found by name or p-code as the user types, from two characters, debounced; with `countries`, the
 * countries whose name or code starts with the text come first, standing for the whole country.
 */
export function useAreaSearch(
  typed: string,
  { countries = false, unchanged }: { countries?: boolean; unchanged?: string } = {},
) {
  const { t } = useTranslation();
  const [q] = useDebouncedValue(typed.trim(), 250);
  const active = q.length >= 2 && q !== unchanged;
  const found = useQuery({
    queryKey: ["admin-areas", q],
    queryFn: () => searchAdminAreas(q),
    enabled: active,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const nationwide: AreaOption[] =
    countries && active
      ? nationwideCountries
          .map((code) => ({ code, name: t(`directory.country.${code}`), parentName: null }))
          .filter((c) => fold(c.name).startsWith(fold(q)) || c.code.toLowerCase() === fold(q))
          .map((c) => ({ value: c.code, label: areaLabel(t, c) }))
      : [];
  const options: AreaOption[] = active
    ? [
        ...nationwide,
        ...(found.data?.items ?? []).map((a: AdminArea) => ({ value: a.code, label: areaLabel(t, a) })),
      ]
    : [];
  const nothingFound = !active
    ? t("directory.typeArea")
    : found.isError
      ? t("directory.areaSearchFailed")
      : found.isFetching
        ? t("directory.searching")
        : t("directory.noArea");
  return { options, nothingFound };
}

/**
 * Labels for area codes: those in `known` as they are, the others looked up by their code (a code read
 * from the address bar, say), so a chosen area always shows its name.
 */
export function useAreaLabels(codes: string[], known: Record<string, string>): Record<string, string> {
  const { t } = useTranslation();
  const missing = codes.filter((c) => c && !known[c] && !isCountry(c));
  const lookups = useQueries({
    queries: missing.map((code) => ({
      queryKey: ["admin-areas", code],
      queryFn: () => searchAdminAreas(code),
      staleTime: Number.POSITIVE_INFINITY,
    })),
  });
  const labels: Record<string, string> = { ...known };
  for (const code of codes) {
    if (!labels[code] && isCountry(code)) {
      labels[code] = areaLabel(t, { code, name: code, parentName: null });
    }
  }
  missing.forEach((code, i) => {
    const area = lookups[i]?.data?.items.find((a) => a.code === code);
    if (area) labels[code] = areaLabel(t, area);
  });
  return labels;
}
