import { type IsicEntry, isicEntries, isicEntry } from "@homecoming/reference";

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);

const indexed = isicEntries.map((entry) => ({ entry, words: wordsOf(entry.title) }));

export interface IsicSearch {
  q: string;
  level?: IsicEntry["level"] | undefined;
  limit: number;
  offset: number;
}

/**
 * ISIC Rev.4 sections and divisions whose code starts with q or whose title has a word starting with each
 * word of q ("constr build" finds "Construction of buildings"); an exact code comes first, then the
 * classification's own order (each section followed by its divisions). An empty q lists them all.
 */
export function searchIsic({ q, level, limit, offset }: IsicSearch) {
  const code = q.trim().toUpperCase();
  const queryWords = wordsOf(q);
  const matches = indexed
    .filter(({ entry }) => level === undefined || entry.level === level)
    .filter(
      ({ entry, words }) =>
        queryWords.length === 0 ||
        entry.code.startsWith(code) ||
        queryWords.every((w) => words.some((word) => word.startsWith(w))),
    )
    .map(({ entry }) => entry);
  const exact = matches.findIndex((entry) => entry.code === code);
  if (exact > 0) matches.unshift(...matches.splice(exact, 1));
  return {
    items: matches.slice(offset, offset + limit).map((entry) => ({
      ...entry,
      sectionTitle: isicEntry(entry.section)?.title ?? entry.title,
    })),
    total: matches.length,
  };
}
