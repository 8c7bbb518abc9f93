import bidiFactory from "bidi-js";
import type { ContentText } from "pdfmake/interfaces";

// Text for the PDFs the browser makes with pdfmake (the quarterly report, a returnee's copy of their data):
// each run of text in the font of its script, put in drawing order for its direction.

/**
 * The fonts the PDF writes with: pdfmake draws each run of text in one font, and no one font covers the
 * product's scripts, so each run takes the font of its script: Noto Sans for Latin letters, digits and
 * punctuation, Noto Sans Bengali for Bengali, Noto Naskh Arabic for the Arabic script of Urdu, Arabic and
 * Sorani.
 */
export type PdfFont = "Latin" | "Bengali" | "Naskh";

/** The fonts a language's document needs; the others are not fetched. */
export function fontsFor(lang: string): PdfFont[] {
  if (lang === "bn") return ["Latin", "Bengali"];
  if (lang === "ur" || lang === "ar" || lang === "ckb") return ["Latin", "Naskh"];
  return ["Latin"];
}

/** The fonts a text needs, whatever the document's language: a name in its own script, a note in another. */
export function fontsIn(text: string, lang: string): PdfFont[] {
  const fonts = new Set(fontsFor(lang));
  if (bengaliAnywhere.test(text)) fonts.add("Bengali");
  if (arabicAnywhere.test(text)) fonts.add("Naskh");
  return [...fonts];
}

const bengali = /[\u0980-\u09FF\u0964\u0965]/;
const arabic = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const bengaliAnywhere = new RegExp(bengali.source);
const arabicAnywhere = new RegExp(arabic.source);
// marks that order text but draw nothing: the fonts have no glyph for them
const controls = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;
const joiner = /[\u200C\u200D]/;

const bidi = bidiFactory();

function fontOf(ch: string, previous: PdfFont | null): PdfFont {
  if (bengali.test(ch)) return "Bengali";
  if (arabic.test(ch)) return "Naskh";
  if (joiner.test(ch) && previous) return previous;
  return "Latin";
}

export interface TextRun {
  text: string;
  font: PdfFont;
}

/**
 * A line of text as runs for pdfmake, in the order they are drawn from left to right. The Unicode
 * bidirectional algorithm (bidi-js) puts the characters in that order for the line's direction (numbers and
 * Latin words stay left to right in right-to-left text), then the text is cut where its script, and so its
 * font, changes. The font engine shapes each run of Arabic script and turns it right to left itself, so such
 * a run is handed over in reading order. Meant for lines that do not wrap: titles, headings, table cells.
 */
export function textRuns(text: string, dir: "ltr" | "rtl"): TextRun[] {
  const clean = text.replace(/\u202F/g, "\u00A0");
  const levels = bidi.getEmbeddingLevels(clean, dir);
  const mirrored = bidi.getMirroredCharactersMap(clean, levels.levels);
  const visual = bidi
    .getReorderedIndices(clean, levels)
    .map((i) => mirrored.get(i) ?? clean[i]!)
    .join("")
    .replace(controls, "");
  const runs: TextRun[] = [];
  for (const ch of visual) {
    const last = runs.at(-1);
    const font = fontOf(ch, last?.font ?? null);
    if (last && last.font === font) last.text += ch;
    else runs.push({ text: ch, font });
  }
  return runs.map((r) => (r.font === "Naskh" ? { ...r, text: [...r.text].reverse().join("") } : r));
}

/** A text for pdfmake: one run as it is, several as an array of runs, each in its font. */
export function pdfText(text: string, dir: "ltr" | "rtl"): ContentText {
  const runs = textRuns(text, dir);
  if (runs.length === 1) return { text: runs[0]!.text, font: runs[0]!.font };
  return { text: runs.map((r) => ({ text: r.text, font: r.font })) };
}

/**
 * A paragraph that may wrap: a left-to-right one as one text, which pdfmake wraps; a right-to-left one cut
 * into lines of at most `width` characters at spaces first, each line put in drawing order on its own (the
 * drawing order of a whole paragraph is wrong once pdfmake breaks it).
 */
export function pdfParagraph(
  text: string,
  dir: "ltr" | "rtl",
  width: number,
): ContentText | { stack: ContentText[] } {
  if (dir === "ltr" || text.length <= width) return pdfText(text, dir);
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = "";
    }
    line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return { stack: lines.map((l) => pdfText(l, dir)) };
}
