import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, importCsv, loginAs, personPayload } from "../apps/server/test/world";
import { expectNoAxeViolations, loggedInPage, type Stack, screenshot, startStack } from "./support";

// An MRC imports the list the airport desk kept on paper: one of the returnees is already registered under
// another spelling, one row has a mistake, and the same returnee is listed twice. The case worker sees each,
// decides, and registers the rest.

let stack: Stack;
let dhaka: Client;
let earlierId: string;

beforeAll(async () => {
  stack = await startStack();
  dhaka = await loginAs(stack.app, "case.dhaka@test.homecoming");
  const earlier = await dhaka.post(
    "/persons",
    personPayload({
      givenName: "Abdul",
      familyName: "Karim Chowdhury",
      nameNative: undefined,
      birthDate: "1979-09-14",
      phone: "+8801812345670",
      nationalId: undefined,
    }),
  );
  expect(earlier.statusCode, earlier.body).toBe(201);
  earlierId = earlier.json().id;
});
afterAll(() => stack?.close());

describe("importing registrations", () => {
  it("checks every row, shows the likely match and the row to correct, and registers the rest once decided", async () => {
    const row = (o: Record<string, unknown>) =>
      personPayload({ nameNative: undefined, nationalId: undefined, ...o });
    const csv = importCsv([
      row({
        givenName: "Selina",
        familyName: "Parvin Munshi",
        birthDate: "1990-01-22",
        phone: "01711223344",
      }),
      row({
        givenName: "Abdool",
        familyName: "Karim Choudhury",
        birthDate: "1979-09-14",
        phone: "01812-345670",
      }),
      row({ givenName: "Jamal", familyName: "Uddin Sarder", birthDate: "1985-13-01", phone: "01911000222" }),
      row({
        givenName: "Rokeya",
        familyName: "Begum Howlader",
        birthDate: "1992-06-05",
        phone: "01611000333",
      }),
      row({ givenName: "Rokeya", familyName: "Begam Howlader", birthDate: "1992-06-05", phone: undefined }),
    ]);
    const file = join(mkdtempSync(join(tmpdir(), "hc-import-")), "airport-list.csv");
    writeFileSync(file, csv);

    const page = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await page.goto(`${stack.base}/imports`);
    await page.getByRole("heading", { name: "Import registrations" }).waitFor();
    await expectNoAxeViolations(page);
    await page.locator("input[type=file]").setInputFiles(file);
    await page.getByText("airport-list.csv").waitFor();
    await page.getByRole("button", { name: "Upload and check" }).click();
    await page.waitForURL(/\/imports\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { name: "airport-list.csv" }).waitFor();
    await page.getByText("3 rows may be people already registered").waitFor();

    // the earlier registration, spelt another way
    const karim = page.getByRole("region", { name: "Row 3" });
    await karim.getByText("Likely the same person").waitFor();
    await karim.getByText("Abdul Karim Chowdhury").waitFor();
    // the row to correct names its column
    const jamal = page.getByRole("region", { name: "Row 4" });
    await jamal.getByText("What to correct in the file").waitFor();
    await expect.poll(() => jamal.textContent()).toMatch(/birth_date/);
    // the returnee listed twice
    await page
      .getByRole("region", { name: "Row 6" })
      .getByText(/Row 5 of this file may be the same person/)
      .waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, "import-review");
    expect(await page.getByRole("button", { name: "Register the rows" }).isDisabled()).toBe(true);

    await karim.getByRole("button", { name: "Same person: use this record" }).click();
    await expect.poll(() => karim.textContent()).toMatch(/Decided/);
    await page
      .getByRole("region", { name: "Row 5" })
      .getByRole("button", { name: "Register as new" })
      .click();
    await page.getByRole("region", { name: "Row 6" }).getByRole("button", { name: "Leave out" }).click();
    await page.getByText(/Every row that may be someone already registered has a decision/).waitFor();

    await page.getByRole("button", { name: "Register the rows" }).click();
    const dialog = page.getByRole("dialog", { name: "Register the rows?" });
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "Register", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByText("2 returnees registered").waitFor();
    await page.getByText("Registered", { exact: true }).first().waitFor();

    // the rows lead to the records: the new ones, and the earlier one for the returnee already registered
    await page.getByRole("region", { name: "Row 3" }).getByRole("link", { name: "Open the record" }).click();
    await page.waitForURL(`${stack.base}/persons/${earlierId}`);
    const found = (await dhaka.get("/persons?q=Selina%20Parvin")).json() as { items: { id: string }[] };
    expect(found.items).toHaveLength(1);
  });
});
