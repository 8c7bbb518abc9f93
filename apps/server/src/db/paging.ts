/**
 * The total of a paged list. A page that is not full ends the list, so its total is known without counting
 * (the rows before it and its own); a full page, or an empty one past the start, runs `count`.
 */
export async function pageTotal(
  rows: number,
  page: { limit: number; offset: number },
  count: () => Promise<number>,
): Promise<number> {
  if (rows < page.limit && (rows > 0 || page.offset === 0)) return page.offset + rows;
  return count();
}

/**
 * Lists whose matches can run to hundreds of thousands (an organisation's cases, a caseload in a national
 * registry) count at most this many: counting every one would cost each page a scan of them all. Beyond it
 * the answer says so (`capped`) and the total is that bound.
 */
export const countCap = 10_000;

/** pageTotal, with `count` asked to stop after `cap` rows (countCap + 1, to tell whether there are more). */
export async function cappedPageTotal(
  rows: number,
  page: { limit: number; offset: number },
  count: (cap: number) => Promise<number>,
): Promise<{ total: number; capped: boolean }> {
  const total = await pageTotal(rows, page, () => count(countCap + 1));
  return total > countCap ? { total: countCap, capped: true } : { total, capped: false };
}
