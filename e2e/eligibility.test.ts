import { noNeeds } from "@homecoming/domain";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, loginAs, personPayload } from "../apps/server/test/world";
import {
  expectNoAxeViolations,
  loggedInPage,
  pick,
  type Stack,
  screenshot,
  section,
  startStack,
} from "./support";

// Eligibility on the case screen: verdicts with their reasons, recommendations acted on in one click,
// enrolments through their life, the business plan, and the money follow-ups a loan brings.

let stack: Stack;
let admin: Client;
let dhaka: Client;
let caseId: string;
const apprenticeship = "Solar technician apprenticeship";
const womensGrant = "Start-up grant for women returnees with a disability";
const punjabPlacement = "Punjab returnee job placement";

async function createProgramme(body: Record<string, unknown>) {
  const res = await admin.post("/programmes", body);
  if (res.statusCode !== 201) throw new Error(`creating a programme failed: ${res.body}`);
  return res.json() as { id: string };
}

beforeAll(async () => {
  stack = await startStack();
  admin = await loginAs(stack.app, "admin@test.homecoming");
  // the returnee qualifies for the apprenticeship, which has one place; the grant is for women with a disability
  await createProgramme({
    name: apprenticeship,
    description: "Six months of paid apprenticeship installing solar home systems",
    kind: "training",
    category: "econ.vocational_training",
    areaCodes: ["BD30"],
    capacity: 1,
    ownerOrganisationId: stack.world.orgs.tvet.id,
    eligibilityRule: { and: [{ ">=": [{ var: "age" }, 18] }, { "<=": [{ var: "age" }, 55] }] },
  });
  await createProgramme({
    name: womensGrant,
    kind: "grant",
    category: "econ.finance",
    areaCodes: ["BD"],
    ownerOrganisationId: stack.world.orgs.bank.id,
    eligibilityRule: {
      and: [{ "==": [{ var: "sex" }, "female"] }, { "==": [{ var: "disability" }, true] }],
    },
  });

  // a programme in another country: it does not reach the returnee
  await createProgramme({
    name: punjabPlacement,
    kind: "job_placement",
    category: "econ.job_matching",
    areaCodes: ["PK6"],
    eligibilityRule: { ">=": [{ var: "age" }, 18] },
  });

  dhaka = await loginAs(stack.app, "case.dhaka@test.homecoming");
  const person = await dhaka.post(
    "/persons",
    personPayload({ givenName: "Rahim", familyName: "Mia", nameNative: "রহিম মিয়া" }),
  );
  if (person.statusCode !== 201) throw new Error(`registering failed: ${person.body}`);
  const opened = await dhaka.post("/cases", { personId: person.json().id });
  if (opened.statusCode !== 201) throw new Error(`opening failed: ${opened.body}`);
  caseId = opened.json().id;
  const assessed = await dhaka.post(`/cases/${caseId}/assessments`, {
    kind: "needs",
    answers: {
      economic: {
        employmentStatus: "unemployed_seeking",
        incomeSufficient: false,
        hasDebt: true,
        debtPressure: 1,
        wantsTraining: true,
        wantsJob: false,
        wantsBusiness: true,
        skillsRecognitionNeeded: false,
      },
      social: noNeeds.social,
      psychosocial: noNeeds.psychosocial,
    },
  });
  if (assessed.statusCode !== 201) throw new Error(`assessing failed: ${assessed.body}`);
}, 120_000);
afterAll(() => stack?.close());

async function openCase(page: Page, tab?: string) {
  await page.goto(`${stack.base}/cases/${caseId}${tab ? `?tab=${tab}` : ""}`);
  await page.getByRole("link", { name: "Rahim Mia" }).waitFor();
}

/** A whole-page screenshot from the top, where the sticky case header belongs. */
async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

const programmeCard = (page: Page, name: string) =>
  page.getByTestId("programme-verdict").filter({ has: page.getByRole("heading", { name, exact: true }) });
const enrolmentCard = (page: Page, name: string) =>
  page.getByTestId("enrolment-card").filter({ has: page.getByRole("heading", { name, exact: true }) });

async function enrolmentOf(programme: string) {
  const list = (await dhaka.get(`/cases/${caseId}/enrolments`)).json() as {
    items: {
      id: string;
      programmeId: string;
      caseId: string;
      programmeName: string;
      version: number;
      status: string;
    }[];
  };
  return list.items.find((e) => e.programmeName === programme)!;
}

describe("eligibility on the case screen", () => {
  it("shows how many programmes fit, explains each verdict and applies in one click", async () => {
    const page = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await openCase(page);

    // the header says how many programmes the returnee may join, and leads to the explanations
    await page.getByRole("link", { name: "Eligible for 1 programme", exact: true }).click();
    await page.waitForURL((u) => u.searchParams.get("tab") === "eligibility");
    await expect
      .poll(() => page.getByRole("tab", { name: "Eligibility" }).getAttribute("aria-selected"))
      .toBe("true");
    await page.getByRole("heading", { name: "Recommended for the assessed needs" }).waitFor();

    // the grant's verdict says which condition failed and why; the health condition is marked restricted
    const grant = programmeCard(page, womensGrant);
    await expect.poll(() => grant.textContent()).toContain("Not eligible");
    const grantText = await grant.textContent();
    expect(grantText).toContain("Not met:sex is female(because sex is male)");
    expect(grantText).toContain("Unknown:disability is yes(because disability not known yet)");
    expect(grantText).toContain("Restricted");
    expect(await grant.getByRole("button", { name: /^Apply/ }).count()).toBe(0);
    const apprenticeshipCard = programmeCard(page, apprenticeship);
    expect(await apprenticeshipCard.textContent()).toContain("Met:age is at least 18(because age is");
    expect(await apprenticeshipCard.textContent()).toContain("1 place left");

    // programmes of other areas are counted, and their verdicts shown when asked for
    await page.getByRole("heading", { name: "Programmes that do not reach the returnee (1)" }).waitFor();
    expect(await programmeCard(page, punjabPlacement).count()).toBe(0);
    await page.getByRole("button", { name: "Show their verdicts" }).click();
    const punjab = programmeCard(page, punjabPlacement);
    await expect.poll(() => punjab.textContent()).toContain("Met:age is at least 18(because age is");
    await page.getByRole("button", { name: "Hide their verdicts" }).click();
    await expect.poll(() => programmeCard(page, punjabPlacement).count()).toBe(0);

    // the recommendations of the vocational-training need: the apprenticeship and the institute's course
    const training = page
      .getByRole("heading", { name: "Vocational training", exact: true })
      .locator("xpath=ancestor::div[contains(@class,'Card')][1]");
    expect(await training.textContent()).toContain("High priority");
    expect(await training.textContent()).toContain("Electrical installation course");
    await training.getByRole("button", { name: "Refer to Electrical installation course" }).waitFor();

    // the services' verdicts are folded away until asked for
    const showServices = page.getByRole("button", { name: "Show the services' verdicts" });
    expect(await showServices.getAttribute("aria-expanded")).toBe("false");
    await showServices.click();
    await page.getByRole("heading", { name: "Reintegration loan", exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await shot(page, "case-eligibility");

    // one click applies; the recommendation and the programme show the enrolment's status
    await page
      .getByRole("button", { name: `Apply for ${apprenticeship}` })
      .first()
      .click();
    await expect.poll(() => apprenticeshipCard.textContent()).toContain("Enrolment: Applied");
    expect(await page.getByRole("button", { name: `Apply for ${apprenticeship}` }).count()).toBe(0);

    await section(page, "Programmes");
    const enrolment = enrolmentCard(page, apprenticeship);
    await expect.poll(() => enrolment.textContent()).toContain("Applied");
    expect(await enrolment.textContent()).toContain("Verdict when applied, under rule version 1:Eligible");
    await enrolment.getByRole("button", { name: "Show the conditions" }).click();
    await enrolment.getByText("age is at least 18", { exact: true }).waitFor();

    await section(page, "Timeline");
    await page.getByText(`Applied for ${apprenticeship}`, { exact: true }).waitFor();
    await page.context().close();
  });

  it("adds a recommendation to the plan in one click and refers to a recommended service", async () => {
    const page = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await openCase(page, "plan");
    await page.getByRole("heading", { name: "Recommended for the assessed needs" }).waitFor();

    // what was typed stays: adding an offer changes the form only
    await page.getByRole("button", { name: "Add a goal" }).click();
    await page.getByRole("textbox", { name: "Goal", exact: true }).fill("Earn a steady income");
    await page.getByRole("textbox", { name: "Action", exact: true }).fill("Visit the job fair");
    await page.getByRole("button", { name: "Add to plan: Electrical installation course" }).click();
    await page
      .getByText("Added Electrical installation course to goal 1. Save the plan to keep it.")
      .waitFor();
    const actions = page.getByRole("textbox", { name: "Action", exact: true });
    await expect.poll(() => actions.count()).toBe(2);
    expect(await actions.nth(0).inputValue()).toBe("Visit the job fair");
    expect(await actions.nth(1).inputValue()).toBe("Electrical installation course");
    expect(await page.getByRole("textbox", { name: "Goal", exact: true }).inputValue()).toBe(
      "Earn a steady income",
    );
    await page.getByRole("button", { name: "In the plan" }).first().waitFor();
    await expectNoAxeViolations(page);
    await shot(page, "case-plan-recommendations");

    await page.getByRole("button", { name: "Save plan" }).click();
    await page.getByText("Plan saved.").waitFor();
    const plan = (await dhaka.get(`/cases/${caseId}/plan`)).json() as {
      goals: { dimension: string; actions: { title: string; serviceCategory: string | null }[] }[];
    };
    expect(plan.goals).toHaveLength(1);
    expect(plan.goals[0]!.dimension).toBe("economic");
    expect(plan.goals[0]!.actions).toContainEqual(
      expect.objectContaining({
        title: "Electrical installation course",
        serviceCategory: "econ.vocational_training",
      }),
    );

    // "Refer" opens the refer dialog with the recommended service already chosen
    await page.getByRole("button", { name: "Refer to Reintegration loan" }).click();
    const dialog = page.getByRole("dialog", { name: "Refer to a service" });
    await dialog.getByText("Reintegration loan", { exact: true }).waitFor();
    await dialog.getByRole("button", { name: "Choose another service" }).waitFor();
    await dialog
      .getByRole("textbox", { name: "Reason for the referral" })
      .fill("Wants a loan for a repair shop");
    await dialog.getByRole("button", { name: "Send referral" }).click();
    await dialog.getByRole("button", { name: "Record referral consent and send" }).click();
    await dialog.waitFor({ state: "hidden" });
    await section(page, "Referrals");
    await expect
      .poll(() => page.getByTestId("referral-card").first().textContent())
      .toContain("Reintegration loan");
    await page.context().close();
  });

  it("writes a business plan: the server's messages beside the fields, nothing typed lost", async () => {
    const page = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await openCase(page, "programmes");
    await page.getByRole("heading", { name: "Business plan" }).waitFor();
    await page.getByRole("textbox", { name: /^What the business will do/ }).fill("Mobile phone repair shop");
    await pick(page, "Sector of the business (ISIC Rev.4)", "repair comp", /^Repair of computers/);
    // the currency comes from the returnee's country
    expect(await page.getByRole("textbox", { name: /^Currency/ }).inputValue()).toBe("BDT");
    await page.getByRole("textbox", { name: /^Capital needed/ }).fill("150000");
    await page.getByRole("textbox", { name: /^Own contribution/ }).fill("200000");
    await page.getByRole("textbox", { name: /^Expected income per month/ }).fill("25000");
    await page.getByRole("textbox", { name: /^Market/ }).fill("Bazaar near the bus stand, two other shops");
    await page
      .getByRole("textbox", { name: /^Risks/ })
      .fill("Slow months after Eid; keeps three months of rent");
    await page.getByRole("button", { name: "Save business plan" }).click();

    // the server refuses: its message shows beside the field, and every field keeps its value
    const own = page.getByRole("textbox", { name: /^Own contribution/ });
    await expect
      .poll(async () =>
        page.getByText("The own contribution must not be more than the capital needed").count(),
      )
      .toBe(1);
    expect(await own.getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByRole("textbox", { name: /^What the business will do/ }).inputValue()).toBe(
      "Mobile phone repair shop",
    );
    expect(await page.getByRole("textbox", { name: /^Capital needed/ }).inputValue()).toBe("150,000");
    expect(await page.getByRole("textbox", { name: /^Risks/ }).inputValue()).toBe(
      "Slow months after Eid; keeps three months of rent",
    );

    await own.fill("50000");
    await page.getByText("Asked from a loan or grant: BDT 100,000.00").waitFor();
    await page.getByRole("button", { name: "Save business plan" }).click();
    await page.getByText("Business plan saved.").waitFor();
    const saved = (await dhaka.get(`/cases/${caseId}/business-plan`)).json();
    expect(saved).toMatchObject({
      activity: "Mobile phone repair shop",
      sectorIsic: "95",
      currency: "BDT",
      capitalNeeded: 150000,
      ownContribution: 50000,
      expectedMonthlyIncome: 25000,
    });
    await expectNoAxeViolations(page);
    await shot(page, "case-programmes");

    // a reload shows the saved plan with its sector's name
    await page.reload();
    await expect
      .poll(() => page.getByRole("combobox", { name: /^Sector of the business/ }).inputValue())
      .toBe("Repair of computers and personal and household goods (95)");
    await section(page, "Timeline");
    await page.getByText("Business plan saved: Mobile phone repair shop", { exact: true }).waitFor();
    await page.context().close();
  });

  it("shows the provider's acceptance and drops an enrolment with a reason", async () => {
    const applied = await enrolmentOf(apprenticeship);
    const tvet = await loginAs(stack.app, "provider.tvet@test.homecoming");
    const accepted = await tvet.post(`/enrolments/${applied.id}/accept`, { version: applied.version });
    expect(accepted.statusCode, accepted.body).toBe(200);

    const page = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await openCase(page, "programmes");
    const enrolment = enrolmentCard(page, apprenticeship);
    await expect.poll(() => enrolment.textContent()).toContain("Accepted");

    // dropping asks for a reason; without one the server's message shows beside the field
    await enrolment.getByRole("button", { name: `Drop the enrolment in ${apprenticeship}` }).click();
    const dialog = page.getByRole("dialog", { name: "Drop this enrolment?" });
    await dialog.getByRole("button", { name: "Drop the enrolment" }).click();
    await dialog.getByText("A reason is required to drop an enrolment").waitFor();
    await dialog.getByRole("textbox", { name: /^Reason for dropping/ }).fill("Found a job as an electrician");
    await dialog.getByRole("button", { name: "Drop the enrolment" }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => enrolment.textContent()).toContain("Dropped");
    expect(await enrolment.textContent()).toContain("Reason: Found a job as an electrician");

    await section(page, "Timeline");
    await page.getByText(`Accepted into ${apprenticeship}`, { exact: true }).waitFor();
    await page
      .getByText(`Dropped out of ${apprenticeship}: Found a job as an electrician`, { exact: true })
      .waitFor();
    await page.context().close();
  });

  it("applies for a loan with its coaching; once the loan starts its repayment follow-ups are listed", async () => {
    await createProgramme({
      name: "Small business mentoring circle",
      kind: "mentoring",
      category: "econ.business_support",
      areaCodes: ["BD30"],
      ownerOrganisationId: stack.world.orgs.tvet.id,
    });
    const loan = "Returnee enterprise loan";
    await createProgramme({
      name: loan,
      kind: "loan",
      category: "econ.finance",
      areaCodes: ["BD"],
      ownerOrganisationId: stack.world.orgs.bank.id,
      eligibilityRule: { ">=": [{ var: "age" }, 18] },
    });

    const page = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await openCase(page, "eligibility");
    await page.getByRole("link", { name: "Eligible for 3 programmes", exact: true }).waitFor();
    const loanCard = programmeCard(page, loan);
    // a loan goes with coaching: until the returnee has some, it cannot be applied for
    await expect
      .poll(() => loanCard.textContent())
      .toContain("A loan or grant goes with business training or mentoring");
    await page.getByRole("button", { name: "Apply for Small business mentoring circle" }).first().click();
    await loanCard.getByRole("button", { name: `Apply for ${loan}` }).click();
    const dialog = page.getByRole("dialog", { name: `Apply for ${loan}` });
    expect(
      await dialog
        .getByRole("combobox", { name: /^Business training or mentoring it goes with/ })
        .inputValue(),
    ).toBe("Small business mentoring circle (Applied)");
    await dialog.getByRole("button", { name: "Apply", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => loanCard.textContent()).toContain("Enrolment: Applied");

    const applied = await enrolmentOf(loan);
    const bank = await loginAs(stack.app, "provider.bank@test.homecoming");
    const accepted = await bank.post(`/enrolments/${applied.id}/accept`, { version: applied.version });
    expect(accepted.statusCode, accepted.body).toBe(200);

    // the bank starts the loan on its programme's page, writing down the money given
    const bankPage = await loggedInPage(stack, "provider.bank@test.homecoming");
    await bankPage.goto(`${stack.base}/programmes/${applied.programmeId}`);
    await bankPage.getByRole("tab", { name: "Enrolments" }).click();
    const label = applied.caseId.slice(0, 8);
    await bankPage.getByRole("button", { name: `Start: case ${label}` }).click();
    const giving = bankPage.getByRole("dialog", { name: `Start the loan of case ${label}` });
    await giving.getByRole("button", { name: "Start", exact: true }).click();
    await giving.getByText("Give the amount, more than 0.").waitFor();
    await giving.getByRole("textbox", { name: /^Amount lent/ }).fill("80000");
    await expectNoAxeViolations(bankPage);
    await giving.getByRole("button", { name: "Start", exact: true }).click();
    await giving.waitFor({ state: "hidden" });
    await bankPage.getByText(`The enrolment of case ${label} is now: Taking part.`).waitFor();
    // the business plan's currency, as nothing else was chosen
    expect((await enrolmentOf(loan)) as unknown).toMatchObject({ amountGiven: 80_000, currency: "BDT" });
    await bankPage.context().close();

    await openCase(page, "followUps");
    await expect.poll(() => page.getByText("Repayment follow-up", { exact: true }).count()).toBe(4);
    // the first check is a month away, and can be recorded from a week before it; so are the plan's three
    expect(await page.getByText(/^Can be recorded from/).count()).toBe(7);
    expect(await page.getByRole("button", { name: "Record the repayment follow-up" }).count()).toBe(0);
    await section(page, "Timeline");
    await page.getByText("4 follow-ups scheduled: Repayment follow-up", { exact: true }).waitFor();
    await page.getByText(`Started ${loan}: BDT 80,000.00 given`, { exact: true }).waitFor();
    await openCase(page, "programmes");
    await expect
      .poll(() => enrolmentCard(page, loan).textContent())
      .toContain("Money given: BDT\u00a080,000.00");
    await page.context().close();
  });
});
