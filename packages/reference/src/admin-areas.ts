import data from "../data/admin-areas.json" with { type: "json" };
import { type AdminAreaCountry, adminAreaCountries } from "./admin-area-countries";
import { fold, matchesWords, words } from "./text";

export { type AdminAreaCountry, adminAreaCountries };

/**
 * A first-level (division, province, governorate) or second-level (district) area, identified by its
 * OCHA P-Code.
 */
export type AdminArea = {
  code: string;
  name: string;
  level: 1 | 2;
  parent: string | null;
  country: AdminAreaCountry;
  validFrom: string;
};

export const adminAreas: readonly AdminArea[] = data as AdminArea[];

const byCode = new Map(adminAreas.map((area) => [area.code, area]));

export function adminArea(code: string): AdminArea | undefined {
  return byCode.get(code);
}

export function isAdminAreaCode(code: string): boolean {
  return byCode.has(code);
}

export function adminAreaCountry(code: string): AdminAreaCountry | undefined {
  return byCode.get(code)?.country;
}

export function childrenOf(parentCode: string): AdminArea[] {
  return adminAreas.filter((area) => area.parent === parentCode);
}

export function provincesOf(country: string): AdminArea[] {
  return adminAreas.filter((area) => area.country === country && area.level === 1);
}

export function districtsOf(country: string): AdminArea[] {
  return adminAreas.filter((area) => area.country === country && area.level === 2);
}

/** The level-1 area containing `code`; a level-1 area is its own. */
export function provinceOf(code: string): AdminArea | undefined {
  const area = byCode.get(code);
  return area?.parent ? byCode.get(area.parent) : area;
}

export type AdminAreaSearchOptions = { country?: string; level?: 1 | 2; limit?: number };

/**
 * Areas whose P-Code starts with the query or whose name has words starting with every query word, ignoring
 * case and diacritics. Exact name matches come first, then level-1 before level-2 areas, then by name.
 */
export function searchAdminAreas(
  query: string,
  { country, level, limit = 20 }: AdminAreaSearchOptions = {},
): AdminArea[] {
  const folded = fold(query.trim());
  if (folded === "") return [];
  const queryWords = words(folded);
  const rank = (area: AdminArea) => (fold(area.name) === folded ? 0 : 1);
  return adminAreas
    .filter(
      (area) =>
        (country === undefined || area.country === country) && (level === undefined || area.level === level),
    )
    .filter((area) => area.code.toLowerCase().startsWith(folded) || matchesWords(queryWords, area.name))
    .sort((a, b) => rank(a) - rank(b) || a.level - b.level || a.name.localeCompare(b.name))
    .slice(0, limit);
}

/** The areas whose services reach a place: the place itself, its province and its whole country. */
export function areasCovering(code: string): string[] {
  const country = adminAreaCountry(code);
  if (!country) return [code];
  const province = provinceOf(code)?.code;
  return [...new Set([code, ...(province ? [province] : []), country])];
}
