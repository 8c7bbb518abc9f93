import { noNeeds } from "@homecoming/domain";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { openWorld } from "../../../test/harness";
import { personPayload } from "../../../test/world";
import { runDueJobs } from "../../background";
import { Eligibility } from "../eligibility/schemas";

const { env, world, as } = await openWorld();
const { admin, caseDhaka, providerTvet, providerBank } = as;
afterAll(() => env.close());

let people = 0;
/** A returnee at MRC Dhaka with an open case; each one distinct from the others. */
async function openCase(overrides: Record<string, unknown> = {}) {
  const n = people++;
  const person = await caseDhaka.post(
    "/persons",
    personPayload({
      givenName: `Elig${String.fromCharCode(65 + (n % 26))}x`,
      familyName: `Returnee${n}`,
      nameNative: undefined,
      phone: `+88017100${String(n).padStart(5, "0")}`,
      nationalId: `ELG-${String(n).padStart(6, "0")}`,
      ...overrides,
    }),
  );
  if (person.statusCode !== 201) throw new Error(`registering failed: ${person.body}`);
  const personId = person.json().id as string;
  const opened = await caseDhaka.post("/cases", { personId });
  return { personId, caseId: opened.json().id as string };
}

interface OfferInAnswer {
  id: string;
  verdict: string;
  conditions: number[];
  [field: string]: unknown;
}

/** An offer of a case's eligibility with its conditions looked up in the answer's list. */
function offerIn(
  answer: { programmes: OfferInAnswer[]; services: OfferInAnswer[]; conditions: unknown[] },
  id: string,
) {
  const offer = [...answer.programmes, ...answer.services].find((o) => o.id === id);
  return offer && { ...offer, conditions: offer.conditions.map((i) => answer.conditions[i]) };
}

async function createProgramme(body: Record<string, unknown>) {
  const res = await admin.post("/programmes", body);
  if (res.statusCode !== 201) throw new Error(`programme failed: ${res.body}`);
  return res.json() as { id: string; version: number; ruleVersion: number; name: string };
}

const needsAnswers = {
  economic: {
    employmentStatus: "unemployed_seeking",
    incomeSufficient: false,
    hasDebt: true,
    debtPressure: 3,
    wantsTraining: true,
    wantsJob: true,
    wantsBusiness: false,
    skillsRecognitionNeeded: false,
  },
  social: noNeeds.social,
  psychosocial: noNeeds.psychosocial,
};

describe("programmes and their rules", () => {
  it("refuses a rule that is not valid JSON Logic or reads a fact that does not exist, naming the problem", async () => {
    const base = { name: "Broken", kind: "grant", category: "econ.finance" };
    const unknownFact = await admin.post("/programmes", {
      ...base,
      eligibilityRule: { ">": [{ var: "salary" }, 5] },
    });
    expect(unknownFact.statusCode).toBe(400);
    expect(unknownFact.json().error.message).toContain('at >[0].var, there is no fact "salary"');
    const notLogic = await admin.post("/programmes", { ...base, eligibilityRule: { between: [1, 2] } });
    expect(notLogic.statusCode).toBe(400);
    expect(notLogic.json().error.message).toContain('"between" is not a JSON Logic operation');
    const badValue = await admin.post("/programmes", {
      ...base,
      eligibilityRule: { "==": [{ var: "sex" }, "woman"] },
    });
    expect(badValue.json().error.message).toContain(
      'sex has no value "woman"; its values are female, male, other',
    );
    const list = await admin.get("/programmes?q=Broken");
    expect(list.json().total).toBe(0);
  });

  it("lets only administrators write programmes", async () => {
    const res = await caseDhaka.post("/programmes", { name: "X", kind: "grant", category: "econ.finance" });
    expect(res.statusCode).toBe(403);
  });

  it("keeps every rule change as a version, audits it and counts how many persons it reaches", async () => {
    await openCase({ sex: "female" });
    const p = await createProgramme({
      name: "Women returnees' enterprise grant",
      kind: "grant",
      category: "econ.finance",
      ownerOrganisationId: world.orgs.bank.id,
      eligibilityRule: { "==": [{ var: "sex" }, "female"] },
    });
    expect(p.ruleVersion).toBe(1);
    const changed = await admin.patch(`/programmes/${p.id}`, {
      version: p.version,
      eligibilityRule: { and: [{ "==": [{ var: "sex" }, "female"] }, { ">=": [{ var: "age" }, 18] }] },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().ruleVersion).toBe(2);
    // the same rule again is no new version
    const same = await admin.patch(`/programmes/${p.id}`, {
      version: changed.json().version,
      eligibilityRule: changed.json().eligibilityRule,
    });
    expect(same.json().ruleVersion).toBe(2);
    const stale = await admin.patch(`/programmes/${p.id}`, { version: p.version, name: "Old" });
    expect(stale.statusCode).toBe(409);

    await runDueJobs(env.database.db);
    const versions = (await admin.get(`/programmes/${p.id}/rule-versions`)).json();
    expect(versions.items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const persons = (await admin.get("/persons?limit=1")).json().total as number;
    for (const v of versions.items) {
      expect(v.impact).not.toBeNull();
      expect(v.impact.eligible + v.impact.notEligible + v.impact.unknown).toBe(persons);
      expect(v.impact.eligible).toBeGreaterThanOrEqual(1);
    }
    const audit = (await admin.get(`/audit?recordId=${p.id}`)).json();
    expect(audit.items.map((a: { action: string }) => a.action).sort()).toEqual([
      "create",
      "update",
      "update",
    ]);
  });
});

describe("eligibility of a case", () => {
  it("gives every open programme a verdict with reasons from the rule, unknown where facts are missing", async () => {
    const { caseId } = await openCase({ sex: "female", birthDate: "1990-05-01" });
    const training = await createProgramme({
      name: "Youth skills training",
      kind: "training",
      category: "econ.vocational_training",
      ownerOrganisationId: world.orgs.tvet.id,
      eligibilityRule: { "<=": [18, { var: "age" }, 30] },
    });
    const debtRelief = await createProgramme({
      name: "Debt counselling for high economic need",
      kind: "social_protection",
      category: "econ.investment_advice",
      eligibilityRule: { "==": [{ var: "needs.economic" }, "high"] },
    });
    const before = (await caseDhaka.get(`/cases/${caseId}/eligibility`)).json();
    const verdictOf = (e: typeof before, id: string) =>
      offerIn(e, id) as unknown as {
        verdict: string;
        conditions: { text: string; outcome: string; because: string }[];
      };
    expect(verdictOf(before, training.id)).toMatchObject({
      verdict: "not_eligible",
      conditions: [
        {
          text: "age is between 18 and 30",
          outcome: "failed",
          because: expect.stringMatching(/^age is 3\d$/),
        },
      ],
    });
    expect(verdictOf(before, debtRelief.id)).toMatchObject({
      verdict: "unknown",
      conditions: [{ outcome: "unknown", because: "economic need not known yet" }],
    });
    expect(before.facts).toMatchObject({
      sex: "female",
      district: "BD3026",
      returnType: "forced",
      destinationRegion: "gcc",
    });
    expect(before.recommendations).toEqual([]);

    const assessed = await caseDhaka.post(`/cases/${caseId}/assessments`, {
      kind: "needs",
      answers: needsAnswers,
    });
    expect(assessed.statusCode).toBe(201);
    const after = (await caseDhaka.get(`/cases/${caseId}/eligibility`)).json();
    expect(verdictOf(after, debtRelief.id).verdict).toBe("eligible");
    expect(after.eligibleProgrammes).toBeGreaterThanOrEqual(1);
    const trainingNeed = after.recommendations.find(
      (r: { category: string }) => r.category === "econ.vocational_training",
    );
    expect(trainingNeed.priority).toBe("high");
    // the institute's course (its area covers Dhaka) is recommended; the youth programme is not (age)
    const names = trainingNeed.options.map((o: { name: string }) => o.name);
    expect(names).toContain("Electrical installation course");
    expect(names).not.toContain("Youth skills training");
  });

  it("says which conditions of a programme are alternatives and that one of them was enough", async () => {
    const { caseId } = await openCase({ sex: "female", birthDate: "1990-05-01" });
    const women = await createProgramme({
      name: "Women's or older returnees' fund",
      kind: "grant",
      category: "econ.finance",
      eligibilityRule: { or: [{ "==": [{ var: "sex" }, "female"] }, { ">=": [{ var: "age" }, 60] }] },
    });
    const answer = (await caseDhaka.get(`/cases/${caseId}/eligibility`)).json();
    const offer = offerIn(answer, women.id) as unknown as {
      verdict: string;
      anyOf: { conditions: number[]; outcome: string }[];
      conditions: { text: string; outcome: string; because?: string }[];
    };
    expect(offer.verdict).toBe("eligible");
    expect(offer.anyOf).toEqual([{ conditions: [0, 1], outcome: "met" }]);
    // the condition is its own reason: no "sex is female (because sex is female)"
    expect(offer.conditions[0]).toEqual({ text: "sex is female", outcome: "met" });
    expect(offer.conditions[1]).toMatchObject({ text: "age is at least 60", outcome: "failed" });
    expect(Eligibility.safeParse({ ...answer, evaluatedAt: new Date(answer.evaluatedAt) }).success).toBe(
      true,
    );
  });

  it("marks a programme of another country as not reaching the returnee and leaves it out of recommendations", async () => {
    const { caseId } = await openCase();
    const pk = await createProgramme({
      name: "Punjab returnee job placement",
      kind: "job_placement",
      category: "econ.job_matching",
      areaCodes: ["PK6"],
      eligibilityRule: true,
    });
    await caseDhaka.post(`/cases/${caseId}/assessments`, { kind: "needs", answers: needsAnswers });
    const e = (await caseDhaka.get(`/cases/${caseId}/eligibility`)).json();
    expect(e.programmes.find((p: { id: string }) => p.id === pk.id)).toMatchObject({
      verdict: "eligible",
      reachesReturnee: false,
    });
    const options = e.recommendations.flatMap((r: { options: { id: string }[] }) =>
      r.options.map((o) => o.id),
    );
    expect(options).not.toContain(pk.id);
  });

  it("lists conditions in words, hides restricted values from a provider, and keeps exactly to its schema", async () => {
    const { caseId, personId } = await openCase({
      sex: "female",
      disability: { hasDisability: true, kinds: ["physical"] },
    });
    const support = await createProgramme({
      name: "Livelihood support for women with disabilities",
      kind: "grant",
      category: "econ.finance",
      eligibilityRule: {
        and: [{ "==": [{ var: "sex" }, "female"] }, { "==": [{ var: "disability" }, true] }],
      },
    });
    // the provider sees the case through an open referral, without the lead organisation's restricted facts
    const consent = (
      await caseDhaka.post(`/persons/${personId}/consents`, {
        purpose: "referral",
        organisationIds: [world.orgs.tvet.id],
      })
    ).json();
    expect(consent.id).toBeDefined();
    const draft = await caseDhaka.post("/referrals", {
      caseId,
      serviceId: world.services.training.id,
      reason: "Training",
      urgency: "routine",
    });
    expect((await caseDhaka.post(`/referrals/${draft.json().id}/send`, {})).statusCode).toBe(200);

    const lead = await caseDhaka.get(`/cases/${caseId}/eligibility`);
    const provider = await providerTvet.get(`/cases/${caseId}/eligibility`);
    expect([lead.statusCode, provider.statusCode]).toEqual([200, 200]);
    const conditionsOf = (body: Parameters<typeof offerIn>[0]) => offerIn(body, support.id)?.conditions;
    expect(conditionsOf(lead.json())).toEqual([
      { text: "sex is female", outcome: "met" },
      { text: "disability is yes", outcome: "met", restricted: true },
    ]);
    // the provider's rules read the restricted fact as unknown: not even whether it was met is derived from it
    expect(conditionsOf(provider.json())).toEqual([
      { text: "sex is female", outcome: "met" },
      {
        text: "a condition on restricted health or psychosocial information",
        outcome: "unknown",
        because: "restricted",
        restricted: true,
      },
    ]);
    expect(offerIn(provider.json(), support.id)?.verdict).toBe("unknown");
    expect(provider.json().facts.disability).toBe("restricted");
    // a condition shared by offers is listed once: both refer to the same position
    const sameCondition = await createProgramme({
      name: "Women's savings group",
      kind: "social_protection",
      category: "econ.finance",
      eligibilityRule: { "==": [{ var: "sex" }, "female"] },
    });
    const again = (await caseDhaka.get(`/cases/${caseId}/eligibility`)).json();
    const refs = (id: string) => again.programmes.find((p: { id: string }) => p.id === id).conditions;
    expect(refs(sameCondition.id)).toEqual([refs(support.id)[0]]);
    expect(new Set(again.conditions.map((c: unknown) => JSON.stringify(c))).size).toBe(
      again.conditions.length,
    );
    // the answer is written as built: it must hold exactly what its schema documents, nothing more
    for (const res of [lead, provider]) {
      const body = res.json();
      const encoded = z.encode(Eligibility, { ...body, evaluatedAt: new Date(body.evaluatedAt) });
      expect(JSON.parse(JSON.stringify(encoded))).toEqual(body);
    }
  });

  it("follows every change of the catalogue at once, also one made in the database directly", async () => {
    const { caseId } = await openCase();
    const programmeOf = async (id: string) =>
      (await caseDhaka.get(`/cases/${caseId}/eligibility`))
        .json()
        .programmes.find((p: { id: string }) => p.id === id) as
        | { name: string; organisationName: string; placesLeft: number | null; verdict: string }
        | undefined;
    const owner = (
      await admin.post("/organisations", {
        name: "Catalogue Test Fund",
        kind: "ngo",
        country: "BD",
      })
    ).json();
    expect(owner.id).toBeDefined();
    const fund = await createProgramme({
      name: "Catalogue test course",
      kind: "training",
      category: "econ.vocational_training",
      ownerOrganisationId: owner.id,
      capacity: 2,
      eligibilityRule: { "==": [{ var: "returnType" }, "forced"] },
    });
    expect(await programmeOf(fund.id)).toMatchObject({
      name: "Catalogue test course",
      organisationName: "Catalogue Test Fund",
      placesLeft: 2,
      verdict: "eligible",
    });

    // a place taken
    const applied = await caseDhaka.post(`/cases/${caseId}/enrolments`, { programmeId: fund.id });
    expect(applied.statusCode).toBe(201);
    const accepted = await admin.post(`/enrolments/${applied.json().id}/accept`, {
      version: applied.json().version,
    });
    expect(accepted.statusCode).toBe(200);
    expect((await programmeOf(fund.id))?.placesLeft).toBe(1);

    // the owner renamed through the API, the programme renamed in the database by hand
    const renamed = await admin.patch(`/organisations/${owner.id}`, { name: "Renamed Test Fund" });
    expect(renamed.statusCode).toBe(200);
    await env.database.db.execute(
      sql`update programmes set name = 'Renamed test course' where id = ${fund.id}::uuid`,
    );
    expect(await programmeOf(fund.id)).toMatchObject({
      name: "Renamed test course",
      organisationName: "Renamed Test Fund",
      placesLeft: 1,
    });

    // closed in the database by hand: no longer an open programme
    await env.database.db.execute(
      sql`update programmes set closes_on = '2000-01-01' where id = ${fund.id}::uuid`,
    );
    expect(await programmeOf(fund.id)).toBeUndefined();
  });

  it("answers 404 to an organisation that may not see the case", async () => {
    const { caseId } = await openCase();
    expect((await providerBank.get(`/cases/${caseId}/eligibility`)).statusCode).toBe(404);
  });

  it("previews a rule on a person before it is saved, and refuses an invalid one", async () => {
    const { personId } = await openCase({ sex: "female" });
    const ok = await admin.post("/eligibility/preview", {
      personId,
      rule: { and: [{ "==": [{ var: "sex" }, "female"] }, { "<": [{ var: "monthsSinceReturn" }, 1] }] },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      verdict: "not_eligible",
      conditions: [
        { text: "sex is female", outcome: "met" },
        { text: "months since return is below 1", outcome: "failed" },
      ],
    });
    const bad = await admin.post("/eligibility/preview", { personId, rule: { "<": [{ var: "monthz" }, 1] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('there is no fact "monthz"');
  });
});

describe("enrolment", () => {
  it("respects capacity: the second acceptance waits on the list until a place frees", async () => {
    const course = await createProgramme({
      name: "Welding certificate course",
      kind: "training",
      category: "econ.vocational_training",
      ownerOrganisationId: world.orgs.tvet.id,
      capacity: 1,
      eligibilityRule: { "==": [{ var: "returnType" }, "forced"] },
    });
    const a = await openCase();
    const b = await openCase();
    const ea = (await caseDhaka.post(`/cases/${a.caseId}/enrolments`, { programmeId: course.id })).json();
    const eb = (await caseDhaka.post(`/cases/${b.caseId}/enrolments`, { programmeId: course.id })).json();
    expect(ea).toMatchObject({ status: "applied", ruleVersion: 1, verdict: { verdict: "eligible" } });
    // what may happen next, for each side: the case's lead may drop, the programme's organisation decides
    expect(ea.moves).toEqual(["drop"]);
    const decisions = (await providerTvet.get(`/programmes/${course.id}/enrolments`)).json().items;
    expect(decisions.find((e: { id: string }) => e.id === ea.id).moves).toEqual([
      "accept",
      "reject",
      "waitlist",
      "drop",
    ]);
    const twice = await caseDhaka.post(`/cases/${a.caseId}/enrolments`, { programmeId: course.id });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toContain("already has an open enrolment");

    // only the programme's organisation decides
    const notOwner = await caseDhaka.post(`/enrolments/${ea.id}/accept`, { version: ea.version });
    expect(notOwner.statusCode).toBe(403);
    const acceptedA = await providerTvet.post(`/enrolments/${ea.id}/accept`, { version: ea.version });
    expect(acceptedA.json().status).toBe("accepted");
    const acceptedB = await providerTvet.post(`/enrolments/${eb.id}/accept`, { version: eb.version });
    expect(acceptedB.json().status).toBe("waitlisted");
    const stillFull = await providerTvet.post(`/enrolments/${eb.id}/accept`, {
      version: acceptedB.json().version,
    });
    expect(stillFull.statusCode).toBe(409);
    expect(stillFull.json().error).toMatchObject({
      code: "invalid_transition",
      message: "The programme is full; the enrolment stays on the waitlist",
      key: "enrolment.programme_full",
    });

    const started = await providerTvet.post(`/enrolments/${ea.id}/start`, {
      version: acceptedA.json().version,
    });
    const noReason = await providerTvet.post(`/enrolments/${ea.id}/drop`, {
      version: started.json().version,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error).toMatchObject({
      message: "A reason is required to drop an enrolment",
      field: "reason",
      key: "enrolment.reason_required",
      values: { action: "drop" },
    });
    await providerTvet.post(`/enrolments/${ea.id}/complete`, { version: started.json().version });
    const nowB = await providerTvet.post(`/enrolments/${eb.id}/accept`, {
      version: acceptedB.json().version,
    });
    expect(nowB.json().status).toBe("accepted");

    const programme = (await admin.get(`/programmes/${course.id}`)).json();
    expect(programme.placesTaken).toBe(1);
    const timeline = (await caseDhaka.get(`/cases/${a.caseId}`))
      .json()
      .events.map((e: { type: string }) => e.type);
    expect(timeline).toEqual(
      expect.arrayContaining([
        "enrolment_applied",
        "enrolment_accepted",
        "enrolment_started",
        "enrolment_completed",
      ]),
    );
    const waitlistEvents = (await caseDhaka.get(`/cases/${b.caseId}`)).json().events;
    expect(waitlistEvents.map((e: { type: string }) => e.type)).toContain("enrolment_waitlisted");
  });

  it("refuses an application the rule rules out, naming the failed condition, and writes nothing", async () => {
    const { caseId } = await openCase({ sex: "male" });
    const grant = await createProgramme({
      name: "Grant for women returnees",
      kind: "training",
      category: "econ.entrepreneurship_training",
      eligibilityRule: { "==": [{ var: "sex" }, "female"] },
    });
    const res = await caseDhaka.post(`/cases/${caseId}/enrolments`, { programmeId: grant.id });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe(
      "The returnee is not eligible for Grant for women returnees: sex is female (sex is male)",
    );
    expect((await caseDhaka.get(`/cases/${caseId}/enrolments`)).json().total).toBe(0);
  });

  it("gives a loan only with a business plan and coaching, records the money given, then schedules repayment checks", async () => {
    const { caseId } = await openCase();
    const loan = await createProgramme({
      name: "Reintegration loan",
      kind: "loan",
      category: "econ.finance",
      ownerOrganisationId: world.orgs.bank.id,
      eligibilityRule: { ">=": [{ var: "age" }, 18] },
    });
    const mentoring = await createProgramme({
      name: "Business mentoring",
      kind: "mentoring",
      category: "econ.business_support",
      ownerOrganisationId: world.orgs.bank.id,
    });
    const noPlan = await caseDhaka.post(`/cases/${caseId}/enrolments`, { programmeId: loan.id });
    expect(noPlan.statusCode).toBe(400);
    expect(noPlan.json().error.message).toContain("needs a business plan");

    const badPlan = await caseDhaka.put(`/cases/${caseId}/business-plan`, {
      activity: "Tailoring shop",
      sectorIsic: "14",
      currency: "BDT",
      capitalNeeded: 100_000,
      ownContribution: 150_000,
      expectedMonthlyIncome: 18_000,
      market: "Local market",
      risks: "Seasonal demand",
    });
    expect(badPlan.statusCode).toBe(400);
    expect(badPlan.json().error.message).toContain("ownContribution must not be more than capitalNeeded");
    const plan = await caseDhaka.put(`/cases/${caseId}/business-plan`, {
      activity: "Tailoring shop",
      sectorIsic: "14",
      currency: "BDT",
      capitalNeeded: 100_000,
      ownContribution: 20_000,
      expectedMonthlyIncome: 18_000.5,
      market: "Local market",
      risks: "Seasonal demand",
    });
    expect(plan.statusCode).toBe(200);
    expect(plan.json().expectedMonthlyIncome).toBe(18_000.5);

    const noCoaching = await caseDhaka.post(`/cases/${caseId}/enrolments`, { programmeId: loan.id });
    expect(noCoaching.json().error).toMatchObject({
      field: "coachingEnrolmentId",
      key: "enrolment.loan_coaching",
    });
    const coaching = (
      await caseDhaka.post(`/cases/${caseId}/enrolments`, { programmeId: mentoring.id })
    ).json();
    const applied = await caseDhaka.post(`/cases/${caseId}/enrolments`, {
      programmeId: loan.id,
      coachingEnrolmentId: coaching.id,
    });
    expect(applied.statusCode).toBe(201);
    expect(applied.json()).toMatchObject({
      coachingEnrolmentId: coaching.id,
      businessPlanId: plan.json().id,
    });

    const accepted = await providerBank.post(`/enrolments/${applied.json().id}/accept`, {
      version: applied.json().version,
    });
    const id = applied.json().id;
    const noAmount = await providerBank.post(`/enrolments/${id}/start`, { version: accepted.json().version });
    expect(noAmount.statusCode).toBe(400);
    expect(noAmount.json().error).toMatchObject({
      field: "amountGiven",
      message:
        "The amount given is required to start a loan or grant enrolment: the money given to the returnee",
      key: "enrolment.amount_required",
    });
    const badCurrency = await providerBank.post(`/enrolments/${id}/start`, {
      version: accepted.json().version,
      amountGiven: 80_000,
      currency: "taka",
    });
    expect(badCurrency.statusCode).toBe(400);
    expect(badCurrency.json().error.message).toContain("currency must be a three-letter ISO 4217 code");
    // nothing of the refused starts was written
    expect((await providerBank.get(`/programmes/${loan.id}/enrolments`)).json().items[0]).toMatchObject({
      status: "accepted",
      amountGiven: null,
      currency: null,
      version: accepted.json().version,
    });
    const started = await providerBank.post(`/enrolments/${id}/start`, {
      version: accepted.json().version,
      amountGiven: 80_000.5,
    });
    expect(started.statusCode).toBe(200);
    // the business plan's currency when none is given
    expect(started.json()).toMatchObject({ status: "active", amountGiven: 80_000.5, currency: "BDT" });
    const events = (await caseDhaka.get(`/cases/${caseId}`)).json().events;
    expect(events.find((e: { type: string }) => e.type === "enrolment_started")).toMatchObject({
      data: { amountGiven: 80_000.5, currency: "BDT" },
    });
    const completing = await providerBank.post(`/enrolments/${id}/complete`, {
      version: started.json().version,
      amountGiven: 10,
    });
    expect(completing.statusCode).toBe(400);
    expect(completing.json().error).toMatchObject({
      message: "The amount given is recorded only when a loan or grant enrolment starts",
      field: "amountGiven",
      key: "enrolment.amount_only_at_start",
    });
    const followUps = (await caseDhaka.get(`/cases/${caseId}/follow-ups`)).json().items;
    expect(followUps.filter((f: { kind: string }) => f.kind === "repayment")).toHaveLength(4);
  });
});

describe("rules on services", () => {
  it("checks, versions and audits a service's rule, and the case's eligibility follows it", async () => {
    const { caseId } = await openCase({ sex: "female" });
    const bad = await admin.post("/services", {
      organisationId: world.orgs.tvet.id,
      name: "Tailoring course for women",
      category: "econ.vocational_training",
      serviceAreas: ["BD30"],
      eligibilityRule: { "==": [{ var: "gender" }, "female"] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('there is no fact "gender"');
    const created = await admin.post("/services", {
      organisationId: world.orgs.tvet.id,
      name: "Tailoring course for women",
      category: "econ.vocational_training",
      serviceAreas: ["BD30"],
      eligibilityRule: { "==": [{ var: "sex" }, "female"] },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ ruleVersion: 1 });
    const verdict = async () =>
      offerIn((await caseDhaka.get(`/cases/${caseId}/eligibility`)).json(), created.json().id);
    expect(await verdict()).toMatchObject({ verdict: "eligible", conditions: [{ text: "sex is female" }] });

    const changed = await admin.patch(`/services/${created.json().id}`, {
      version: created.json().version,
      eligibilityRule: { and: [{ "==": [{ var: "sex" }, "female"] }, { "<=": [{ var: "age" }, 25] }] },
    });
    expect(changed.json().ruleVersion).toBe(2);
    expect(await verdict()).toMatchObject({ verdict: "not_eligible" });
    const audit = (await admin.get(`/audit?recordId=${created.json().id}`)).json();
    expect(audit.items.find((a: { action: string }) => a.action === "update").details).toMatchObject({
      ruleVersion: 2,
    });
  });
});
