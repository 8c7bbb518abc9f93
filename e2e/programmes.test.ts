import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDueJobs } from "../apps/server/src/background";
import type { Db } from "../apps/server/src/db/client";
import { type Client, loginAs, personPayload } from "../apps/server/test/world";
import {
  choose,
  combobox,
  expectNoAxeViolations,
  loggedInPage,
  pick,
  type Stack,
  screenshot,
  startStack,
} from "./support";

let stack: Stack;
let admin: Client;
let dhaka: Client;
/** A women's programme whose age limit (18 to 35) leaves out Amina, who is 38. */
let training: { id: string };
/** One place only: the second acceptance goes to the waitlist. */
let apprenticeship: { id: string };
/** A rule with a nested group, which the form cannot show. */
let nested: { id: string };
let amina: { personId: string; caseId: string };
let karim: { personId: string; caseId: string };

async function created(res: { statusCode: number; body: string; json: () => unknown }, what: string) {
  if (res.statusCode !== 201) throw new Error(`${what} failed: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string };
}

async function returneeWithCase(overrides: Record<string, unknown>) {
  const person = await created(await dhaka.post("/persons", personPayload(overrides)), "registration");
  const opened = await created(await dhaka.post("/cases", { personId: person.id }), "opening a case");
  return { personId: person.id, caseId: opened.id };
}

/** The verdict the case's eligibility gives one programme, as the case manager reads it. */
async function verdictOfCase(caseId: string, programmeId: string) {
  const res = await dhaka.get(`/cases/${caseId}/eligibility`);
  expect(res.statusCode).toBe(200);
  const programme = (
    res.json() as { programmes: { id: string; verdict: string; ruleVersion: number }[] }
  ).programmes.find((p) => p.id === programmeId);
  return { verdict: programme?.verdict, ruleVersion: programme?.ruleVersion };
}

beforeAll(async () => {
  stack = await startStack();
  admin = await loginAs(stack.app, "admin@test.homecoming");
  dhaka = await loginAs(stack.app, "case.dhaka@test.homecoming");
  const tvet = stack.world.orgs.tvet.id;
  training = await created(
    await admin.post("/programmes", {
      name: "Women's enterprise training",
      description: "Six weeks of business training for women who came back",
      kind: "business_training",
      category: "econ.entrepreneurship_training",
      ownerOrganisationId: tvet,
      areaCodes: ["BD30"],
      capacity: 30,
      eligibilityRule: { and: [{ "==": [{ var: "sex" }, "female"] }, { "<=": [18, { var: "age" }, 35] }] },
    }),
    "the training programme",
  );
  apprenticeship = await created(
    await admin.post("/programmes", {
      name: "Electricians' apprenticeship",
      kind: "training",
      category: "econ.vocational_training",
      ownerOrganisationId: tvet,
      capacity: 1,
    }),
    "the apprenticeship",
  );
  nested = await created(
    await admin.post("/programmes", {
      name: "Debt relief grant",
      kind: "grant",
      category: "econ.finance",
      ownerOrganisationId: stack.world.orgs.bank.id,
      eligibilityRule: {
        or: [
          { in: ["debt_bondage", { var: "vulnerabilityFlags" }] },
          { and: [{ "==": [{ var: "informalDebt" }, true] }, { ">=": [{ var: "debtAmountUsd" }, 2000] }] },
        ],
      },
    }),
    "the grant",
  );
  amina = await returneeWithCase({
    givenName: "Amina",
    familyName: "Begum",
    nameNative: "আমিনা বেগম",
    sex: "female",
    nationalId: "1988555000222",
    phone: "+8801711000222",
  });
  karim = await returneeWithCase({
    givenName: "Karim",
    familyName: "Uddin",
    nameNative: "করিম উদ্দিন",
    nationalId: "1990555000333",
    phone: "+8801711000333",
  });
  for (const c of [amina, karim])
    await created(
      await dhaka.post(`/cases/${c.caseId}/enrolments`, { programmeId: apprenticeship.id }),
      "applying for the apprenticeship",
    );
}, 120_000);
afterAll(() => stack?.close());

/**
 * axe on the page with the pointer parked off any control: a hovered filled control takes the theme's hover
 * shade, which is the theme's concern, not this screen's.
 */
async function checkAccessibility(page: Page) {
  await page.mouse.move(1, 855);
  await expectNoAxeViolations(page);
}

/** Waits for a value that the page reaches after a debounced preview or a server round trip. */
const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });
const condition = (page: Page, n: number) => page.getByRole("group", { name: `Condition ${n}` });
const preview = (page: Page) => page.getByRole("region", { name: "Try it on a returnee" });
/** Each condition of the preview with its mark, e.g. "✗Not met:age is between 18 and 35(because age is 38)". */
const previewConditions = (page: Page) => preview(page).locator("li").allTextContents();

describe("programmes and their eligibility rules", () => {
  it("lists programmes, searched, filtered and ordered on the server", async () => {
    const page = await loggedInPage(stack, "admin@test.homecoming");
    await page.getByRole("navigation").getByRole("link", { name: "Programmes" }).click();
    await page.getByRole("heading", { name: "Programmes" }).waitFor();
    const names = () => page.getByRole("main").locator('tbody a[href^="/programmes/"]').allTextContents();
    await eventually(names).toEqual([
      "Debt relief grant",
      "Electricians' apprenticeship",
      "Women's enterprise training",
    ]);
    const row = page.getByRole("row").filter({ hasText: "Women's enterprise training" });
    const cells = await row.getByRole("cell").allTextContents();
    expect(cells).toEqual([
      "Women's enterprise training",
      "Business training",
      "Entrepreneurship training",
      "Dhaka Technical Training Centre",
      "0 of 30",
      "Always open",
      "Version 1",
      "Active",
    ]);
    expect(await page.getByRole("main").textContent()).toContain("1–3 of 3");
    await checkAccessibility(page);
    await screenshot(page, "programmes-list");

    await choose(page, "Sort by", "Name, Z to A");
    await eventually(names).toEqual([
      "Women's enterprise training",
      "Electricians' apprenticeship",
      "Debt relief grant",
    ]);
    expect(new URL(page.url()).searchParams.get("sort")).toBe("-name");
    await choose(page, "Kind", "Training");
    await eventually(names).toEqual(["Electricians' apprenticeship"]);
    await page.reload();
    await eventually(names).toEqual(["Electricians' apprenticeship"]);
    expect(await combobox(page, "Sort by").inputValue()).toBe("Name, Z to A");
    await page.goto(`${stack.base}/programmes?category=econ.finance`);
    await eventually(names).toEqual(["Debt relief grant"]);
    await page.goto(`${stack.base}/programmes`);
    await page.getByRole("textbox", { name: "Search by name" }).fill("enterprise");
    await eventually(names).toEqual(["Women's enterprise training"]);
    await page.context().close();
  });

  it("lets a case manager read programmes without changing them", async () => {
    const page = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await page.goto(`${stack.base}/programmes`);
    await page.getByRole("link", { name: "Women's enterprise training" }).click();
    await page.getByRole("heading", { name: "Women's enterprise training" }).waitFor();
    await eventually(() => page.getByRole("main").textContent()).toContain("Age is between 18 and 35 years");
    expect(await page.getByRole("button", { name: "New programme" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Save changes" }).count()).toBe(0);
    expect(await page.getByRole("tab", { name: "Enrolments" }).count()).toBe(0);
    await page.context().close();
  });

  it("changes a rule in the form, previews it on a returnee before saving, and saves it as a new version", async () => {
    expect(await verdictOfCase(amina.caseId, training.id)).toEqual({
      verdict: "not_eligible",
      ruleVersion: 1,
    });
    const page = await loggedInPage(stack, "admin@test.homecoming");
    await page.goto(`${stack.base}/programmes`);
    await page.getByRole("link", { name: "Women's enterprise training" }).click();
    await page.getByRole("heading", { name: "Women's enterprise training" }).waitFor();
    await condition(page, 2).waitFor();
    expect(await combobox(page, "A returnee qualifies when").count()).toBe(0);
    expect(await page.getByRole("radio", { name: "all of the conditions hold" }).isChecked()).toBe(true);
    expect(await condition(page, 1).getByRole("combobox", { name: "Fact" }).inputValue()).toBe("Sex");
    expect(await condition(page, 2).getByRole("combobox", { name: "Test" }).inputValue()).toBe("is between");
    const to = condition(page, 2).getByRole("textbox", { name: "To" });
    expect(await to.inputValue()).toBe("35");
    await eventually(() => page.getByRole("main").textContent()).toContain("Age is between 18 and 35 years");

    await pick(page, "Returnee", "Amina", /Amina Begum/);
    await eventually(() => preview(page).getByText("Not eligible", { exact: true }).count()).toBe(1);
    expect(await previewConditions(page)).toEqual([
      "✓Met:sex is female",
      "✗Not met:age is between 18 and 35(because age is 38)",
    ]);

    await to.fill("45");
    await eventually(() => preview(page).getByText("Eligible", { exact: true }).count()).toBe(1);
    await eventually(() => previewConditions(page)).toEqual([
      "✓Met:sex is female",
      "✓Met:age is between 18 and 45(because age is 38)",
    ]);
    await eventually(() => page.getByRole("main").textContent()).toContain("Age is between 18 and 45 years");
    // nothing is saved by a preview
    expect(await verdictOfCase(amina.caseId, training.id)).toEqual({
      verdict: "not_eligible",
      ruleVersion: 1,
    });
    await checkAccessibility(page);
    await screenshot(page, "programme-rule-preview");

    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("Programme saved; its rule is now version 2.").waitFor();
    await eventually(() => page.getByRole("main").textContent()).toContain("Version 2");
    expect(await verdictOfCase(amina.caseId, training.id)).toEqual({ verdict: "eligible", ruleVersion: 2 });

    await page.getByRole("tab", { name: "Rule versions" }).click();
    const rows = page.getByRole("tabpanel", { name: "Rule versions" }).locator("tbody tr");
    await eventually(() => rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain("Version 2current");
    // the author's name arrives after the row ("A colleague" while it loads)
    await eventually(() => rows.nth(0).textContent()).toContain("Admin");
    expect(await rows.nth(0).textContent()).toContain("Age is between 18 and 45 years");
    expect(await rows.nth(1).textContent()).toContain("Age is between 18 and 35 years");
    expect(await rows.nth(0).textContent()).toContain("Being counted");
    // the background worker counts how many persons each version reaches
    await runDueJobs((stack.app as unknown as { db: Db }).db);
    await expect
      .poll(() => rows.nth(0).textContent(), { timeout: 15_000 })
      .toContain("1 eligible, 1 not eligible, 0 unknown");
    await screenshot(page, "programme-rule-versions");
    await page.context().close();
  });

  it("shows the server's message about an invalid rule typed as JSON and saves nothing", async () => {
    const page = await loggedInPage(stack, "admin@test.homecoming");
    await page.goto(`${stack.base}/programmes/${training.id}`);
    await condition(page, 1).waitFor();
    await pick(page, "Returnee", "Amina", /Amina Begum/);
    await eventually(() => preview(page).getByText("Eligible", { exact: true }).count()).toBe(1);
    await page.getByText("JSON", { exact: true }).click();
    const json = page.getByRole("textbox", { name: "Rule as JSON (JSON Logic)" });
    expect(JSON.parse(await json.inputValue())).toEqual({
      and: [{ "==": [{ var: "sex" }, "female"] }, { "<=": [18, { var: "age" }, 45] }],
    });
    await json.fill('{"and": [{"<=": [18, {"var": "agee"}, 45]}]}');
    const problem = page.getByRole("alert").filter({ hasText: "The rule has a problem" });
    await eventually(() => problem.textContent()).toContain('there is no fact "agee"');
    await page.getByRole("button", { name: "Save changes" }).click();
    await eventually(() => problem.textContent()).toContain("This is not a valid eligibility rule");
    expect(await problem.textContent()).toContain('there is no fact "agee"');
    // what was typed stays
    expect(await json.inputValue()).toBe('{"and": [{"<=": [18, {"var": "agee"}, 45]}]}');
    await screenshot(page, "programme-rule-json");

    // a rule that is not JSON at all never reaches the server
    await json.fill('{"and": [');
    await eventually(() => page.getByText(/This is not valid JSON/).count()).toBe(1);
    await page.getByText("Form", { exact: true }).click();
    expect(await json.isVisible()).toBe(true);

    const saved = (await admin.get(`/programmes/${training.id}`)).json() as {
      ruleVersion: number;
      eligibilityRule: unknown;
    };
    expect(saved.ruleVersion).toBe(2);
    expect(saved.eligibilityRule).toEqual({
      and: [{ "==": [{ var: "sex" }, "female"] }, { "<=": [18, { var: "age" }, 45] }],
    });
    expect(
      ((await admin.get(`/programmes/${training.id}/rule-versions`)).json() as { total: number }).total,
    ).toBe(2);
    await page.context().close();
  });

  it("opens a rule the form cannot show in the JSON view, and shows it in the server's words", async () => {
    const page = await loggedInPage(stack, "admin@test.homecoming");
    await page.goto(`${stack.base}/programmes/${nested.id}`);
    const json = page.getByRole("textbox", { name: "Rule as JSON (JSON Logic)" });
    await json.waitFor();
    await page.getByText(/This rule has parts the form cannot show/).waitFor();
    await page.getByText("Choose a returnee in the preview to read this rule in words.").waitFor();
    await pick(page, "Returnee", "Karim", /Karim Uddin/);
    await eventually(() => preview(page).getByText("Unknown", { exact: true }).count()).toBeGreaterThan(0);
    await eventually(() => page.getByRole("main").textContent()).toContain("As the server reads it:");
    expect(await page.getByRole("main").textContent()).toContain("vulnerability flags include debt bondage");
    await page.getByText("Form", { exact: true }).click();
    await page.getByText("The form cannot show this rule; it stays in the JSON view.").waitFor();
    expect(await json.isVisible()).toBe(true);
    await page.context().close();
  });

  it("offers to reload when someone else saved the programme first, keeping what was typed until then", async () => {
    const page = await loggedInPage(stack, "admin@test.homecoming");
    await page.goto(`${stack.base}/programmes/${nested.id}`);
    const capacity = page.getByRole("textbox", { name: "Capacity (places)" });
    await capacity.waitFor();
    const before = (await admin.get(`/programmes/${nested.id}`)).json() as { version: number };
    const meanwhile = await admin.patch(`/programmes/${nested.id}`, {
      version: before.version,
      description: "Grants to clear debts owed to informal lenders",
    });
    expect(meanwhile.statusCode).toBe(200);
    await capacity.fill("25");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText(/Someone else changed this programme after you opened it/).waitFor();
    expect(await capacity.inputValue()).toBe("25");
    await page.getByRole("button", { name: "Reload the programme" }).click();
    await eventually(() => page.getByRole("textbox", { name: "What it offers" }).inputValue()).toBe(
      "Grants to clear debts owed to informal lenders",
    );
    expect(await capacity.inputValue()).toBe("");
    expect(
      ((await admin.get(`/programmes/${nested.id}`)).json() as { capacity: number | null }).capacity,
    ).toBeNull();
    await page.context().close();
  });

  it("builds a rule from nothing in the form for a new programme", async () => {
    const page = await loggedInPage(stack, "admin@test.homecoming");
    await page.goto(`${stack.base}/programmes`);
    await page.getByRole("link", { name: "New programme" }).click();
    await page.getByRole("heading", { name: "New programme" }).waitFor();
    await pick(page, "Owner organisation", "kallyan", /^Probashi Kallyan Bank$/);
    await page.getByRole("textbox", { name: "Name" }).fill("Reintegration grant for forced returns");
    await choose(page, "Kind", "Grant");
    await choose(page, "Need it answers (category)", "Finance");
    await pick(page, "Areas where it is offered", "Dhaka", /^Dhaka \(BD3026\)$/);
    await page.keyboard.press("Escape");
    await page.getByText("No conditions yet: every returnee qualifies.").waitFor();
    await page.getByRole("button", { name: "Add a condition" }).click();
    await condition(page, 1).getByRole("combobox", { name: "Fact" }).click();
    await page.getByRole("option", { name: "Return type", exact: true }).click();
    await condition(page, 1).getByRole("combobox", { name: "Test" }).click();
    await page.getByRole("option", { name: "is one of", exact: true }).click();
    await condition(page, 1).getByRole("combobox", { name: "Values" }).click();
    await page.getByRole("option", { name: "forced (deported)" }).click();
    await page.getByRole("option", { name: "crisis" }).click();
    await page.keyboard.press("Escape");
    // an incomplete condition is not saved
    await page.getByRole("button", { name: "Add a condition" }).click();
    await page.getByRole("button", { name: "Create programme" }).click();
    await page.getByText("The rule is not ready to save: Condition 2: choose a fact.").first().waitFor();
    await condition(page, 2).getByRole("combobox", { name: "Fact" }).click();
    await page.getByRole("option", { name: "Debt owed to informal lenders" }).click();
    await condition(page, 2).getByRole("combobox", { name: "Answer" }).click();
    await page.getByRole("option", { name: "yes", exact: true }).click();
    await page.getByRole("radio", { name: "any of the conditions holds" }).check();
    await eventually(() => page.getByRole("main").textContent()).toContain(
      "A returnee qualifies when any of these holds:",
    );
    expect(await page.getByRole("main").textContent()).toContain(
      "Return type is one of forced (deported) or crisis",
    );
    expect(await page.getByRole("main").textContent()).toContain("Debt owed to informal lenders is yes");
    await page.getByRole("button", { name: "Create programme" }).click();
    await page.getByRole("heading", { name: "Reintegration grant for forced returns" }).waitFor();
    const id = new URL(page.url()).pathname.split("/").pop();
    const saved = (await admin.get(`/programmes/${id}`)).json() as Record<string, unknown>;
    expect(saved).toMatchObject({
      ownerOrganisationName: "Probashi Kallyan Bank",
      kind: "grant",
      category: "econ.finance",
      areaCodes: ["BD3026"],
      ruleVersion: 1,
      eligibilityRule: {
        or: [
          { in: [{ var: "returnType" }, ["forced", "crisis"]] },
          { "==": [{ var: "informalDebt" }, true] },
        ],
      },
    });
    await page.context().close();
  });

  it("lets the programme's organisation accept, waitlist when full, and reject with a reason", async () => {
    const page = await loggedInPage(stack, "provider.tvet@test.homecoming");
    await page.goto(`${stack.base}/programmes/${apprenticeship.id}`);
    await page.getByRole("tab", { name: "Enrolments" }).click();
    const rows = page.getByRole("tabpanel", { name: "Enrolments" }).locator("tbody tr");
    await eventually(() => rows.count()).toBe(2);
    const first = amina.caseId.slice(0, 8);
    const second = karim.caseId.slice(0, 8);
    const rowOf = (id: string) => rows.filter({ has: page.getByRole("link", { name: `Case ${id}` }) });
    expect(await rowOf(first).textContent()).toContain("Applied");
    expect(await rowOf(first).textContent()).toContain("Version 1");
    expect(
      await rowOf(first)
        .getByRole("link", { name: `Case ${first}` })
        .getAttribute("href"),
    ).toBe(`/cases/${amina.caseId}`);
    await checkAccessibility(page);
    await screenshot(page, "programme-enrolments");

    await page.getByRole("button", { name: `Accept: case ${first}` }).click();
    await page.getByText(`The enrolment of case ${first} is now: Accepted.`).waitFor();
    await page.getByRole("button", { name: `Accept: case ${second}` }).click();
    await page
      .getByText(`The programme is full: the enrolment of case ${second} went to the waitlist instead.`)
      .waitFor();
    await eventually(() => rowOf(second).textContent()).toContain("Waitlisted");
    expect(await page.getByRole("main").textContent()).toContain("1 of 1");

    await page.getByRole("button", { name: `Reject: case ${second}` }).click();
    const dialog = page.getByRole("dialog", { name: `Reject the enrolment of case ${second}` });
    await dialog.getByRole("button", { name: "Reject" }).click();
    await dialog.getByText("Give a reason.").waitFor();
    await dialog
      .getByRole("textbox", { name: "Reason" })
      .fill("No place left this year; apply again in spring");
    await checkAccessibility(page);
    await dialog.getByRole("button", { name: "Reject" }).click();
    await dialog.waitFor({ state: "hidden" });
    await eventually(() => rowOf(second).textContent()).toContain("Rejected");
    expect(await rowOf(second).textContent()).toContain("No place left this year; apply again in spring");

    await choose(page, "Status", "Rejected");
    await eventually(() => rows.count()).toBe(1);
    expect(new URL(page.url()).searchParams.get("status")).toBe("rejected");
    await choose(page, "Status", "Accepted");
    await eventually(() => rows.count()).toBe(1);
    await page.getByRole("button", { name: `Start: case ${first}` }).click();
    await page.getByText(`The enrolment of case ${first} is now: Taking part.`).waitFor();
    await checkAccessibility(page);
    await page.context().close();
  });

  it("keeps a service's rule: open to every returnee, or conditions set in the same editor", async () => {
    const page = await loggedInPage(stack, "admin@test.homecoming");
    const loan = stack.world.services.loan.id;
    await page.goto(`${stack.base}/directory/${loan}`);
    await page.getByRole("button", { name: "Edit" }).click();
    const open = page.getByRole("switch", { name: "Open to every returnee" });
    expect(await open.isChecked()).toBe(true);
    await open.click();
    await page.getByRole("button", { name: "Add a condition" }).click();
    await condition(page, 1).getByRole("combobox", { name: "Fact" }).click();
    await page.getByRole("option", { name: "Age", exact: true }).click();
    await condition(page, 1).getByRole("textbox", { name: "Value (years)" }).fill("18");
    await pick(page, "Returnee", "Amina", /Amina Begum/);
    await eventually(() => preview(page).getByText("Eligible", { exact: true }).count()).toBe(1);
    await checkAccessibility(page);
    await screenshot(page, "service-rule");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("button", { name: "Edit" }).waitFor();
    const saved = (await admin.get(`/services/${loan}`)).json() as {
      eligibilityRule: unknown;
      ruleVersion: number;
    };
    expect(saved.eligibilityRule).toEqual({ and: [{ ">=": [{ var: "age" }, 18] }] });
    expect(saved.ruleVersion).toBe(2);
    await page.context().close();
  });
});
