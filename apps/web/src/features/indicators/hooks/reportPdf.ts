import type { Content, ContentText, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import { a4Document } from "../../../pdf/page";
import { pdfText } from "../../../pdf/text";
import type { ReportModel, ReportTable } from "./reportModel";

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
  const line = (text: string, style?: string, extra: object = {}): Content => ({
    ...pdfText(text, dir),
    ...(style ? { style } : {}),
    ...extra,
  });
  const content: Content[] = [
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
  return a4Document({
    title: model.title,
    lines: model.lines,
    dir,
    generated: model.generated,
    page: model.page,
    content,
    styles: {
      caption: { fontSize: 8.5, color: "#555555", margin: [0, 2, 0, 0] },
      th: { bold: true },
      note: { fontSize: 8.5, color: "#444444", margin: [0, 8, 0, 0] },
    },
  });
}
