import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, loggedInPage, type Stack, screenshot, startStack } from "./support";

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

const cardTitles = (page: import("playwright-core").Page) =>
  page.getByRole("main").getByRole("link").filter({ hasNotText: "Back" }).allTextContents();

describe("the service directory", () => {
  it("searches by text, filters by need and area, and opens a service", async () => {
    const page = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await page.goto(`${stack.base}/directory`);
    await page.getByRole("link", { name: "Reintegration loan" }).waitFor();
    await expect
      .poll(() => cardTitles(page).then((t) => t.sort()))
      .toEqual([
        "Electrical installation course",
        "Recognition of prior learning: construction trades",
        "Reintegration loan",
      ]);
    await expectNoAxeViolations(page);
    await screenshot(page, "directory");

    await page.getByRole("textbox", { name: "Search by name or description" }).fill("loan");
    await expect.poll(() => cardTitles(page)).toEqual(["Reintegration loan"]);
    await page.getByRole("textbox", { name: "Search by name or description" }).fill("");

    await page.getByLabel("Need (category)", { exact: true }).first().click();
    await page.getByRole("option", { name: "Vocational training" }).click();
    await expect.poll(() => cardTitles(page)).toEqual(["Electrical installation course"]);
    expect(new URL(page.url()).searchParams.get("category")).toBe("econ.vocational_training");

    // area: the loan (nationwide) and the course (Dhaka division) reach Dhaka district; clearing the need shows both
    await page.getByLabel("Need (category)", { exact: true }).first().click();
    await page.getByRole("option", { name: "All of Economic" }).click();
    await page.getByLabel("Area served", { exact: true }).first().fill("Dhaka");
    await page.getByRole("option", { name: /\(BD3026\)/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("area")).toBe("BD3026");
    await expect.poll(() => cardTitles(page).then((t) => t.length)).toBe(3);

    await page.getByRole("link", { name: "Electrical installation course" }).click();
    await page.getByRole("heading", { name: "Electrical installation course" }).waitFor();
    expect(await page.getByRole("main").textContent()).toContain("Dhaka Technical Training Centre");
    // a case manager reads the directory but does not edit it
    expect(await page.getByRole("button", { name: "Edit" }).count()).toBe(0);
    await page.context().close();
  });

  it("lets an administrator edit a service and shows a bad field's message beside it", async () => {
    const page = await loggedInPage(stack, "admin@test.homecoming");
    await page.goto(`${stack.base}/directory/${stack.world.services.training.id}`);
    await page.getByRole("button", { name: "Edit" }).click();
    const website = page.getByRole("textbox", { name: "Website" });
    await website.fill("not a web address");
    await page.getByRole("textbox", { name: "Cost" }).fill("Free for returnees");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => website.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await website.getAttribute("aria-describedby")) ?? "";
    const errorText = await page
      .locator(`[id="${describedBy.split(" ").find((id) => id.includes("error"))}"]`)
      .textContent();
    expect(errorText).toContain("must be a URL");
    // nothing typed is lost
    expect(await page.getByRole("textbox", { name: "Cost" }).inputValue()).toBe("Free for returnees");

    await website.fill("https://tvet.example.org");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("button", { name: "Edit" }).waitFor();
    await expect.poll(() => page.getByRole("main").textContent()).toContain("Free for returnees");
    await page.context().close();
  });

  it("lets an administrator manage organisations and users", async () => {
    const page = await loggedInPage(stack, "admin@test.homecoming");
    await page.goto(`${stack.base}/admin`);
    await page.getByRole("cell", { name: "MRC Erbil", exact: true }).waitFor();
    await page.getByRole("tab", { name: "Users" }).click();
    await page.getByLabel("Organisation", { exact: true }).first().click();
    await page.getByRole("option", { name: "MRC Dhaka" }).click();
    await page.getByRole("cell", { name: "case.dhaka@test.homecoming", exact: true }).waitFor();
    await page.getByRole("button", { name: "New user" }).click();
    const dialog = page.getByRole("dialog", { name: "New user" });
    await dialog.getByRole("textbox", { name: "Email" }).fill("new.counsellor@test.homecoming");
    await dialog.getByRole("textbox", { name: "Name" }).fill("Nasrin Akter");
    await dialog.locator('input[type="password"]').fill("short");
    await dialog.getByRole("combobox", { name: /Roles/ }).click({ force: true });
    await page.getByRole("option", { name: "Counsellor" }).click();
    await page.keyboard.press("Escape");
    await dialog.getByRole("button", { name: "New user" }).click();
    await expect.poll(() => dialog.getByText(/at least 12 characters/).count()).toBeGreaterThan(0);
    await dialog.locator('input[type="password"]').fill("a-long-enough-password");
    await dialog.getByRole("button", { name: "New user" }).click();
    await dialog.waitFor({ state: "hidden" });
    const row = page.getByRole("row").filter({ hasText: "new.counsellor@test.homecoming" });
    await row.waitFor();
    expect(await row.textContent()).toContain("Counsellor");
    await screenshot(page, "admin");
    await row.getByRole("button", { name: "Deactivate Nasrin Akter?" }).click();
    await page
      .getByRole("dialog", { name: "Deactivate Nasrin Akter?" })
      .getByRole("button", { name: "Deactivate" })
      .click();
    await expect.poll(() => row.textContent()).toContain("Inactive");
  });
});
