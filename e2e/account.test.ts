import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { password } from "../apps/server/test/world";
import { expectNoAxeViolations, loggedInPage, type Stack, screenshot, startStack } from "./support";

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

/** Failed logins from many places locked the account (the server's tests show them doing it). */
async function lock(email: string) {
  await stack.database.db.execute(
    sql`insert into login_attempts (email, client, failures, last_failure_at, locked_at)
        values (${email}, '*', 30, now(), now())`,
  );
}

describe("a user's own account", () => {
  it("makes recovery codes, and with one sets a new password when failed logins locked the account", async () => {
    const email = "provider.tvet@test.homecoming";
    const page = await loggedInPage(stack, email);
    // the user's name in the header leads to their account
    await page.getByRole("link", { name: /Dhaka Technical Training Centre/ }).click();
    await page.getByRole("heading", { name: "Your account" }).waitFor();
    await expect
      .poll(() => page.getByTestId("recovery-codes-status").textContent())
      .toContain("no recovery codes");
    await page.getByRole("button", { name: "Make recovery codes" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: "Password" }).fill("not-my-password");
    await dialog.getByRole("button", { name: "Make recovery codes" }).click();
    await expect.poll(() => dialog.getByText("This is not your current password").count()).toBe(1);
    await dialog.getByRole("textbox", { name: "Password" }).fill(password);
    await dialog.getByRole("button", { name: "Make recovery codes" }).click();
    await page.getByText("Your new recovery codes: save them now").waitFor();
    const codes = await page.locator("li code").allTextContents();
    expect(codes).toHaveLength(10);
    await expectNoAxeViolations(page);
    await screenshot(page, "account-recovery-codes");
    await page.getByRole("button", { name: "I have saved them" }).click();
    await expect
      .poll(() => page.getByTestId("recovery-codes-status").textContent())
      .toContain("10 unused codes left");
    await page.getByRole("button", { name: "Log out" }).click();
    await page.waitForURL(/\/login/);

    await lock(email);
    await page.getByRole("textbox", { name: "Email" }).fill(email);
    await page.getByRole("textbox", { name: "Password" }).fill(password);
    await page.getByRole("button", { name: "Log in" }).click();
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain("locked after many failed logins");

    await page.getByRole("link", { name: "Forgot your password, or locked out?" }).click();
    await page.waitForURL(/\/recover/);
    await page.getByRole("heading", { name: "Set a new password" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("textbox", { name: "Email" }).fill(email);
    await page.getByRole("textbox", { name: "Recovery code" }).fill(codes[0]!.toLowerCase());
    await page
      .getByRole("textbox", { name: "New password", exact: true })
      .fill("Lantern quietly orbits 7 mangoes");
    await page.getByRole("textbox", { name: "New password again" }).fill("Lantern quietly orbits 7 mangoes");
    await screenshot(page, "recover");
    await page.getByRole("button", { name: "Set new password and log in" }).click();
    await page.waitForURL(/\/account\?recovered=1/);
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain("Your new password is set");
    await expect
      .poll(() => page.getByTestId("recovery-codes-status").textContent())
      .toContain("9 unused codes left");
    await page.context().close();
  });

  it("changes the password, naming a wrong current one beside its field", async () => {
    const page = await loggedInPage(stack, "case.erbil@test.homecoming");
    await page.goto(`${stack.base}/account`);
    await page.getByRole("textbox", { name: "Current password" }).fill("not-my-password");
    await page
      .getByRole("textbox", { name: "New password", exact: true })
      .fill("Seven herons argue about teal kettles");
    await page
      .getByRole("textbox", { name: "New password again" })
      .fill("Seven herons argue about teal kettles");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect.poll(() => page.getByText("This is not your current password").count()).toBe(1);
    await page.getByRole("textbox", { name: "Current password" }).fill(password);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain("Your password is changed");
    await page.context().close();
  });
});

describe("an administrator", () => {
  it("sees an account that failed logins locked and unlocks it", async () => {
    await lock("counsellor.dhaka@test.homecoming");
    const page = await loggedInPage(stack, "admin@test.homecoming");
    await page.goto(`${stack.base}/admin?tab=users&organisation=${stack.world.orgs.mrcDhaka.id}`);
    const row = page.getByRole("row").filter({ hasText: "counsellor.dhaka@test.homecoming" });
    await row.getByText("Locked").waitFor();
    await expectNoAxeViolations(page);
    await row.getByRole("button", { name: /^Unlock/ }).click();
    await expect.poll(() => row.getByText("Locked").count()).toBe(0);
    await page.context().close();
    // the owner is back in
    await (await loggedInPage(stack, "counsellor.dhaka@test.homecoming")).context().close();
  });
});
