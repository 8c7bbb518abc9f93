import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeSentTo, returneePassword } from "../apps/server/test/returnee";
import {
  expectNoAxeViolations,
  loggedInPage,
  phonePage,
  type Stack,
  screenshot,
  startStack,
  words,
} from "./support";

// A woman back from Saudi Arabia registers herself on her phone, in Bangla: her number, a password, the code
// the centre's outbox holds, her consent in plain words and a short profile. The MRC of Dhaka finds her
// among its self-registrations and confirms her; her account then says so. Later she signs in in Arabic.

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

const phone = () => phonePage(stack);

const heading = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();
const bn = (path: string) => words("bn", "portal", path);
const ar = (path: string) => words("ar", "portal", path);

const number = "+8801716500123";

describe("a returnee's own account", () => {
  it("registers a returnee in Bangla, one question a page, and the MRC confirms her", async () => {
    const page = await phone();
    await page.goto(`${stack.base}/portal/?lang=bn`);
    await page.getByRole("link", { name: new RegExp(bn("home.register")) }).click();
    await expect.poll(() => heading(page)).toBe(bn("account.phone.question"));
    expect(await page.getByRole("combobox", { name: bn("account.phone.country") }).inputValue()).toBe("BD");
    await expectNoAxeViolations(page);
    const carryOn = () => page.getByRole("button", { name: bn("continue") }).click();

    // nothing typed: the problem is at the top and beside the field
    await carryOn();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain(bn("account.phone.required"));
    await page.getByRole("textbox", { name: bn("account.phone.number") }).fill("01716-500123");
    await carryOn();
    expect(await heading(page)).toBe(bn("account.password.question"));
    await page.getByLabel(bn("account.password.question")).fill(returneePassword);
    await carryOn();

    await expect.poll(() => heading(page)).toBe(bn("account.code.question"));
    const code = await codeSentTo(stack.database.db, number);
    await page.getByRole("textbox", { name: bn("account.code.label") }).fill(code);
    await expectNoAxeViolations(page);
    await carryOn();

    await expect.poll(() => heading(page)).toBe(bn("account.consent.title"));
    await expectNoAxeViolations(page);
    await screenshot(page, "portal-consent-bn");
    await carryOn();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain(bn("account.consent.required"));
    await page.getByRole("checkbox", { name: bn("account.consent.agree") }).check();
    await carryOn();

    expect(await heading(page)).toBe(bn("account.name.question"));
    await page.getByRole("textbox", { name: bn("account.name.given"), exact: true }).fill("Rokeya");
    await page.getByRole("textbox", { name: bn("account.name.family"), exact: true }).fill("Khatun");
    await page.getByRole("textbox", { name: bn("account.name.native"), exact: true }).fill("রোকেয়া খাতুন");
    await carryOn();
    await page.getByRole("textbox", { name: bn("account.born.year") }).fill("1990");
    await page.getByRole("radio", { name: bn("account.born.female") }).check();
    await carryOn();
    expect(await heading(page)).toBe(bn("account.district.question"));
    await page.getByRole("searchbox", { name: bn("account.district.question") }).fill("Dhaka");
    await page.getByRole("button", { name: bn("search") }).click();
    await page
      .getByRole("radio", { name: /^Dhaka/ })
      .first()
      .check();
    await carryOn();
    await page.getByRole("combobox", { name: bn("account.abroad.country") }).selectOption("SA");
    await page.getByRole("textbox", { name: bn("account.abroad.year") }).fill("2025");
    await carryOn();
    await page.getByRole("radio", { name: bn("account.how.forced") }).check();
    await carryOn();
    await page.getByRole("checkbox", { name: bn("needs.job") }).check();
    await page.getByRole("checkbox", { name: bn("needs.debt") }).check();
    await carryOn();

    expect(await heading(page)).toBe(bn("account.check.title"));
    const summary = await page.locator(".summary").textContent();
    expect(summary).toContain("Rokeya Khatun");
    expect(summary).toContain(bn("needs.debt"));
    await expectNoAxeViolations(page);
    await screenshot(page, "portal-register-check-bn");
    await page.getByRole("button", { name: bn("account.check.send") }).click();
    await expect.poll(() => heading(page)).toBe(bn("account.done.title").replace("{{centre}}", "MRC Dhaka"));

    // the MRC of Dhaka confirms her
    const staff = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await staff.goto(`${stack.base}/self-registrations`);
    const row = staff.getByRole("row", { name: /Rokeya Khatun/ });
    await expect.poll(() => row.textContent()).toContain("A job");
    await expectNoAxeViolations(staff);
    await row.getByRole("button", { name: /Confirm the registration of Rokeya Khatun/ }).click();
    await staff.getByRole("dialog").getByRole("button", { name: "Confirm" }).click();
    await expect.poll(() => staff.getByRole("row", { name: /Rokeya Khatun/ }).count()).toBe(0);

    await page.goto(`${stack.base}/portal/account`);
    await expect.poll(() => heading(page)).toBe(bn("account.mine.title"));
    await expect.poll(() => page.locator(".summary").last().textContent()).toContain("MRC Dhaka");
    expect(await page.locator(".summary").last().textContent()).not.toContain(bn("account.mine.waiting"));
    await expectNoAxeViolations(page);
  });

  it("signs in right to left in Arabic, with the errors and the account clean for axe", async () => {
    const page = await phone();
    await page.goto(`${stack.base}/portal/sign-in?lang=ar`);
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe("rtl");
    await expect.poll(() => heading(page)).toBe(ar("account.signInPage.title"));
    await page.getByRole("textbox", { name: ar("account.phone.number") }).fill("01716500123");
    await page.getByLabel(ar("account.password.label")).fill("not-the-password-at-all");
    await page.getByRole("combobox", { name: ar("account.phone.country") }).selectOption("BD");
    await page.getByRole("button", { name: ar("account.signInPage.submit") }).click();
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain(words("ar", "errors", "account.wrong_credentials"));
    await expectNoAxeViolations(page);
    // right to left, with nothing to scroll sideways at 360 pixels
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, "portal-sign-in-ar");

    await page.getByLabel(ar("account.password.label")).fill(returneePassword);
    await page.getByRole("button", { name: ar("account.signInPage.submit") }).click();
    await expect.poll(() => heading(page)).toBe(ar("account.mine.title"));
    await expectNoAxeViolations(page);

    // she asks to be called back in the evening; MRC Dhaka calls and marks it
    await page.getByRole("radio", { name: ar("case.callBack.times.evening") }).check();
    await page.getByRole("textbox", { name: ar("case.callBack.note") }).fill("عن القرض");
    await page.getByRole("button", { name: ar("case.callBack.submit") }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("MRC Dhaka");
    await expectNoAxeViolations(page);
    const staff = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await staff.goto(`${stack.base}/call-backs`);
    const row = staff.getByRole("row", { name: /Rokeya Khatun/ });
    await expect.poll(() => row.textContent()).toContain("Evening");
    expect(await row.textContent()).toContain("عن القرض");
    await expectNoAxeViolations(staff);
    await row.getByRole("button", { name: "Mark as called: Rokeya Khatun" }).click();
    await expect.poll(() => staff.getByRole("row", { name: /Rokeya Khatun/ }).count()).toBe(0);
    await page.reload();
    await expect.poll(() => page.getByRole("button", { name: ar("case.callBack.submit") }).count()).toBe(1);

    await page.getByRole("button", { name: ar("account.mine.signOut") }).click();
    await expect.poll(() => page.getByRole("link", { name: ar("account.signIn") }).count()).toBe(1);
  });
});
