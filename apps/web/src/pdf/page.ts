import type { Content, StyleDictionary, TDocumentDefinitions } from "pdfmake/interfaces";
import { pdfText } from "./text";

/**
 * An A4 portrait document of the product: the title and the lines under it come first in `content`; the
 * footer gives the day it was made and the page numbers. Right-to-left languages are right-aligned, the
 * footer mirrored. `styles` add to the shared ones (title, meta, section, block).
 */
export function a4Document(parts: {
  title: string;
  lines: string[];
  dir: "ltr" | "rtl";
  generated: string;
  page: (page: number, pages: number) => string;
  content: Content[];
  styles?: StyleDictionary;
}): TDocumentDefinitions {
  const { dir } = parts;
  const align = dir === "rtl" ? "right" : "left";
  return {
    pageSize: "A4",
    pageOrientation: "portrait",
    pageMargins: [40, 48, 40, 48],
    info: { title: `${parts.title}: ${parts.lines.join("; ")}` },
    defaultStyle: { font: "Latin", fontSize: 9.5, alignment: align, lineHeight: 1.25 },
    styles: {
      title: { fontSize: 17, bold: true, margin: [0, 0, 0, 6] },
      meta: { fontSize: 10, margin: [0, 0, 0, 2] },
      section: { fontSize: 13.5, bold: true, margin: [0, 14, 0, 4] },
      block: { fontSize: 11, bold: true, margin: [0, 6, 0, 2] },
      ...parts.styles,
    },
    footer: (page: number, pages: number): Content => {
      const made: Content = { ...pdfText(parts.generated, dir), alignment: align };
      const numbers: Content = {
        ...pdfText(parts.page(page, pages), dir),
        alignment: dir === "rtl" ? "left" : "right",
      };
      return {
        columns: dir === "rtl" ? [numbers, made] : [made, numbers],
        fontSize: 8,
        color: "#555555",
        margin: [40, 16, 40, 0],
      };
    },
    content: [
      { ...pdfText(parts.title, dir), style: "title" },
      ...parts.lines.map((l): Content => ({ ...pdfText(l, dir), style: "meta" })),
      ...parts.content,
    ],
  };
}
