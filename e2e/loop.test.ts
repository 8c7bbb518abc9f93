import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, personPayload } from "../apps/server/test/world";
import {
  bringFollowUpDue,
  choose,
  loggedInPage,
  pick,
  type Stack,
  screenshot,
  section,
  stageIs,
  startStack,
} from "./support";

// The whole closed loop through the screens, by two users of two organisations.

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
  // an earlier registration of the same returnee, which the desk must be warned about
  const dhaka = await loginAs(stack.app, "case.dhaka@test.homecoming");
  const earlier = await dhaka.post(
    "/persons",
    personPayload({
      givenName: "Jamal",
      familyName: "Hossain",
      nameNative: undefined,
      phone: "+8801911222333",
      nationalId: "1987222333444",
    }),
  );
  expect(earlier.statusCode, earlier.body).toBe(201);
});
afterAll(() => stack?.close());

describe("the closed loop in the browser", () => {
  it("registers, assesses, plans, refers; the provider completes; the case manager follows up and closes", async () => {
    // the Dhaka case manager registers the returnee at the desk and is warned about the earlier record
    const manager = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await manager.goto(`${stack.base}/register`);
    await manager.getByRole("switch", { name: "Quick registration" }).check();
    await manager.getByRole("textbox", { name: "Given name" }).fill("Jamal");
    await manager.getByRole("textbox", { name: "Family name" }).fill("Hossain");
    await manager.getByRole("textbox", { name: "Year of birth" }).fill("1988");
    await manager.getByRole("textbox", { name: "Phone" }).fill("+880 1911 222333");
    await manager.getByText("This person is probably already registered").waitFor();
    await manager.getByRole("link", { name: /Open this record instead/ }).waitFor();
    // the desk decides it is a new record (a different person with the same phone of a relative)
    await manager.getByRole("textbox", { name: "Phone" }).fill("+880 1911 999888");
    await manager.getByRole("radio", { name: "Male", exact: true }).check();
    await pick(manager, "District", "Dhaka", /^Dhaka \(Dhaka\)$/);
    await pick(manager, "Country returned from", "Saudi", /^Saudi Arabia$/);
    await choose(manager, "How the return happened", "Forced or deported");
    await manager.getByRole("button", { name: "Next", exact: true }).click();
    await manager.getByRole("button", { name: "Register", exact: true }).click();
    await manager.waitForURL(/\/persons\/[0-9a-f-]{36}$/);
    await manager.getByRole("tab", { name: "Cases" }).click();
    await manager.getByRole("button", { name: "Open a case" }).click();
    await manager.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const caseUrl = manager.url();

    // needs assessment and plan
    await section(manager, "Assessments");
    await manager.getByRole("button", { name: "Record a needs assessment" }).click();
    await manager.getByLabel("Employment status").first().click();
    await manager.getByRole("option", { name: "Unemployed, looking for work" }).click();
    await manager.getByRole("checkbox", { name: "Wants vocational training" }).check();
    await manager.getByRole("button", { name: "Save needs assessment" }).click();
    await stageIs(manager, "Assessed");
    await section(manager, "Plan");
    await manager.getByRole("button", { name: "Add a goal" }).click();
    await manager.getByRole("textbox", { name: "Goal", exact: true }).fill("Work as a certified electrician");
    await manager
      .getByRole("textbox", { name: "Action", exact: true })
      .fill("Electrical installation course");
    await manager.getByRole("button", { name: "Save plan" }).click();
    await stageIs(manager, "Plan active");

    // refer to the training institute; the consent is recorded in the dialog
    await section(manager, "Referrals");
    await manager.getByRole("button", { name: "Refer", exact: true }).click();
    const dialog = manager.getByRole("dialog", { name: "Refer to a service" });
    await dialog.getByRole("textbox", { name: "Search services" }).fill("electrical");
    await dialog.getByRole("radio", { name: "Electrical installation course" }).check();
    await dialog
      .getByRole("textbox", { name: "Reason for the referral" })
      .fill("Wants to requalify as an electrician");
    await dialog.getByRole("button", { name: "Send referral" }).click();
    await dialog.getByRole("button", { name: "Record referral consent and send" }).click();
    await dialog.waitFor({ state: "hidden" });

    // the training institute accepts, starts and completes with an outcome
    const provider = await loggedInPage(stack, "provider.tvet@test.homecoming");
    await provider.goto(`${stack.base}/inbox`);
    const incoming = provider.getByTestId("referral-card").filter({ hasText: "Jamal Hossain" });
    await incoming.getByRole("button", { name: "Accept" }).click();
    await provider.goto(`${stack.base}/inbox?filter=all`);
    await incoming.getByRole("button", { name: "Start" }).click();
    await expect.poll(() => incoming.textContent()).toContain("In progress");
    await incoming.getByRole("button", { name: "Complete", exact: true }).click();
    const complete = provider.getByRole("dialog", { name: "Complete this referral" });
    await complete
      .getByRole("textbox", { name: "Outcome" })
      .fill("Completed the course with a level 2 certificate");
    await complete.getByRole("button", { name: "Complete", exact: true }).click();
    await complete.waitFor({ state: "hidden" });

    // three months on, the case manager sees the outcome, records the follow-up and closes the case
    await bringFollowUpDue(stack, caseUrl.split("/").at(-1)!, "month_3");
    await manager.goto(caseUrl);
    await section(manager, "Referrals");
    const card = manager.getByTestId("referral-card").first();
    await expect.poll(() => card.textContent()).toContain("Completed the course with a level 2 certificate");
    await section(manager, "Follow-ups");
    await manager.getByRole("button", { name: "Record the 3-month follow-up" }).click();
    await manager.getByLabel("Contact method").first().click();
    await manager.getByRole("option", { name: "Phone" }).click();
    // the survey is offered with the follow-up: left empty it is refused, left out the follow-up saves
    await manager.getByRole("button", { name: "Save follow-up" }).click();
    await manager.getByText("Answer at least one question").waitFor();
    await manager.getByRole("checkbox", { name: "Take the sustainability survey now" }).uncheck();
    await manager.getByRole("button", { name: "Save follow-up" }).click();
    await stageIs(manager, "Monitoring");
    await section(manager, "Hand over or close");
    await manager.getByLabel("Reason for closing").first().click();
    await manager.getByRole("option", { name: "Reintegrated" }).click();
    await manager.getByRole("button", { name: "Close the case…" }).click();
    await manager
      .getByRole("dialog", { name: "Close this case?" })
      .getByRole("button", { name: "Yes, close the case" })
      .click();
    await stageIs(manager, "Closed");
    await screenshot(manager, "loop-closed-case");

    // a provider of another organisation cannot open the case by its address
    const bank = await loggedInPage(stack, "provider.bank@test.homecoming");
    await bank.goto(caseUrl);
    await expect
      .poll(() => bank.getByRole("alert").textContent(), { timeout: 10_000 })
      .toContain("This page does not exist, or you do not have access to it.");
    expect(await bank.getByText("Jamal Hossain").count()).toBe(0);
  });
});
