import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshIndicatorFacts } from "../apps/server/src/modules/indicators/refresh";
import { loginAs, personPayload } from "../apps/server/test/world";
import { choose, expectNoAxeViolations, loggedInPage, type Stack, screenshot, startStack } from "./support";

let stack: Stack;

// Counted by hand: six women and five men registered by MRC Dhaka, each with a case and a baseline survey of
// one question per dimension (the women all at the best answer, composite 1; the men at the worst, 0); each
// woman referred to the training institute.
beforeAll(async () => {
  stack = await startStack();
  const mrc = await loginAs(stack.app, "case.dhaka@test.homecoming");
  for (let n = 0; n < 11; n++) {
    const woman = n < 6;
    const person = await mrc.post(
      "/persons",
      personPayload({
        givenName: `Dash${String.fromCharCode(65 + n)}${String.fromCharCode(80 - n)}q`,
        familyName: `Board${n}`,
        nameNative: undefined,
        sex: woman ? "female" : "male",
        phone: `+8801713${String(n).padStart(6, "0")}`,
        nationalId: `DASH-${String(n).padStart(8, "0")}`,
      }),
    );
    if (person.statusCode !== 201) throw new Error(person.body);
    const personId = person.json().id;
    const kase = (await mrc.post("/cases", { personId })).json();
    const survey = woman
      ? { income_sufficiency: "fully", housing: "secure", distress: "never" }
      : { income_sufficiency: "not_at_all", housing: "none", distress: "often" };
    await mrc.post(`/cases/${kase.id}/assessments`, { kind: "sustainability_survey", answers: survey });
    if (woman) {
      await mrc.post(`/persons/${personId}/consents`, {
        purpose: "referral",
        organisationIds: [stack.world.orgs.tvet.id],
      });
      const draft = await mrc.post("/referrals", {
        caseId: kase.id,
        serviceId: stack.world.services.training.id,
        reason: "Wants a trade",
        urgency: "routine",
      });
      await mrc.post(`/referrals/${draft.json().id}/send`, {});
    }
  }
  await refreshIndicatorFacts(stack.database.db, new Date());
}, 120_000);
afterAll(() => stack?.close());

describe("the indicators in the workspace", () => {
  it("gives the analyst an overview with the headline figures, the funnel and the scores", async () => {
    const page = await loggedInPage(stack, "analyst@test.homecoming");
    await page.getByRole("link", { name: "Indicators" }).first().click();
    await page.getByRole("heading", { name: "Indicators", level: 2 }).waitFor();
    const registered = page.getByRole("link", { name: /^Returnees registered/ }).first();
    await expect.poll(() => registered.textContent(), { timeout: 10_000 }).toContain("11");
    const funnel = page.getByRole("table", { name: "Referrals at each step over the period" });
    await expect.poll(() => funnel.textContent(), { timeout: 10_000 }).toContain("Referrals sent6");
    // six of eleven surveys at 1, five at 0
    const scores = page.getByRole("region", { name: "Sustainability scores" });
    await expect
      .poll(() => scores.getByRole("table").textContent(), { timeout: 10_000 })
      .toContain("Baseline0.55");
    await page.getByRole("img", { name: /^Line chart of Cases opened by Month/ }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, "indicators-overview");

    // a filter narrows every figure, and shows as a button that removes it
    await choose(page, "Filter by", "Sex");
    await choose(page, "Sex to keep", "Female");
    await expect.poll(() => registered.textContent()).toContain("6");
    expect(new URL(page.url()).searchParams.get("f.sex")).toBe("female");
    await page.getByRole("button", { name: "Remove the filter Sex: Female" }).click();
    await expect.poll(() => registered.textContent()).toContain("11");
  });

  it("splits one indicator by two disaggregations, its chart beside the table, small counts hidden", async () => {
    const page = await loggedInPage(stack, "analyst@test.homecoming");
    await page.goto(`${stack.base}/indicators/returnees_registered`);
    await page.getByRole("heading", { name: "Returnees registered", level: 2 }).waitFor();
    await choose(page, "Split by", "Sex");
    const table = page.getByRole("table", { name: /^Returnees registered, / });
    await expect.poll(() => table.textContent(), { timeout: 10_000 }).toContain("Female6");
    expect(await table.textContent()).toContain("Male5");
    expect(await table.textContent()).toContain("All11");
    await page
      .getByRole("img", {
        name: "Bar chart of Returnees registered by Sex; the table below gives the same figures.",
      })
      .waitFor();
    // the file downloads the figures on screen
    const href = await page.getByRole("link", { name: "Download CSV" }).getAttribute("href");
    const csv = await (await page.request.get(`${stack.base}${href}`)).text();
    expect(csv.trim().split(/\r?\n/)).toEqual([
      "sex,value,numerator,denominator,status",
      "female,6,6,,shown",
      "male,5,5,,shown",
      "all,11,11,,shown",
    ]);
    await choose(page, "Then by", "Age group");
    // all in one age group each: no count is small, so nothing is hidden
    await expect.poll(() => table.textContent()).toContain("35–44");
    expect(new URL(page.url()).searchParams.get("by")).toBe("sex,ageGroup");
    await expectNoAxeViolations(page);
    await screenshot(page, "indicator");
  });

  it("leads a case manager from a number to the cases behind it; the analyst gets the number alone", async () => {
    const analyst = await loggedInPage(stack, "analyst@test.homecoming");
    await analyst.goto(`${stack.base}/indicators/returnees_registered?by=sex`);
    await analyst
      .getByRole("table", { name: /^Returnees registered, / })
      .getByText("Female")
      .waitFor();
    expect(await analyst.getByRole("link", { name: /list the cases$/ }).count()).toBe(0);

    const page = await loggedInPage(stack, "case.dhaka@test.homecoming");
    await page.goto(`${stack.base}/indicators/returnees_registered?by=sex`);
    await page.getByRole("link", { name: "6: list the cases" }).click();
    await page.getByRole("heading", { name: "Cases behind: Returnees registered" }).waitFor();
    expect(new URL(page.url()).searchParams.get("f.sex")).toBe("female");
    await expect.poll(() => page.getByRole("link", { name: /^Dash/ }).count(), { timeout: 10_000 }).toBe(6);
    await expectNoAxeViolations(page);
    await screenshot(page, "indicator-cases");
  });

  it("shows a dimension's scores and the services of that dimension", async () => {
    const page = await loggedInPage(stack, "analyst@test.homecoming");
    await page.goto(`${stack.base}/indicators/dimensions/economic`);
    await page.getByRole("heading", { name: "The Economic dimension" }).waitFor();
    const referred = page.getByRole("table", { name: /^Returnees referred to a service, / });
    await expect.poll(() => referred.textContent(), { timeout: 10_000 }).toContain("6");
    await expectNoAxeViolations(page);
  });
});
