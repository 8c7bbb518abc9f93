import { describe, expect, it } from "vitest";
import { cappedPageTotal, countCap, pageTotal } from "./paging";

describe("pageTotal", () => {
  const counted = (n: number) => {
    const calls: number[] = [];
    return {
      calls,
      count: async () => {
        calls.push(n);
        return n;
      },
    };
  };

  it("knows the total of a page that is not full without counting", async () => {
    const c = counted(999);
    expect(await pageTotal(7, { limit: 50, offset: 0 }, c.count)).toBe(7);
    expect(await pageTotal(3, { limit: 50, offset: 100 }, c.count)).toBe(103);
    expect(await pageTotal(0, { limit: 50, offset: 0 }, c.count)).toBe(0);
    expect(c.calls).toEqual([]);
  });

  it("counts when the page is full or empty past the start", async () => {
    const c = counted(250);
    expect(await pageTotal(50, { limit: 50, offset: 0 }, c.count)).toBe(250);
    // rows deleted since the caller's last page: the empty page past the start cannot tell the total
    expect(await pageTotal(0, { limit: 50, offset: 300 }, c.count)).toBe(250);
    expect(c.calls).toEqual([250, 250]);
  });
});

describe("cappedPageTotal", () => {
  it("asks the count to stop one past the bound, and says when the matches went past it", async () => {
    const asked: number[] = [];
    const upTo = (n: number) => async (cap: number) => {
      asked.push(cap);
      return Math.min(n, cap);
    };
    expect(await cappedPageTotal(20, { limit: 20, offset: 0 }, upTo(250_000))).toEqual({
      total: countCap,
      capped: true,
    });
    expect(await cappedPageTotal(20, { limit: 20, offset: 0 }, upTo(countCap))).toEqual({
      total: countCap,
      capped: false,
    });
    expect(await cappedPageTotal(7, { limit: 20, offset: 0 }, upTo(250_000))).toEqual({
      total: 7,
      capped: false,
    });
    expect(asked).toEqual([countCap + 1, countCap + 1]);
  });
});
