import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs } from "../apps/server/test/world";
import { expectNoAxeViolations, phonePage, type Stack, screenshot, startStack, words } from "./support";

// A man back in Erbil after being sent back from Türkiye, his passport lost, reads the portal in Arabic: he
// asks for help with his papers, finds the centre's legal service near him in Arabic, right to left, and
// learns from two answers that he can probably get it.

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
  const admin = await loginAs(stack.app, "admin@test.homecoming");
  const created = await admin.post("/services", {
    organisationId: stack.world.orgs.mrcErbil.id,
    name: "Legal help to replace lost documents",
    description:
      "A lawyer helps you apply for a new passport, ID card or civil status papers, and goes with you.",
    category: "soc.documentation",
    serviceAreas: ["IQG11"],
    languages: ["ar", "ckb"],
    eligibility: "Returnees aged 18 or more who were sent back or fled a crisis",
    cost: "free",
    locations: [
      {
        name: "MRC Erbil",
        address: "60 Metre Street",
        adminAreaCode: "IQG11Q02",
        openingHours: "Sun–Thu 8:00–15:00",
      },
    ],
    contact: { phone: "+9647501234567" },
    eligibilityRule: {
      and: [{ ">=": [{ var: "age" }, 18] }, { in: [{ var: "returnType" }, ["forced", "crisis"]] }],
    },
    translations: {
      ar: {
        name: "مساعدة قانونية لاستخراج الوثائق المفقودة",
        description: "يساعدك محامٍ في طلب جواز سفر أو هوية أو أوراق أحوال مدنية جديدة، ويرافقك.",
        eligibility: "العائدون بعمر ١٨ سنة فأكثر ممن أُعيدوا قسرًا أو هربوا من أزمة",
        cost: "مجانًا",
        openingHours: "الأحد–الخميس ٨:٠٠–١٥:٠٠",
      },
    },
  });
  if (created.statusCode !== 201) throw new Error(`the service: ${created.body}`);
});
afterAll(() => stack?.close());

const heading = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();
const ar = (path: string) => words("ar", "portal", path);

describe("finding help in the portal", () => {
  it("finds a service for lost papers in Arabic, right to left, and answers am I eligible in plain words", async () => {
    const page = await phonePage(stack);
    await page.goto(`${stack.base}/portal/?lang=ar`);
    await page.getByRole("link", { name: new RegExp(ar("home.help")) }).click();
    await expect.poll(() => heading(page)).toBe(ar("help.need.question"));
    expect(await page.evaluate(() => document.documentElement.dir)).toBe("rtl");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: new RegExp(ar("needs.documents")) }).click();

    await expect.poll(() => heading(page)).toBe(ar("help.where.question"));
    await page.getByRole("searchbox", { name: ar("help.where.question") }).fill("Erbil");
    await page.getByRole("button", { name: ar("search"), exact: true }).click();
    await page
      .getByRole("radio", { name: /^Erbil/ })
      .first()
      .check();
    await page.getByRole("button", { name: ar("help.where.show") }).click();

    await expect.poll(() => heading(page)).toBe(ar("needs.documents"));
    const service = page.getByRole("link", { name: "مساعدة قانونية لاستخراج الوثائق المفقودة" });
    await expect.poll(() => service.count()).toBe(1);
    expect(await page.locator(".offer").first().textContent()).toContain("مجانًا");
    await expectNoAxeViolations(page);
    // right to left with nothing to scroll sideways on a 360-pixel phone
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const box = await page.locator(".offer h3").first().boundingBox();
    expect(box!.x + box!.width).toBeGreaterThan(300);
    await screenshot(page, "portal-find-help-ar");

    await service.click();
    await expect.poll(() => heading(page)).toBe("مساعدة قانونية لاستخراج الوثائق المفقودة");
    expect(await page.locator(".facts").textContent()).toContain("الأحد–الخميس");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: ar("help.offer.eligible") }).click();

    await expect.poll(() => heading(page)).toBe(ar("help.check.title"));
    await page.getByRole("textbox", { name: ar("help.questions.birthYear") }).fill("1991");
    await page.getByRole("radio", { name: ar("account.how.forced") }).check();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: ar("help.check.submit") }).click();

    await expect.poll(() => heading(page)).toBe(ar("help.check.verdict.eligible"));
    const reasons = await page.locator(".conditions").textContent();
    // the age said in Arabic words and digits, the way back in the reader's words
    expect(reasons).toContain(ar("help.facts.age"));
    expect(reasons).toContain("١٨");
    expect(reasons).toContain(ar("help.values.returnType.forced"));
    await expectNoAxeViolations(page);
    await screenshot(page, "portal-eligible-ar");
  });
});
