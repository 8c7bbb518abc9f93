import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs } from "../apps/server/test/world";
import {
  choose,
  combobox,
  expectNoAxeViolations,
  loggedInPage,
  pick,
  type Stack,
  screenshot,
  startStack,
} from "./support";

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

/** The names of the services listed, each card's link to its service. */
const cardTitles = (page: import("playwright-core").Page) =>
  page.getByRole("main").locator('.mantine-Card-root a[href^="/directory/"]').allTextContents();

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
    expect(errorText).toContain("Enter a web address, such as https://example.org");
    // nothing typed is lost
    expect(await page.getByRole("textbox", { name: "Cost" }).inputValue()).toBe("Free for returnees");

    await website.fill("https://tvet.example.org");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("button", { name: "Edit" }).waitFor();
    await expect.poll(() => page.getByRole("main").textContent()).toContain("Free for returnees");
    await page.context().close();
  });

  it("lets an administrator give a service its words in Bangla, which the portal shows in Bangla", async () => {
    const id = stack.world.services.rpl.id;
    const page = await loggedInPage(stack, "admin@test.homecoming");
    await page.goto(`${stack.base}/directory/${id}`);
    await page.getByRole("button", { name: "Edit" }).click();
    await page.getByRole("button", { name: "Show the languages" }).click();
    await page.getByRole("tab", { name: "বাংলা" }).click();
    await page.getByRole("textbox", { name: "Name (বাংলা)" }).fill("আগের দক্ষতার স্বীকৃতি: নির্মাণ কাজ");
    await page.getByRole("textbox", { name: "Cost (বাংলা)" }).fill("বিনামূল্যে");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("button", { name: "Edit" }).waitFor();
    const card = await stack.app.inject({
      method: "GET",
      url: `/api/v1/portal/help/services/${id}?language=bn`,
    });
    expect(card.json()).toMatchObject({ name: "আগের দক্ষতার স্বীকৃতি: নির্মাণ কাজ", cost: "বিনামূল্যে" });
    await page.getByRole("button", { name: "Edit" }).click();
    await page.getByRole("button", { name: "Show the languages" }).click();
    await expect.poll(() => page.getByRole("tab", { name: "বাংলা ✓" }).count()).toBe(1);
    await page.context().close();
  });

  it("keeps a change saved meanwhile by someone else: the later save is refused, nothing typed is lost", async () => {
    const id = stack.world.services.loan.id;
    const page = await loggedInPage(stack, "admin@test.homecoming");
    await page.goto(`${stack.base}/directory/${id}`);
    await page.getByRole("button", { name: "Edit" }).click();
    await page.getByRole("textbox", { name: "Cost" }).fill("No fee");

    // the bank changes its own service while the administrator types
    const bank = await loginAs(stack.app, "provider.bank@test.homecoming");
    const current = (await bank.get(`/services/${id}`)).json();
    const theirs = await bank.patch(`/services/${id}`, { capacity: 7, version: current.version });
    expect(theirs.statusCode).toBe(200);

    await page.getByRole("button", { name: "Save changes" }).click();
    await expect
      .poll(() => page.getByRole("alert").allTextContents())
      .toContainEqual(expect.stringContaining("changed by someone else"));
    expect(await page.getByRole("textbox", { name: "Cost" }).inputValue()).toBe("No fee");
    expect((await bank.get(`/services/${id}`)).json()).toMatchObject({ capacity: 7, cost: current.cost });

    // saved again, it starts from the bank's version
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("button", { name: "Edit" }).waitFor();
    expect((await bank.get(`/services/${id}`)).json()).toMatchObject({ cost: "No fee" });
    await page.context().close();
  });

  it("lets an administrator choose areas and languages by name and shows them by name on the service", async () => {
    const page = await loggedInPage(stack, "admin@test.homecoming");
    await page.goto(`${stack.base}/directory/${stack.world.services.rpl.id}`);
    await page.getByRole("heading", { name: "Recognition of prior learning: construction trades" }).waitFor();
    const main = page.getByRole("main");
    await expect.poll(() => main.textContent()).toContain("Dhaka (BD3026)");
    await expect.poll(() => main.textContent()).toContain("Bengali, English");
    await page.getByRole("button", { name: "Edit" }).click();

    // what the service already has shows by name
    const areas = page.locator(".mantine-MultiSelect-root").filter({ has: combobox(page, "Areas served") });
    const languages = page.locator(".mantine-MultiSelect-root").filter({ has: combobox(page, "Languages") });
    await expect
      .poll(() => areas.locator(".mantine-Pill-label").allTextContents())
      .toEqual(["Dhaka (BD3026)"]);
    await expect
      .poll(() => languages.locator(".mantine-Pill-label").allTextContents())
      .toEqual(["Bengali", "English"]);

    await pick(page, "Areas served", "Gazipur", /^Gazipur, Dhaka \(BD\d+\)$/);
    await pick(page, "Areas served", "pakistan", /^Pakistan, whole country \(PK\)$/);
    await pick(page, "Languages", "Hin", /^Hindi$/);
    await page.keyboard.press("Escape");
    await expect
      .poll(() => areas.locator(".mantine-Pill-label").allTextContents())
      .toEqual([
        "Dhaka (BD3026)",
        expect.stringMatching(/^Gazipur, Dhaka \(BD\d+\)$/),
        "Pakistan, whole country (PK)",
      ]);
    await expectNoAxeViolations(page);
    await screenshot(page, "service-form");

    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("button", { name: "Edit" }).waitFor();
    await expect.poll(() => main.textContent()).toMatch(/Gazipur, Dhaka \(BD\d+\)/);
    const text = (await main.textContent()) ?? "";
    expect(text).toContain("Pakistan, whole country (PK)");
    expect(text).toContain("Bengali, English, Hindi");
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it("orders the directory as chosen, by mouse or keyboard, and keeps the order in the address", async () => {
    const page = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await page.goto(`${stack.base}/directory?offset=12`);
    const training = "Electrical installation course";
    const rpl = "Recognition of prior learning: construction trades";
    const loan = "Reintegration loan";
    // offset 12 is past the end of three services: the sort below must start again from the first page
    await page.getByText("No service matches these filters.").waitFor();
    await choose(page, "Sort by", "Name, Z to A");
    await expect.poll(() => cardTitles(page)).toEqual([loan, rpl, training]);
    const url = new URL(page.url());
    expect(url.searchParams.get("sort")).toBe("-name");
    expect(url.searchParams.get("offset")).toBeNull();

    // in taxonomy order: skills recognition, vocational training, then finance
    await combobox(page, "Sort by").focus();
    await page.keyboard.press("ArrowDown");
    await page.getByRole("option", { name: "Category" }).waitFor();
    const highlighted = page.locator("[data-combobox-selected]");
    for (let i = 0; i < 6 && (await highlighted.textContent()) !== "Category"; i++) {
      await page.keyboard.press("ArrowDown");
    }
    await page.keyboard.press("Enter");
    await expect.poll(() => cardTitles(page)).toEqual([rpl, training, loan]);
    expect(new URL(page.url()).searchParams.get("sort")).toBe("category");

    await page.reload();
    await expect.poll(() => cardTitles(page)).toEqual([rpl, training, loan]);
    expect(await combobox(page, "Sort by").inputValue()).toBe("Category");
    await expectNoAxeViolations(page);

    // an area taken from the address shows by its name
    await page.goto(`${stack.base}/directory?area=BD3026&sort=-name`);
    await expect.poll(() => combobox(page, "Area served").inputValue()).toBe("Dhaka (BD3026)");
    await expect.poll(() => cardTitles(page)).toEqual([loan, rpl, training]);
    await page.context().close();
  });

  it("lets an administrator add a service for an organisation found by name", async () => {
    const page = await loggedInPage(stack, "admin@test.homecoming");
    await page.goto(`${stack.base}/directory/new`);
    await pick(page, "Providing organisation", "kallyan", /^Probashi Kallyan Bank$/);
    await page.getByRole("textbox", { name: "Name" }).fill("Savings scheme for returnees");
    await choose(page, "Category", "Finance");
    await pick(page, "Areas served", "Chitta", /^Chittagong \(BD20\)$/);
    await pick(page, "Languages", "urdu", /^Urdu$/);
    await page.keyboard.press("Escape");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Create service" }).click();
    await page.getByRole("heading", { name: "Savings scheme for returnees" }).waitFor();
    const main = page.getByRole("main");
    await expect.poll(() => main.textContent()).toContain("Probashi Kallyan Bank");
    const text = (await main.textContent()) ?? "";
    expect(text).toContain("Chittagong (BD20)");
    expect(text).toContain("Languages: Urdu");
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
