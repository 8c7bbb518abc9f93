import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  errorMessage,
  isDomainError,
  minimumCellCount,
  type PublishedTable,
  suppressSmallCounts,
} from "../src";

/** The bordered table as published: rows with their totals, then the column totals and the total. */
function bordered(t: PublishedTable): (number | null)[][] {
  return [
    ...t.cells.map((row, i) => [...row.map((c) => c.value), t.rowTotals[i]!.value]),
    [...t.columnTotals.map((c) => c.value), t.total.value],
  ];
}

/** Every row and column of the bordered table with exactly one hidden entry (none may have one). */
function linesGivingAway(t: PublishedTable): string[] {
  const g = bordered(t);
  const found: string[] = [];
  g.forEach((row, i) => {
    if (row.filter((v) => v === null).length === 1) found.push(`row ${i}`);
  });
  g[0]!.forEach((_, j) => {
    if (g.filter((row) => row[j] === null).length === 1) found.push(`column ${j}`);
  });
  return found;
}

describe("suppressing small counts", () => {
  it("publishes a table without small counts whole, with its totals", () => {
    const t = suppressSmallCounts([
      [12, 0, 30],
      [7, 9, 15],
    ]);
    expect(bordered(t)).toEqual([
      [12, 0, 30, 42],
      [7, 9, 15, 31],
      [19, 9, 45, 73],
    ]);
  });

  it("hides a count under five, and the smallest other count of its row and of its column", () => {
    const t = suppressSmallCounts([
      [12, 3, 30],
      [7, 9, 15],
    ]);
    expect(t.cells[0]![1]).toEqual({ value: null, suppressed: "small_count" });
    // row 1 gives the 3 away from its total unless another cell is hidden: the 12, its smallest; column 2 the 9
    expect(t.cells[0]![0]).toEqual({ value: null, suppressed: "complementary" });
    expect(t.cells[1]![1]).toEqual({ value: null, suppressed: "complementary" });
    // and then row 2 and column 1 each have one hidden cell: the 7 closes both
    expect(t.cells[1]![0]).toEqual({ value: null, suppressed: "complementary" });
    expect(t.cells[0]![2]!.value).toBe(30);
    expect(t.total.value).toBe(76);
    expect(linesGivingAway(t)).toEqual([]);
  });

  it("in a table of one row hides the next smallest count, and a total under five with it", () => {
    const t = suppressSmallCounts([[12, 3, 20, 0]]);
    expect(t.cells[0]!.map((c) => c.value)).toEqual([null, null, 20, 0]);
    expect(t.cells[0]![0]!.suppressed).toBe("complementary");
    expect(t.total.value).toBe(35);
    const tiny = suppressSmallCounts([[2, 1]]);
    expect(tiny.total).toEqual({ value: null, suppressed: "small_count" });
    expect(linesGivingAway(tiny)).toEqual([]);
  });

  it("hides a line's total when every other count of it is already known to be none", () => {
    const t = suppressSmallCounts([[3, 0, 0]]);
    // the 3 is alone among zeros: a zero is hidden with it, so the total does not give it away by itself
    expect(linesGivingAway(t)).toEqual([]);
    expect(t.cells[0]![0]!.suppressed).toBe("small_count");
  });

  it("never shows a count of one to four people, never changes a count it shows, and leaves no line with one hidden entry", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((width) =>
          fc.array(fc.array(fc.nat({ max: 40 }), { minLength: width, maxLength: width }), {
            minLength: 1,
            maxLength: 6,
          }),
        ),
        (cells) => {
          const t = suppressSmallCounts(cells);
          const shown = bordered(t);
          const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
          const columnTotals = cells[0]!.map((_, j) => cells.reduce((s, row) => s + row[j]!, 0));
          const truth = [
            ...cells.map((row, i) => [...row, rowTotals[i]!]),
            [...columnTotals, rowTotals.reduce((a, b) => a + b, 0)],
          ];
          shown.forEach((row, i) => {
            row.forEach((v, j) => {
              if (v !== null) {
                expect(v).toBe(truth[i]![j]);
                expect(v === 0 || v >= minimumCellCount).toBe(true);
              }
            });
          });
          expect(linesGivingAway(t)).toEqual([]);
        },
      ),
    );
  });

  it("refuses a table it cannot read, naming the problem", () => {
    const refused = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        expect(isDomainError(error) && error.code).toBe("validation");
        return (error as Error).message;
      }
      throw new Error("accepted");
    };
    expect(refused(() => suppressSmallCounts([]))).toMatch(/at least one row/);
    expect(refused(() => suppressSmallCounts([[]]))).toMatch(/at least one column/);
    expect(refused(() => suppressSmallCounts([[1, 2], [3]]))).toMatch(
      /Row 2 has 1 counts where the first has 2/,
    );
    expect(refused(() => suppressSmallCounts([[1, -2]]))).toMatch(/row 1, column 2 must be a whole number/);
    expect(refused(() => suppressSmallCounts([[1.5]]))).toMatch(/whole number of people, not 1.5/);
    expect(refused(() => suppressSmallCounts([[1]], 0))).toMatch(/threshold must be a whole number/);
    expect(refused(() => suppressSmallCounts([[1, 2], [3]]))).toBe(
      errorMessage("indicator.ragged_row", { row: 2, counts: 1, width: 2 }),
    );
  });
});
