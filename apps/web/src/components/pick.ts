/** The member of a value list that a select answered with, or null: a select's string becomes the list's type. */
export const pick = <T extends string>(values: readonly T[], value: string | null): T | null =>
  values.find((v) => v === value) ?? null;

/** The members of a value list that a multiple select answered with. */
export const pickAll = <T extends string>(values: readonly T[], chosen: readonly string[]): T[] =>
  values.filter((v) => chosen.includes(v));
