import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpReturnee } from "../apps/server/test/returnee";
import { loginAs, ok } from "../apps/server/test/world";
import {
  choose,
  expectNoAxeViolations,
  loggedInPage,
  phonePage,
  returneePhone,
  type Stack,
  screenshot,
  startStack,
  words,
} from "./support";

// MRC Dhaka holds a job fair; a returnee finds it on her phone in Bangla and registers; she asks the board a
// question, which a counsellor publishes and answers in the workspace; anyone then finds it by its words.
// MRC Dhaka sees who is coming and lists a peer group.

let stack: Stack;
let cookie: string;
let fairId: string;

beforeAll(async () => {
  stack = await startStack();
  const salma = await signUpReturnee(stack.app, stack.database.db, {
    phone: "+8801716400123",
    ip: "10.8.0.1",
    profile: { givenName: "Salma", familyName: "Begum", nameNative: "সালমা বেগম" },
  });
  cookie = salma.cookie;
  const caseDhaka = await loginAs(stack.app, "case.dhaka@test.homecoming");
  fairId = (
    await ok<{ id: string }>(
      caseDhaka.post("/community/events", {
        kind: "job_fair",
        title: "Job fair for returnees",
        description: "Employers from garments and construction meet returnees looking for work.",
        translations: { bn: { name: "ফেরত আসা কর্মীদের চাকরি মেলা" } },
        adminAreaCode: "BD3026",
        venue: "MRC Dhaka, Eskaton",
        startsAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
        capacity: 50,
      }),
      201,
    )
  ).id;
});
afterAll(() => stack?.close());

const herPhone = () => returneePhone(stack, cookie);

const heading = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();
const bn = (path: string) => words("bn", "together", path);
const en = (path: string) => words("en", "together", path);
const question = "ইলেকট্রিশিয়ানের প্রশিক্ষণ কোথায় পাব?";

describe("the returnees' community", () => {
  it("finds an event near home in Bangla and registers for it", async () => {
    const page = await herPhone();
    await page.goto(`${stack.base}/portal/community?lang=bn`);
    await expect.poll(() => heading(page)).toBe(bn("title"));
    // the district first: searched by a word of its name
    await page.getByRole("searchbox", { name: bn("where") }).fill("Dhaka");
    await page.getByRole("button", { name: words("bn", "portal", "search") }).click();
    // choosing it closes the search
    await page
      .getByRole("radio", { name: /^Dhaka/ })
      .first()
      .click();
    await page.getByRole("link", { name: "ফেরত আসা কর্মীদের চাকরি মেলা" }).click();
    await expect.poll(() => heading(page)).toBe("ফেরত আসা কর্মীদের চাকরি মেলা");
    expect(await page.locator("main").textContent()).toContain(bn("events.shared"));
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: bn("events.register") }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain(bn("events.doneRegistered"));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page);
    await screenshot(page, "portal-event-registered-bn");
  });

  it("asks the board a question, which waits for a moderator", async () => {
    const page = await herPhone();
    await page.goto(`${stack.base}/portal/community/ask?lang=bn`);
    await expect.poll(() => heading(page)).toBe(bn("ask.title"));
    await page.getByRole("button", { name: bn("ask.send") }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain(bn("ask.topicRequired"));
    await page.getByRole("combobox", { name: bn("board.topic") }).selectOption("job");
    await page.getByRole("textbox", { name: bn("ask.question") }).fill(question);
    await page
      .getByRole("textbox", { name: bn("ask.body") })
      .fill("সৌদিতে তিন বছর বিদ্যুতের কাজ করেছি, কিন্তু সনদ নেই। ঢাকায় কোথায় প্রশিক্ষণ পাওয়া যায়?");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: bn("ask.send") }).click();
    await expect.poll(() => heading(page)).toBe(bn("mine.title"));
    expect(await page.locator("main").textContent()).toContain(bn("status.pending"));
    await expectNoAxeViolations(page);
  });

  it("is moderated and answered in the workspace, then found by its words", async () => {
    const staff = await loggedInPage(stack, "counsellor.dhaka@test.homecoming");
    await staff.goto(`${stack.base}/community/board`);
    const card = staff.locator(".mantine-Card-root", { hasText: question });
    await expect.poll(() => card.count()).toBe(1);
    expect(await staff.locator("main").textContent()).not.toContain("Salma");
    await expectNoAxeViolations(staff);
    await card.getByRole("button", { name: `Publish ${question}` }).click();
    await staff.locator("label", { hasText: /^Published$/ }).click();
    await staff.getByRole("button", { name: `Answer ${question}` }).click();
    await staff
      .getByRole("dialog")
      .getByRole("textbox", { name: "Your answer" })
      .fill("The TVET centre in Mirpur tests what you know and certifies it: MRC Dhaka can refer you.");
    await staff.getByRole("dialog").getByRole("button", { name: "Publish the answer" }).click();
    await expect.poll(() => staff.locator("main").textContent()).toContain("The TVET centre in Mirpur");
    await expectNoAxeViolations(staff);

    const page = await phonePage(stack);
    await page.goto(`${stack.base}/portal/community/questions?lang=en&language=all`);
    await expect.poll(() => heading(page)).toBe(en("board.title"));
    await page.getByRole("searchbox", { name: en("board.search") }).fill("ইলেকট্রিশিয়ানের");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: question }).click();
    await expect.poll(() => page.locator("main").textContent()).toContain("The TVET centre in Mirpur");
    expect(await page.locator("main").textContent()).toContain("MRC Dhaka");
    await expectNoAxeViolations(page);
    await page.goto(`${stack.base}/portal/community/questions?lang=ar&language=all`);
    await expect.poll(() => heading(page)).toBe(words("ar", "together", "board.title"));
    await expectNoAxeViolations(page);
  });

  it("shows the organiser who is coming, and lists a peer group", async () => {
    const staff = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await staff.goto(`${stack.base}/community/events`);
    await staff.getByRole("button", { name: "Who is coming: Job fair for returnees" }).click();
    const dialog = staff.getByRole("dialog");
    await expect.poll(() => dialog.textContent()).toContain("Salma Begum");
    expect(await dialog.textContent()).toContain("+8801716400123");
    await expectNoAxeViolations(staff);
    await staff.keyboard.press("Escape");

    await staff.goto(`${stack.base}/community/groups`);
    await staff.getByRole("button", { name: "New group" }).click();
    const form = staff.getByRole("dialog");
    await choose(staff, "Kind", "Peer support group");
    await form.getByRole("textbox", { name: "Name" }).fill("Returnee women of Dhaka");
    await form
      .getByRole("textbox", { name: "What it is" })
      .fill("Women back from the Gulf meet to share what helped.");
    await form.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => staff.getByRole("row", { name: /Returnee women of Dhaka/ }).count()).toBe(1);
    await expectNoAxeViolations(staff);

    const page = await phonePage(stack);
    await page.goto(`${stack.base}/portal/community?lang=en`);
    await expect.poll(() => page.locator("main").textContent()).toContain("Returnee women of Dhaka");
    expect(fairId).toBeTruthy();
  });

  it("has pages clean for axe in English and Arabic, right to left in Arabic", async () => {
    const page = await herPhone();
    for (const lang of ["en", "ar"]) {
      for (const path of [
        "/community",
        `/community/events/${fairId}`,
        "/community/questions",
        "/community/ask",
        "/community/mine",
      ]) {
        await page.goto(`${stack.base}/portal${path}?lang=${lang}`);
        await expect.poll(() => page.locator("h1").count()).toBe(1);
        expect(await page.evaluate(() => document.documentElement.dir)).toBe(lang === "ar" ? "rtl" : "ltr");
        await expectNoAxeViolations(page);
      }
    }
    await page.goto(`${stack.base}/portal/community?lang=ar`);
    await expect.poll(() => heading(page)).toBe(words("ar", "together", "title"));
    await screenshot(page, "portal-community-ar");
  });
});
