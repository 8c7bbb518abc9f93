// Calendar arithmetic in UTC. Storage is UTC (DESIGN.md), so every helper here reads and writes UTC fields
// and never the host's local time zone.

export const DAY_MS = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a YYYY-MM-DD calendar date to UTC midnight; null when it is not a real date (e.g. 2023-02-30). */
export function parseIsoDate(value: string): Date | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC rolls 2023-02-30 over to March; a round trip exposes that.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date;
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/** The UTC calendar date of an instant as YYYY-MM-DD. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function startOfDayUtc(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function addDaysUtc(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/**
 * Adds calendar months, clamping to the end of a shorter month (Jan 31 + 1 month → Feb 28 or 29) instead of
 * rolling over into the month after, which is what a follow-up "in one month" means to people.
 */
export function addMonthsUtc(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(
      y,
      m,
      Math.min(date.getUTCDate(), lastDay),
      date.getUTCHours(),
      date.getUTCMinutes(),
      date.getUTCSeconds(),
      date.getUTCMilliseconds(),
    ),
  );
}

/** Whole UTC calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetweenUtc(from: Date, to: Date): number {
  return Math.round((startOfDayUtc(to).getTime() - startOfDayUtc(from).getTime()) / DAY_MS);
}

/** Accepts what stores hand back (Date objects or ISO strings) and yields a Date. */
export function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

/** A YYYY-MM-DD day moved by whole days. */
export function addDaysIso(day: string, days: number): string {
  return toIsoDate(addDaysUtc(new Date(`${day}T00:00:00Z`), days));
}

/** The first day of the month of a YYYY-MM-DD day, or of the month `months` later (earlier when negative). */
export function monthStartIso(day: string, months = 0): string {
  const [y, m] = [Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1 + months];
  return toIsoDate(new Date(Date.UTC(y, m, 1)));
}

export type CalendarPeriod = "month" | "quarter" | "year";

const periodKeys: Record<CalendarPeriod, RegExp> = {
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  year: /^(\d{4})$/,
};
/** How many months each period is. */
export const periodMonths: Record<CalendarPeriod, number> = { month: 1, quarter: 3, year: 12 };

/**
 * The first and last day of a month, quarter or year written as the indicators write them (2025-06, 2025-Q2,
 * 2025); null when the key is not one.
 */
export function periodDays(period: CalendarPeriod, key: string): { from: string; to: string } | null {
  const m = periodKeys[period].exec(key);
  if (!m) return null;
  const firstMonth = period === "month" ? Number(m[2]) : period === "quarter" ? 3 * Number(m[2]) - 2 : 1;
  const from = `${m[1]}-${String(firstMonth).padStart(2, "0")}-01`;
  return { from, to: addDaysIso(monthStartIso(from, periodMonths[period]), -1) };
}
