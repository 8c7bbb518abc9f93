import { describe, expect, it } from "vitest";
import { pageTotal } from "./paging";

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
