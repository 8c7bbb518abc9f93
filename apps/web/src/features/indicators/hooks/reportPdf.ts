import bidiFactory from "bidi-js";
import type { Content, ContentText, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import type { ReportModel, ReportTable } from "./reportModel";

/**
 * The fonts the PDF writes with: pdfmake draws each run of text in one font, and no one font covers the
 * workspace's scripts, so each run takes the font of its script: Noto Sans for Latin letters, digits and
 * punctuation, Noto Sans Bengali for Bengali, Noto Naskh Arabic for the Arabic script of Urdu, Arabic and
 * Sorani.
 */
export type PdfFont = "Latin" | "Bengali" | "Naskh";

/** The fonts a language's report needs; the others are not fetched. */
export function fontsFor(lang: string): PdfFont[] {
  if (lang === "bn") return ["Latin", "Bengali"];
  if (lang === "ur" || lang === "ar" || lang === "ckb") return ["Latin", "Naskh"];
  return ["Latin"];
}

const bengali = /[\u0980-\u09FF\u0964\u0965]/;
const arabic = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
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

/** A chart drawn on the page, as an image for the PDF. */
export interface ChartImage {
  dataUrl: string;
  width: number;
  height: number;
}

const contentWidth = 595.28 - 2 * 40;

function table(t: ReportTable, dir: "ltr" | "rtl"): Content {
  // right-to-left tables read from the right: the first column is drawn last
  const order = <T>(cells: T[]) => (dir === "rtl" ? [...cells].reverse() : cells);
  const cell = (text: string, extra: Omit<ContentText, "text"> = {}): TableCell => ({
    ...pdfText(text, dir),
    ...extra,
  });
  const body: TableCell[][] = [
    order(t.head.map((h) => cell(h, { style: "th" }))),
    ...t.rows.map((row, i) =>
      order(
        row.map((text, j) =>
          cell(text, {
            ...(t.total && i === t.rows.length - 1 ? { bold: true } : {}),
            ...(j > 0 ? { alignment: dir === "rtl" ? "left" : "right" } : {}),
          }),
        ),
      ),
    ),
  ];
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: order(["*", "auto"]), body },
    layout: "lightHorizontalLines",
    margin: [0, 2, 0, 8],
  };
}

/**
 * The pdfmake document of a report: A4 portrait, the title block, each section with each block's heading,
 * chart image and table kept together on a page, the note on hidden values and the source line; the footer
 * gives the day it was made and the page numbers. Right-to-left languages are right-aligned, their tables'
 * columns mirrored. `images` holds the charts drawn on the page, by block id.
 */
export function reportDocument(
  model: ReportModel,
  images: ReadonlyMap<string, ChartImage>,
): TDocumentDefinitions {
  const { dir } = model;
  const align = dir === "rtl" ? "right" : "left";
  const line = (text: string, style?: string, extra: object = {}): Content => ({
    ...pdfText(text, dir),
    ...(style ? { style } : {}),
    ...extra,
  });
  const content: Content[] = [
    line(model.title, "title"),
    ...model.lines.map((l) => line(l, "meta")),
    ...model.sections.flatMap((s) =>
      s.blocks.map((b, i): Content => {
        const image = images.get(b.id);
        const width = image ? Math.min(contentWidth, image.width) : 0;
        return {
          stack: [
            // a section's title stays on the page of its first block
            ...(i === 0 ? [line(s.title, "section")] : []),
            ...(b.heading ? [line(b.heading, "block")] : []),
            ...(image
              ? [
                  {
                    image: image.dataUrl,
                    width,
                    height: (image.height * width) / image.width,
                    alignment: "center" as const,
                    margin: [0, 2, 0, 4] as [number, number, number, number],
                  },
                ]
              : []),
            line(b.table.caption, "caption"),
            table(b.table, dir),
          ],
          unbreakable: true,
        };
      }),
    ),
    ...(model.note ? [line(model.note, "note")] : []),
    line(model.source, "note"),
  ];
  return {
    pageSize: "A4",
    pageOrientation: "portrait",
    pageMargins: [40, 48, 40, 48],
    info: { title: `${model.title}: ${model.lines.join("; ")}` },
    defaultStyle: { font: "Latin", fontSize: 9.5, alignment: align, lineHeight: 1.25 },
    styles: {
      title: { fontSize: 17, bold: true, margin: [0, 0, 0, 6] },
      meta: { fontSize: 10, margin: [0, 0, 0, 2] },
      section: { fontSize: 13.5, bold: true, margin: [0, 14, 0, 4] },
      block: { fontSize: 11, bold: true, margin: [0, 6, 0, 2] },
      caption: { fontSize: 8.5, color: "#555555", margin: [0, 2, 0, 0] },
      th: { bold: true },
      note: { fontSize: 8.5, color: "#444444", margin: [0, 8, 0, 0] },
    },
    footer: (page: number, pages: number): Content => {
      const made: Content = { ...pdfText(model.generated, dir), alignment: align };
      const numbers: Content = {
        ...pdfText(model.page(page, pages), dir),
        alignment: dir === "rtl" ? "left" : "right",
      };
      return {
        columns: dir === "rtl" ? [numbers, made] : [made, numbers],
        fontSize: 8,
        color: "#555555",
        margin: [40, 16, 40, 0],
      };
    },
    content,
  };
}
