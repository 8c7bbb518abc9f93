import { noNeeds } from "@homecoming/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RouteAccess } from "../src/http/access";
import { openWorld } from "./harness";
import { type Client, ok, personPayload, type World } from "./world";

/**
 * Derived data follows its source, proved without listing the derived fields: two returnees whose records
 * are the same except for their restricted answers (health and psychosocial) must read the same, field for
 * field, on every per-person route, to every reader outside the lead organisation's case workers. A new route
 * or a new field computed from a restricted answer fails this test without anyone adding it here.
 */

type Subject = { name: string; nationalId: string; personId: string; caseId: string; referralId: string };

// what the lead reads the same for both: a returnee out of work, in debt, wanting training
const sameNeeds = {
  economic: {
    ...noNeeds.economic,
    employmentStatus: "unemployed_seeking",
    hasDebt: true,
    debtPressure: 2,
    wantsTraining: true,
    skillsRecognitionNeeded: true,
  },
  social: { ...noNeeds.social, socialProtectionNeeded: true, familyAcceptance: 1 },
};
// the sustainability survey's answers both give outside health and the psychosocial dimension
const sameSurvey = { income_sufficiency: "partly", debt_burden: "over_half", housing: "secure" };
const restricted = {
  troubled: {
    needs: {
      economic: sameNeeds.economic,
      social: { ...sameNeeds.social, healthNeed: 3 },
      psychosocial: { distress: 3, isolation: 3, stigma: 3, wantsSupport: true },
    },
    vulnerability: {
      forcedReturn: true,
      suicidalIdeation: true,
      seriousHealthCondition: true,
      pregnant: true,
    },
    psychosocial: { nervous: 4, hopeless: 4, restless: 4, depressed: 4, effort: 4, worthless: 4 },
    sustainability_survey: {
      ...sameSurvey,
      health_care: "no",
      discrimination: "often",
      distress: "often",
      belonging: "no",
    },
  },
  settled: {
    needs: {
      economic: sameNeeds.economic,
      social: { ...sameNeeds.social, healthNeed: 0 },
      psychosocial: { distress: 0, isolation: 0, stigma: 0, wantsSupport: false },
    },
    vulnerability: { forcedReturn: true },
    psychosocial: { nervous: 0, hopeless: 0, restless: 0, depressed: 0, effort: 0, worthless: 0 },
    sustainability_survey: {
      ...sameSurvey,
      health_care: "yes",
      discrimination: "never",
      distress: "never",
      belonging: "strongly",
    },
  },
};

/** Person-level routes: those whose access rests on a relation to a person's record. */
const personRelations = new Set([
  "sees_person",
  "referral_party",
  "person_lead",
  "case_lead",
  "programme_owner",
]);

/** The URL that reads the subject's record on each person-level GET route. */
const urlOf: Record<string, ((s: Subject) => string) | { notCovered: string }> = {
  // by national id: a name search finds the other returnee too (their names share trigrams)
  "/persons": (s) => `/persons?nationalId=${s.nationalId}`,
  "/persons/:id": (s) => `/persons/${s.personId}`,
  "/persons/:id/consents": (s) => `/persons/${s.personId}/consents`,
  "/persons/:id/record-requests": (s) => `/persons/${s.personId}/record-requests`,
  "/persons/:id/duplicates": (s) => `/persons/${s.personId}/duplicates`,
  "/persons/:id/merges": (s) => `/persons/${s.personId}/merges`,
  "/link-candidates": {
    notCovered:
      'lists pairs of records the scan found, with their identity fields only, never a profile or assessment fact (linkage.test.ts "the scan of the whole registry")',
  },
  "/persons/self-registrations": {
    notCovered:
      'lists the identity a returnee gave on the portal and the needs they named, never an assessment, score or staff-recorded profile fact (accounts.test.ts "the MRC\'s self-registrations")',
  },
  "/persons/:id/merge-preview": {
    notCovered:
      'answers counts and field names of two records only, never a profile value (linkage.test.ts "previews")',
  },
  "/cases": (s) => `/cases?personId=${s.personId}`,
  // a number resting on restricted answers lists its cases to the lead's case workers only
  "/indicators/:code/cases": () => "/indicators/vulnerable_identified/cases?limit=100",
  "/cases/:id": (s) => `/cases/${s.caseId}`,
  "/cases/:id/assessments": (s) => `/cases/${s.caseId}/assessments`,
  "/cases/:id/plan": (s) => `/cases/${s.caseId}/plan`,
  "/cases/:id/follow-ups": (s) => `/cases/${s.caseId}/follow-ups`,
  "/cases/:id/enrolments": (s) => `/cases/${s.caseId}/enrolments`,
  "/cases/:id/business-plan": (s) => `/cases/${s.caseId}/business-plan`,
  "/cases/:id/eligibility": (s) => `/cases/${s.caseId}/eligibility`,
  "/follow-ups": () => "/follow-ups",
  "/referrals": () => "/referrals",
  "/referrals/:id": (s) => `/referrals/${s.referralId}`,
  "/notifications": () => "/notifications",
  "/audit": (s) => `/audit?personId=${s.personId}`,
  "/programmes/:id/enrolments": {
    notCovered:
      "an enrolment keeps the verdict worked out when the lead applied; its restricted conditions are redacted (programmes.test.ts)",
  },
};

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const instant = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g;

/**
 * An answer with what tells the two returnees apart by design (ids, times, names, phone and national id) made
 * the same; lists keep only the items about the subject.
 */
function normalised(body: unknown, s: Subject, others: Subject): unknown {
  const ids = [s.personId, s.caseId, s.referralId];
  const mentions = (item: unknown) => {
    const text = JSON.stringify(item);
    return ids.some((id) => text.includes(id)) || text.includes(s.name);
  };
  const mentionsOther = (item: unknown) => JSON.stringify(item).includes(others.personId);
  const walk = (value: unknown, key?: string): unknown => {
    if (Array.isArray(value)) {
      const kept = key === "items" ? value.filter((v) => mentions(v) && !mentionsOther(v)) : value;
      return kept.map((v) => walk(v));
    }
    if (value && typeof value === "object")
      return Object.fromEntries(
        Object.entries(value)
          // totals count both returnees' items in a list that holds both
          .filter(([k]) => k !== "total" && k !== "nextBefore" && k !== "nextAfter")
          .map(([k, v]) => [k, /(^id$|Id$|^seq$)/.test(k) && typeof v === "number" ? "<n>" : walk(v, k)]),
      );
    if (typeof value === "string")
      return value
        .replace(uuid, "<id>")
        .replace(instant, "<t>")
        .replaceAll(s.name, "<name>")
        .replace(/\+8801711\d{6}/, "<phone>")
        .replace(/^19881234567\d\d$/, "<nid>");
    return value;
  };
  return walk(body);
}

/** Where two answers first differ, with both values; undefined when they are the same. */
function firstDifference(a: unknown, b: unknown, path = ""): string | undefined {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (a && b && typeof a === "object" && typeof b === "object") {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) {
      const found = firstDifference(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        `${path}.${k}`,
      );
      if (found) return found;
    }
  }
  return `${path || "."}: ${JSON.stringify(a)?.slice(0, 300)} / ${JSON.stringify(b)?.slice(0, 300)}`;
}

let env: Awaited<ReturnType<typeof openWorld>>["env"];
let world: World;
let as: Awaited<ReturnType<typeof openWorld>>["as"];
const subjects: Record<"troubled" | "settled", Subject> = {} as never;

async function makeSubject(mrc: Client, name: string, n: number, answers: Record<string, object>) {
  const nationalId = `19881234567${10 + n}`;
  const person = await ok(
    mrc.post(
      "/persons",
      personPayload({
        // names far apart, so that neither registration finds the other as a possible duplicate
        givenName: name,
        familyName: `${name}ova`,
        nameNative: undefined,
        phone: `+88017110000${10 + n}`,
        nationalId,
      }),
    ),
    201,
  );
  const personId = person.id as string;
  const kase = await ok(mrc.post("/cases", { personId, stage: "registered" }), 201);
  const caseId = kase.id as string;
  for (const [kind, a] of Object.entries(answers))
    await ok(mrc.post(`/cases/${caseId}/assessments`, { kind, answers: a }), 201);
  await ok(
    mrc.post(`/persons/${personId}/consents`, { purpose: "referral", organisationIds: [world.orgs.tvet.id] }),
    201,
  );
  const referral = await ok(
    mrc.post("/referrals", {
      caseId,
      serviceId: world.services.training.id,
      reason: "Wants to requalify as an electrician",
      urgency: "routine",
    }),
    201,
  );
  const referralId = referral.id as string;
  await ok(mrc.post(`/referrals/${referralId}/send`, {}));
  await ok(as.providerTvet.post(`/referrals/${referralId}/accept`, {}));
  return { name, nationalId, personId, caseId, referralId };
}

beforeAll(async () => {
  ({ env, world, as } = await openWorld());
  subjects.troubled = await makeSubject(as.caseDhaka, "Troubledname", 1, restricted.troubled);
  subjects.settled = await makeSubject(as.caseDhaka, "Settledname", 2, restricted.settled);
  await ok(as.admin.post("/indicators/refresh", {}));
});
afterAll(() => env.close());

describe("derived data follows its source", () => {
  const personRoutes = () =>
    [...env.app.routeAccess]
      .filter(
        ([key, rule]: [string, RouteAccess]) =>
          key.startsWith("GET ") && rule.relations.some((r) => personRelations.has(r)),
      )
      .map(([key]) => key.slice("GET /api/v1".length));

  it("knows how to read a returnee on every person-level route", () => {
    const unknown = personRoutes().filter((r) => !(r in urlOf));
    expect(unknown, "a new person-level route: add how it reads a returnee to urlOf").toEqual([]);
  });

  it("shows the lead organisation's case workers what the restricted answers changed", async () => {
    const read = async (s: Subject) => ({
      kase: await ok(as.caseDhaka.get(`/cases/${s.caseId}`)),
      eligibility: await ok(as.caseDhaka.get(`/cases/${s.caseId}/eligibility`)),
    });
    const [troubled, settled] = [await read(subjects.troubled), await read(subjects.settled)];
    expect(troubled.kase.riskLevel).toBe("high");
    expect(settled.kase.riskLevel).toBe("low");
    const needs = (e: Record<string, unknown>) =>
      (e.recommendations as { category: string }[]).map((r) => r.category);
    expect(needs(troubled.eligibility)).toContain("psy.mental_health");
    expect(needs(settled.eligibility)).not.toContain("psy.mental_health");
  });

  for (const reader of ["providerTvet", "admin"] as const) {
    it(`reads the same on every person-level route to ${reader}, whatever the restricted answers`, async () => {
      const client = as[reader];
      const differences: string[] = [];
      for (const route of personRoutes()) {
        const how = urlOf[route];
        if (!how || "notCovered" in how) continue;
        const answers = [];
        for (const s of [subjects.troubled, subjects.settled]) {
          const res = await client.get(how(s));
          answers.push({ status: res.statusCode, body: res.body ? res.json() : null });
        }
        const [t, s] = answers;
        const other = { troubled: subjects.settled, settled: subjects.troubled };
        const seenT = { status: t!.status, body: normalised(t!.body, subjects.troubled, other.troubled) };
        const seenS = { status: s!.status, body: normalised(s!.body, subjects.settled, other.settled) };
        const where = firstDifference(seenT, seenS);
        if (where) differences.push(`${route}: ${where}`);
      }
      expect(differences).toEqual([]);
    });
  }

  it("reads the provider something, so the comparison is not between two refusals", async () => {
    const kase = await ok(as.providerTvet.get(`/cases/${subjects.troubled.caseId}`));
    expect(kase.riskLevel).toBe("low");
    const assessments = await ok(as.providerTvet.get(`/cases/${subjects.troubled.caseId}/assessments`));
    const needs = (assessments.items as { kind: string; scores: Record<string, unknown> }[]).find(
      (a) => a.kind === "needs",
    );
    expect(Object.keys(needs!.scores).sort()).toEqual(["economic", "social"]);
  });
});
