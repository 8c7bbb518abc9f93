import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDaysIso,
  addMonthsUtc,
  daysBetweenUtc,
  monthStartIso,
  parseIsoDate,
  periodDays,
  toIsoDate,
} from "../src/dates";

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("addMonthsUtc", () => {
  it("clamps to the end of a shorter month", () => {
    expect(toIsoDate(addMonthsUtc(utc("2025-01-31"), 1))).toBe("2025-02-28");
    expect(toIsoDate(addMonthsUtc(utc("2024-01-31"), 1))).toBe("2024-02-29");
    expect(toIsoDate(addMonthsUtc(utc("2024-08-31"), 6))).toBe("2025-02-28");
    expect(toIsoDate(addMonthsUtc(utc("2024-02-29"), 12))).toBe("2025-02-28");
    expect(toIsoDate(addMonthsUtc(utc("2025-03-15"), 12))).toBe("2026-03-15");
  });

  it("keeps the time of day", () => {
    expect(addMonthsUtc(new Date("2025-10-31T23:30:00Z"), 3).toISOString()).toBe("2026-01-31T23:30:00.000Z");
  });

  it("always lands in the target month, on the same day or the month's last day", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1990-01-01"), max: new Date("2090-01-01"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 36 }),
        (d, n) => {
          const r = addMonthsUtc(d, n);
          const months = (r.getUTCFullYear() - d.getUTCFullYear()) * 12 + r.getUTCMonth() - d.getUTCMonth();
          expect(months).toBe(n);
          const lastDay = new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth() + 1, 0)).getUTCDate();
          expect(r.getUTCDate()).toBe(Math.min(d.getUTCDate(), lastDay));
        },
      ),
    );
  });
});

describe("calendar dates", () => {
  it("parses real dates only", () => {
    expect(parseIsoDate("2024-02-29")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(parseIsoDate("2023-02-29")).toBeNull();
    expect(parseIsoDate("2023-2-1")).toBeNull();
  });

  it("counts whole calendar days regardless of the time of day", () => {
    expect(daysBetweenUtc(new Date("2025-01-01T23:59:00Z"), new Date("2025-01-02T00:01:00Z"))).toBe(1);
    expect(daysBetweenUtc(utc("2025-03-10"), utc("2025-03-01"))).toBe(-9);
  });
});

describe("days of the indicators' periods", () => {
  it("moves days and months over the ends of months and years", () => {
    expect(addDaysIso("2025-03-01", -1)).toBe("2025-02-28");
    expect(addDaysIso("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDaysIso("2025-12-31", 1)).toBe("2026-01-01");
    expect(monthStartIso("2025-01-31")).toBe("2025-01-01");
    expect(monthStartIso("2025-01-31", 1)).toBe("2025-02-01");
    expect(monthStartIso("2025-01-15", -1)).toBe("2024-12-01");
    expect(monthStartIso("2025-11-30", 14)).toBe("2027-01-01");
  });

  it("gives the first and last day of a month, quarter or year key, and nothing for another key", () => {
    expect(periodDays("month", "2024-02")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(periodDays("quarter", "2025-Q4")).toEqual({ from: "2025-10-01", to: "2025-12-31" });
    expect(periodDays("quarter", "2025-Q1")).toEqual({ from: "2025-01-01", to: "2025-03-31" });
    expect(periodDays("year", "2026")).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    expect(periodDays("month", "2025-13")).toBeNull();
    expect(periodDays("quarter", "2025-Q5")).toBeNull();
    expect(periodDays("year", "2025-01")).toBeNull();
  });
});
