import { needsAssessment, planBody, readsRestricted } from "../../../test/access-fixtures";
import { accessMatrix, type ProbeContext } from "../../../test/access-matrix";

const caseVersion = async (c: ProbeContext) =>
  (await c.admin("GET", `/cases/${c.fx[c.set].caseId}`)).json().version as number;
const onCase = (c: ProbeContext) => c.fx.caseFacts(c.set);
const caseUrl = (c: ProbeContext, tail = "") => `/cases/${c.fx[c.set].caseId}${tail}`;

/** The call back asked of each set's MRC, made just before the list is read. */
const askedOf = new Map<string, string>();
const onMrc = (c: ProbeContext) => ({ organisation: c.fx[c.set].mrc });

// Reads first, then writes, then the moves that end the case's work (hand-over, closing).
accessMatrix("cases", {
  "GET /call-backs": {
    request: async (c) => {
      askedOf.set(c.set, await c.fx.freshCallBack(c.set));
      return { url: "/call-backs?limit=200" };
    },
    facts: onMrc,
    listed: (body, c) => (body as { items: { id: string }[] }).items.some((i) => i.id === askedOf.get(c.set)),
  },
  "POST /call-backs/:id/done": {
    request: async (c) => ({ url: `/call-backs/${await c.fx.freshCallBack(c.set)}/done` }),
    facts: onMrc,
  },
  "POST /cases": {
    request: (c) => ({ url: "/cases", body: { personId: c.fx[c.set].unopenedPersonId } }),
    facts: (c) => ({
      person: { registeredBy: c.fx[c.set].mrc, leads: [], openReferralTo: [], consentTo: [] },
    }),
    // the returnee is named in the body: one the caller may not see is refused as invalid input
    denied: 400,
  },
  "GET /cases": {
    request: (c) => ({ url: `/cases?personId=${c.fx[c.set].personId}` }),
    facts: onCase,
    listed: (body, c) => (body as { items: { id: string }[] }).items.some((i) => i.id === c.fx[c.set].caseId),
  },
  "GET /cases/:id": {
    request: (c) => ({ url: caseUrl(c) }),
    facts: onCase,
    check: (res, c) => {
      // the screening's serious health condition (restricted) waits for a health referral
      const flags = res.json().flagsAwaitingReferral as { code: string }[];
      const shown = flags.some((f) => f.code === "serious_health_condition");
      if (shown !== readsRestricted(c)) return `the case ${shown ? "shows" : "withholds"} a restricted flag`;
      return undefined;
    },
  },
  "GET /cases/:id/assessments": {
    request: (c) => ({ url: caseUrl(c, "/assessments") }),
    facts: onCase,
    check: (res, c) => {
      const items = res.json().items as { kind: string; redacted: boolean; answers: unknown }[];
      const psychosocial = items.find((i) => i.kind === "psychosocial");
      if (!psychosocial) return "the psychosocial assessment is missing";
      const lead = readsRestricted(c);
      if (lead && psychosocial.redacted) return "the lead organisation's case worker gets redacted answers";
      if (!lead && (!psychosocial.redacted || psychosocial.answers !== null))
        return "psychosocial answers are shown outside the lead organisation";
      return undefined;
    },
  },
  "GET /cases/:id/plan": { request: (c) => ({ url: caseUrl(c, "/plan") }), facts: onCase },
  "GET /cases/:id/follow-ups": { request: (c) => ({ url: caseUrl(c, "/follow-ups") }), facts: onCase },
  "GET /follow-ups": {
    request: () => ({ url: "/follow-ups?dueBy=2099-12-31&limit=100" }),
    facts: onCase,
    listed: (body, c) =>
      (body as { items: { caseId: string }[] }).items.some((i) => i.caseId === c.fx[c.set].caseId),
    // the worklist of the caller's own organisation: an administrator's (the ministry's) holds no MRC's case
    expect: (c) => (c.caller === "admin" ? "unlisted" : undefined),
  },
  "PATCH /cases/:id": {
    request: async (c) => ({ url: caseUrl(c), body: { version: await caseVersion(c), riskLevel: "medium" } }),
    facts: onCase,
  },
  "POST /cases/:id/assessments": {
    request: (c) => ({ url: caseUrl(c, "/assessments"), body: needsAssessment }),
    facts: onCase,
  },
  "PATCH /cases/:id/plan/actions/:childId": {
    request: (c) => ({
      url: caseUrl(c, `/plan/actions/${c.fx[c.set].actionId}`),
      body: { status: "in_progress" },
    }),
    facts: onCase,
  },
  "POST /cases/:id/follow-ups/:childId/complete": {
    request: (c) => ({
      url: caseUrl(c, `/follow-ups/${c.fx[c.set].followUpId}/complete`),
      body: { contactMethod: "phone", reached: true, note: "Doing well" },
    }),
    facts: onCase,
  },
  "POST /cases/:id/follow-ups": {
    request: (c) => ({
      url: caseUrl(c, "/follow-ups"),
      body: { contactMethod: "phone", reached: true, note: "Called before the three-month follow-up" },
    }),
    facts: onCase,
  },
  "PUT /cases/:id/plan": {
    request: async (c) => {
      const plan = (await c.admin("GET", caseUrl(c, "/plan"))).json();
      // the saved plan sent back as it is, so the action the other probes name keeps its id
      const goals = plan.goals.map(
        (g: { id: string; dimension: string; title: string; actions: { id: string; title: string }[] }) => ({
          id: g.id,
          dimension: g.dimension,
          title: g.title,
          actions: g.actions.map((a) => ({ id: a.id, title: a.title })),
        }),
      );
      return { url: caseUrl(c, "/plan"), body: { ...planBody(await caseVersion(c)), goals } };
    },
    facts: onCase,
  },
  "POST /cases/:id/hand-over": {
    request: async (c) => ({
      url: caseUrl(c, "/hand-over"),
      body: { nationalService: "Department of Social Services", version: await caseVersion(c) },
    }),
    facts: onCase,
  },
  "POST /cases/:id/close": {
    request: async (c) => ({
      url: caseUrl(c, "/close"),
      body: { reason: "handed_over", version: await caseVersion(c) },
    }),
    facts: onCase,
  },
});
