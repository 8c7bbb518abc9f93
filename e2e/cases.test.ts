import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, personPayload } from "../apps/server/test/world";
import {
  bringFollowUpDue,
  choose,
  combobox,
  expectNoAxeViolations,
  loggedInPage,
  type Stack,
  screenshot,
  section,
  stageIs,
  startStack,
} from "./support";

let stack: Stack;
let caseId: string;
let personName: string;

beforeAll(async () => {
  stack = await startStack();
  // the returnee is registered and their case opened through the API, as the Dhaka case manager
  const client = await loginAs(stack.app, "case.dhaka@test.homecoming");
  const person = await client.post(
    "/persons",
    personPayload({ givenName: "Karim", familyName: "Uddin", nameNative: "করিম উদ্দিন" }),
  );
  if (person.statusCode !== 201) throw new Error(`registering failed: ${person.body}`);
  const opened = await client.post("/cases", { personId: person.json().id });
  if (opened.statusCode !== 201) throw new Error(`opening failed: ${opened.body}`);
  caseId = opened.json().id;
  personName = "Karim Uddin";
}, 120_000);
afterAll(() => stack?.close());

/** Answers three questions of the survey's first version, one per dimension, by the options' labels. */
async function answerSurvey(page: Page, answers: { income: string; housing: string; distress: string }) {
  const question = (name: RegExp) => page.getByRole("radiogroup", { name });
  await question(/^Does the household's income cover its basic needs\?/)
    .getByRole("radio", { name: answers.income, exact: true })
    .check();
  await question(/^How adequate is the returnee's housing\?/)
    .getByRole("radio", { name: answers.housing, exact: true })
    .check();
  await question(/^In the past month, how often did the returnee feel nervous/)
    .getByRole("radio", { name: answers.distress, exact: true })
    .check();
}

describe("a case from assessment to closure", () => {
  it("shows the caseload on the home page and leads from a stage count to the case", async () => {
    const page = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await page.getByRole("heading", { name: "My caseload by stage" }).waitFor();
    await page
      .getByRole("heading", { name: "Needs action: referrals waiting for my organisation" })
      .waitFor();
    await page.getByRole("heading", { name: "Follow-ups due this week" }).waitFor();
    await expect
      .poll(() => page.getByRole("link", { name: /Registered/ }).textContent())
      .toMatch(/Registered\s*1/);
    await expectNoAxeViolations(page);
    await screenshot(page, "home");
    await page.getByRole("link", { name: /Registered/ }).click();
    await page.waitForURL((u) => u.pathname === "/cases" && u.search.includes("stage=registered"));
    await page.getByRole("heading", { name: "My caseload" }).waitFor();
    await page.getByRole("link", { name: new RegExp(personName) }).click();
    await page.waitForURL(`**/cases/${caseId}`);
    await page.getByRole("link", { name: personName }).waitFor();
  });

  it("records a needs assessment, a plan, a follow-up, hands over and closes; the timeline tells it all", async () => {
    const page = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await page.goto(`${stack.base}/cases/${caseId}`);
    await page.getByRole("link", { name: personName }).waitFor();
    await stageIs(page, "Registered");

    // needs assessment through the form: the server computes the priorities
    await section(page, "Assessments");
    await page.getByRole("button", { name: "Record a needs assessment" }).click();
    await page.getByLabel("Employment status").first().click();
    await page.getByRole("option", { name: "Unemployed, looking for work" }).click();
    await page.getByRole("checkbox", { name: "Income covers the household's basic needs" }).uncheck();
    await page.getByRole("checkbox", { name: "Has debt (for example from migration costs)" }).check();
    await page.getByRole("checkbox", { name: "Wants vocational training" }).check();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Save needs assessment" }).click();
    const card = page
      .getByText("Needs assessment", { exact: true })
      .locator("xpath=ancestor::div[contains(@class,'Card')][1]");
    await expect.poll(() => card.textContent(), { timeout: 10_000 }).toContain("Economic:High priority");
    expect(await card.textContent()).toContain("Social:No need");
    expect(await card.textContent()).toContain("Vocational training");
    await stageIs(page, "Assessed");

    // the baseline sustainability survey: questions from the version in use, one answer each
    await page.getByRole("button", { name: "Record a sustainability survey" }).click();
    await answerSurvey(page, { income: "Partly", housing: "Adequate but insecure", distress: "Sometimes" });
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Save survey" }).click();
    const trend = page.getByRole("table", { name: /Scores from 0 \(worst\) to 1 \(best\)/ });
    // economic 0.33, social 0.5, psychosocial 0.33; composite (0.33 + 0.5 + 0.33) / 3 = 0.387
    await expect.poll(() => trend.textContent(), { timeout: 10_000 }).toContain("0.330.500.330.39");
    await page
      .getByRole("img", { name: /Line chart of the economic, social and psychosocial scores/ })
      .waitFor();

    // a plan with a goal and an action activates it and schedules three follow-ups
    await section(page, "Plan");
    await page.getByRole("button", { name: "Add a goal" }).click();
    await page.getByRole("textbox", { name: "Goal", exact: true }).fill("Stable income from electrical work");
    await page.getByRole("textbox", { name: "Action", exact: true }).fill("Electrical installation course");
    await page.getByLabel("Due date").fill("2027-03-31");
    await page.getByRole("button", { name: "Save plan" }).click();
    await page.getByText("Plan saved.").waitFor();
    await stageIs(page, "Plan active");
    // the date is written the way English is written here: day, month, year
    expect(await page.getByLabel("Due date").inputValue()).toBe("31/03/2027");

    // no follow-up is open yet: a call now is an extra contact, not the 12-month follow-up
    await section(page, "Follow-ups");
    for (const kind of ["3-month follow-up", "6-month follow-up", "12-month follow-up"])
      await page.getByText(kind, { exact: true }).waitFor();
    expect(await page.getByText(/^Can be recorded from/).count()).toBe(3);
    expect(await page.getByRole("button", { name: /^Record the .*follow-up$/ }).count()).toBe(0);
    await page.getByRole("button", { name: "Record an extra contact" }).click();
    await page.getByLabel("Contact method").first().click();
    await page.getByRole("option", { name: "Home visit" }).click();
    await page.getByRole("button", { name: "Save contact" }).click();
    await page.getByText("Extra contact", { exact: true }).waitFor();
    await page.getByText(/Done by Home visit, reached/).waitFor();
    await stageIs(page, "Plan active");

    // three months on, the 3-month follow-up is open
    await bringFollowUpDue(stack, caseId, "month_3");
    await page.reload();
    await section(page, "Follow-ups");
    await page.getByRole("button", { name: "Record the 3-month follow-up" }).click();
    await page.getByLabel("Contact method").first().click();
    await page.getByRole("option", { name: "Phone" }).click();
    await page.getByRole("textbox", { name: "Note" }).fill("Attending the course, no problems");
    // the survey is offered with the follow-up; a question answered wrongly is named under it
    await answerSurvey(page, {
      income: "Mostly",
      housing: "Adequate and secure (owned or with a lease)",
      distress: "Rarely (once or twice)",
    });
    await page.getByRole("button", { name: "Save follow-up" }).click();
    await page.getByText(/Done by Phone, reached/).waitFor();
    await section(page, "Assessments");
    // 3 months: economic 0.67, social 1, psychosocial 0.67; composite 0.78
    await expect.poll(() => trend.textContent(), { timeout: 10_000 }).toContain("0.671.000.670.78");
    expect(await trend.textContent()).toContain("Baseline");
    expect(await trend.textContent()).toContain("3 months");
    await screenshot(page, "sustainability");
    await section(page, "Follow-ups");
    expect(await page.getByRole("button", { name: "Record the 12-month follow-up" }).count()).toBe(0);
    await stageIs(page, "Monitoring");

    await section(page, "Hand over or close");
    await page.getByRole("textbox", { name: "National service" }).fill("Department of Social Services");
    await page.getByRole("button", { name: "Hand over the case" }).click();
    await stageIs(page, "Handed over");
    await page.getByLabel("Reason for closing").first().click();
    await page.getByRole("option", { name: "Reintegrated" }).click();
    await page.getByRole("button", { name: "Close the case…" }).click();
    const dialog = page.getByRole("dialog", { name: "Close this case?" });
    await dialog.getByText(/will be closed \(Reintegrated\)/).waitFor();
    await dialog.getByRole("button", { name: "Yes, close the case" }).click();
    await page.getByText("This case is closed").waitFor();
    await stageIs(page, "Closed");

    await section(page, "Timeline");
    for (const line of [
      "Case opened",
      "Needs assessment recorded",
      "Sustainability survey recorded (Baseline)",
      "Sustainability survey recorded (3 months)",
      "Stage moved from Registered to Assessed",
      "Plan saved",
      "Stage moved from Assessed to Plan active",
      "Follow-ups scheduled at 3, 6 and 12 months",
      "Extra contact done: returnee reached",
      "3-month follow-up done: returnee reached",
      "Stage moved from Plan active to Monitoring",
      "Handed over to Department of Social Services",
      "Case closed: Reintegrated",
    ])
      await page.getByText(line, { exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, "case");
  });

  it("shows a provider of another organisation the not-found message, not the case", async () => {
    const page = await loggedInPage(stack, "provider.tvet@test.homecoming");
    await page.goto(`${stack.base}/cases/${caseId}`);
    await expect
      .poll(() => page.getByRole("alert").textContent(), { timeout: 10_000 })
      .toContain("This page does not exist, or you do not have access to it.");
    expect(await page.getByText(personName).count()).toBe(0);
  });
});

describe("sorting the caseload", () => {
  it("reorders the list from the Sort by control and the column headers, keeping the order in the address", async () => {
    const client = await loginAs(stack.app, "case.dhaka@test.homecoming");
    const register = async (givenName: string, familyName: string, n: number) => {
      const person = await client.post(
        "/persons",
        personPayload({
          givenName,
          familyName,
          nameNative: undefined,
          birthDate: `197${n}-06-0${n}`,
          phone: `+880171100900${n}`,
          nationalId: `SORT-00000${n}`,
        }),
      );
      if (person.statusCode !== 201) throw new Error(`registering failed: ${person.body}`);
      const opened = await client.post("/cases", { personId: person.json().id });
      if (opened.statusCode !== 201) throw new Error(`opening failed: ${opened.body}`);
      return opened.json().id as string;
    };
    const risky = await register("Salma", "Begum", 1);
    await register("Nasima", "Akter", 2);
    const marked = await client.patch(`/cases/${risky}`, { version: 1, riskLevel: "high" });
    if (marked.statusCode !== 200) throw new Error(`risk failed: ${marked.body}`);

    const page = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await page.goto(`${stack.base}/cases?mine=true&offset=20`);
    await page.getByRole("heading", { name: "My caseload" }).waitFor();
    const names = () => page.getByRole("table").getByRole("link").allTextContents();
    const order = (...expected: string[]) =>
      expect
        .poll(async () => (await names()).map((n) => expected.find((e) => n.includes(e)) ?? n))
        .toEqual(expected);

    await choose(page, "Sort by", "Opened, oldest first");
    await page.waitForURL((u) => u.searchParams.get("sort") === "opened" && !u.searchParams.has("offset"));
    await order(personName, "Salma Begum", "Nasima Akter");

    await choose(page, "Sort by", "Opened, newest first");
    await page.waitForURL((u) => u.searchParams.get("sort") === "-opened");
    await order("Nasima Akter", "Salma Begum", personName);

    await choose(page, "Sort by", "Risk, highest first");
    await page.waitForURL((u) => u.searchParams.get("sort") === "-risk");
    await expect.poll(async () => (await names())[0]).toContain("Salma Begum");
    const riskHeader = page.getByRole("columnheader", { name: "Risk" });
    await expect.poll(() => riskHeader.getAttribute("aria-sort")).toBe("descending");
    await expectNoAxeViolations(page);
    await screenshot(page, "case-list-sorted");

    // the header is a button: pressing it with the keyboard reverses the order
    await riskHeader.getByRole("button", { name: "Risk" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => u.searchParams.get("sort") === "risk");
    await expect.poll(() => riskHeader.getAttribute("aria-sort")).toBe("ascending");
    await expect.poll(async () => (await names()).at(-1)).toContain("Salma Begum");
    expect(await combobox(page, "Sort by").inputValue()).toBe("Risk, lowest first");

    await page.reload();
    await page.getByRole("heading", { name: "My caseload" }).waitFor();
    expect(await combobox(page, "Sort by").inputValue()).toBe("Risk, lowest first");
    await expect.poll(async () => (await names()).at(-1)).toContain("Salma Begum");
  });
});
