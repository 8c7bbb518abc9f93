// Trigram similarity as pg_trgm computes it, and the normal form names are searched in. Record linkage
// (deciding whether two registrations are one person) is in linkage.ts.

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
