/** The list with the row at `index` changed by `patch`, the others as they are. */
export const patchAt = <T>(rows: readonly T[], index: number, patch: Partial<T>): T[] =>
  rows.map((row, i) => (i === index ? { ...row, ...patch } : row));

/** The list without the row at `index`. */
export const removeAt = <T>(rows: readonly T[], index: number): T[] => rows.filter((_, i) => i !== index);
