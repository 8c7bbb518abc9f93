import { readFileSync } from "node:fs";
import type { Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { needsAssessment } from "../apps/server/test/access-fixtures";
import { signUpReturnee } from "../apps/server/test/returnee";
import { type Client, loginAs, ok } from "../apps/server/test/world";
import {
  downloadPdf,
  expectNoAxeViolations,
  pdfText,
  returneePhone,
  type Stack,
  screenshot,
  startStack,
  words,
} from "./support";

// A returnee back from Saudi Arabia, whose record MRC Dhaka works with and shared with MRC Erbil, reads on her
// phone everything held about her, keeps a copy (a PDF and a computer file), sees that MRC Erbil read her
// record, and, in Arabic, takes that agreement back: MRC Erbil no longer sees her record.

let stack: Stack;
let caseErbil: Client;
let personId: string;
let cookie: string;

beforeAll(async () => {
  stack = await startStack();
  const db = stack.database.db;
  const nasima = await signUpReturnee(stack.app, db, {
    phone: "+8801716600123",
    ip: "10.9.0.1",
    profile: { givenName: "Nasima", familyName: "Begum", nameNative: "নাসিমা বেগম" },
  });
  personId = nasima.personId!;
  cookie = nasima.cookie;
  const caseDhaka = await loginAs(stack.app, "case.dhaka@test.homecoming");
  caseErbil = await loginAs(stack.app, "case.erbil@test.homecoming");
  await ok(caseDhaka.post(`/persons/${personId}/confirm-registration`));
  const kase = await ok<{ id: string }>(caseDhaka.post("/cases", { personId }), 201);
  await ok(caseDhaka.post(`/cases/${kase.id}/assessments`, needsAssessment), 201);
  await ok(
    caseDhaka.post(`/persons/${personId}/consents`, {
      purpose: "data_sharing",
      organisationIds: [stack.world.orgs.mrcErbil.id],
    }),
    201,
  );
  await ok(caseErbil.get(`/persons/${personId}`));
});
afterAll(() => stack?.close());

const herPhone = () => returneePhone(stack, cookie);

const heading = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();
const en = (path: string) => words("en", "portal", path);
const mine = (language: string) => (path: string) => words(language, "mydata", path);
const enData = mine("en");
const arData = mine("ar");

describe("my data on the portal", () => {
  it("shows everything held about her, and downloads it as a PDF and as a computer file", async () => {
    const page = await herPhone();
    await page.goto(`${stack.base}/portal/account?lang=en`);
    await page.getByRole("link", { name: enData("links.all") }).click();
    await expect.poll(() => heading(page)).toBe(enData("title"));
    const text = (await page.locator("main").textContent()) ?? "";
    for (const expected of [
      "Nasima Begum",
      "নাসিমা বেগম",
      "+8801716600123",
      enData("sections.abroad"),
      enData("purpose.data_sharing"),
      "MRC Erbil",
      en("case.title").replace("{{organisation}}", "MRC Dhaka"),
      enData("assessment.needs"),
      enData("message.verify_phone"),
    ])
      expect(text).toContain(expected);
    await expectNoAxeViolations(page);
    await screenshot(page, "portal-my-data-en");

    // the computer file: the API's answer as it is
    const [file] = (await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: enData("download.json") }).click(),
    ])) as [Download, unknown];
    expect(file.suggestedFilename()).toMatch(/^homecoming-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(readFileSync((await file.path())!, "utf8")) as {
      account: { phone: string };
      record: { id: string; givenName: string };
      cases: { assessments: { kind: string; answers: unknown }[] }[];
    };
    expect(json.account.phone).toBe("+8801716600123");
    expect(json.record).toMatchObject({ id: personId, givenName: "Nasima" });
    expect(json.cases[0]!.assessments[0]).toMatchObject({ kind: "needs", answers: needsAssessment.answers });

    // the PDF: the same words, readable
    const pdf = await downloadPdf(page, enData("download.pdf"), "portal-my-data-en");
    expect(pdf.fileName).toMatch(/^homecoming-my-data-\d{4}-\d{2}-\d{2}\.pdf$/);
    const printed = (await pdfText(pdf.bytes)).replace(/\s+/g, " ");
    for (const expected of [enData("title"), "Nasima Begum", enData("sections.consents"), "MRC Erbil"])
      expect(printed).toContain(expected);
  });

  it("shows who looked at her record: the organisation and the job, never the name", async () => {
    const page = await herPhone();
    await page.goto(`${stack.base}/portal/account/access-log?lang=en`);
    await expect.poll(() => heading(page)).toBe(enData("log.title"));
    const list = page.locator("ol.log");
    await expect
      .poll(() => list.textContent())
      .toContain(
        enData("log.staff")
          .replace("{{organisation}}", "MRC Erbil")
          .replace("{{roles}}", enData("roles.case_manager")),
      );
    expect(await list.textContent()).not.toContain("Shirin Kareem");
    expect(await list.textContent()).toContain(enData("log.you"));
    await expectNoAxeViolations(page);
  });

  it("reads right to left in Arabic, and taking back an agreement ends MRC Erbil's access at once", async () => {
    const page = await herPhone();
    await page.goto(`${stack.base}/portal/account/data?lang=ar`);
    await expect.poll(() => heading(page)).toBe(arData("title"));
    expect(await page.evaluate(() => document.documentElement.dir)).toBe("rtl");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page);
    await screenshot(page, "portal-my-data-ar");
    const pdf = await downloadPdf(page, arData("download.pdf"), "portal-my-data-ar");
    expect(await pdfText(pdf.bytes)).toContain("MRC Erbil");

    await page
      .getByRole("link", { name: arData("links.consents") })
      .first()
      .click();
    await expect.poll(() => heading(page)).toBe(arData("consents.title"));
    await expectNoAxeViolations(page);
    const sharing = page.locator(".offer", { hasText: arData("purpose.data_sharing") });
    await sharing.getByRole("button", { name: arData("consents.withdraw") }).click();
    await expect.poll(() => heading(page)).toBe(arData("consents.confirmTitle"));
    expect(await page.locator("main").textContent()).toContain("MRC Erbil");
    await expectNoAxeViolations(page);
    await page.getByRole("textbox", { name: arData("consents.reason") }).fill("لا أعرف هذا المركز");
    await page.getByRole("button", { name: arData("consents.confirm") }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain(arData("consents.done"));
    await expectNoAxeViolations(page);
    await screenshot(page, "portal-consent-withdrawn-ar");

    // at once: MRC Erbil no longer finds her record
    expect((await caseErbil.get(`/persons/${personId}`)).statusCode).toBe(404);
    // and her access log, in Arabic, says she took it back
    await page.goto(`${stack.base}/portal/account/access-log?lang=ar`);
    await expect.poll(() => page.locator("ol.log").textContent()).toContain(arData("log.action.withdraw"));
    await expectNoAxeViolations(page);
  });
});
