import data from "../data/isced2011.json" with { type: "json" };

export type IscedLevelNumber = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** An ISCED 2011 level; 9 is "not elsewhere classified". */
export type IscedLevel = { level: IscedLevelNumber; title: string };

export const iscedLevels: readonly IscedLevel[] = data as IscedLevel[];

export function isIscedLevel(n: number): n is IscedLevelNumber {
  return iscedLevels.some((entry) => entry.level === n);
}

export function iscedLevel(n: number): IscedLevel | undefined {
  return iscedLevels.find((entry) => entry.level === n);
}
