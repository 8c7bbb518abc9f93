import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, loginAs, personPayload } from "../apps/server/test/world";
import {
  expectNoAxeViolations,
  loggedInPage,
  type Stack,
  screenshot,
  section,
  startStack,
  words,
} from "./support";

// What the case screen says about where the case stands: what is open when it ends, which conditions are
// alternatives, dates the user's way, and mixed-direction labels in a right-to-left layout.

let stack: Stack;
let manager: Client;
let admin: Client;
let people = 0;

beforeAll(async () => {
  stack = await startStack();
  manager = await loginAs(stack.app, "case.dhaka@test.homecoming");
  admin = await loginAs(stack.app, "admin@test.homecoming");
}, 120_000);
afterAll(() => stack?.close());

/** A returnee (male, born 1988) with an open case at MRC Dhaka. */
async function openCase(givenName: string) {
  const n = people++;
  const person = await manager.post(
    "/persons",
    personPayload({
      givenName,
      familyName: "Workflow",
      nameNative: undefined,
      phone: `+88017333${String(n).padStart(5, "0")}`,
      nationalId: `WF-${String(n).padStart(6, "0")}`,
    }),
  );
  if (person.statusCode !== 201) throw new Error(`registering failed: ${person.body}`);
  const opened = await manager.post("/cases", { personId: person.json().id });
  if (opened.statusCode !== 201) throw new Error(`opening failed: ${opened.body}`);
  return { personId: person.json().id as string, caseId: opened.json().id as string };
}

async function withPlan(caseId: string) {
  const version = (await manager.get(`/cases/${caseId}`)).json().version;
  const saved = await manager.put(`/cases/${caseId}/plan`, {
    version,
    goals: [{ dimension: "economic", title: "Steady work", actions: [{ title: "Find a job" }] }],
  });
  if (saved.statusCode !== 200) throw new Error(`plan failed: ${saved.body}`);
}

async function inLanguage(page: Page, code: string, url: string) {
  await page.evaluate((c) => localStorage.setItem("hc.language", c), code);
  await page.goto(url);
}

describe("the case screen tells the truth about the workflow", () => {
  it("asks why a case with an unreferred flag and an open referral is closed, keeps the reason, and then invites nothing", async () => {
    const { caseId, personId } = await openCase("Rahim");
    await manager.post(`/cases/${caseId}/assessments`, {
      kind: "vulnerability",
      answers: { victimOfTrafficking: true },
    });
    await manager.post(`/persons/${personId}/consents`, {
      purpose: "referral",
      organisationIds: [stack.world.orgs.tvet.id],
    });
    const draft = await manager.post("/referrals", {
      caseId,
      serviceId: stack.world.services.training.id,
      reason: "Wants to train as an electrician",
    });
    expect(draft.statusCode).toBe(201);
    const programme = await admin.post("/programmes", {
      name: "Fund for returning men",
      kind: "grant",
      category: "econ.finance",
      eligibilityRule: { "==": [{ var: "sex" }, "male"] },
    });
    expect(programme.statusCode).toBe(201);

    const page = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await page.goto(`${stack.base}/cases/${caseId}`);
    await page.getByText("Needs a referral", { exact: true }).waitFor();
    await page.getByText("Eligible for 1 programme").waitFor();

    await section(page, "Hand over or close");
    await page.getByLabel("Reason for closing").first().click();
    await page.getByRole("option", { name: "Lost contact" }).click();
    await page.getByRole("button", { name: "Close the case…" }).click();
    const dialog = page.getByRole("dialog", { name: "Close this case?" });
    await dialog.getByText("2 items are still open", { exact: false }).waitFor();
    const open = dialog.getByRole("list", { name: "Still open" });
    expect(await open.getByRole("listitem").allTextContents()).toEqual([
      "Possible victim of trafficking: needs a referral and has none",
      "Referral to Electrical installation course: Draft",
    ]);
    const confirm = dialog.getByRole("button", { name: "Yes, close the case" });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog
      .getByRole("textbox", { name: "Why the case ends with these open" })
      .fill("Moved to Chittagong; the MRC there takes the referral on");
    await expectNoAxeViolations(page);
    await screenshot(page, "close-with-open-items");
    await confirm.click();
    await page.getByText("This case is closed").waitFor();

    // closed: no banner asking for a referral, no invitation to apply for a programme
    expect(await page.getByText("Needs a referral", { exact: true }).count()).toBe(0);
    expect(await page.getByText(/^Eligible for/).count()).toBe(0);
    await section(page, "Programmes");
    await page.getByText("No enrolments yet.").waitFor();
    expect(await page.getByText("Apply for a programme from Eligibility").count()).toBe(0);
    await section(page, "Timeline");
    await page
      .getByText(
        "Case closed: Lost contact, with items open (Moved to Chittagong; the MRC there takes the referral on)",
        { exact: true },
      )
      .waitFor();
    const closed = (await manager.get(`/cases/${caseId}`)).json();
    expect(closed.events.at(-1).data).toMatchObject({
      reason: "lost_contact",
      openItemsReason: "Moved to Chittagong; the MRC there takes the referral on",
    });
  });

  it("shows an any-of rule as a group, naming the alternative that met it, without repeating conditions", async () => {
    const { caseId } = await openCase("Jamal");
    const programme = await admin.post("/programmes", {
      name: "Support for men or older returnees",
      kind: "social_protection",
      category: "soc.social_protection",
      eligibilityRule: { or: [{ "==": [{ var: "sex" }, "male"] }, { ">=": [{ var: "age" }, 60] }] },
    });
    expect(programme.statusCode).toBe(201);
    const page = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await page.goto(`${stack.base}/cases/${caseId}`);
    await section(page, "Eligibility");
    const card = page
      .getByTestId("programme-verdict")
      .filter({ hasText: "Support for men or older returnees" });
    await card.waitFor();
    const text = (await card.textContent()) ?? "";
    expect(text).toContain("Eligible");
    expect(text).toContain("Any one of these is enough: met by “sex is male”");
    expect(text).toContain("Met:sex is male");
    expect(text).toContain("Not met, not needed:age is at least 60");
    expect(text).not.toContain("because sex is male");
    expect(text).not.toMatch(/Not met:/);
    await expectNoAxeViolations(page);
    await screenshot(page, "eligibility-any-of");
  });

  it("shows a plan action following its referral", async () => {
    const { caseId, personId } = await openCase("Habib");
    const version = (await manager.get(`/cases/${caseId}`)).json().version;
    await manager.put(`/cases/${caseId}/plan`, {
      version,
      goals: [
        {
          dimension: "economic",
          title: "Work as an electrician",
          actions: [{ title: "Electrical course", serviceCategory: "econ.vocational_training" }],
        },
      ],
    });
    await manager.post(`/persons/${personId}/consents`, {
      purpose: "referral",
      organisationIds: [stack.world.orgs.tvet.id],
    });
    const draft = await manager.post("/referrals", {
      caseId,
      serviceId: stack.world.services.training.id,
      reason: "Wants to train as an electrician",
    });
    expect((await manager.post(`/referrals/${draft.json().id}/send`, {})).statusCode).toBe(200);
    const page = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await page.goto(`${stack.base}/cases/${caseId}`);
    await section(page, "Plan");
    const action = page.getByRole("group", { name: "Action 1" });
    await action.getByText("Sent, awaiting response", { exact: true }).waitFor();
    expect(await action.getByRole("combobox", { name: "Status" }).inputValue()).toBe("In progress");
  });

  it("writes dates in forms the way the user's language does", async () => {
    const { caseId } = await openCase("Sohel");
    const page = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await inLanguage(page, "bn", `${stack.base}/cases/${caseId}`);
    // the screen in Bangla, its words from the Bangla catalogue
    const bn = (path: string) => words("bn", "cases", path);
    await section(page, bn("sections.plan"));
    await page.getByRole("button", { name: bn("plan.addGoal") }).click();
    await page.getByRole("textbox", { name: bn("plan.goalTitle"), exact: true }).fill("Own workshop");
    await page.getByRole("textbox", { name: bn("plan.actionTitle"), exact: true }).fill("Rent a shed");
    const due = page.getByRole("textbox", { name: bn("plan.dueDate") });
    expect(await due.getAttribute("placeholder")).toBe("৩১/০৩/২০২৭");
    await due.fill("৩০/০৪/২০২৭");
    await page.getByRole("button", { name: bn("plan.save") }).click();
    await page.getByText(bn("plan.saved")).waitFor();
    const plan = (await manager.get(`/cases/${caseId}/plan`)).json();
    expect(plan.goals[0].actions[0].dueDate).toBe("2027-04-30");
    expect(await due.inputValue()).toBe("৩০/০৪/২০২৭");

    await inLanguage(page, "en", `${stack.base}/cases/${caseId}`);
    await section(page, "Plan");
    expect(await page.getByRole("textbox", { name: "Due date" }).inputValue()).toBe("30/04/2027");
  });

  it("lays the case out right to left in Arabic, its words and digits Arabic", async () => {
    const { caseId } = await openCase("Karwan");
    await withPlan(caseId);
    const page = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await inLanguage(page, "ar", `${stack.base}/cases/${caseId}`);
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe("rtl");
    const ar = (path: string) => words("ar", "cases", path);
    await section(page, ar("sections.followUps"));
    // the Arabic label, right to left, with its Arabic-Indic digit
    const label = page.getByText(ar("followUps.kinds.month_3"), { exact: true });
    await label.waitFor();
    expect(await label.evaluate((el) => el.matches(":dir(rtl)"))).toBe(true);
    expect(ar("followUps.kinds.month_3")).toMatch(/٣/);
    await section(page, ar("sections.timeline"));
    await page.getByText(ar("events.follow_ups_scheduled"), { exact: true }).waitFor();
    await screenshot(page, "follow-ups-rtl");
  });
});
