import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import { pdfBlob } from "../../pdf/make";
import { a4Document } from "../../pdf/page";
import { fontsIn, pdfParagraph, pdfText } from "../../pdf/text";
import type { DataModel } from "./dataModel";

// a value's own direction, from its first letter: what staff wrote in English reads left to right inside a
// right-to-left copy; a phone number or an amount (no letter) too
const strong = /[A-Za-z\u00C0-\u024F\u0980-\u09FF]|([\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF])/;
function directionOf(text: string): "ltr" | "rtl" {
  return text.match(strong)?.[1] ? "rtl" : "ltr";
}

// a thin rule between the rows, none around the table
const rows = {
  hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
    i === 0 || i === node.table.body.length ? 0 : 0.5,
  vLineWidth: () => 0,
  hLineColor: () => "#bbbbbb",
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/**
 * The pdfmake document of a returnee's data: A4 portrait, the title with whom it is about and when it was
 * made, then each section with its blocks as two-column tables (what, and what is held), a section's title
 * kept with its first block; the footer says when it was made and the page. Right-to-left languages are
 * right-aligned with their tables' columns mirrored; each value is written in its own direction.
 */
export function dataDocument(model: DataModel): TDocumentDefinitions {
  const { dir } = model;
  const align = dir === "rtl" ? "right" : "left";
  const line = (text: string, style?: string): Content => ({
    ...pdfText(text, dir),
    ...(style ? { style } : {}),
  });
  const order = <T>(cells: T[]) => (dir === "rtl" ? [...cells].reverse() : cells);
  const cell = (text: string, extra: object = {}): TableCell => {
    const own = directionOf(text);
    // about 45 characters fit the value's column at this size
    return { ...pdfParagraph(text, own, 45), alignment: align, ...extra } as TableCell;
  };
  const content: Content[] = [];
  for (const section of model.sections) {
    const blocks: Content[] = section.blocks.map((block) => ({
      stack: [
        ...(block.heading ? [line(block.heading, "block")] : []),
        ...(block.rows.length
          ? [
              {
                table: {
                  widths: order(["38%", "*"]),
                  dontBreakRows: true,
                  body: block.rows.map((row) => order([cell(row.label, { bold: true }), cell(row.value)])),
                },
                layout: rows,
                margin: [0, 2, 0, 6],
              } as Content,
            ]
          : []),
      ],
    }));
    const [first, ...rest] = blocks.length ? blocks : [line(section.empty, "empty")];
    content.push({ stack: [line(section.title, "section"), first!], unbreakable: true }, ...rest);
  }
  return a4Document({ ...model, content, styles: { empty: { color: "#444444" } } });
}

/**
 * The returnee's copy as a PDF, made in the browser: pdfmake and the fonts of every script in it are fetched
 * now (a name in Bangla in an English copy, a note in English in an Arabic one).
 */
export function dataPdf(model: DataModel) {
  const text = [
    model.title,
    ...model.lines,
    ...model.sections.flatMap((s) => [
      s.title,
      s.empty,
      ...s.blocks.flatMap((b) => [b.heading ?? "", ...b.rows.flatMap((r) => [r.label, r.value])]),
    ]),
  ].join("\n");
  return pdfBlob(dataDocument(model), fontsIn(text, model.lang));
}
