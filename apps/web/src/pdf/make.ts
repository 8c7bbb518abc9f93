// Loaded only when a PDF is asked for: pdfmake and the fonts' files are fetched then, not with the page.

import naskh from "@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff?url";
import naskhBold from "@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff?url";
import latin from "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url";
import latinBold from "@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url";
import bengali from "@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-400-normal.woff?url";
import bengaliBold from "@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-700-normal.woff?url";
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import type { PdfFont } from "./text";

const files: Record<PdfFont, { normal: string; bold: string }> = {
  Latin: { normal: latin, bold: latinBold },
  Bengali: { normal: bengali, bold: bengaliBold },
  Naskh: { normal: naskh, bold: naskhBold },
};

/** A pdfmake document made into a PDF in the browser, with the fonts it writes in (fetched now). */
export async function pdfBlob(document: TDocumentDefinitions, fonts: readonly PdfFont[]): Promise<Blob> {
  const loaded = await import("pdfmake/build/pdfmake");
  // pdfmake is a CommonJS bundle: its object comes as the default export
  const pdfMake = loaded.default ?? loaded;
  const absolute = (url: string) => new URL(url, window.location.href).href;
  pdfMake.setUrlAccessPolicy((url) => url.startsWith(`${window.location.origin}/`));
  pdfMake.setFonts(
    Object.fromEntries(
      fonts.map((font) => [
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
  return pdfMake.createPdf(document).getBlob();
}

/** Hands a file made in the browser to it as a download. */
export function downloadBlob(blob: Blob, fileName: string) {
  const link = window.document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  window.document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
