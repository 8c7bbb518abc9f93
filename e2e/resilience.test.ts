import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, password, personPayload } from "../apps/server/test/world";
import { loggedInPage, type Stack, section, startStack } from "./support";

let stack: Stack;
let caseId: string;
let otherCaseId: string;
const personName = "Nasima Akter";

async function openCase(givenName: string, familyName: string) {
  const client = await loginAs(stack.app, "case.dhaka@test.homecoming");
  const person = await client.post("/persons", personPayload({ givenName, familyName }));
  if (person.statusCode !== 201) throw new Error(`registering failed: ${person.body}`);
  const opened = await client.post("/cases", { personId: person.json().id });
  if (opened.statusCode !== 201) throw new Error(`opening failed: ${opened.body}`);
  return opened.json().id as string;
}

beforeAll(async () => {
  stack = await startStack();
  caseId = await openCase("Nasima", "Akter");
  otherCaseId = await openCase("Rubel", "Hossain");
}, 120_000);
afterAll(() => stack?.close());

/** What the focused element is, and whether the browser draws a focus indicator around it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: "", tag: "body", indicator: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== "none" && style.boxShadow !== "";
    const label = (el as HTMLInputElement).labels?.[0]?.textContent;
    return {
      name: (el.getAttribute("aria-label") ?? label ?? el.textContent ?? "").trim(),
      tag: el.tagName.toLowerCase(),
      indicator: outline || ring,
    };
  });

/** Presses Tab until the focused element's accessible text matches, failing after a bounded number of steps. */
async function tabTo(page: Page, name: RegExp, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (name.test(f.name)) {
      expect(f.indicator, `focus on "${f.name}" must be visible`).toBe(true);
      return f;
    }
  }
  throw new Error(`no focusable element matching ${name} within ${limit} presses of Tab`);
}

describe("keyboard only", () => {
  it("logs in, moves through the workspace, opens a case, works a form and a dialog without a mouse", async () => {
    const context = await stack.browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    await page.goto(`${stack.base}/login`);
    await page.getByRole("textbox", { name: "Email" }).waitFor();

    // the login form: Tab to each field, type, Enter submits
    await tabTo(page, /^Email/);
    await page.keyboard.type("case.dhaka@test.homecoming");
    await page.keyboard.press("Tab");
    await page.keyboard.type(password);
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));
    await page.getByRole("heading", { name: "My caseload by stage" }).waitFor();

    // the navigation is reachable by Tab and followed with Enter
    await tabTo(page, /^Cases$/);
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => u.pathname === "/cases");
    await page.getByRole("link", { name: new RegExp(personName) }).waitFor();

    // the case in the list, then the case screen's sections (vertical tabs) with the arrow keys
    await tabTo(page, new RegExp(personName), 80);
    await page.keyboard.press("Enter");
    await page.waitForURL(`**/cases/${caseId}`);
    await page.getByRole("tab", { name: "Timeline" }).waitFor();
    await page.getByRole("tab", { selected: true }).focus();
    expect((await focused(page)).indicator).toBe(true);
    const before = await page.getByRole("tab", { selected: true }).textContent();
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => page.getByRole("tab", { selected: true }).textContent()).not.toBe(before);

    // the follow-up section's hand-over form: fill and submit with keys only
    await section(page, "Hand over or close");
    await page.getByRole("tab", { name: "Hand over or close" }).focus();
    await tabTo(page, /^National service/);
    await page.keyboard.type("Department of Social Services");
    await tabTo(page, /^Hand over the case$/);
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.getByText("Stage", { exact: true }).locator("xpath=..").textContent(), {
        timeout: 10_000,
      })
      .toContain("Handed over");

    // a confirmation dialog opens with Enter, Escape closes it and focus comes back to the button that opened it
    await page.getByLabel("Reason for closing").first().focus();
    await page.keyboard.press("ArrowDown");
    await page.getByRole("option", { name: "Reintegrated" }).waitFor();
    await page.keyboard.press("Enter");
    await tabTo(page, /^Close the case…$/);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Close this case?" });
    await dialog.waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(async () => (await focused(page)).name).toBe("Close the case…");
    await context.close();
  });
});

describe("failures never lose work", () => {
  it("shows a retry when the network fails and loads the list when it is back", async () => {
    const page = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await page.route("**/api/v1/cases?**", (route) => route.abort("internetdisconnected"));
    await page.goto(`${stack.base}/cases`);
    const alert = page.getByRole("alert").filter({ hasText: "could not be reached" });
    await alert.waitFor({ timeout: 15_000 });
    await page.unroute("**/api/v1/cases?**");
    await alert.getByRole("button", { name: "Try again" }).click();
    await page.getByRole("link", { name: new RegExp(personName) }).waitFor();
    await page.context().close();
  });

  it("keeps what was typed when a save fails and saves it on the next try", async () => {
    const page = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await page.goto(`${stack.base}/cases/${otherCaseId}`);
    await section(page, "Plan");
    await page.getByRole("button", { name: "Add a goal" }).click();
    await page.getByRole("textbox", { name: "Goal", exact: true }).fill("Open a mobile repair shop");
    await page.getByRole("textbox", { name: "Action", exact: true }).fill("Small business training");
    await page.route("**/api/v1/cases/*/plan", (route) => route.abort("internetdisconnected"));
    await page.getByRole("button", { name: "Save plan" }).click();
    await page.getByRole("alert").filter({ hasText: "could not be reached" }).waitFor();
    expect(await page.getByRole("textbox", { name: "Goal", exact: true }).inputValue()).toBe(
      "Open a mobile repair shop",
    );
    expect(await page.getByRole("textbox", { name: "Action", exact: true }).inputValue()).toBe(
      "Small business training",
    );
    await page.unroute("**/api/v1/cases/*/plan");
    await page.getByRole("button", { name: "Save plan" }).click();
    await page.getByText("Plan saved.").waitFor();
    const client = await loginAs(stack.app, "case.dhaka@test.homecoming");
    const plan = (await client.get(`/cases/${otherCaseId}/plan`)).json();
    expect(JSON.stringify(plan)).toContain("Open a mobile repair shop");
    await page.context().close();
  });
});
