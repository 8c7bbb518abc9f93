// Loaded only when a PDF is asked for: pdfmake and the fonts' files are fetched then, not with the workspace.

import naskh from "@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff?url";
import naskhBold from "@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff?url";
import latin from "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url";
import latinBold from "@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url";
import bengali from "@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-400-normal.woff?url";
import bengaliBold from "@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-700-normal.woff?url";
import type { ReportModel } from "./reportModel";
import { type ChartImage, fontsFor, type PdfFont, reportDocument } from "./reportPdf";

const files: Record<PdfFont, { normal: string; bold: string }> = {
  Latin: { normal: latin, bold: latinBold },
  Bengali: { normal: bengali, bold: bengaliBold },
  Naskh: { normal: naskh, bold: naskhBold },
};

// what a chart's look depends on, copied onto each element so that the SVG draws alone as it does on the page
const drawn = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "opacity",
  "visibility",
  "display",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "dominant-baseline",
  "direction",
] as const;

/**
 * A chart's SVG as drawn on the page, as a PNG: the SVG with its computed styles written in, sized
 * explicitly, loaded as an image and drawn on a canvas at twice its size. The browser renders its text, so
 * every script reads as it does on screen.
 */
async function chartImage(svg: SVGSVGElement): Promise<ChartImage> {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll("*")];
  const to = [clone, ...clone.querySelectorAll("*")];
  from.forEach((element, i) => {
    const style = getComputedStyle(element);
    const target = to[i] as SVGElement;
    for (const property of drawn) target.style.setProperty(property, style.getPropertyValue(property));
  });
  // what the mouse last pointed at is no part of the report
  for (const cursor of clone.querySelectorAll(".recharts-tooltip-cursor")) cursor.remove();
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  const image = new Image(width, height);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.ceil(width * 2);
  canvas.height = Math.ceil(height * 2);
  const context = canvas.getContext("2d")!;
  context.scale(2, 2);
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  return { dataUrl: canvas.toDataURL("image/png"), width, height };
}

/** The charts of the report on the page, by the id of their block (data-report-chart). */
export async function chartImages(root: HTMLElement): Promise<Map<string, ChartImage>> {
  const images = new Map<string, ChartImage>();
  for (const holder of root.querySelectorAll<HTMLElement>("[data-report-chart]")) {
    const svg = holder.querySelector<SVGSVGElement>("svg.recharts-surface");
    if (svg) images.set(holder.dataset.reportChart!, await chartImage(svg));
  }
  return images;
}

/** Makes the report's PDF in the browser with pdfmake and hands it to the browser as a download. */
export async function downloadReportPdf(model: ReportModel, root: HTMLElement, fileName: string) {
  const [loaded, images] = await Promise.all([import("pdfmake/build/pdfmake"), chartImages(root)]);
  // pdfmake is a CommonJS bundle: its object comes as the default export
  const pdfMake = loaded.default ?? loaded;
  const absolute = (url: string) => new URL(url, window.location.href).href;
  pdfMake.setUrlAccessPolicy((url) => url.startsWith(`${window.location.origin}/`));
  pdfMake.setFonts(
    Object.fromEntries(
      fontsFor(model.lang).map((font) => [
        font,
        {
          normal: absolute(files[font].normal),
          bold: absolute(files[font].bold),
          italics: absolute(files[font].normal),
          bolditalics: absolute(files[font].bold),
        },
      ]),
    ),
  );
  const blob = await pdfMake.createPdf(reportDocument(model, images)).getBlob();
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
