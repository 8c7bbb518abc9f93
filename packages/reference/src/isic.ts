import data from "../data/isic4.json" with { type: "json" };

/** An ISIC Rev.4 section (letter A-U) or division (two digits); groups and classes are not kept. */
export type IsicEntry = {
  code: string;
  title: string;
  level: "section" | "division";
  section: string;
};

export const isicEntries: readonly IsicEntry[] = data as IsicEntry[];

const byCode = new Map(isicEntries.map((entry) => [entry.code, entry]));

export function isicEntry(code: string): IsicEntry | undefined {
  return byCode.get(code);
}

export function isIsicCode(code: string): boolean {
  return byCode.has(code);
}

/** The section a section or division belongs to (a section is its own). */
export function isicSectionOf(code: string): IsicEntry | undefined {
  const entry = byCode.get(code);
  return entry && byCode.get(entry.section);
}
