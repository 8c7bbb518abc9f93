import { phoneE164 } from "./phone";

/**
 * The trigram set of PostgreSQL pg_trgm: lower-cased words of letters and digits, each padded with two
 * spaces before and one after. Marks (\p{M}) count as letters so Bengali and Arabic vowel signs stay inside
 * their words, as they do under a UTF-8 database locale.
 */
export function trigrams(text: string): Set<string> {
  const result = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) {
    const chars = Array.from(`  ${word} `);
    for (let i = 0; i + 3 <= chars.length; i++) result.add(chars.slice(i, i + 3).join(""));
  }
  return result;
}

/**
 * pg_trgm's similarity(a, b): shared trigrams over all distinct trigrams, 0 when either side has none.
 * Rounded to single precision because PostgreSQL returns a real, so both sides compare equal.
 */
export function trigramSimilarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return Math.fround(shared / (ta.size + tb.size - shared));
}

/** Lower-case words of letters and digits, single-spaced: the form names are compared in. */
export function normalizeName(name: string): string {
  return (
    name
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
  ).join(" ");
}

export type DuplicateRecord = {
  givenName: string;
  familyName?: string | null | undefined;
  nameNative?: string | null | undefined;
  birthDate?: string | null | undefined;
  birthYear?: number | null | undefined;
  phone?: string | null | undefined;
  nationalId?: string | null | undefined;
  passportNumber?: string | null | undefined;
};

export const duplicateReasons = [
  "same_national_id",
  "same_passport",
  "same_phone",
  "same_name",
  "similar_name",
  "same_birth_date",
  "same_birth_year",
  "different_birth_year",
] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];

/** Candidates scoring below this are not reported. */
export const duplicateThreshold = 0.5;
/** Names at least this similar (pg_trgm similarity) count as similar; the database search can use it too. */
export const similarNameThreshold = 0.5;

const identifier = (value: string | null | undefined) =>
  value?.replace(/[\s-]/g, "").toUpperCase() || undefined;
// stored phones are E.164 already; only an international number typed another way is read again
const phoneOf = (value: string | null | undefined) => {
  if (!value) return undefined;
  if (/^\+\d{8,15}$/.test(value)) return value;
  const verdict = phoneE164(value);
  return verdict.ok ? verdict.e164 : value;
};
const fullNameOf = (r: DuplicateRecord) => `${r.givenName} ${r.familyName ?? ""}`;
// Word order is ignored: forms swap given and family names, and trigram similarity ignores order too.
const nameKey = (name: string) => normalizeName(name).split(" ").sort().join(" ");
const yearOf = (r: DuplicateRecord) =>
  r.birthDate ? Number(r.birthDate.slice(0, 4)) : (r.birthYear ?? undefined);

const bothEqual = <T>(a: T | undefined, b: T | undefined) => a !== undefined && b !== undefined && a === b;

function sameName(a: DuplicateRecord, b: DuplicateRecord): boolean {
  return (
    nameKey(fullNameOf(a)) === nameKey(fullNameOf(b)) ||
    (!!a.nameNative && !!b.nameNative && nameKey(a.nameNative) === nameKey(b.nameNative))
  );
}

function nameSimilarity(a: DuplicateRecord, b: DuplicateRecord): number {
  const latin = trigramSimilarity(fullNameOf(a), fullNameOf(b));
  const native = a.nameNative && b.nameNative ? trigramSimilarity(a.nameNative, b.nameNative) : 0;
  return Math.max(latin, native);
}

type Matcher = {
  reason: DuplicateReason;
  weight: number;
  test: (a: DuplicateRecord, b: DuplicateRecord) => boolean;
};

/**
 * The duplicate rules as data. Weights add up and the total is clamped to [0, 1]. Every test is symmetric,
 * so scoring a against b equals scoring b against a.
 */
/** Birth years of returnees are often estimates: years this far apart still count as the same. */
export const birthYearTolerance = 1;

export const duplicateMatchers: readonly Matcher[] = [
  {
    reason: "same_national_id",
    weight: 0.9,
    test: (a, b) => bothEqual(identifier(a.nationalId), identifier(b.nationalId)),
  },
  {
    reason: "same_passport",
    weight: 0.9,
    test: (a, b) => bothEqual(identifier(a.passportNumber), identifier(b.passportNumber)),
  },
  { reason: "same_phone", weight: 0.4, test: (a, b) => bothEqual(phoneOf(a.phone), phoneOf(b.phone)) },
  { reason: "same_name", weight: 0.5, test: sameName },
  {
    reason: "similar_name",
    weight: 0.4,
    test: (a, b) => !sameName(a, b) && nameSimilarity(a, b) >= similarNameThreshold,
  },
  {
    reason: "same_birth_date",
    weight: 0.3,
    test: (a, b) => bothEqual(a.birthDate ?? undefined, b.birthDate ?? undefined),
  },
  {
    reason: "same_birth_year",
    weight: 0.15,
    test: (a, b) => !(a.birthDate && b.birthDate) && bothEqual(yearOf(a), yearOf(b)),
  },
  {
    // Birth years of returnees are often estimates, so a one-year gap is not held against a match.
    reason: "different_birth_year",
    weight: -0.3,
    test: (a, b) => {
      const ya = yearOf(a);
      const yb = yearOf(b);
      return ya !== undefined && yb !== undefined && Math.abs(ya - yb) > birthYearTolerance;
    },
  },
];

export type DuplicateScore = { score: number; reasons: DuplicateReason[] };

export function scoreDuplicate(candidate: DuplicateRecord, existing: DuplicateRecord): DuplicateScore {
  const hits = duplicateMatchers.filter((m) => m.test(candidate, existing));
  const total = hits.reduce((sum, m) => sum + m.weight, 0);
  // Rounded so sums such as 0.4 + 0.3 read as 0.7 rather than 0.7000000000000001.
  const score = Math.round(Math.min(1, Math.max(0, total)) * 1000) / 1000;
  return { score, reasons: hits.map((m) => m.reason) };
}

export function isReportableDuplicate(result: DuplicateScore): boolean {
  return result.score >= duplicateThreshold;
}
