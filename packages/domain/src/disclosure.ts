import { validation } from "./errors";

// Statistical disclosure control for published counts: an indicator table, exported or shown to anyone who may
// not see the persons behind it, never shows a count of fewer than five people (primary suppression), and never
// lets such a count be worked out from the totals (secondary, or complementary, suppression). A table is read
// with its row totals, its column totals and its grand total, as it is published; each row and each column of
// that bordered table is a line whose entries add up to its total. A line with exactly one hidden entry gives
// it away by subtraction, so hiding goes on until no line has exactly one: the rule statistical offices apply
// to frequency tables (for example Eurostat's handbook on statistical disclosure control, chapter 5). A table
// of one dimension is one row with its total.

/** The fewest people a published count may stand for (a count of none is shown: it points to no one). */
export const minimumCellCount = 5;

/** Why an entry is not shown: too few people, or because it would give away another that is. */
export type SuppressionReason = "small_count" | "complementary";

/** An entry as published: its count, or `null` and why it is hidden. */
export type PublishedCount =
  | { value: number; suppressed: null }
  | { value: null; suppressed: SuppressionReason };

/** A table of counts as published, with its totals; `cells[row][column]`. */
export interface PublishedTable {
  cells: PublishedCount[][];
  rowTotals: PublishedCount[];
  columnTotals: PublishedCount[];
  total: PublishedCount;
}

/**
 * The counts of a table (rows of equal length, whole numbers of people, none negative) as they may be
 * published: with their totals, each entry of one to `threshold - 1` people hidden, and further entries hidden
 * until no row or column, totals included, has exactly one hidden entry. The further entries chosen are the
 * smallest counts of the line that are not hidden yet (a count of people before a count of none, a cell
 * before the line's total), so that as little as possible is lost.
 */
export function suppressSmallCounts(
  cells: readonly (readonly number[])[],
  threshold = minimumCellCount,
): PublishedTable {
  if (!Number.isInteger(threshold) || threshold < 1)
    throw validation("indicator.threshold", { threshold }, "threshold");
  if (!cells.length) throw validation("indicator.no_rows", {}, "cells");
  const width = cells[0]!.length;
  if (!width) throw validation("indicator.no_columns", {}, "cells");
  cells.forEach((row, i) => {
    if (row.length !== width)
      throw validation("indicator.ragged_row", { row: i + 1, counts: row.length, width }, "cells");
    row.forEach((n, j) => {
      if (!Number.isInteger(n) || n < 0)
        throw validation("indicator.bad_count", { row: i + 1, column: j + 1, value: n }, "cells");
    });
  });

  // the bordered table: the last column holds the row totals, the last row the column totals and the total
  const rows = cells.length;
  const grid = cells.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  grid.push(Array.from({ length: width + 1 }, (_, j) => grid.reduce((sum, row) => sum + row[j]!, 0)));
  const hidden: (SuppressionReason | null)[][] = grid.map((row) =>
    row.map((n) => (n > 0 && n < threshold ? "small_count" : null)),
  );

  // each line: its entries as [row, column], the line's total last
  const lines: [number, number][][] = [
    ...grid.map((row, i) => row.map((_, j) => [i, j] as [number, number])),
    ...grid[0]!.map((_, j) => grid.map((_, i) => [i, j] as [number, number])),
  ];
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      if (line.filter(([i, j]) => hidden[i]![j]).length !== 1) continue;
      const open = line.filter(([i, j]) => !hidden[i]![j]);
      // the smallest count of people among the line's cells, else a cell of none, else the line's total
      const cellsOpen = open.filter((entry) => entry !== line.at(-1));
      const byCount = (a: [number, number], b: [number, number]) => grid[a[0]]![a[1]]! - grid[b[0]]![b[1]]!;
      // a line with one hidden entry has at least one open: its total, when no cell is
      const choice =
        cellsOpen.filter(([i, j]) => grid[i]![j]! > 0).sort(byCount)[0] ??
        cellsOpen.sort(byCount)[0] ??
        open.at(-1)!;
      hidden[choice[0]]![choice[1]] = "complementary";
      changed = true;
    }
  }

  const publish = (i: number, j: number): PublishedCount => {
    const reason = hidden[i]![j];
    return reason ? { value: null, suppressed: reason } : { value: grid[i]![j]!, suppressed: null };
  };
  return {
    cells: cells.map((_, i) => Array.from({ length: width }, (_, j) => publish(i, j))),
    rowTotals: cells.map((_, i) => publish(i, width)),
    columnTotals: Array.from({ length: width }, (_, j) => publish(rows, j)),
    total: publish(rows, width),
  };
}
