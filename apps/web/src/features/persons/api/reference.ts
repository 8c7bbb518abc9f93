import { api, qs } from "../../../api/client";

export interface IscoGroup {
  code: string;
  level: number;
  title: string;
  parent: string | null;
}
export interface IsicEntry {
  code: string;
  title: string;
  level: "section" | "division";
  section: string;
  sectionTitle: string;
}
export interface AdminArea {
  code: string;
  name: string;
  level: number;
  parent: string | null;
  parentName: string | null;
  country: string;
}
export interface Country {
  code: string;
  name: string;
}
export interface IscedLevel {
  level: number;
  title: string;
}
export interface Language {
  code: string;
  name: string;
}

type Items<T> = { items: T[] };

export const searchIsco = (q: string) => api.get<Items<IscoGroup>>(`/reference/isco${qs({ q, limit: 15 })}`);
export const searchIsic = (q: string) =>
  api.get<Items<IsicEntry> & { total: number }>(`/reference/isic${qs({ q, limit: 15 })}`);
/** How a sector reads in pickers and on the profile: "Construction of buildings (41)". */
export const sectorLabel = (entry: Pick<IsicEntry, "code" | "title">) => `${entry.title} (${entry.code})`;
export const searchAdminAreas = (q: string, level?: number) =>
  api.get<Items<AdminArea>>(`/reference/admin-areas${qs({ q, level, limit: 15 })}`);
export const fetchCountries = (lang: string) =>
  api.get<Items<Country>>(`/reference/countries${qs({ lang })}`);
export const fetchIsced = () => api.get<Items<IscedLevel>>("/reference/isced");
export const fetchLanguages = () => api.get<Items<Language>>("/reference/languages");
