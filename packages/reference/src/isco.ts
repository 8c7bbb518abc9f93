import data from "../data/isco08.json" with { type: "json" };
import { matchesWords, words } from "./text";

export type IscoLevel = 1 | 2 | 3 | 4;

/** An ISCO-08 group: major (1 digit), sub-major (2), minor (3) or unit group (4). */
export type IscoGroup = {
  code: string;
  level: IscoLevel;
  title: string;
  parent: string | null;
};

export const iscoGroups: readonly IscoGroup[] = data as IscoGroup[];

const byCode = new Map(iscoGroups.map((group) => [group.code, group]));

export function iscoGroup(code: string): IscoGroup | undefined {
  return byCode.get(code);
}

export function isIscoCode(code: string): boolean {
  return byCode.has(code);
}

export function iscoMajorGroup(code: string): IscoGroup | undefined {
  return isIscoCode(code) ? byCode.get(code.slice(0, 1)) : undefined;
}

export type IscoSkillLevel = 1 | 2 | 3 | 4;

// ILO, ISCO-08 vol. 1, table 1. Managers span skill levels 3 and 4; the higher one is used so that
// eligibility rules keyed on skill level do not under-rate them.
const skillLevelByMajorGroup: Record<string, IscoSkillLevel> = {
  "1": 4,
  "2": 4,
  "3": 3,
  "4": 2,
  "5": 2,
  "6": 2,
  "7": 2,
  "8": 2,
  "9": 1,
};

// Armed forces (major group 0) mix skill levels, so ILO assigns them per sub-major group:
// commissioned officers 4, non-commissioned officers 2, other ranks 1. Group "0" itself has none.
const skillLevelByArmedForcesGroup: Record<string, IscoSkillLevel> = { "01": 4, "02": 2, "03": 1 };

/** ILO skill level (1 lowest to 4 highest) of a known ISCO-08 code, undefined for unknown codes and group 0. */
export function iscoSkillLevel(code: string): IscoSkillLevel | undefined {
  if (!isIscoCode(code)) return undefined;
  if (code.startsWith("0")) return skillLevelByArmedForcesGroup[code.slice(0, 2)];
  return skillLevelByMajorGroup[code.slice(0, 1)];
}

export type IscoSearchOptions = { limit?: number; level?: IscoLevel };

/**
 * Groups whose code starts with the query (when it is all digits) or whose title has words starting with
 * every query word. Without a level, the most specific groups come first: unit groups are what profiles record.
 */
export function searchIsco(query: string, { limit = 20, level }: IscoSearchOptions = {}): IscoGroup[] {
  const trimmed = query.trim();
  if (trimmed === "") return [];
  const isCodeQuery = /^\d+$/.test(trimmed);
  const queryWords = words(trimmed);
  return iscoGroups
    .filter((group) => level === undefined || group.level === level)
    .filter((group) => (isCodeQuery ? group.code.startsWith(trimmed) : matchesWords(queryWords, group.title)))
    .sort((a, b) => b.level - a.level || a.code.localeCompare(b.code))
    .slice(0, limit);
}
