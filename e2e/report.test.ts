import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshIndicatorFacts } from "../apps/server/src/modules/indicators/refresh";
import { demoPassword } from "../apps/server/src/seed/demo";
import {
  choose,
  downloadPdf,
  expectNoAxeViolations,
  loggedInPage,
  pdfText,
  type Stack,
  screenshot,
  screenshotDir,
  startDemoStack,
  words,
} from "./support";

let stack: Omit<Stack, "world">;

// the demo seed over 150 returnees of Bangladesh, Pakistan and Iraq, their cases running through every stage
beforeAll(async () => {
  stack = await startDemoStack(150);
  await refreshIndicatorFacts(stack.database.db, new Date());
}, 300_000);
afterAll(() => stack?.close());

interface Answer {
  cells: { keys: (string | null)[]; value: number | null }[];
}

/** The total of an indicator for the report's quarter and country, as the API gives it. */
async function apiTotal(page: Page, code: string, query: string): Promise<number | null> {
  const answer = (await (
    await page.request.get(`${stack.base}/api/v1/indicators/${code}?${query}`)
  ).json()) as Answer;
  return answer.cells.find((c) => c.keys.every((k) => k === null))?.value ?? null;
}

/** The caption of the registrations' table in a language (the indicator's name is the catalogue's). */
const registeredBySex = (language: string) =>
  words(language, "indicators", "report.byHeading")
    .replace("{{name}}", "Returnees registered")
    .replace("{{split}}", words(language, "indicators", "splits.sex"));

const report = (page: Page) => page.locator("article.hc-report");

/** The report's title block and first table up close, to see the script drawn. */
async function closeUp(page: Page, name: string, language: string) {
  await report(page)
    .locator(".hc-report-block")
    .first()
    .screenshot({ path: join(screenshotDir, `${name}-title.png`) });
  await registeredTable(page, language).screenshot({ path: join(screenshotDir, `${name}-table.png`) });
}
const registeredTable = (page: Page, language: string) =>
  page.getByRole("table", { name: registeredBySex(language) });
const figure = async (page: Page, table: string, row: string) =>
  (
    await page
      .getByRole("table", { name: table })
      .getByRole("row", { name: row })
      .getByRole("cell")
      .textContent()
  )?.trim();

describe("the quarterly report", () => {
  it("reports a country's quarter in the page, on paper and as a PDF, in English, Bengali and Arabic", async () => {
    const page = await loggedInPage(stack, "analyst@demo.homecoming", demoPassword);
    await page.getByRole("link", { name: "Indicators" }).first().click();
    await page.getByRole("link", { name: "Quarterly report" }).click();
    await page.getByRole("heading", { name: "Quarterly report", exact: true, level: 2 }).waitFor();
    await page.locator("label", { hasText: "A country" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("country")).toBe("BD");
    const quarter = new URL(page.url()).searchParams.get("quarter")!;
    expect(quarter).toMatch(/^\d{4}-Q[1-4]$/);
    const pdfButton = page.getByRole("button", { name: "Download PDF" });
    await expect.poll(() => pdfButton.isEnabled(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => report(page).textContent()).toContain("Scope: Bangladesh");

    // the figures on the page are the API's for the quarter and the country
    const [year, q] = quarter.split("-Q").map(Number) as [number, number];
    const from = `${year}-${String(q * 3 - 2).padStart(2, "0")}-01`;
    const to = new Date(Date.UTC(year, q * 3, 0)).toISOString().slice(0, 10);
    const query = `from=${from}&to=${to}&filter%5Bcountry%5D=BD`;
    const registered = await apiTotal(page, "returnees_registered", `${query}&by=sex`);
    const sent = await apiTotal(page, "referrals_sent", query);
    expect(registered).toBeGreaterThan(0);
    const en = (n: number | null) => (n === null ? "–" : new Intl.NumberFormat("en").format(n));
    await expect.poll(() => figure(page, "Returnees registered by Sex", "All")).toBe(en(registered));
    expect(await figure(page, "Referrals at each step over the period", "Referrals sent")).toBe(en(sent));
    await page.getByRole("img", { name: /^Bar chart of Returnees registered by Sex/ }).waitFor();
    await page
      .getByRole("img", { name: /^Line chart of Cases opened by Month/ })
      .locator("svg")
      .first()
      .waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, "report-en");

    // on paper: the report alone, without the workspace's navigation, header and controls
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("navigation").first().isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Print" }).isVisible()).toBe(false);
    expect(await report(page).isVisible()).toBe(true);
    await page.pdf({ path: join(screenshotDir, "report-print.pdf"), format: "A4" });
    await page.emulateMedia({ media: "screen" });

    // the PDF made in the browser
    const english = await downloadPdf(page, "Download PDF", "report-en");
    expect(english.fileName).toBe(`homecoming-report-BD-${quarter}-en.pdf`);
    expect(english.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(english.bytes.length).toBeGreaterThan(20_000);
    expect(english.bytes.length).toBeLessThan(5_000_000);
    const text = (await pdfText(english.bytes)).replace(/\s+/g, " ");
    expect(text).toContain("Quarterly report of the indicators");
    expect(text).toContain("Returnees registered by Sex");
    expect(text).toMatch(new RegExp(`All ?${en(registered)}`));
    expect(text).toContain("Referrals sent");
    expect(text).toMatch(/Page 1 of \d/);

    // Bengali: left to right, Bengali digits; the workspace around it stays English
    await choose(page, "Language of the report", "বাংলা");
    await expect.poll(() => report(page).getAttribute("lang")).toBe("bn");
    expect(await report(page).getAttribute("dir")).toBe("ltr");
    const bn = new Intl.NumberFormat("bn-BD").format(registered!);
    expect(bn).toMatch(/^[০-৯,]+$/);
    await expect.poll(() => figure(page, registeredBySex("bn"), words("bn", "indicators", "all"))).toBe(bn);
    expect(await report(page).textContent()).toContain("বাংলাদেশ");
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      "en",
      "ltr",
    ]);
    expect(new URL(page.url()).searchParams.get("lang")).toBe("bn");
    await expect.poll(() => pdfButton.isEnabled()).toBe(true);
    await registeredTable(page, "bn").waitFor();
    await screenshot(page, "report-bn");
    await closeUp(page, "report-bn", "bn");
    const bengali = await downloadPdf(page, "Download PDF", "report-bn");
    expect(bengali.fileName).toBe(`homecoming-report-BD-${quarter}-bn.pdf`);
    expect(bengali.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    // Arabic: right to left, Arabic-Indic digits
    await choose(page, "Language of the report", "العربية");
    await expect.poll(() => report(page).getAttribute("lang")).toBe("ar");
    expect(await report(page).getAttribute("dir")).toBe("rtl");
    const ar = new Intl.NumberFormat("ar-IQ").format(registered!);
    expect(ar).toMatch(/^[٠-٩٬]+$/);
    await expect.poll(() => figure(page, registeredBySex("ar"), words("ar", "indicators", "all"))).toBe(ar);
    expect(await report(page).textContent()).toContain("بنغلاديش");
    expect(await page.evaluate(() => document.documentElement.dir)).toBe("ltr");
    await expect.poll(() => pdfButton.isEnabled()).toBe(true);
    await expectNoAxeViolations(page);
    await screenshot(page, "report-ar");
    await closeUp(page, "report-ar", "ar");
    const arabic = await downloadPdf(page, "Download PDF", "report-ar");
    expect(arabic.fileName).toBe(`homecoming-report-BD-${quarter}-ar.pdf`);
    expect(arabic.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(await pdfText(arabic.bytes)).toContain("Referrals sent");
  });
});
