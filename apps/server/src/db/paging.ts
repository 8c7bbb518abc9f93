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
