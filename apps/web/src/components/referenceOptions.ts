import type { AdminArea, IscoGroup, IsicEntry } from "../api/reference";
import type { RemoteOption } from "./remoteOptions";

/** How a sector reads in pickers and on the profile: "Construction of buildings (41)". */
export const sectorLabel = (entry: Pick<IsicEntry, "code" | "title">) => `${entry.title} (${entry.code})`;

/** ISIC sections and divisions as options, each by its title and code. */
export const sectorOptions = (entries: readonly IsicEntry[]): RemoteOption[] =>
  entries.map((e) => ({ value: e.code, label: sectorLabel(e) }));

/** ISCO-08 unit groups (the fourth level, the one a job is coded at) as options, by title and code. */
export const occupationOptions = (groups: readonly IscoGroup[]): RemoteOption[] =>
  groups.filter((g) => g.level === 4).map((g) => ({ value: g.code, label: `${g.title} (${g.code})` }));

/** Districts as options, each named with the division or province it lies in when there is one. */
export const districtOptions = (
  areas: readonly AdminArea[],
  within: (name: string, parent: string) => string,
): RemoteOption[] =>
  areas.map((a) => ({ value: a.code, label: a.parentName ? within(a.name, a.parentName) : a.name }));
