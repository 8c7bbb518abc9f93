import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, personPayload } from "../apps/server/test/world";
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
let earlierId: string;
// one more than a page of the Returnees screen
const rumanas = [
  "Bepari",
  "Biswas",
  "Chakma",
  "Dewan",
  "Fakir",
  "Gazi",
  "Haque",
  "Jamadar",
  "Kazi",
  "Khandaker",
  "Laskar",
  "Majumder",
  "Munshi",
  "Patwary",
  "Pramanik",
  "Quader",
  "Rabbani",
  "Shikder",
  "Talukder",
  "Uddin",
  "Zaman",
];

beforeAll(async () => {
  stack = await startStack();
  const dhaka = await loginAs(stack.app, "case.dhaka@test.homecoming");
  const res = await dhaka.post(
    "/persons",
    personPayload({
      givenName: "Nasima",
      familyName: "Akter",
      nameNative: "নাসিমা আক্তার",
      birthDate: "1990-05-20",
      sex: "female",
      phone: "+8801711999888",
      nationalId: "1990555000111",
    }),
  );
  expect(res.statusCode).toBe(201);
  earlierId = res.json().id;
  for (const [familyName, phone, endDate] of [
    ["Sarder", "+8801711555001", "2023-03-01"],
    ["Hawlader", "+8801711555002", "2024-06-01"],
  ] as const) {
    const kulsum = await dhaka.post(
      "/persons",
      personPayload({
        givenName: "Kulsum",
        familyName,
        nameNative: undefined,
        birthDate: "1994-07-07",
        sex: "female",
        phone,
        nationalId: undefined,
        migrationEpisodes: [{ destinationCountry: "JO", endDate, returnType: "voluntary" }],
      }),
    );
    expect(kulsum.statusCode).toBe(201);
  }
  for (const [n, familyName] of rumanas.entries()) {
    const res = await dhaka.post(
      "/persons",
      personPayload({
        givenName: "Rumana",
        familyName,
        nameNative: undefined,
        birthDate: "1991-01-01",
        sex: "female",
        phone: `+88017117770${String(n).padStart(2, "0")}`,
        nationalId: undefined,
      }),
    );
    expect(res.statusCode).toBe(201);
  }
});
afterAll(() => stack?.close());

const next = (page: Page) => page.getByRole("button", { name: "Next", exact: true }).click();

describe("finding a returnee", () => {
  it("searches by name and phone on the Returnees screen, sorts and opens the record", async () => {
    const page = await loggedInPage(stack, "counsellor.dhaka@test.homecoming");
    await page
      .getByRole("navigation", { name: "Main navigation" })
      .getByRole("link", { name: "Returnees" })
      .click();
    await page.waitForURL((url) => url.pathname === "/persons");
    // away from the navigation: the check below is of the screen at rest, not of a hovered link
    await page.mouse.move(600, 10);
    await page.getByRole("heading", { name: "Returnees" }).waitFor();
    const links = page.getByRole("table").getByRole("link");
    await links.first().waitFor();
    await page.getByText(/^1–\d+ of \d+$/).waitFor();
    await expectNoAxeViolations(page);

    const search = page.getByRole("searchbox", { name: "Search returnees" });
    await search.fill("Kulsum");
    await page.getByText("Searching by name, in any script").waitFor();
    await expect
      .poll(() => links.allTextContents())
      .toEqual(expect.arrayContaining(["Kulsum Sarder", "Kulsum Hawlader"]));
    expect(await combobox(page, "Sort by").inputValue()).toBe("Best match");
    await choose(page, "Sort by", "Name, A to Z");
    await expect.poll(() => links.allTextContents()).toEqual(["Kulsum Hawlader", "Kulsum Sarder"]);
    await choose(page, "Sort by", "Earliest return first");
    await expect.poll(() => links.allTextContents()).toEqual(["Kulsum Sarder", "Kulsum Hawlader"]);
    expect(new URL(page.url()).searchParams.get("sort")).toBe("returned");
    await page.getByText("1–2 of 2").waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, "person-search");

    await search.fill("Zebulon Quartermaine");
    await page.getByText(/No returnee you can see matches “Zebulon Quartermaine”/).waitFor();
    await page.getByRole("main").getByRole("link", { name: "Register a returnee" }).waitFor();
    await expectNoAxeViolations(page);

    // typed the way it is written at home; the server reads it as a Bangladeshi number
    await search.fill("01711-999888");
    await page.getByText("Searching by phone number").waitFor();
    await expect.poll(() => links.allTextContents()).toEqual(["Nasima Akter"]);
    await page
      .getByRole("row", { name: /Nasima Akter/ })
      .getByText("নাসিমা আক্তার")
      .waitFor();
    await links.first().click();
    await page.waitForURL((url) => url.pathname === `/persons/${earlierId}`);
    await page.getByRole("heading", { name: /নাসিমা আক্তার/ }).waitFor();
  });

  it("pages through a long result on the server, and offers the best match only for a name search", async () => {
    const page = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await page.goto(`${stack.base}/persons?sort=relevance`);
    const links = page.getByRole("table").getByRole("link");
    await links.first().waitFor();
    expect(await combobox(page, "Sort by").inputValue()).toBe("Newest registration first");
    await combobox(page, "Sort by").click();
    await page.getByRole("option", { name: "Name, Z to A" }).waitFor();
    expect(await page.getByRole("option", { name: "Best match" }).count()).toBe(0);
    await page.keyboard.press("Escape");

    await page.getByRole("searchbox", { name: "Search returnees" }).fill("Rumana");
    await page.getByText("1–20 of 21").waitFor();
    await choose(page, "Sort by", "Name, Z to A");
    await expect.poll(() => links.first().textContent()).toBe("Rumana Zaman");
    await expect
      .poll(() => links.allTextContents())
      .toEqual(
        rumanas
          .slice(1)
          .reverse()
          .map((f) => `Rumana ${f}`),
      );
    await page.getByRole("button", { name: "2", exact: true }).click();
    await page.getByText("21–21 of 21").waitFor();
    await expect.poll(() => links.allTextContents()).toEqual(["Rumana Bepari"]);
    expect(new URL(page.url()).searchParams.get("offset")).toBe("20");
    await expectNoAxeViolations(page);
  });
});

describe("registering a returnee and the profile", () => {
  it("registers through the stepwise form with a duplicate warning and a field error, then records a consent", async () => {
    const page = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await page.goto(`${stack.base}/register`);
    await page.getByRole("heading", { name: "Register a returnee" }).waitFor();

    // identity, with a birth date in the future that only the server refuses
    await page.getByRole("textbox", { name: "Given name" }).fill("Nasima");
    await page.getByRole("textbox", { name: "Family name" }).fill("Akter");
    await page.getByRole("textbox", { name: "Name as written in the person's script" }).fill("নাসিমা আক্তার");
    await page.getByLabel("Date of birth").fill("2099-01-01");
    await page.getByRole("radio", { name: "Female" }).check();
    await page.getByRole("textbox", { name: "Gender identity" }).fill("woman");
    await page.getByRole("textbox", { name: "National ID number" }).fill("1990555000111");

    // the live duplicate warning names the earlier record and offers to open it
    const openInstead = page.getByRole("link", { name: "Open this record instead (Nasima Akter)" });
    await openInstead.waitFor();
    expect(await openInstead.getAttribute("href")).toBe(`/persons/${earlierId}`);
    await expect
      .poll(() => page.getByRole("alert").or(page.locator(".mantine-Alert-root")).first().textContent())
      .toMatch(/same national ID/);
    await expectNoAxeViolations(page);
    await screenshot(page, "register");

    await next(page);
    await page.getByRole("textbox", { name: "Phone" }).fill("01711-222333");
    await pick(page, "District", "Dhaka", /^Dhaka \(Dhaka\)$/);
    await next(page);

    await pick(page, "Country returned from", "Saudi", /^Saudi Arabia$/);
    await choose(page, "How the return happened", "Forced or deported");
    await page.getByLabel("Went abroad on").fill("2017-02-01");
    await page.getByLabel("Came back on").fill("2024-10-30");
    await pick(
      page,
      "Occupation abroad (ISCO-08)",
      "electrician",
      /Building and related electricians \(7411\)/,
    );
    await pick(page, "Sector of work (ISIC Rev.4)", "constr build", /^Construction of buildings \(41\)$/);
    await page.getByRole("textbox", { name: "Monthly income (USD)" }).fill("450");
    await expectNoAxeViolations(page);
    await next(page);

    await choose(page, "Highest education completed", "Lower secondary education");
    await page.getByRole("button", { name: "Add a skill" }).click();
    await page.getByRole("textbox", { name: "Skill", exact: true }).fill("Electrical wiring");
    await next(page);

    await page.getByRole("textbox", { name: "People in the household" }).fill("5");
    await page.getByRole("textbox", { name: "Dependants" }).fill("3");
    await page.getByRole("radio", { name: "Yes" }).check();
    await page.getByRole("checkbox", { name: "Hearing" }).check();
    await page.getByRole("checkbox", { name: "Seeing" }).check();
    await expectNoAxeViolations(page);
    await next(page);

    await page.getByRole("heading", { name: "Check your answers before registering" }).waitFor();
    await page.getByText("Building and related electricians (7411)").waitFor();
    const review = (label: string) =>
      page.getByRole("row", { name: label }).getByRole("cell").first().textContent();
    expect(await review("Gender identity")).toBe("woman");
    expect(await review("Sector of work (ISIC Rev.4)")).toBe("Construction of buildings (41)");
    expect(await review("Monthly income (USD)")).toBe("$450.00");
    expect(await review("Disability")).toBe("Yes, Seeing, Hearing");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Register", exact: true }).click();

    // the server's message shows beside the date, on the identity step, and nothing typed is lost
    const birthDate = page.getByLabel("Date of birth");
    await birthDate.waitFor();
    await page.getByText("This date must not be in the future").first().waitFor();
    expect(await birthDate.getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByRole("textbox", { name: "Given name" }).inputValue()).toBe("Nasima");
    expect(await page.getByRole("textbox", { name: "National ID number" }).inputValue()).toBe(
      "1990555000111",
    );
    await birthDate.fill("1993-08-14");
    await page.getByRole("button", { name: /Check answers/ }).click();
    await page.getByText("Saudi Arabia").waitFor();
    await page.getByRole("button", { name: "Register", exact: true }).click();

    await page.waitForURL(
      (url) => /^\/persons\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.endsWith(earlierId),
    );
    const personId = new URL(page.url()).pathname.split("/").at(-1)!;
    await page.getByRole("heading", { name: /নাসিমা আক্তার/ }).waitFor();
    await page.getByText("Dhaka (Dhaka)").first().waitFor();
    await page.getByText("Electrical wiring").waitFor();
    const profile = (label: string) =>
      page.getByRole("row", { name: label }).getByRole("cell").first().textContent();
    expect(await profile("Gender identity")).toBe("woman");
    expect(await profile("Disability")).toBe("Yes, Seeing, Hearing");
    await expectNoAxeViolations(page);
    await screenshot(page, "person-profile");

    const dhaka = await loginAs(stack.app, "case.dhaka@test.homecoming");
    const saved = (await dhaka.get(`/persons/${personId}`)).json();
    expect(saved).toMatchObject({
      givenName: "Nasima",
      birthDate: "1993-08-14",
      adminAreaCode: "BD3026",
      phone: "+8801711222333",
      household: { size: 5, dependants: 3 },
      education: { iscedLevel: 2 },
      genderIdentity: "woman",
      disability: { hasDisability: true, kinds: ["visual", "hearing"] },
      migrationEpisodes: [
        {
          destinationCountry: "SA",
          occupationIsco: "7411",
          sectorIsic: "41",
          monthlyIncomeUsd: 450,
          returnType: "forced",
        },
      ],
    });

    await page.getByRole("tab", { name: "Migration history" }).click();
    await page.getByRole("cell", { name: "Saudi Arabia" }).waitFor();
    await page.getByRole("cell", { name: "Construction of buildings (41)" }).waitFor();
    await page.getByRole("cell", { name: "$450.00" }).waitFor();
    await expectNoAxeViolations(page);

    // a consent for referrals to the training centre
    await page.getByRole("tab", { name: "Consents" }).click();
    await page.getByText("No consent is recorded").waitFor();
    await choose(page, "Purpose", "Referral to services");
    await combobox(page, "Organisations it covers").click();
    await page.getByText("Type at least 2 letters to search").waitFor();
    await combobox(page, "Organisations it covers").fill("technical");
    await page.getByRole("option", { name: "Dhaka Technical Training Centre" }).click();
    await page.keyboard.press("Escape");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Record consent" }).click();
    const consent = page.getByTestId("consent");
    await consent.getByText("Active").waitFor();
    await consent.getByText("Dhaka Technical Training Centre").waitFor();
    const consents = (await dhaka.get(`/persons/${personId}/consents`)).json();
    expect(consents.items).toMatchObject([
      { purpose: "referral", organisationIds: [stack.world.orgs.tvet.id], active: true },
    ]);

    // withdrawing asks for a reason and a confirmation
    await page.getByRole("button", { name: "Withdraw Referral to services" }).click();
    const dialog = page.getByRole("dialog", { name: "Withdraw consent: Referral to services" });
    await dialog.getByRole("button", { name: "Withdraw consent" }).click();
    await dialog.getByText("Give the reason for the withdrawal").waitFor();
    await dialog
      .getByRole("textbox", { name: "Why is the consent withdrawn?" })
      .fill("Asked by phone to stop referrals");
    await dialog.getByRole("button", { name: "Withdraw consent" }).click();
    await consent.getByText("Withdrawn", { exact: true }).waitFor();
    await consent.getByText(/Asked by phone to stop referrals/).waitFor();

    await page.getByRole("tab", { name: "Audit" }).click();
    await page.getByRole("cell", { name: "Created the profile" }).waitFor();
    await page.getByRole("cell", { name: "Created consent" }).waitFor();
    await page.getByRole("cell", { name: "Withdrew consent" }).waitFor();

    await page.getByRole("tab", { name: "Cases" }).click();
    await page.getByText("No case is open for this person yet").waitFor();
    await page.getByRole("button", { name: "Open a case" }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const cases = (await dhaka.get(`/cases?personId=${personId}`)).json();
    expect(cases.items).toMatchObject([{ id: new URL(page.url()).pathname.split("/").at(-1), personId }]);
  });

  it("registers at the airport desk with the quick form", async () => {
    const page = await loggedInPage(stack, "counsellor.dhaka@test.homecoming");
    await page.goto(`${stack.base}/register`);
    await page.getByRole("switch", { name: "Quick registration" }).check();
    await page.getByRole("heading", { name: "Who is arriving?" }).waitFor();
    await page.getByRole("textbox", { name: "Given name" }).fill("Rashed");
    await page.getByRole("textbox", { name: "Family name" }).fill("Molla");
    await page.getByRole("textbox", { name: "Year of birth" }).fill("1985");
    await page.getByRole("textbox", { name: "Phone" }).fill("+880 1811 444555");
    await page.getByRole("radio", { name: "Male", exact: true }).check();
    await pick(page, "District", "Dhaka", /^Dhaka \(Dhaka\)$/);
    await pick(page, "Country returned from", "Malay", /^Malaysia$/);
    await choose(page, "How the return happened", "Crisis evacuation");
    expect(await page.getByRole("textbox", { name: "National ID number" }).count()).toBe(0);
    await next(page);
    await page.getByRole("heading", { name: "Check your answers before registering" }).waitFor();
    await page.getByRole("button", { name: "Register", exact: true }).click();
    await page.waitForURL(/\/persons\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { name: "Rashed Molla" }).waitFor();
    const personId = new URL(page.url()).pathname.split("/").at(-1)!;
    const dhaka = await loginAs(stack.app, "case.dhaka@test.homecoming");
    expect((await dhaka.get(`/persons/${personId}`)).json()).toMatchObject({
      birthYear: 1985,
      birthDate: null,
      phone: "+8801811444555",
      adminAreaCode: "BD3026",
      migrationEpisodes: [{ destinationCountry: "MY", returnType: "crisis" }],
    });
  });
});
