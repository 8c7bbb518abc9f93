// Loaded only when a PDF is asked for: pdfmake and the fonts' files are fetched then, not with the workspace.

import { downloadBlob, pdfBlob } from "../../../pdf/make";
import { fontsFor } from "../../../pdf/text";
import type { ReportModel } from "./reportModel";
import { type ChartImage, reportDocument } from "./reportPdf";

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
  const images = await chartImages(root);
  downloadBlob(await pdfBlob(reportDocument(model, images), fontsFor(model.lang)), fileName);
}
