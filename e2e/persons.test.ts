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
});
afterAll(() => stack?.close());

const next = (page: Page) => page.getByRole("button", { name: "Next", exact: true }).click();

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
    await page.getByRole("textbox", { name: "Phone" }).fill("+8801711222333");
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
    await next(page);

    await choose(page, "Highest education completed", "Lower secondary education");
    await page.getByRole("button", { name: "Add a skill" }).click();
    await page.getByRole("textbox", { name: "Skill", exact: true }).fill("Electrical wiring");
    await next(page);

    await page.getByRole("textbox", { name: "People in the household" }).fill("5");
    await page.getByRole("textbox", { name: "Dependants" }).fill("3");
    await next(page);

    await page.getByRole("heading", { name: "Check your answers before registering" }).waitFor();
    await page.getByText("Building and related electricians (7411)").waitFor();
    await page.getByRole("button", { name: "Register", exact: true }).click();

    // the server's message shows beside the date, on the identity step, and nothing typed is lost
    const birthDate = page.getByLabel("Date of birth");
    await birthDate.waitFor();
    await page.getByText("birthDate must not be in the future").first().waitFor();
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
      migrationEpisodes: [{ destinationCountry: "SA", occupationIsco: "7411", returnType: "forced" }],
    });

    await page.getByRole("tab", { name: "Migration history" }).click();
    await page.getByRole("cell", { name: "Saudi Arabia" }).waitFor();

    // a consent for referrals to the training centre
    await page.getByRole("tab", { name: "Consents" }).click();
    await page.getByText("No consent is recorded").waitFor();
    await choose(page, "Purpose", "Referral to services");
    await combobox(page, "Organisations it covers").click();
    await page.getByRole("option", { name: "Dhaka Technical Training Centre" }).click();
    await page.keyboard.press("Escape");
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
