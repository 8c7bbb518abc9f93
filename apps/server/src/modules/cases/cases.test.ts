import { caseStages, noNeeds, riskLevels } from "@homecoming/domain";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openWorld } from "../../../test/harness";
import { bringFollowUpDue, type Client, personPayload } from "../../../test/world";
import { queryRows } from "../../db/client";
import { countCap } from "../../db/paging";
import { CaseQuery } from "./schemas";
import { casePageQuery } from "./store";

const { env, world, as } = await openWorld();
const { admin, caseDhaka, counsellorDhaka, caseErbil, providerTvet, analyst } = as;
afterAll(() => env.close());

const needs = {
  kind: "needs",
  answers: {
    economic: {
      employmentStatus: "unemployed_seeking",
      incomeSufficient: false,
      hasDebt: true,
      debtPressure: 3,
      wantsTraining: true,
      wantsJob: true,
      wantsBusiness: false,
      skillsRecognitionNeeded: true,
    },
    social: {
      housingSecure: true,
      documentsMissing: false,
      healthNeed: 2,
      childrenOutOfSchool: false,
      legalIssue: false,
      socialProtectionNeeded: false,
      familyAcceptance: 0,
    },
    psychosocial: noNeeds.psychosocial,
  },
};

const psychosocial = {
  kind: "psychosocial",
  answers: {
    nervous: 3,
    hopeless: 2,
    restless: 3,
    depressed: 2,
    effort: 3,
    worthless: 2,
    notes: "Sleeps badly since the deportation",
  },
};

const plan = (version: number) => ({
  version,
  goals: [
    {
      dimension: "economic",
      title: "Work as a certified mason",
      actions: [{ title: "Trade test", serviceCategory: "econ.skills_recognition", dueDate: "2030-01-31" }],
    },
    { dimension: "social", title: "Secure housing", actions: [{ title: "Visit housing office" }] },
  ],
});

let people = 0;
/** Registers a returnee nobody else in this file resembles, as the given MRC client. */
async function registerPerson(client: Client, overrides: Record<string, unknown> = {}) {
  const n = people++;
  const res = await client.post(
    "/persons",
    personPayload({
      givenName: `Case${String.fromCharCode(65 + (n % 26))}${String.fromCharCode(65 + Math.floor(n / 26))}x`,
      familyName: `Person${n}`,
      nameNative: undefined,
      phone: `+88017000${String(n).padStart(5, "0")}`,
      nationalId: `CASE-${String(n).padStart(6, "0")}`,
      birthDate: `19${String(60 + (n % 40)).padStart(2, "0")}-01-15`,
      ...overrides,
    }),
  );
  if (res.statusCode !== 201) throw new Error(`registration failed: ${res.body}`);
  return res.json().id as string;
}

async function openCase(client: Client = caseDhaka) {
  const personId = await registerPerson(client);
  const res = await client.post("/cases", { personId });
  if (res.statusCode !== 201) throw new Error(`opening failed: ${res.body}`);
  return { personId, caseId: res.json().id as string };
}

const getCase = async (id: string, client: Client = caseDhaka) => (await client.get(`/cases/${id}`)).json();

/** A case with an active plan (stage plan_active). */
async function caseWithPlan() {
  const opened = await openCase();
  await caseDhaka.post(`/cases/${opened.caseId}/assessments`, needs);
  const saved = await caseDhaka.put(
    `/cases/${opened.caseId}/plan`,
    plan((await getCase(opened.caseId)).version),
  );
  if (saved.statusCode !== 200) throw new Error(`plan failed: ${saved.body}`);
  return opened;
}

/** Sends a referral from the case to the training institute under a consent (withdrawing it would suspend the referral). */
async function openReferralToTvet(caseId: string, personId: string) {
  const consent = (
    await caseDhaka.post(`/persons/${personId}/consents`, {
      purpose: "referral",
      organisationIds: [world.orgs.tvet.id],
    })
  ).json();
  const draft = await caseDhaka.post("/referrals", {
    caseId,
    serviceId: world.services.training.id,
    reason: "Training",
    urgency: "routine",
  });
  const sent = await caseDhaka.post(`/referrals/${draft.json().id}/send`, {});
  if (sent.statusCode !== 200) throw new Error(`send failed: ${sent.body}`);
  return consent.id as string;
}

/** The calendar date `months` after the given instant (UTC), the day clamped to the target month's length. */
function monthsLater(from: Date, months: number) {
  const lastDay = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months + 1, 0)).getUTCDate();
  const day = Math.min(from.getUTCDate(), lastDay);
  return new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, day))
    .toISOString()
    .slice(0, 10);
}

describe("opening a case", () => {
  it("answers 201 with the case at stage registered, led by the caller's organisation", async () => {
    const personId = await registerPerson(caseDhaka);
    const res = await caseDhaka.post("/cases", { personId });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      personId,
      stage: "registered",
      leadOrganisationId: world.orgs.mrcDhaka.id,
      caseManagerUserId: world.users.caseDhaka.id,
      version: 1,
      person: { id: personId },
    });
  });

  it("answers 409 when the person already has an open case with the organisation", async () => {
    const { personId } = await openCase();
    const res = await counsellorDhaka.post("/cases", { personId });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("conflict");
    expect((await caseDhaka.get(`/cases?personId=${personId}`)).json().total).toBe(1);
  });

  it("lets a case manager assign a colleague as case manager when opening", async () => {
    const personId = await registerPerson(counsellorDhaka);
    const res = await counsellorDhaka.post("/cases", {
      personId,
      caseManagerUserId: world.users.caseDhaka.id,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().caseManagerUserId).toBe(world.users.caseDhaka.id);
  });

  it("answers 400 naming caseManagerUserId for a user of another organisation", async () => {
    const personId = await registerPerson(caseDhaka);
    const res = await caseDhaka.post("/cases", { personId, caseManagerUserId: world.users.caseErbil.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("caseManagerUserId");
    expect((await caseDhaka.get(`/cases?personId=${personId}`)).json().total).toBe(0);
  });

  it("answers 400 naming personId for a person the caller cannot see", async () => {
    const personId = await registerPerson(caseDhaka);
    const res = await caseErbil.post("/cases", { personId });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("personId");
    expect((await caseDhaka.get(`/cases?personId=${personId}`)).json().total).toBe(0);
  });

  it("refuses providers and analysts opening a case (403)", async () => {
    const personId = await registerPerson(caseDhaka);
    expect((await providerTvet.post("/cases", { personId })).statusCode).toBe(403);
    expect((await analyst.post("/cases", { personId })).statusCode).toBe(403);
    expect((await caseDhaka.get(`/cases?personId=${personId}`)).json().total).toBe(0);
  });
});

describe("listing and reading cases", () => {
  it("lists my caseload with mine=true, leaving out colleagues' cases", async () => {
    const mine = await openCase(caseDhaka);
    const theirs = await openCase(counsellorDhaka);
    const res = await caseDhaka.get("/cases?mine=true&limit=200");
    expect(res.statusCode).toBe(200);
    const ids = (res.json().items as { id: string; caseManagerUserId: string }[]).map((c) => c.id);
    expect(ids).toContain(mine.caseId);
    expect(ids).not.toContain(theirs.caseId);
    expect(
      (res.json().items as { caseManagerUserId: string }[]).every(
        (c) => c.caseManagerUserId === world.users.caseDhaka.id,
      ),
    ).toBe(true);
    const organisation = (await counsellorDhaka.get("/cases?limit=200"))
      .json()
      .items.map((c: { id: string }) => c.id);
    expect(organisation).toEqual(expect.arrayContaining([mine.caseId, theirs.caseId]));
  });

  it("filters by stage", async () => {
    const assessed = await openCase();
    await caseDhaka.post(`/cases/${assessed.caseId}/assessments`, needs);
    const registered = await openCase();
    const res = await caseDhaka.get("/cases?stage=assessed&limit=200");
    const ids = (res.json().items as { id: string }[]).map((c) => c.id);
    expect(ids).toContain(assessed.caseId);
    expect(ids).not.toContain(registered.caseId);
    expect((res.json().items as { stage: string }[]).every((c) => c.stage === "assessed")).toBe(true);
  });

  it("answers 400 naming stage for an unknown stage", async () => {
    const res = await caseDhaka.get("/cases?stage=archived");
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("stage");
  });

  it("reads a case with its events, each with actor and time", async () => {
    const { caseId } = await openCase();
    const res = await caseDhaka.get(`/cases/${caseId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().events).toEqual([
      expect.objectContaining({
        type: "opened",
        actorUserId: world.users.caseDhaka.id,
        actorOrganisationId: world.orgs.mrcDhaka.id,
        at: expect.any(String),
      }),
    ]);
  });

  it("says what the caller may do on the case now: all the work to its workers, nothing to a reader", async () => {
    const { caseId, personId } = await openCase();
    const work = ["update", "assess", "plan", "refer", "record_follow_up", "apply", "hand_over", "close"];
    expect((await getCase(caseId)).can).toEqual(work);
    expect((await getCase(caseId, counsellorDhaka)).can).toEqual(work);
    expect((await getCase(caseId, admin)).can).toEqual(work);
    await openReferralToTvet(caseId, personId);
    expect((await getCase(caseId, providerTvet)).can).toEqual([]);
    const closed = await caseDhaka.post(`/cases/${caseId}/close`, {
      version: (await getCase(caseId)).version,
      reason: "declined_support",
      acknowledgeOpenItems: true,
      openItemsReason: "The returnee declined any further support",
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect((await getCase(caseId)).can).toEqual([]);
  });

  it("does not list another organisation's cases", async () => {
    const { caseId } = await openCase();
    const ids = (await caseErbil.get("/cases?limit=200")).json().items.map((c: { id: string }) => c.id);
    expect(ids).not.toContain(caseId);
  });

  it("refuses analysts case lists (403)", async () => {
    expect((await analyst.get("/cases")).statusCode).toBe(403);
  });

  it("answers 401 without a session", async () => {
    expect((await env.app.inject({ method: "GET", url: "/api/v1/cases" })).statusCode).toBe(401);
  });
});

type Listed = { id: string; stage: string; riskLevel: string | null; openedAt: string; updatedAt: string };

/** Every case of a list, one page at a time, so that paging itself is what is checked. */
async function allPages(client: Client, url: string, limit: number) {
  const seen: Listed[] = [];
  for (let offset = 0; ; offset += limit) {
    const res = await client.get(`${url}&limit=${limit}&offset=${offset}`);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json();
    seen.push(...page.items);
    if (offset + limit >= page.total) {
      expect(seen).toHaveLength(page.total);
      return seen;
    }
  }
}

/** Asserts that each item's key is not before the previous one's in the given direction. */
function expectOrdered(items: Listed[], key: (c: Listed) => string | number, direction: "asc" | "desc") {
  for (let i = 1; i < items.length; i++) {
    const [a, b] = [key(items[i - 1]!), key(items[i]!)];
    if (direction === "asc") expect(a <= b, `${a} before ${b}`).toBe(true);
    else expect(a >= b, `${a} before ${b}`).toBe(true);
  }
}

const stageRank = (c: Listed) => caseStages.indexOf(c.stage as (typeof caseStages)[number]);
const riskRank = (c: Listed) => (c.riskLevel ? riskLevels.indexOf(c.riskLevel as "low") + 1 : 0);

describe("sorting the case list", () => {
  const made: Record<"first" | "second" | "third", string> = { first: "", second: "", third: "" };

  beforeAll(async () => {
    made.first = (await openCase()).caseId;
    made.second = (await openCase()).caseId;
    made.third = (await openCase()).caseId;
    await caseDhaka.post(`/cases/${made.second}/assessments`, needs);
    const high = await caseDhaka.patch(`/cases/${made.third}`, { version: 1, riskLevel: "high" });
    expect(high.statusCode, high.body).toBe(200);
    // the first case opened is the last one changed
    const low = await caseDhaka.patch(`/cases/${made.first}`, { version: 1, riskLevel: "low" });
    expect(low.statusCode, low.body).toBe(200);
  });

  const ids = (items: Listed[]) => items.map((c) => c.id);
  const ours = (items: Listed[]) => ids(items).filter((id) => Object.values(made).includes(id));

  it("sorts by last change, newest first by default, and oldest first with sort=updated", async () => {
    const byDefault = (await caseDhaka.get("/cases?mine=true&limit=200")).json().items as Listed[];
    const newest = (await caseDhaka.get("/cases?mine=true&limit=200&sort=-updated")).json().items as Listed[];
    const oldest = (await caseDhaka.get("/cases?mine=true&limit=200&sort=updated")).json().items as Listed[];
    expect(ids(byDefault)).toEqual(ids(newest));
    expectOrdered(newest, (c) => c.updatedAt, "desc");
    expect(ids(oldest)).toEqual(ids(newest).reverse());
    expect(ours(newest)).toEqual([made.first, made.third, made.second]);
  });

  it("sorts by opening date both ways", async () => {
    const asc = (await caseDhaka.get("/cases?mine=true&limit=200&sort=opened")).json().items as Listed[];
    const desc = (await caseDhaka.get("/cases?mine=true&limit=200&sort=-opened")).json().items as Listed[];
    expectOrdered(asc, (c) => c.openedAt, "asc");
    expect(ids(desc)).toEqual(ids(asc).reverse());
    expect(ours(asc)).toEqual([made.first, made.second, made.third]);
  });

  it("sorts by stage in the order the process runs, not alphabetically", async () => {
    const asc = (await caseDhaka.get("/cases?limit=200&sort=stage")).json().items as Listed[];
    const desc = (await caseDhaka.get("/cases?limit=200&sort=-stage")).json().items as Listed[];
    expectOrdered(asc, stageRank, "asc");
    expect(ids(desc)).toEqual(ids(asc).reverse());
    expect(new Set(asc.map((c) => c.stage)).size).toBeGreaterThan(1);
    // registered comes before assessed although "assessed" sorts first as a word
    expect(ours(asc).indexOf(made.first)).toBeLessThan(ours(asc).indexOf(made.second));
  });

  it("sorts by risk: unassessed, low, medium, high, and the reverse", async () => {
    const asc = (await caseDhaka.get("/cases?mine=true&limit=200&sort=risk")).json().items as Listed[];
    const desc = (await caseDhaka.get("/cases?mine=true&limit=200&sort=-risk")).json().items as Listed[];
    expectOrdered(asc, riskRank, "asc");
    expectOrdered(desc, riskRank, "desc");
    expect(ids(desc)).toEqual(ids(asc).reverse());
    expect(ours(desc)).toEqual([made.third, made.first, made.second]);
  });

  it.each(["risk", "-stage", "-updated", "opened"])(
    "pages through sort=%s without overlap or gaps",
    async (sort) => {
      const whole = (await caseDhaka.get(`/cases?limit=200&sort=${sort}`)).json().items as Listed[];
      const paged = await allPages(caseDhaka, `/cases?sort=${sort}`, 4);
      expect(new Set(ids(paged)).size).toBe(paged.length);
      expect(ids(paged)).toEqual(ids(whole));
    },
  );

  it("answers 400 naming sort and the values it takes for an unknown sort", async () => {
    for (const sort of ["name", "--updated", "updated,stage", "Updated"]) {
      const res = await caseDhaka.get(`/cases?sort=${sort}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe("sort");
      expect(res.json().error.message).toContain(
        "updated, -updated, opened, -opened, stage, -stage, risk, -risk",
      );
    }
  });

  it("reads the default caseload page from cases_manager_updated_idx, without sorting", async () => {
    const plan = await env.database.db.transaction(async (tx) => {
      // the test database is tiny; make the planner show the plan it would choose on a large one
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_sort = off`);
      const page = casePageQuery(tx, {
        caseManagerUserId: world.users.caseDhaka.id,
        sort: CaseQuery.parse({}).sort,
        limit: 20,
        offset: 0,
      });
      return queryRows<{ "QUERY PLAN": string }>(tx, sql`explain ${page}`);
    });
    const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
    expect(text).toContain("cases_manager_updated_idx");
    expect(text).not.toMatch(/\bSort\b/);
  });
});

describe("assessments", () => {
  it("moves the case to assessed after a needs assessment and answers priorities per dimension", async () => {
    const { caseId } = await openCase();
    const res = await caseDhaka.post(`/cases/${caseId}/assessments`, needs);
    expect(res.statusCode).toBe(201);
    const scores = res.json().scores;
    expect(scores.economic).toMatchObject({ priority: "high" });
    expect(scores.economic.needs).toEqual(
      expect.arrayContaining(["econ.vocational_training", "econ.skills_recognition", "econ.job_matching"]),
    );
    expect(scores.social.needs).toContain("soc.health");
    expect(scores.psychosocial).toMatchObject({ priority: "none", needs: [] });
    const stored = await getCase(caseId);
    expect(stored.stage).toBe("assessed");
    expect(stored.events.map((e: { type: string }) => e.type)).toEqual([
      "opened",
      "assessed",
      "stage_changed",
    ]);
  });

  it("sets the risk level from a vulnerability screening", async () => {
    const { caseId } = await openCase();
    const res = await caseDhaka.post(`/cases/${caseId}/assessments`, {
      kind: "vulnerability",
      answers: { forcedReturn: true, victimOfTrafficking: true },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().scores.riskLevel).toBe("high");
    expect((await getCase(caseId)).riskLevel).toBe("high");
  });

  it("lists the flags that still need a referral until one in their categories is sent", async () => {
    const { personId, caseId } = await openCase();
    await caseDhaka.post(`/cases/${caseId}/assessments`, {
      kind: "vulnerability",
      answers: { victimOfTrafficking: true, disability: true },
    });
    const flagged = await getCase(caseId);
    expect(flagged.flagsAwaitingReferral.map((f: { code: string }) => f.code)).toEqual([
      "victim_of_trafficking",
    ]);

    const legalAid = await admin.post("/services", {
      organisationId: world.orgs.bank.id,
      name: "Legal clinic for returnees",
      category: "soc.legal_aid",
      serviceAreas: ["BD"],
    });
    expect(legalAid.statusCode).toBe(201);
    await caseDhaka.post(`/persons/${personId}/consents`, {
      purpose: "referral",
      organisationIds: [world.orgs.bank.id],
    });
    const draft = await caseDhaka.post("/referrals", {
      caseId,
      serviceId: legalAid.json().id,
      reason: "Recruiter kept the passport",
      urgency: "urgent",
    });
    expect((await getCase(caseId)).flagsAwaitingReferral).toHaveLength(1);
    await caseDhaka.post(`/referrals/${draft.json().id}/send`, {});
    expect((await getCase(caseId)).flagsAwaitingReferral).toEqual([]);
  });

  it("answers 400 naming the answer that is out of range", async () => {
    const { caseId } = await openCase();
    const res = await caseDhaka.post(`/cases/${caseId}/assessments`, {
      ...psychosocial,
      answers: { ...psychosocial.answers, nervous: 9 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("answers.nervous");
    expect((await caseDhaka.get(`/cases/${caseId}/assessments`)).json().total).toBe(0);
  });

  describe("psychosocial answers", () => {
    let caseId: string;
    beforeAll(async () => {
      const opened = await openCase();
      caseId = opened.caseId;
      await caseDhaka.post(`/cases/${caseId}/assessments`, needs);
      await caseDhaka.post(`/cases/${caseId}/assessments`, psychosocial);
      await openReferralToTvet(caseId, opened.personId);
    });

    const psy = (body: { items: { kind: string }[] }) => body.items.find((a) => a.kind === "psychosocial");

    it("are visible to the lead organisation's case manager", async () => {
      const res = await caseDhaka.get(`/cases/${caseId}/assessments`);
      expect(psy(res.json())).toMatchObject({
        answers: psychosocial.answers,
        scores: { k6Total: 15, level: "severe" },
        redacted: false,
      });
    });

    it("are visible to the lead organisation's counsellor", async () => {
      const res = await counsellorDhaka.get(`/cases/${caseId}/assessments`);
      expect(psy(res.json())).toMatchObject({ answers: { notes: "Sleeps badly since the deportation" } });
    });

    it("are withheld from a provider who sees the case through an open referral", async () => {
      expect((await providerTvet.get(`/cases/${caseId}`)).statusCode).toBe(200);
      const res = await providerTvet.get(`/cases/${caseId}/assessments`);
      expect(res.statusCode).toBe(200);
      expect(psy(res.json())).toMatchObject({ answers: null, scores: null, redacted: true });
      expect(res.body).not.toContain("Sleeps badly");
    });

    it("withhold the health and psychosocial parts of a needs assessment from that provider", async () => {
      const res = await providerTvet.get(`/cases/${caseId}/assessments`);
      const needsSeen = res.json().items.find((a: { kind: string }) => a.kind === "needs");
      expect(needsSeen.answers.economic).toEqual(needs.answers.economic);
      expect(needsSeen.answers).not.toHaveProperty("psychosocial");
      expect(needsSeen.answers.social).not.toHaveProperty("healthNeed");
    });

    it("refuses the provider adding an assessment (403)", async () => {
      const res = await providerTvet.post(`/cases/${caseId}/assessments`, psychosocial);
      expect(res.statusCode).toBe(403);
      expect((await caseDhaka.get(`/cases/${caseId}/assessments`)).json().total).toBe(2);
    });
  });
});

describe("the plan and its follow-ups", () => {
  it("activates the plan: stage plan_active and exactly three follow-ups at 3, 6 and 12 months", async () => {
    const { caseId } = await openCase();
    await caseDhaka.post(`/cases/${caseId}/assessments`, needs);
    const res = await caseDhaka.put(`/cases/${caseId}/plan`, plan((await getCase(caseId)).version));
    expect(res.statusCode).toBe(200);
    expect(res.json().goals.map((g: { dimension: string }) => g.dimension)).toEqual(["economic", "social"]);
    const stored = await getCase(caseId);
    expect(stored.stage).toBe("plan_active");
    expect(stored.planActivatedAt).not.toBeNull();
    const followUps = (await caseDhaka.get(`/cases/${caseId}/follow-ups`)).json();
    expect(followUps.total).toBe(3);
    expect(followUps.items.map((f: { kind: string }) => f.kind)).toEqual(["month_3", "month_6", "month_12"]);
    const activated = new Date(stored.planActivatedAt);
    expect(followUps.items.map((f: { dueDate: string }) => f.dueDate)).toEqual([
      monthsLater(activated, 3),
      monthsLater(activated, 6),
      monthsLater(activated, 12),
    ]);
    expect(followUps.items.every((f: { status: string }) => f.status === "scheduled")).toBe(true);
  });

  it("schedules no further follow-ups when the plan is saved again", async () => {
    const { caseId } = await caseWithPlan();
    const again = await caseDhaka.put(`/cases/${caseId}/plan`, plan((await getCase(caseId)).version));
    expect(again.statusCode).toBe(200);
    expect((await caseDhaka.get(`/cases/${caseId}/follow-ups`)).json().total).toBe(3);
    expect((await caseDhaka.get(`/cases/${caseId}/plan`)).json().goals).toHaveLength(2);
  });

  it("answers 409 to a plan sent with a stale version, keeping the stored plan", async () => {
    const { caseId } = await caseWithPlan();
    const stale = await caseDhaka.put(`/cases/${caseId}/plan`, {
      version: 1,
      goals: [{ dimension: "psychosocial", title: "Overwritten", actions: [] }],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("stale_version");
    const stored = (await caseDhaka.get(`/cases/${caseId}/plan`)).json();
    expect(stored.goals.map((g: { title: string }) => g.title)).toEqual([
      "Work as a certified mason",
      "Secure housing",
    ]);
  });

  it("changes one action of the plan", async () => {
    const { caseId } = await caseWithPlan();
    const action = (await caseDhaka.get(`/cases/${caseId}/plan`)).json().goals[0].actions[0];
    const res = await counsellorDhaka.patch(`/cases/${caseId}/plan/actions/${action.id}`, { status: "done" });
    expect(res.statusCode).toBe(200);
    expect((await caseDhaka.get(`/cases/${caseId}/plan`)).json().goals[0].actions[0].status).toBe("done");
  });

  it("moves the case to monitoring when a follow-up is completed, and answers reached as it was given", async () => {
    const { caseId } = await caseWithPlan();
    const [first, second] = (await caseDhaka.get(`/cases/${caseId}/follow-ups`)).json().items;
    await bringFollowUpDue(env.database, first.id);
    const res = await caseDhaka.post(`/cases/${caseId}/follow-ups/${first.id}/complete`, {
      contactMethod: "home_visit",
      reached: true,
      note: "Started at the construction site",
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "done", contactMethod: "home_visit", reached: true });
    expect((await getCase(caseId)).stage).toBe("monitoring");
    await bringFollowUpDue(env.database, second.id);
    const unreached = await caseDhaka.post(`/cases/${caseId}/follow-ups/${second.id}/complete`, {
      contactMethod: "phone",
      reached: false,
    });
    expect(unreached.json().reached).toBe(false);
    const listed = (await caseDhaka.get(`/cases/${caseId}/follow-ups`)).json().items;
    expect(listed.map((f: { reached: unknown }) => f.reached)).toEqual([true, false, null]);
  });

  it("refuses the 12-month follow-up long before its window, naming the day it opens; an early contact is an extra contact", async () => {
    const { caseId } = await caseWithPlan();
    const items = (await caseDhaka.get(`/cases/${caseId}/follow-ups`)).json().items;
    const month12 = items.find((f: { kind: string }) => f.kind === "month_12");
    const opensOn = new Date(Date.parse(`${month12.dueDate}T00:00:00Z`) - 30 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(month12.opensOn).toBe(opensOn);
    const early = await caseDhaka.post(`/cases/${caseId}/follow-ups/${month12.id}/complete`, {
      contactMethod: "phone",
      reached: true,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({
      message: `This follow-up can be recorded from ${opensOn} (it is due on ${month12.dueDate}); record an earlier contact as an extra contact`,
      key: "follow_up.not_open",
      values: { kind: "month_12", opensOn, dueOn: month12.dueDate },
    });

    const contact = await caseDhaka.post(`/cases/${caseId}/follow-ups`, {
      contactMethod: "phone",
      reached: true,
      note: "Called to check on the course",
    });
    expect(contact.statusCode).toBe(201);
    expect(contact.json()).toMatchObject({ kind: "contact", status: "done", reached: true, opensOn: null });
    const after = (await caseDhaka.get(`/cases/${caseId}/follow-ups`)).json().items;
    expect(after.map((f: { kind: string; status: string }) => [f.kind, f.status]).sort()).toEqual([
      ["contact", "done"],
      ["month_12", "scheduled"],
      ["month_3", "scheduled"],
      ["month_6", "scheduled"],
    ]);
    const detail = await getCase(caseId);
    expect(detail.stage).toBe("plan_active");
    expect(detail.events.at(-1)).toMatchObject({
      type: "follow_up_done",
      data: { kind: "contact", reached: true },
    });

    const bad = await caseDhaka.post(`/cases/${caseId}/follow-ups`, {
      contactMethod: "letter",
      reached: true,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("contactMethod");
  });

  it("answers the plan with the version its save wants, and a save with it succeeds", async () => {
    const { caseId } = await caseWithPlan();
    const read = (await caseDhaka.get(`/cases/${caseId}/plan`)).json();
    expect(read.version).toBe((await getCase(caseId)).version);
    const saved = await caseDhaka.put(`/cases/${caseId}/plan`, { ...plan(read.version) });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().version).toBe((await getCase(caseId)).version);
    expect(saved.json().version).toBeGreaterThan(read.version);
    expect((await caseDhaka.put(`/cases/${caseId}/plan`, plan(saved.json().version))).statusCode).toBe(200);
  });

  it("keeps the ids of the goals and actions a save sends back, and refuses ids of another plan", async () => {
    const { caseId } = await caseWithPlan();
    const read = (await caseDhaka.get(`/cases/${caseId}/plan`)).json();
    const goals = read.goals.map(
      (g: { id: string; dimension: string; title: string; actions: { id: string; title: string }[] }) => ({
        id: g.id,
        dimension: g.dimension,
        title: g.title,
        actions: g.actions.map((a) => ({ id: a.id, title: a.title })),
      }),
    );
    const saved = await caseDhaka.put(`/cases/${caseId}/plan`, { version: read.version, goals });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().goals[0].actions[0].id).toBe(read.goals[0].actions[0].id);
    const other = await caseWithPlan();
    const foreign = (await caseDhaka.get(`/cases/${other.caseId}/plan`)).json().goals[0].actions[0].id;
    const refused = await caseDhaka.put(`/cases/${caseId}/plan`, {
      version: saved.json().version,
      goals: [{ dimension: "economic", title: "Taken", actions: [{ id: foreign, title: "Not mine" }] }],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.field).toBe("goals.0.actions.0.id");
  });

  describe("an action linked to a referral", () => {
    /** Refers the case to the RPL service, the category of its "Trade test" action, and sends it. */
    async function referToRpl(caseId: string, personId: string) {
      await caseDhaka.post(`/persons/${personId}/consents`, {
        purpose: "referral",
        organisationIds: [world.orgs.tvet.id],
      });
      const draft = await caseDhaka.post("/referrals", {
        caseId,
        serviceId: world.services.rpl.id,
        reason: "Trade test for masons",
      });
      const id = draft.json().id as string;
      expect((await caseDhaka.post(`/referrals/${id}/send`, {})).statusCode).toBe(200);
      return id;
    }
    const tradeTest = async (caseId: string) =>
      (await caseDhaka.get(`/cases/${caseId}/plan`)).json().goals[0].actions[0];

    it("is under way once the referral is sent and done when the service was given", async () => {
      const { caseId, personId } = await caseWithPlan();
      const referralId = await referToRpl(caseId, personId);
      expect(await tradeTest(caseId)).toMatchObject({
        title: "Trade test",
        referralId,
        referralStatus: "sent",
        status: "in_progress",
      });
      for (const [action, body] of [
        ["accept", {}],
        ["start", {}],
        ["complete", { outcome: "Certified, level 2" }],
      ] as const)
        expect((await providerTvet.post(`/referrals/${referralId}/${action}`, body)).statusCode).toBe(200);
      expect(await tradeTest(caseId)).toMatchObject({ referralStatus: "completed", status: "done" });
      // a later save of the plan keeps the link
      const read = (await caseDhaka.get(`/cases/${caseId}/plan`)).json();
      await caseDhaka.put(`/cases/${caseId}/plan`, {
        version: read.version,
        goals: read.goals.map(
          (g: {
            id: string;
            dimension: string;
            title: string;
            actions: { id: string; title: string; status: string }[];
          }) => ({
            id: g.id,
            dimension: g.dimension,
            title: g.title,
            actions: g.actions.map((a) => ({ id: a.id, title: a.title, status: a.status })),
          }),
        ),
      });
      expect(await tradeTest(caseId)).toMatchObject({
        referralId,
        referralStatus: "completed",
        status: "done",
      });
    });

    it("shows a declined referral and goes back to planned, to be referred again", async () => {
      const { caseId, personId } = await caseWithPlan();
      const referralId = await referToRpl(caseId, personId);
      const declined = await providerTvet.post(`/referrals/${referralId}/decline`, {
        reasonCode: "no_capacity",
      });
      expect(declined.statusCode).toBe(200);
      expect(await tradeTest(caseId)).toMatchObject({ referralStatus: "declined", status: "planned" });
      const again = await referToRpl(caseId, personId);
      expect(await tradeTest(caseId)).toMatchObject({ referralId: again, status: "in_progress" });
      await caseDhaka.post(`/referrals/${again}/cancel`, {});
      expect(await tradeTest(caseId)).toMatchObject({ referralStatus: "cancelled", status: "planned" });
    });

    it("leaves actions of other categories alone", async () => {
      const { caseId, personId } = await caseWithPlan();
      await referToRpl(caseId, personId);
      const housing = (await caseDhaka.get(`/cases/${caseId}/plan`)).json().goals[1].actions[0];
      expect(housing).toMatchObject({ referralId: null, referralStatus: null, status: "planned" });
    });
  });

  it("answers 409 to completing the same follow-up twice", async () => {
    const { caseId } = await caseWithPlan();
    const [first] = (await caseDhaka.get(`/cases/${caseId}/follow-ups`)).json().items;
    await bringFollowUpDue(env.database, first.id);
    const body = { contactMethod: "phone", reached: false };
    expect((await caseDhaka.post(`/cases/${caseId}/follow-ups/${first.id}/complete`, body)).statusCode).toBe(
      200,
    );
    expect((await caseDhaka.post(`/cases/${caseId}/follow-ups/${first.id}/complete`, body)).statusCode).toBe(
      409,
    );
  });

  it("refuses a provider with an open referral changing the plan or a follow-up (403)", async () => {
    const { caseId, personId } = await caseWithPlan();
    await openReferralToTvet(caseId, personId);
    expect((await providerTvet.get(`/cases/${caseId}/plan`)).statusCode).toBe(200);
    const version = (await getCase(caseId)).version;
    expect((await providerTvet.put(`/cases/${caseId}/plan`, plan(version))).statusCode).toBe(403);
    const [first] = (await providerTvet.get(`/cases/${caseId}/follow-ups`)).json().items;
    const done = await providerTvet.post(`/cases/${caseId}/follow-ups/${first.id}/complete`, {
      contactMethod: "phone",
      reached: true,
    });
    expect(done.statusCode).toBe(403);
    const action = (await providerTvet.get(`/cases/${caseId}/plan`)).json().goals[0].actions[0];
    const patched = await providerTvet.patch(`/cases/${caseId}/plan/actions/${action.id}`, {
      status: "done",
    });
    expect(patched.statusCode).toBe(403);
    expect((await caseDhaka.get(`/cases/${caseId}/plan`)).json().goals[0].actions[0].status).toBe("planned");
    expect((await getCase(caseId)).stage).toBe("plan_active");
  });
});

describe("changing a case", () => {
  it("answers 409 to a change sent with a stale version", async () => {
    const { caseId } = await openCase();
    expect((await caseDhaka.patch(`/cases/${caseId}`, { version: 1, riskLevel: "medium" })).statusCode).toBe(
      200,
    );
    const stale = await counsellorDhaka.patch(`/cases/${caseId}`, { version: 1, riskLevel: "low" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("stale_version");
    expect((await getCase(caseId)).riskLevel).toBe("medium");
  });

  it("answers 409 to a stage move backwards", async () => {
    const { caseId } = await openCase();
    await caseDhaka.post(`/cases/${caseId}/assessments`, needs);
    const current = await getCase(caseId);
    const res = await caseDhaka.patch(`/cases/${caseId}`, { version: current.version, stage: "registered" });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("invalid_transition");
    expect((await getCase(caseId)).stage).toBe("assessed");
  });

  it("hands a case over, then closes it with a reason", async () => {
    const { caseId } = await caseWithPlan();
    const handed = await caseDhaka.post(`/cases/${caseId}/hand-over`, {
      version: (await getCase(caseId)).version,
      nationalService: "Department of Social Services",
      organisationName: "DSS Savar",
    });
    expect(handed.statusCode).toBe(200);
    expect(handed.json()).toMatchObject({
      stage: "handed_over",
      handedOverTo: "Department of Social Services — DSS Savar",
    });
    const closed = await caseDhaka.post(`/cases/${caseId}/close`, {
      version: handed.json().version,
      reason: "reintegrated",
      note: "Stable income for six months",
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({
      stage: "closed",
      closureReason: "reintegrated",
      closureNote: "Stable income for six months",
    });
    expect((await getCase(caseId)).closedAt).not.toBeNull();
  });

  it("closes or hands over a case with an unreferred flag or an open referral only when told why, and keeps the reason", async () => {
    const { caseId, personId } = await caseWithPlan();
    await caseDhaka.post(`/cases/${caseId}/assessments`, {
      kind: "vulnerability",
      answers: { victimOfTrafficking: true },
    });
    await openReferralToTvet(caseId, personId);
    const open = await getCase(caseId);
    expect(open.openItems).toEqual([
      { kind: "flag", code: "victim_of_trafficking", label: expect.any(String) },
      {
        kind: "referral",
        referralId: expect.any(String),
        serviceName: world.services.training.name,
        status: "sent",
      },
    ]);

    const refused = await caseDhaka.post(`/cases/${caseId}/close`, {
      version: open.version,
      reason: "lost_contact",
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain("This case has open items");
    expect(refused.json().error.message).toContain(`the referral to ${world.services.training.name} is sent`);
    expect(refused.json().error.key).toBe("case.open_items_close");
    const handOver = await caseDhaka.post(`/cases/${caseId}/hand-over`, {
      version: open.version,
      nationalService: "DSS",
    });
    expect(handOver.statusCode).toBe(409);
    const noReason = await caseDhaka.post(`/cases/${caseId}/close`, {
      version: open.version,
      reason: "lost_contact",
      acknowledgeOpenItems: true,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toBe("openItemsReason");
    expect((await getCase(caseId)).stage).toBe("plan_active");

    const closed = await caseDhaka.post(`/cases/${caseId}/close`, {
      version: open.version,
      reason: "lost_contact",
      acknowledgeOpenItems: true,
      openItemsReason: "Moved to another district; the NGO there takes over",
    });
    expect(closed.statusCode).toBe(200);
    const after = await getCase(caseId);
    expect(after.events.find((e: { type: string }) => e.type === "closed").data).toMatchObject({
      reason: "lost_contact",
      openItemsReason: "Moved to another district; the NGO there takes over",
      openItems: open.openItems,
    });
    // once closed, nothing is shown as waiting for a referral
    expect(after.flagsAwaitingReferral).toEqual([]);
    expect(after.openItems).toEqual([]);
  });

  it("hands over with open items once acknowledged, keeping the reason with the hand-over", async () => {
    const { caseId, personId } = await caseWithPlan();
    await openReferralToTvet(caseId, personId);
    const version = (await getCase(caseId)).version;
    const handed = await caseDhaka.post(`/cases/${caseId}/hand-over`, {
      version,
      nationalService: "Department of Social Services",
      acknowledgeOpenItems: true,
      openItemsReason: "The department follows the training up",
    });
    expect(handed.statusCode).toBe(200);
    const event = (await getCase(caseId)).events.find((e: { type: string }) => e.type === "handed_over");
    expect(event.data).toMatchObject({
      openItemsReason: "The department follows the training up",
      openItems: [{ kind: "referral", status: "sent" }],
    });
  });

  it("answers 400 naming note when a case is closed for reason other without a note", async () => {
    const { caseId } = await openCase();
    const res = await caseDhaka.post(`/cases/${caseId}/close`, { version: 1, reason: "other" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe("note");
    expect((await getCase(caseId)).stage).toBe("registered");
  });

  describe("a closed case", () => {
    let caseId: string;
    let version: number;
    beforeAll(async () => {
      ({ caseId } = await openCase());
      version = (
        await caseDhaka.post(`/cases/${caseId}/close`, { version: 1, reason: "lost_contact" })
      ).json().version;
    });

    it("refuses changes to the case (409)", async () => {
      const res = await caseDhaka.patch(`/cases/${caseId}`, { version, riskLevel: "high" });
      expect(res.statusCode).toBe(409);
    });

    it("refuses new assessments (409)", async () => {
      expect((await caseDhaka.post(`/cases/${caseId}/assessments`, needs)).statusCode).toBe(409);
      expect((await caseDhaka.get(`/cases/${caseId}/assessments`)).json().total).toBe(0);
    });

    it("refuses a plan (409)", async () => {
      expect((await caseDhaka.put(`/cases/${caseId}/plan`, plan(version))).statusCode).toBe(409);
    });

    it("refuses to be closed or handed over again (409)", async () => {
      expect(
        (await caseDhaka.post(`/cases/${caseId}/close`, { version, reason: "other", note: "x" })).statusCode,
      ).toBe(409);
      const handOver = await caseDhaka.post(`/cases/${caseId}/hand-over`, {
        version,
        nationalService: "DSS",
      });
      expect(handOver.statusCode).toBe(409);
      expect((await getCase(caseId)).stage).toBe("closed");
    });

    it("lets the organisation open a new case for the same person", async () => {
      const personId = (await getCase(caseId)).personId;
      expect((await caseDhaka.post("/cases", { personId })).statusCode).toBe(201);
    });
  });
});

describe("another organisation", () => {
  let caseId: string;
  let followUpId: string;
  let actionId: string;
  beforeAll(async () => {
    ({ caseId } = await caseWithPlan());
    followUpId = (await caseDhaka.get(`/cases/${caseId}/follow-ups`)).json().items[0].id;
    actionId = (await caseDhaka.get(`/cases/${caseId}/plan`)).json().goals[0].actions[0].id;
  });

  it.each([
    ["the case", () => `/cases/${caseId}`],
    ["its assessments", () => `/cases/${caseId}/assessments`],
    ["its plan", () => `/cases/${caseId}/plan`],
    ["its follow-ups", () => `/cases/${caseId}/follow-ups`],
  ])("cannot read %s (404)", async (_what, url) => {
    expect((await caseErbil.get(url())).statusCode).toBe(404);
    expect((await providerTvet.get(url())).statusCode).toBe(404);
  });

  it("cannot change the case, assess, plan, change an action, follow up, hand over or close (404)", async () => {
    const before = await getCase(caseId);
    const v = before.version;
    const writes = [
      await caseErbil.patch(`/cases/${caseId}`, { version: v, riskLevel: "high" }),
      await caseErbil.post(`/cases/${caseId}/assessments`, needs),
      await caseErbil.put(`/cases/${caseId}/plan`, plan(v)),
      await caseErbil.patch(`/cases/${caseId}/plan/actions/${actionId}`, { status: "done" }),
      await caseErbil.post(`/cases/${caseId}/follow-ups/${followUpId}/complete`, {
        contactMethod: "phone",
        reached: true,
      }),
      await caseErbil.post(`/cases/${caseId}/hand-over`, { version: v, nationalService: "DSS" }),
      await caseErbil.post(`/cases/${caseId}/close`, { version: v, reason: "reintegrated" }),
    ];
    expect(writes.map((w) => w.statusCode)).toEqual([404, 404, 404, 404, 404, 404, 404]);
    const after = await getCase(caseId);
    expect(after).toMatchObject({ stage: "plan_active", version: v, riskLevel: before.riskLevel });
  });

  it("reads but cannot change the case once a data_sharing consent covers it (403)", async () => {
    const { caseId: shared, personId } = await openCase();
    await caseDhaka.post(`/persons/${personId}/consents`, {
      purpose: "data_sharing",
      organisationIds: [world.orgs.mrcErbil.id],
    });
    expect((await caseErbil.get(`/cases/${shared}`)).statusCode).toBe(200);
    expect((await caseErbil.patch(`/cases/${shared}`, { version: 1, riskLevel: "high" })).statusCode).toBe(
      403,
    );
    expect(
      (await caseErbil.post(`/cases/${shared}/close`, { version: 1, reason: "deceased" })).statusCode,
    ).toBe(403);
    expect((await getCase(shared)).stage).toBe("registered");
  });

  it("lets an administrator read any case", async () => {
    expect((await admin.get(`/cases/${caseId}`)).statusCode).toBe(200);
  });
});

describe("follow-ups to do", () => {
  it("lists my caseload's follow-ups due by a date, nearest first, and refuses analysts", async () => {
    const { caseId } = await caseWithPlan();
    const all = (await caseDhaka.get(`/cases/${caseId}/follow-ups`)).json().items as {
      id: string;
      dueDate: string;
    }[];
    const byMonth6 = await caseDhaka.get(`/follow-ups?mine=true&dueBy=${all[1]!.dueDate}&limit=200`);
    expect(byMonth6.statusCode).toBe(200);
    const mine = byMonth6.json().items.filter((f: { caseId: string }) => f.caseId === caseId);
    expect(mine.map((f: { id: string }) => f.id)).toEqual([all[0]!.id, all[1]!.id]);
    expect(mine[0].person.familyName).toMatch(/^Person/);
    const latestFirst = await caseDhaka.get(
      `/follow-ups?mine=true&dueBy=${all[1]!.dueDate}&limit=200&sort=-due`,
    );
    expect(
      latestFirst
        .json()
        .items.filter((f: { caseId: string }) => f.caseId === caseId)
        .map((f: { id: string }) => f.id),
    ).toEqual([all[1]!.id, all[0]!.id]);
    const badSort = (await caseDhaka.get("/follow-ups?sort=kind")).json().error;
    expect(badSort).toMatchObject({ field: "sort", message: expect.stringContaining("due, -due") });
    expect((await caseErbil.get(`/follow-ups?dueBy=${all[2]!.dueDate}`)).json().items).toEqual([]);
    expect((await analyst.get("/follow-ups")).statusCode).toBe(403);
    expect((await caseDhaka.get("/follow-ups?dueBy=next-week")).json().error.field).toBe("dueBy");
  });
});

describe("a caseload too large to count", () => {
  it("counts up to the bound, says it stopped there, and still pages", async () => {
    const manager = world.users.caseErbil.id;
    const org = world.orgs.mrcErbil.id;
    const before = (await caseErbil.get("/cases?mine=true&limit=1")).json();
    expect(before.capped).toBe(false);
    await env.database.db.execute(sql`
      with p as (
        insert into persons (given_name, search_name, sex, admin_area_code, registered_by_organisation_id)
        select 'Bulk ' || i, 'bulk ' || i, 'male', 'IQG11', ${org}::uuid from generate_series(1, ${countCap + 1}) i
        returning id)
      insert into cases (person_id, lead_organisation_id, case_manager_user_id, stage)
      select id, ${org}::uuid, ${manager}::uuid, 'registered' from p`);
    const res = await caseErbil.get("/cases?mine=true&limit=5");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: countCap, capped: true });
    expect(res.json().items).toHaveLength(5);
    // a stage with few cases is counted exactly
    const closed = (await caseErbil.get("/cases?mine=true&stage=closed&limit=1")).json();
    expect(closed.capped).toBe(false);
  });
});

describe("sustainability surveys", () => {
  /** Answers to the first version; the scores below are worked out by hand from its options. */
  const answers = {
    income_sufficiency: "mostly", // 0.67
    employment_stability: "irregular", // 0.5
    debt_burden: "under_half", // 0.33
    food_security: "rarely", // 0.67
    savings_credit: "family", // 0.33 → economic 2.5 / 5 = 0.5
    housing: "secure", // 1
    health_care: "difficult", // 0.5 (restricted: health)
    children_school: "no_children", // does not apply
    identity_documents: "all", // 1
    safety_justice: "yes", // 1 → social 3.5 / 4 = 0.875
    discrimination: "sometimes", // 0.33
    social_network: "one", // 0.5
    distress: "rarely", // 0.67
    belonging: "somewhat", // 0.5
    migration_intention: "choice", // 0.75 → psychosocial 2.75 / 5 = 0.55
  };
  const survey = { kind: "sustainability_survey", answers };

  it("takes the first survey of a case as its baseline, scored with the version in use", async () => {
    const { caseId } = await openCase();
    const res = await caseDhaka.post(`/cases/${caseId}/assessments`, survey);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      kind: "sustainability_survey",
      surveyVersion: 1,
      occasion: "baseline",
    });
    // composite (0.5 + 0.875 + 0.55) / 3 = 0.6417, under the first version's threshold of 0.66
    expect(res.json().scores).toMatchObject({
      version: 1,
      dimensions: { economic: 0.5, social: 0.875, psychosocial: 0.55 },
      composite: 0.642,
      aboveThreshold: false,
    });
    expect(res.json().scores.indicators.children_school).toBeNull();
    const second = await caseDhaka.post(`/cases/${caseId}/assessments`, survey);
    expect(second.json().occasion).toBe("other");
    expect((await getCase(caseId)).events.at(-1)).toMatchObject({
      type: "assessed",
      data: { kind: "sustainability_survey", occasion: "other" },
    });
  });

  it("takes a survey with a follow-up, as that follow-up's, linked to it", async () => {
    const { caseId } = await caseWithPlan();
    const [month3] = (await caseDhaka.get(`/cases/${caseId}/follow-ups`)).json().items;
    await bringFollowUpDue(env.database, month3.id);
    const res = await caseDhaka.post(`/cases/${caseId}/follow-ups/${month3.id}/complete`, {
      contactMethod: "home_visit",
      reached: true,
      survey: answers,
    });
    expect(res.statusCode).toBe(200);
    const taken = (await caseDhaka.get(`/cases/${caseId}/assessments`))
      .json()
      .items.find((a: { kind: string }) => a.kind === "sustainability_survey");
    expect(taken).toMatchObject({ occasion: "month_3", surveyVersion: 1, scores: { composite: 0.642 } });
    expect(res.json().assessmentId).toBe(taken.id);
    const contact = await caseDhaka.post(`/cases/${caseId}/follow-ups`, {
      contactMethod: "phone",
      reached: true,
      survey: { income_sufficiency: "fully" },
    });
    expect(contact.statusCode).toBe(201);
    const kinds = (await caseDhaka.get(`/cases/${caseId}/assessments`))
      .json()
      .items.map((a: { occasion: string | null }) => a.occasion);
    expect(kinds.filter((o: string | null) => o !== null).sort()).toEqual(["month_3", "other"]);
  });

  it("refuses a wrong answer or a survey of a returnee not reached, naming the field and writing nothing", async () => {
    const { caseId } = await caseWithPlan();
    const [month3] = (await caseDhaka.get(`/cases/${caseId}/follow-ups`)).json().items;
    await bringFollowUpDue(env.database, month3.id);
    const wrong = await caseDhaka.post(`/cases/${caseId}/follow-ups/${month3.id}/complete`, {
      contactMethod: "phone",
      reached: true,
      survey: { ...answers, housing: "palace" },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({
      field: "survey.housing",
      message: "Choose one of: secure, insecure, inadequate, none",
      key: "validation.invalid_value",
      values: { options: "secure, insecure, inadequate, none" },
    });
    const unreached = await caseDhaka.post(`/cases/${caseId}/follow-ups/${month3.id}/complete`, {
      contactMethod: "phone",
      reached: false,
      survey: answers,
    });
    expect(unreached.statusCode).toBe(400);
    expect(unreached.json().error).toMatchObject({
      field: "survey",
      message: "body.survey: survey can only be taken when the returnee was reached",
    });
    const unknown = await caseDhaka.post(`/cases/${caseId}/assessments`, {
      kind: "sustainability_survey",
      answers: { salary: "high" },
    });
    expect(unknown.json().error).toMatchObject({ field: "answers.salary" });
    const kinds = (await caseDhaka.get(`/cases/${caseId}/assessments`))
      .json()
      .items.map((a: { kind: string }) => a.kind);
    expect(kinds).toEqual(["needs"]);
    expect((await caseDhaka.get(`/cases/${caseId}/follow-ups`)).json().items[0].status).not.toBe("done");
  });

  it("shows a provider on the case only the answers and scores free of health and psychosocial ones", async () => {
    const { caseId, personId } = await openCase();
    await caseDhaka.post(`/cases/${caseId}/assessments`, survey);
    await openReferralToTvet(caseId, personId);
    const res = await providerTvet.get(`/cases/${caseId}/assessments`);
    const seen = res.json().items.find((a: { kind: string }) => a.kind === "sustainability_survey");
    expect(seen.redacted).toBe(true);
    expect(Object.keys(seen.answers)).not.toContain("health_care");
    expect(Object.keys(seen.answers)).not.toContain("distress");
    expect(seen.answers.housing).toBe("secure");
    // social without health care: (1 + 1 + 1) / 3
    expect(seen.scores).toMatchObject({
      dimensions: { economic: 0.5, social: 1, psychosocial: null },
      composite: null,
      aboveThreshold: null,
    });
    expect(seen.scores.indicators).not.toHaveProperty("distress");
    const lead = (await counsellorDhaka.get(`/cases/${caseId}/assessments`)).json().items[0];
    expect(lead).toMatchObject({ redacted: false, answers: { distress: "rarely" } });
  });
});
