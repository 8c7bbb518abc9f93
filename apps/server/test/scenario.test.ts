import { noNeeds } from "@homecoming/domain";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/client";
import { openWorld } from "./harness";
import { bringFollowUpDue, personPayload } from "./world";

const { env, world, as } = await openWorld();
const { caseDhaka: mrc, providerTvet: tvet, caseErbil: erbil } = as;
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
    social: { ...noNeeds.social, familyAcceptance: 1 },
    psychosocial: { distress: 1, isolation: 1, stigma: 2, wantsSupport: false },
  },
};

describe("the closed loop for one returnee across two organisations", () => {
  it("registers, assesses, plans, refers, completes, follows up, hands over and closes", async () => {
    // MRC Dhaka registers the returnee and opens a case
    const registered = await mrc.post("/persons", personPayload());
    expect(registered.statusCode).toBe(201);
    const person = registered.json();
    expect(person.possibleDuplicates).toEqual([]);
    const opened = await mrc.post("/cases", { personId: person.id });
    expect(opened.statusCode).toBe(201);
    const caseId = opened.json().id as string;
    expect(opened.json().stage).toBe("registered");

    // the training institute cannot see the case before any referral or consent
    expect((await tvet.get(`/cases/${caseId}`)).statusCode).toBe(404);
    expect((await tvet.get(`/persons/${person.id}`)).statusCode).toBe(404);

    // needs assessment: three dimensions, economic need is the highest
    const assessed = await mrc.post(`/cases/${caseId}/assessments`, needs);
    expect(assessed.statusCode).toBe(201);
    const scores = assessed.json().scores;
    expect(scores.economic.priority).toBe("high");
    expect(scores.economic.needs).toContain("econ.vocational_training");
    let current = (await mrc.get(`/cases/${caseId}`)).json();
    expect(current.stage).toBe("assessed");

    // the plan: first save activates it and schedules the follow-ups
    const plan = await mrc.put(`/cases/${caseId}/plan`, {
      version: current.version,
      goals: [
        {
          dimension: "economic",
          title: "Work as a certified electrician in Dhaka",
          actions: [
            {
              title: "Electrical installation course",
              serviceCategory: "econ.vocational_training",
              dueDate: "2027-06-30",
            },
            {
              title: "Trade test for skills learned in Saudi Arabia",
              serviceCategory: "econ.skills_recognition",
            },
          ],
        },
        { dimension: "psychosocial", title: "Reconnect with family", actions: [] },
      ],
    });
    expect(plan.statusCode).toBe(200);
    expect(plan.json().goals).toHaveLength(2);
    expect(plan.json().goals[0].actions).toHaveLength(2);
    current = (await mrc.get(`/cases/${caseId}`)).json();
    expect(current.stage).toBe("plan_active");
    const followUps = (await mrc.get(`/cases/${caseId}/follow-ups`)).json();
    expect(followUps.items.map((f: { kind: string }) => f.kind)).toEqual(["month_3", "month_6", "month_12"]);

    // refer to the training course; sending needs a consent covering the institute
    const draft = await mrc.post("/referrals", {
      caseId,
      serviceId: world.services.training.id,
      reason: "Wants to requalify as an electrician",
      urgency: "routine",
    });
    expect(draft.statusCode).toBe(201);
    const referralId = draft.json().id as string;
    expect(draft.json().status).toBe("draft");
    const refused = await mrc.post(`/referrals/${referralId}/send`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe("consent_required");
    const consent = await mrc.post(`/persons/${person.id}/consents`, {
      purpose: "referral",
      organisationIds: [world.orgs.tvet.id],
      note: "Agreed verbally at the MRC",
    });
    expect(consent.statusCode).toBe(201);
    const sent = await mrc.post(`/referrals/${referralId}/send`, { note: "Please call before Thursday" });
    expect(sent.statusCode).toBe(200);
    expect(sent.json().status).toBe("sent");
    expect(sent.json().consentId).toBe(consent.json().id);

    // the provider sees it in its inbox and works it; the sender cannot accept it
    const inbox = (await tvet.get("/referrals?direction=incoming")).json();
    expect(inbox.items.map((r: { id: string }) => r.id)).toContain(referralId);
    expect((await mrc.post(`/referrals/${referralId}/accept`, {})).statusCode).toBe(403);
    expect(
      (await tvet.post(`/referrals/${referralId}/accept`, { note: "Place in the March intake" })).json()
        .status,
    ).toBe("accepted");
    expect((await tvet.get(`/cases/${caseId}`)).statusCode).toBe(200);
    expect((await tvet.post(`/referrals/${referralId}/start`, {})).json().status).toBe("in_progress");
    const done = await tvet.post(`/referrals/${referralId}/complete`, {
      outcome: "Completed the course; certificate level 2",
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      status: "completed",
      outcome: "Completed the course; certificate level 2",
    });

    // the sender sees every status change with actor and note
    const seen = (await mrc.get(`/referrals/${referralId}`)).json();
    expect(seen.events.map((e: { type: string }) => e.type)).toEqual([
      "created",
      "sent",
      "accepted",
      "started",
      "completed",
    ]);
    expect(seen.events[2]).toMatchObject({
      actorOrganisationId: world.orgs.tvet.id,
      note: "Place in the March intake",
    });

    // three months on, the first follow-up is recorded; the case moves to monitoring
    await bringFollowUpDue(env.database, followUps.items[0].id);
    const fu = await mrc.post(`/cases/${caseId}/follow-ups/${followUps.items[0].id}/complete`, {
      contactMethod: "phone",
      reached: true,
      note: "Working with a contractor",
    });
    expect(fu.statusCode).toBe(200);
    current = (await mrc.get(`/cases/${caseId}`)).json();
    expect(current.stage).toBe("monitoring");

    // hand-over and closure
    const handed = await mrc.post(`/cases/${caseId}/hand-over`, {
      version: current.version,
      nationalService: "Department of Social Services",
      note: "Enrolled in the social safety net",
    });
    expect(handed.statusCode).toBe(200);
    expect(handed.json().stage).toBe("handed_over");
    const closed = await mrc.post(`/cases/${caseId}/close`, {
      version: handed.json().version,
      reason: "reintegrated",
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ stage: "closed", closureReason: "reintegrated" });

    // stored state: the timeline and the audit trail
    const timeline = (await mrc.get(`/cases/${caseId}`)).json().events.map((e: { type: string }) => e.type);
    expect(timeline).toEqual([
      "opened",
      "assessed",
      "stage_changed",
      "plan_saved",
      "stage_changed",
      "follow_ups_scheduled",
      "follow_up_done",
      "stage_changed",
      "stage_changed",
      "handed_over",
      "stage_changed",
      "closed",
    ]);
    const audit = (await mrc.get(`/audit?personId=${person.id}&limit=500`)).json();
    const trail = audit.items.map(
      (a: { actorOrganisationId: string; action: string; recordType: string }) => [
        a.actorOrganisationId === world.orgs.tvet.id ? "tvet" : "mrc",
        a.action,
        a.recordType,
      ],
    );
    expect(trail).toContainEqual(["mrc", "create", "person"]);
    expect(trail).toContainEqual(["mrc", "create", "consent"]);
    expect(trail).toContainEqual(["tvet", "read", "case"]);
    expect(trail).toContainEqual(["tvet", "transition", "referral"]);
    expect(trail).toContainEqual(["mrc", "close", "case"]);
    const [stored] = await queryRows<{ n: number }>(
      env.database.db,
      sql`select count(*)::int as n from audit_events where person_id = ${person.id} or person_ids @> array[${person.id}]::uuid[]`,
    );
    expect(stored!.n).toBe(audit.items.length);

    // the other MRC never saw any of it
    expect((await erbil.get(`/cases/${caseId}`)).statusCode).toBe(404);
    expect((await erbil.get(`/persons?q=Rahman`)).json().total).toBe(0);
  });

  it("lets another organisation read a case only once consent covers it, and never change it", async () => {
    const person = (
      await mrc.post(
        "/persons",
        personPayload({
          nationalId: "1990111122223",
          phone: "+8801711000002",
          givenName: "Salma",
          familyName: "Begum",
          nameNative: "সালমা বেগম",
          sex: "female",
        }),
      )
    ).json();
    const caseId = (await mrc.post("/cases", { personId: person.id })).json().id;
    expect((await erbil.get(`/cases/${caseId}`)).statusCode).toBe(404);
    expect((await erbil.patch(`/cases/${caseId}`, { version: 1, riskLevel: "high" })).statusCode).toBe(404);

    const consent = await mrc.post(`/persons/${person.id}/consents`, {
      purpose: "data_sharing",
      organisationIds: [world.orgs.mrcErbil.id],
    });
    expect(consent.statusCode).toBe(201);
    expect((await erbil.get(`/cases/${caseId}`)).statusCode).toBe(200);
    expect((await erbil.get(`/persons/${person.id}`)).json().givenName).toBe("Salma");
    const write = await erbil.patch(`/cases/${caseId}`, { version: 1, riskLevel: "high" });
    expect(write.statusCode).toBe(403);

    await mrc.post(`/persons/${person.id}/consents/${consent.json().id}/withdraw`, {
      note: "Returnee asked to stop",
    });
    expect((await erbil.get(`/cases/${caseId}`)).statusCode).toBe(404);
  });
});
