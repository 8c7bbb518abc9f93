import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs } from "../apps/server/test/world";
import {
  choose,
  combobox,
  expectNoAxeViolations,
  loggedInPage,
  type Stack,
  screenshot,
  startStack,
} from "./support";

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

/** The first cell of every row of the list on screen. */
const firstColumn = (page: Page) => page.locator("tbody tr td:first-child").allTextContents();
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

describe("administration lists", () => {
  it("finds organisations by a part of their name, whatever its accents, and sorts them", async () => {
    const page = await loggedInPage(stack, "admin@test.homecoming");
    await page.goto(`${stack.base}/admin`);
    await page.getByRole("cell", { name: "MRC Erbil", exact: true }).waitFor();
    await expect
      .poll(() => firstColumn(page))
      .toEqual([
        "Dhaka Garments Ltd",
        "Dhaka Technical Training Centre",
        "Ministry of Expatriates' Welfare",
        "MRC Dhaka",
        "MRC Erbil",
        "Probashi Kallyan Bank",
      ]);

    const search = page.getByRole("searchbox", { name: "Search by name" });
    await search.fill("mrc");
    await expect.poll(() => firstColumn(page)).toEqual(["MRC Dhaka", "MRC Erbil"]);
    await choose(page, "Sort by", "Name, Z to A");
    await expect.poll(() => firstColumn(page)).toEqual(["MRC Erbil", "MRC Dhaka"]);
    expect(param(page, "sort")).toBe("-name");
    expect(param(page, "q")).toBe("mrc");

    await search.fill("ÉRBIL");
    await expect.poll(() => firstColumn(page)).toEqual(["MRC Erbil"]);
    await search.fill("no such organisation");
    await expect.poll(() => firstColumn(page)).toEqual(["No organisation matches"]);
    await search.fill("");

    await choose(page, "Sort by", "Kind");
    await expect
      .poll(() => firstColumn(page))
      .toEqual([
        "Dhaka Garments Ltd",
        "Ministry of Expatriates' Welfare",
        "MRC Dhaka",
        "MRC Erbil",
        "Dhaka Technical Training Centre",
        "Probashi Kallyan Bank",
      ]);
    await page.reload();
    await expect.poll(() => combobox(page, "Sort by").inputValue()).toBe("Kind");
    await expect.poll(() => firstColumn(page).then((names) => names[0])).toBe("Dhaka Garments Ltd");
    await expectNoAxeViolations(page);
    await screenshot(page, "admin-organisations");
    await page.context().close();
  });

  it("lists an organisation's users in the order chosen with the keyboard, kept in the address", async () => {
    const page = await loggedInPage(stack, "admin@test.homecoming");
    await page.goto(`${stack.base}/admin?tab=users`);
    await combobox(page, "Organisation").fill("dhaka");
    await page.getByRole("option", { name: "MRC Dhaka", exact: true }).click();
    await expect.poll(() => firstColumn(page)).toEqual(["Farida Akter", "Rafiq Islam"]);
    expect(param(page, "organisation")).toBe(stack.world.orgs.mrcDhaka.id);

    await combobox(page, "Sort by").focus();
    await page.keyboard.press("ArrowDown");
    await page.getByRole("option", { name: "Name, Z to A" }).waitFor();
    const highlighted = page.locator("[data-combobox-selected]");
    for (let i = 0; i < 5 && (await highlighted.textContent()) !== "Name, Z to A"; i++) {
      await page.keyboard.press("ArrowDown");
    }
    await page.keyboard.press("Enter");
    await expect.poll(() => firstColumn(page)).toEqual(["Rafiq Islam", "Farida Akter"]);
    expect(param(page, "sort")).toBe("-name");

    await page.reload();
    await expect.poll(() => combobox(page, "Organisation").inputValue()).toBe("MRC Dhaka");
    await expect.poll(() => firstColumn(page)).toEqual(["Rafiq Islam", "Farida Akter"]);
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});

describe("the sustainability survey", () => {
  it("is edited by an administrator, its mistakes named beside the input, and saved as the next version", async () => {
    const page = await loggedInPage(stack, "admin@test.homecoming");
    await page.goto(`${stack.base}/admin?tab=survey`);
    await page.getByRole("heading", { name: "Version 1 in use" }).waitFor();

    // two answers with one code are refused, and the server's message lands under the second
    const housing = page.getByRole("table", { name: "Answers of housing and their scores" });
    const secondCode = housing.getByRole("textbox", { name: "Code of answer 2" });
    await secondCode.fill("secure");
    await page.getByRole("button", { name: "Save as version 2" }).click();
    await housing.getByText("the answer option secure appears twice").waitFor();
    await secondCode.fill("insecure");

    // a question in Bangla, and a new answer that does not apply
    await combobox(page, "Texts in").click();
    await page.getByRole("option", { name: "বাংলা" }).click();
    const housingQuestion = page
      .getByRole("textbox", { name: "Question" })
      .and(page.locator('[placeholder="How adequate is the returnee\'s housing?"]'));
    await housingQuestion.fill("বাসস্থান কতটা উপযুক্ত?");
    await combobox(page, "Texts in").click();
    await page.getByRole("option", { name: "English" }).click();
    await page.getByRole("button", { name: "Add an answer" }).nth(5).click();
    await housing.getByRole("textbox", { name: "Code of answer 5" }).fill("shelter");
    await housing.getByRole("textbox", { name: "Answer 5", exact: true }).fill("In a shelter");
    await housing.getByRole("checkbox", { name: "Answer 5 does not apply (no score)" }).check();
    await page
      .getByRole("textbox", { name: "What changed" })
      .fill("Housing asked in Bangla; shelters not scored");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Save as version 2" }).click();
    await page.getByRole("heading", { name: "Version 2 in use" }).waitFor();
    await page.getByRole("cell", { name: "Housing asked in Bangla; shelters not scored" }).waitFor();
    await page.getByRole("cell", { name: "Shipped with Homecoming" }).waitFor();

    const api = await loginAs(stack.app, "case.dhaka@test.homecoming");
    const survey = (await api.get("/surveys/sustainability")).json();
    const saved = survey.definition.dimensions[1].indicators[0];
    expect(survey.version).toBe(2);
    expect(saved.question).toEqual({ en: "How adequate is the returnee's housing?", bn: "বাসস্থান কতটা উপযুক্ত?" });
    expect(saved.options.at(-1)).toEqual({ value: "shelter", label: { en: "In a shelter" }, score: null });
    expect(saved.options[0].score).toBe(1);
    await screenshot(page, "survey-editor");
  });
});
