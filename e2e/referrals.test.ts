import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, password, personPayload } from "../apps/server/test/world";
import { choose, expectNoAxeViolations, loggedInPage, type Stack, screenshot, startStack } from "./support";

let stack: Stack;
let caseId: string;

beforeAll(async () => {
  stack = await startStack();
  // a returnee of MRC Dhaka with an open case, set up through the API as the case manager
  const login = await stack.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { email: "case.dhaka@test.homecoming", password },
  });
  const cookie = login.cookies.find((c) => c.name === "hc_session")!;
  const headers = { cookie: `hc_session=${cookie.value}` };
  const person = await stack.app.inject({
    method: "POST",
    url: "/api/v1/persons",
    headers,
    payload: personPayload({ givenName: "Karim", familyName: "Uddin", nationalId: "1990555000111" }),
  });
  expect(person.statusCode, person.body).toBe(201);
  const opened = await stack.app.inject({
    method: "POST",
    url: "/api/v1/cases",
    headers,
    payload: { personId: person.json().id },
  });
  expect(opened.statusCode, opened.body).toBe(201);
  caseId = opened.json().id;
});
afterAll(() => stack?.close());

describe("a closed-loop referral", () => {
  it("goes from the case manager to the provider and back with an outcome and a notification", async () => {
    // the case manager refers the case to the training course; consent is missing, recorded in the dialog
    const manager = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await manager.goto(`${stack.base}/cases/${caseId}`);
    await manager.getByRole("tab", { name: "Referrals" }).click();
    await manager.getByText("This case has no referrals yet.").waitFor();
    await manager.getByRole("button", { name: "Refer", exact: true }).click();
    const dialog = manager.getByRole("dialog", { name: "Refer to a service" });
    await dialog.getByRole("checkbox", { name: /returnee's area \(BD3026\)/ }).waitFor();
    await dialog.getByRole("textbox", { name: "Search services" }).fill("electrical");
    await dialog.getByRole("radio", { name: "Electrical installation course" }).check();
    await expect.poll(() => dialog.getByText("Reintegration loan").count()).toBe(0);
    await dialog
      .getByRole("textbox", { name: "Reason for the referral" })
      .fill("Wants to requalify as an electrician");
    await dialog.getByRole("button", { name: "Send referral" }).click();
    await dialog.getByText("Consent is needed").waitFor();
    await screenshot(manager, "refer-dialog");
    await expectNoAxeViolations(manager);
    expect(await dialog.getByText(/covers Dhaka Technical Training Centre/).count()).toBe(1);
    await dialog.getByRole("button", { name: "Record referral consent and send" }).click();
    await dialog.waitFor({ state: "hidden" });
    const card = manager.getByRole("article").or(manager.getByTestId("referral-card")).first();
    await expect.poll(() => card.textContent()).toContain("Sent, awaiting response");
    expect(await card.textContent()).toContain("With Dhaka Technical Training Centre");

    // the provider sees it as needing action, accepts, starts and completes it
    const provider = await loggedInPage(stack, "provider.tvet@test.homecoming");
    await provider.goto(`${stack.base}/inbox`);
    const incoming = provider.getByTestId("referral-card").filter({ hasText: "Karim Uddin" });
    await incoming.waitFor();
    expect(await incoming.textContent()).toContain("Sent, awaiting response");
    await expectNoAxeViolations(provider);
    await screenshot(provider, "inbox");
    await incoming.getByRole("button", { name: "Accept" }).click();
    await provider.getByText("No referrals here.").waitFor();
    await provider.goto(`${stack.base}/inbox?filter=all`);
    await incoming.getByRole("button", { name: "Start" }).click();
    await expect.poll(() => incoming.textContent()).toContain("In progress");
    await incoming.getByRole("button", { name: "Complete", exact: true }).click();
    const complete = provider.getByRole("dialog", { name: "Complete this referral" });
    await complete
      .getByRole("textbox", { name: "Outcome" })
      .fill("Enrolled in the March intake; certificate expected in June");
    await complete.getByRole("button", { name: "Complete", exact: true }).click();
    await complete.waitFor({ state: "hidden" });
    await expect.poll(() => incoming.textContent()).toContain("Completed");

    // the case manager sees the outcome on the case and a notification of it
    await manager.reload();
    await manager.getByRole("tab", { name: "Referrals" }).click();
    const done = manager.getByTestId("referral-card").first();
    await expect.poll(() => done.textContent()).toContain("Enrolled in the March intake");
    expect(await done.textContent()).toContain("Completed");
    const bell = manager.getByRole("button", { name: /Notifications, \d+ new/ });
    await bell.click();
    const note = manager.getByRole("link", {
      name: /Dhaka Technical Training Centre — Completed: Electrical installation course for Karim Uddin/,
    });
    await note.waitFor();
    await note.click();
    await manager.waitForURL(/\/inbox\?direction=outgoing/);
    await manager.getByRole("button", { name: "Notifications", exact: true }).waitFor();
    await manager.getByTestId("referral-card").filter({ hasText: "Completed" }).first().waitFor();
  });
});

describe("the provider's inbox", () => {
  it("names the referring organisation and sorts by due date from the Sort by control", async () => {
    // two more referrals to the course, sent by MRC Dhaka through the API: the later sent is due later
    const client = await loginAs(stack.app, "case.dhaka@test.homecoming");
    const refer = async (givenName: string, familyName: string, n: number, dueDate: string) => {
      const person = await client.post(
        "/persons",
        personPayload({
          givenName,
          familyName,
          nameNative: undefined,
          birthDate: `198${n}-02-0${n}`,
          phone: `+880171200800${n}`,
          nationalId: `INBOX-00000${n}`,
        }),
      );
      expect(person.statusCode, person.body).toBe(201);
      const personId = person.json().id;
      const opened = await client.post("/cases", { personId });
      expect(opened.statusCode, opened.body).toBe(201);
      await client.post(`/persons/${personId}/consents`, {
        purpose: "referral",
        organisationIds: [stack.world.orgs.tvet.id],
      });
      const draft = await client.post("/referrals", {
        caseId: opened.json().id,
        serviceId: stack.world.services.training.id,
        reason: "Wants a trade certificate",
        urgency: "routine",
        dueDate,
      });
      expect(draft.statusCode, draft.body).toBe(201);
      const sent = await client.post(`/referrals/${draft.json().id}/send`, {});
      expect(sent.statusCode, sent.body).toBe(200);
    };
    await refer("Salma", "Begum", 1, "2031-02-01");
    await refer("Nasima", "Akter", 2, "2031-06-01");

    const provider = await loggedInPage(stack, "provider.tvet@test.homecoming");
    await provider.goto(`${stack.base}/inbox`);
    const cards = provider.getByTestId("referral-card");
    const people = async () =>
      (await cards.allTextContents()).map((c) =>
        c.includes("Salma Begum") ? "Salma" : c.includes("Nasima Akter") ? "Nasima" : c,
      );
    await expect.poll(people).toEqual(["Nasima", "Salma"]);

    const salma = cards.filter({ hasText: "Salma Begum" });
    expect(await salma.textContent()).toContain("From MRC Dhaka to Dhaka Technical Training Centre");
    expect(await salma.getByRole("list", { name: "Status history" }).textContent()).toMatch(
      /Sent\s*by MRC Dhaka/,
    );
    expect(await salma.textContent()).not.toContain("the referring organisation");

    await choose(provider, "Sort by", "Due soonest first");
    await provider.waitForURL((u) => u.searchParams.get("sort") === "due");
    await expect.poll(people).toEqual(["Salma", "Nasima"]);
    await expectNoAxeViolations(provider);
    await screenshot(provider, "inbox-sorted");

    await choose(provider, "Sort by", "Due latest first");
    await provider.waitForURL((u) => u.searchParams.get("sort") === "-due");
    await expect.poll(people).toEqual(["Nasima", "Salma"]);

    await choose(provider, "Sort by", "Latest change first");
    await provider.waitForURL((u) => !u.searchParams.has("sort"));
    await expect.poll(people).toEqual(["Nasima", "Salma"]);
  });
});
