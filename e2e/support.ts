import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { FollowUpKind } from "@homecoming/domain";
import { and, eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { type Browser, chromium, type Download, type Page } from "playwright-core";
import { expect } from "vitest";
import { buildApp } from "../apps/server/src/app";
import { testConfig } from "../apps/server/src/config";
import type { Database } from "../apps/server/src/db/client";
import { followUps } from "../apps/server/src/db/schema";
import { builtWebRoot } from "../apps/server/src/http/web";
import { seedDemo } from "../apps/server/src/seed/demo";
import { freshDatabase } from "../apps/server/test/harness";
import { password, seedWorld, type World } from "../apps/server/test/world";
import { chromiumFlags, chromiumPath } from "./chromium";

export const screenshotDir = join(process.cwd(), "e2e", "screenshots");

export interface Stack {
  app: FastifyInstance;
  database: Database;
  base: string;
  world: World;
  browser: Browser;
  close(): Promise<void>;
}

/** The real server with the built web app on 127.0.0.1, a throwaway embedded database, and Chromium. */
export async function startStack(): Promise<Stack> {
  const { database, drop } = await freshDatabase();
  const world = await seedWorld(database);
  return { ...(await serve(database, drop)), world };
}

/** The same with the demo seed of README (its accounts, password homecoming-demo) of `persons` returnees. */
export async function startDemoStack(persons: number): Promise<Omit<Stack, "world">> {
  const { database, drop } = await freshDatabase();
  await seedDemo(database, { persons });
  return serve(database, drop);
}

async function serve(database: Database, drop: () => Promise<void>): Promise<Omit<Stack, "world">> {
  const webRoot = builtWebRoot();
  if (!webRoot) throw new Error("apps/web/dist is missing: run `npm run build` before the browser tests");
  const app = await buildApp({ config: testConfig(), database, webRoot });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  mkdirSync(screenshotDir, { recursive: true });
  return {
    app,
    database,
    base,
    browser,
    close: async () => {
      await browser.close();
      await app.close();
      await drop();
    },
  };
}

/** Time passes for a case: its follow-up of that kind falls due today, so its window is open. */
export async function bringFollowUpDue(stack: Stack, caseId: string, kind: FollowUpKind) {
  await stack.database.db
    .update(followUps)
    .set({ dueDate: new Date().toISOString().slice(0, 10) })
    .where(and(eq(followUps.caseId, caseId), eq(followUps.kind, kind)));
}

/** A phone-sized page (360 pixels wide, touch) in a context of its own, with no session. */
export async function phonePage(stack: Pick<Stack, "browser">): Promise<Page> {
  const context = await stack.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
  return context.newPage();
}

/** A phone-sized page signed in to the portal with a returnee's session cookie ("hc_portal=..."). */
export async function returneePhone(stack: Pick<Stack, "browser" | "base">, cookie: string): Promise<Page> {
  const page = await phonePage(stack);
  const [name, value] = cookie.split("=") as [string, string];
  await page.context().addCookies([{ name, value, url: stack.base }]);
  // the tab knows it is signed in, as after signing in on the portal
  await page.addInitScript(() => sessionStorage.setItem("hc.portal.signedIn", "1"));
  return page;
}

/** A fresh browser context (its own cookies), logged in through the login screen. */
export async function loggedInPage(
  stack: Pick<Stack, "browser" | "base">,
  email: string,
  secret = password,
): Promise<Page> {
  const context = await stack.browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await page.goto(`${stack.base}/login`);
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("textbox", { name: "Password" }).fill(secret);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  return page;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe-core in the page (WCAG 2 A/AA rules) and fails with the list of violations, if any. */
export async function expectNoAxeViolations(page: Page) {
  // colours are judged once transitions have ended: a notification fading in is not yet its own colour
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== "running" || a.effect?.getComputedTiming().iterations === Infinity),
  );
  // evaluated through the debugging protocol: the app's Content-Security-Policy rightly refuses inline scripts
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: {
              id: string;
              help: string;
              nodes: { target: string[]; failureSummary?: string; html: string }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.html.slice(0, 120)} ${n.failureSummary ?? ""}`).join("; ")})`,
    );
  });
  expect(violations).toEqual([]);
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

/** The input of a picker (Mantine Select / Autocomplete), whatever its required marker. */
export const combobox = (page: Page, label: string) =>
  page.getByRole("combobox", { name: new RegExp(`^${label.replace(/[()]/g, "\\$&")}( \\*)?$`) });

/** Types into a searching picker and takes the option that matches. */
export async function pick(page: Page, label: string, typed: string, option: RegExp) {
  await combobox(page, label).click();
  await combobox(page, label).fill(typed);
  await page.getByRole("option", { name: option }).click();
}

/**
 * Opens a select and takes an option by its exact name. A dropdown that closes again while the page still
 * moves (a form growing below it) is opened again: at most five tries.
 */
export async function choose(page: Page, label: string, option: string) {
  const item = page.getByRole("option", { name: option, exact: true });
  for (let attempt = 1; ; attempt++) {
    try {
      if (!(await item.isVisible())) await combobox(page, label).click();
      await item.click({ timeout: 4_000 });
      return;
    } catch (error) {
      if (attempt === 5) throw error;
    }
  }
}

/** Waits until the case header shows the stage. */
export const stageIs = (page: Page, stage: string) =>
  expect
    .poll(() => page.getByText("Stage", { exact: true }).locator("xpath=..").textContent(), {
      timeout: 10_000,
    })
    .toContain(stage);

/** Opens a section of the case screen. */
export const section = (page: Page, name: string) => page.getByRole("tab", { name }).click();

/** A message of the product's catalogue in a language, by its file and path: words("bn", "cases", "plan.save"). */
export function words(language: string, file: string, path: string): string {
  const catalogue = JSON.parse(
    readFileSync(new URL(`../apps/web/src/i18n/locales/${language}/${file}.json`, import.meta.url), "utf8"),
  ) as Record<string, unknown>;
  // the errors' catalogue is flat, its keys dotted ("account.wrong_credentials")
  const found = Object.hasOwn(catalogue, path)
    ? catalogue[path]
    : path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], catalogue);
  if (typeof found !== "string") throw new Error(`no message ${file}.${path} in ${language}`);
  return found;
}

/** The text of a PDF, page after page. */
export async function pdfText(bytes: Buffer): Promise<string> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdf = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((i) => ("str" in i ? i.str : "")).join(" "));
  }
  return pages.join("\n");
}

/**
 * Clicks the button that downloads a PDF and keeps the file under `name` in the screenshots; its first page as
 * an image too, where poppler's pdftoppm is installed.
 */
export async function downloadPdf(
  page: Page,
  button: string,
  name: string,
): Promise<{ bytes: Buffer; fileName: string }> {
  const [download] = (await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    page.getByRole("button", { name: button }).click(),
  ])) as [Download, unknown];
  const path = await download.path();
  const file = join(screenshotDir, `${name}.pdf`);
  copyFileSync(path, file);
  if (spawnSync("pdftoppm", ["-v"]).status === 0)
    spawnSync("pdftoppm", [
      "-png",
      "-r",
      "70",
      "-f",
      "1",
      "-l",
      "1",
      "-singlefile",
      file,
      join(screenshotDir, `${name}-page1`),
    ]);
  return { bytes: readFileSync(path), fileName: download.suggestedFilename() };
}
