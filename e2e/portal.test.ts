import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs } from "../apps/server/test/world";
import { expectNoAxeViolations, phonePage, type Stack, screenshot, startStack, words } from "./support";

// A returnee on a phone, without an account, complains that the training centre turned him away, without
// giving his name; later he checks the answer with the reference he was given.

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

const phone = () => phonePage(stack);

const heading = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();
const carryOn = (page: Page) => page.getByRole("button", { name: "Continue" }).click();

describe("the returnee portal", () => {
  it("files an anonymous complaint one question a page, and reads its answer by the reference", async () => {
    const page = await phone();
    await page.goto(`${stack.base}/portal`);
    expect(await heading(page)).toBe("Help after coming home");
    await expectNoAxeViolations(page);
    await screenshot(page, "portal-home");
    // the portal never loads the staff workspace's code
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((r) => new URL(r.name).pathname),
    );
    expect(scripts.some((s) => s.includes("/assets/workspace-"))).toBe(false);

    await page.getByRole("link", { name: /Make a complaint or give feedback/ }).click();
    expect(await heading(page)).toBe("What do you want to do?");
    // nothing chosen: the problem at the top links to the question, and says so beside it too
    await carryOn(page);
    const summary = page.getByRole("alert");
    await expect.poll(() => summary.textContent()).toContain("Choose if you want to make a complaint");
    expect(await page.title()).toBe("Error: What do you want to do? – Homecoming");
    await expectNoAxeViolations(page);
    await screenshot(page, "portal-error");
    await summary.getByRole("link").click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("kind");

    await page.getByRole("radio", { name: /Make a complaint/ }).check();
    await carryOn(page);
    await page.getByRole("radio", { name: "A service I used or asked for" }).check();
    await carryOn(page);
    expect(await heading(page)).toBe("Which service?");
    await page.getByRole("searchbox", { name: "Which service?" }).fill("electrical");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("radio", { name: /Electrical installation course/ }).check();
    await carryOn(page);
    await page
      .getByRole("textbox", { name: "What happened?" })
      .fill("I was sent away twice from the electrical course without a reason.");
    await carryOn(page);
    await page.getByRole("radio", { name: "No, send it without my name" }).check();
    await carryOn(page);
    expect(await heading(page)).toBe("Where do you live?");
    await page.getByRole("searchbox", { name: "Where do you live?" }).fill("Dhaka");
    await page.getByRole("button", { name: "Search" }).click();
    await page
      .getByRole("radio", { name: /^Dhaka/ })
      .first()
      .check();
    await carryOn(page);

    expect(await heading(page)).toBe("Check your answers before sending");
    const answers = await page.locator(".summary").textContent();
    expect(answers).toContain("Electrical installation course");
    expect(answers).toContain("Not given");
    await expectNoAxeViolations(page);
    // a change goes back to its question and the answer is still there
    await page.getByRole("link", { name: "Change What happened" }).click();
    expect(await page.getByRole("textbox", { name: "What happened?" }).inputValue()).toContain(
      "sent away twice",
    );
    await page.goto(`${stack.base}/portal/feedback?step=check`);
    await page.getByRole("button", { name: "Send" }).click();

    await page.getByRole("heading", { name: "Sent" }).waitFor();
    const reference = (await page.locator(".reference").textContent())!;
    expect(reference).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(await page.getByRole("main").textContent()).toContain("MRC Dhaka will look into your complaint");
    await expectNoAxeViolations(page);
    await screenshot(page, "portal-sent");

    // MRC Dhaka answers it (in the workspace; here through the API)
    const mrc = await loginAs(stack.app, "case.dhaka@test.homecoming");
    const [item] = (await mrc.get(`/feedback?reference=${reference}`)).json().items;
    const answered = await mrc.post(`/feedback/${item.id}/answer`, {
      version: item.version,
      answer: "The centre will call you this week.",
    });
    expect(answered.statusCode, answered.body).toBe(200);

    await page.getByRole("link", { name: "Check what happened to it" }).click();
    await page.getByRole("textbox", { name: "What is your reference?" }).fill("0000-0000-0000");
    await page.getByRole("button", { name: "Check" }).click();
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain("There is nothing with this reference");
    // typed as people read it out: small letters and spaces
    await page
      .getByRole("textbox", { name: "What is your reference?" })
      .fill(reference.toLowerCase().replace(/-/g, " "));
    await page.getByRole("button", { name: "Check" }).click();
    await page.getByRole("heading", { name: `Reference ${reference}` }).waitFor();
    const main = (await page.getByRole("main").textContent())!;
    expect(main).toContain("Answered");
    expect(main).toContain("The centre will call you this week.");
    expect(main).not.toContain("sent away twice");
    await expectNoAxeViolations(page);
    await screenshot(page, "portal-status");
    await page.context().close();
  });

  it("speaks the returnee's language: Arabic right to left, chosen on the page and remembered, or given by a link", async () => {
    const page = await phone();
    await page.goto(`${stack.base}/portal`);
    await page.getByRole("button", { name: "العربية" }).click();
    const ar = (path: string) => words("ar", "portal", path);
    await expect.poll(() => heading(page)).toBe(ar("home.title"));
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      "ar",
      "rtl",
    ]);
    expect(await page.getByRole("button", { name: "العربية" }).getAttribute("aria-pressed")).toBe("true");
    // nothing sticks out sideways: a right-to-left phone page does not scroll left or right
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page);
    await screenshot(page, "portal-home-ar");

    // the first question in Arabic, its error in Arabic too
    await page.getByRole("link", { name: new RegExp(ar("home.feedback")) }).click();
    await expect.poll(() => heading(page)).toBe(ar("feedback.kind.question"));
    await page.getByRole("button", { name: ar("continue") }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain(ar("problem"));
    await expectNoAxeViolations(page);
    await screenshot(page, "portal-error-ar");

    // remembered: the next visit opens in Arabic
    await page.goto(`${stack.base}/portal/status`);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("ar");
    await page.context().close();

    // a link handed out in Bangla opens the portal in Bangla, in Bengali script
    const other = await phone();
    await other.goto(`${stack.base}/portal/?lang=bn`);
    await expect.poll(() => heading(other)).toBe(words("bn", "portal", "home.title"));
    expect(await other.evaluate(() => document.documentElement.dir)).toBe("ltr");
    await screenshot(other, "portal-home-bn");
    await other.context().close();
  });
});
