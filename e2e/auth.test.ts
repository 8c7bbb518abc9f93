import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { password } from "../apps/server/test/world";
import { expectNoAxeViolations, loggedInPage, type Stack, screenshot, startStack } from "./support";

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

describe("logging in and out", () => {
  it("shows the login screen without accessibility violations, refuses a wrong password and names why", async () => {
    const page = await (await stack.browser.newContext()).newPage();
    await page.goto(`${stack.base}/`);
    await page.waitForURL(/\/login/);
    await expectNoAxeViolations(page);
    await screenshot(page, "login");
    await page.getByRole("textbox", { name: "Email" }).fill("case.dhaka@test.homecoming");
    await page.getByRole("textbox", { name: "Password" }).fill("not-the-password");
    await page.getByRole("button", { name: "Log in" }).click();
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain("Email or password is not correct");
    await expect
      .poll(() => page.getByRole("textbox", { name: "Email" }).inputValue())
      .toBe("case.dhaka@test.homecoming");
  });

  it("returns to the page asked for after logging in, and back to login after logging out", async () => {
    const page = await (await stack.browser.newContext()).newPage();
    await page.goto(`${stack.base}/directory?q=course`);
    await page.waitForURL(/\/login\?next=/);
    await page.getByRole("textbox", { name: "Email" }).fill("case.dhaka@test.homecoming");
    await page.getByRole("textbox", { name: "Password" }).fill(password);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.waitForURL((url) => url.pathname === "/directory" && url.search === "?q=course");
    await page.getByRole("button", { name: "Log out" }).click();
    await page.waitForURL(/\/login\?loggedOut=1/);
    await page.goto(`${stack.base}/`);
    await page.waitForURL(/\/login/);
  });

  it("sends an expired session back to login and then to where the user was", async () => {
    const page = await loggedInPage(stack, "counsellor.dhaka@test.homecoming");
    await page.goto(`${stack.base}/`);
    await page.getByRole("heading", { name: "Welcome, Rafiq Islam" }).waitFor();
    await page.context().clearCookies();
    await page.reload();
    await page.waitForURL(/\/login/);
    await page.getByRole("textbox", { name: "Email" }).fill("counsellor.dhaka@test.homecoming");
    await page.getByRole("textbox", { name: "Password" }).fill(password);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByRole("heading", { name: "Welcome, Rafiq Islam" }).waitFor();
  });

  it("switches the layout to right-to-left for Arabic and keeps the choice", async () => {
    const page = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await page.getByLabel("Language").first().click();
    await page.getByRole("option", { name: "العربية" }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe("rtl");
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe("rtl");
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("ar");
    await screenshot(page, "home-rtl");
  });
});
