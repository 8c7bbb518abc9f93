/** How a list is ordered now by a column's field: as the address writes it, "-field" is descending. */
export type SortDirection = "ascending" | "descending";

/** The direction the list is sorted by `field`, or undefined when it is sorted by another field. */
export function sortDirection(sort: string, field: string): SortDirection | undefined {
  const descending = sort.startsWith("-");
  if ((descending ? sort.slice(1) : sort) !== field) return undefined;
  return descending ? "descending" : "ascending";
}

/**
 * The order a press on a column's header asks for: the first press sorts in the column's usual
 * direction, the next one reverses it.
 */
export function nextSort(sort: string, field: string, firstDescending = false): string {
  const now = sortDirection(sort, field);
  if (now === "descending") return field;
  if (now === "ascending") return `-${field}`;
  return firstDescending ? `-${field}` : field;
}

/** The offset as the address keeps it: the first page leaves it out. */
export const offsetParam = (offset: number): string | null => (offset > 0 ? String(offset) : null);
