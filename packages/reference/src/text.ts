/** Lower case without diacritics, so "Erbīl" and "erbil" compare equal. */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

export function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** True when every query word starts some word of the text, so "driv car" finds "Car, taxi and van drivers". */
export function matchesWords(queryWords: readonly string[], text: string): boolean {
  const textWords = words(text);
  return queryWords.length > 0 && queryWords.every((q) => textWords.some((w) => w.startsWith(q)));
}
