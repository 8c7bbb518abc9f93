import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  choose,
  expectNoAxeViolations,
  loggedInPage,
  pick,
  type Stack,
  screenshot,
  startStack,
} from "./support";

// A returnee phones MRC Dhaka to complain that the training centre turned him away. The counsellor takes the
// grievance down and gives him its reference; the case manager triages and answers it; the returnee reads the
// answer with the reference; the training centre reads it as the organisation concerned but cannot answer it.

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

describe("feedback and grievances in the workspace", () => {
  it("takes a grievance down, triages and answers it, and the sender reads the answer by its reference", async () => {
    const counsellor = await loggedInPage(stack, "counsellor.dhaka@test.homecoming");
    await counsellor.goto(`${stack.base}/feedback`);
    await counsellor.getByRole("link", { name: "Take down feedback or a grievance" }).click();
    await pick(counsellor, "Service", "electrical", /Electrical installation course/);
    await counsellor
      .getByRole("textbox", { name: "What they said" })
      .fill("I was sent away twice from the electrical course without a reason.");
    await pick(counsellor, "District where they live (optional)", "Dhaka", /\(BD3026\)/);
    // a bad phone number: the server's message beside the field, nothing else lost
    await counsellor.getByRole("textbox", { name: "Name" }).fill("Abdul Karim");
    await counsellor.getByRole("textbox", { name: "Phone" }).fill("0171");
    await counsellor.getByRole("button", { name: "Save and give the reference" }).click();
    const phone = counsellor.getByRole("textbox", { name: "Phone" });
    await expect.poll(() => phone.getAttribute("aria-invalid")).toBe("true");
    expect(await counsellor.getByRole("textbox", { name: "Name" }).inputValue()).toBe("Abdul Karim");
    await phone.fill("01712-345678");
    await counsellor.getByRole("button", { name: "Save and give the reference" }).click();
    await counsellor.getByRole("heading", { name: "Saved" }).waitFor();
    const reference = (await counsellor.getByText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/).textContent())!;
    expect(await counsellor.getByRole("main").textContent()).toContain("MRC Dhaka answers it");
    await expectNoAxeViolations(counsellor);
    await counsellor.context().close();

    const manager = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await manager.goto(`${stack.base}/feedback`);
    await manager.getByRole("link", { name: reference }).click();
    await manager.getByRole("heading", { name: new RegExp(`Grievance ${reference}`) }).waitFor();
    const main = manager.getByRole("main");
    expect(await main.textContent()).toContain("+8801712345678");
    expect(await main.textContent()).toContain("Dhaka Technical Training Centre, which it is about");
    await expectNoAxeViolations(manager);
    await screenshot(manager, "grievance");

    await manager.getByRole("button", { name: "Triage" }).click();
    await choose(manager, "What the grievance is about", "Service refused");
    await choose(manager, "Priority", "Urgent");
    await manager.getByRole("button", { name: "Save triage" }).click();
    await expect.poll(() => main.textContent()).toContain("In review");

    await manager.getByRole("button", { name: "Answer" }).click();
    await manager
      .getByRole("textbox", { name: "Answer" })
      .fill("The centre will call you this week and give you a place on the next course.");
    await manager.getByRole("button", { name: "Send answer" }).click();
    await expect.poll(() => main.textContent()).toContain("answered in time");
    expect(await manager.getByRole("button", { name: "Answer" }).count()).toBe(1);
    await manager.context().close();

    // the training centre reads it and may add its account, but has no move to make
    const centre = await loggedInPage(stack, "provider.tvet@test.homecoming");
    await centre.goto(`${stack.base}/feedback?role=concerned`);
    await centre.getByRole("link", { name: reference }).click();
    await centre.getByRole("heading", { name: new RegExp(reference) }).waitFor();
    expect(await centre.getByRole("button", { name: "Answer" }).count()).toBe(0);
    await centre
      .getByRole("textbox", { name: "Add a note for staff" })
      .fill("We had no places left that week.");
    await centre.getByRole("button", { name: "Add note" }).click();
    await expect
      .poll(() => centre.getByRole("main").textContent())
      .toContain("We had no places left that week.");
    await centre.context().close();

    const status = await stack.app.inject({
      method: "POST",
      url: "/api/v1/feedback/status",
      payload: { reference },
    });
    expect(status.json()).toMatchObject({
      status: "answered",
      answer: "The centre will call you this week and give you a place on the next course.",
    });
    expect(status.body).not.toContain("no places left");
  });
});
