import { accessMatrix, type ProbeContext } from "../../../test/access-matrix";

/** Records of an organisation: the set's MRC made the event, the group, the answer, the trust. */
const onMrc = (c: ProbeContext) => ({ organisation: c.fx[c.set].mrc });
/** A returnee who registered themself in the set's district: the MRC registered the record, leads no case. */
const onSelfRegistered = (c: ProbeContext) => ({
  person: { registeredBy: c.fx[c.set].mrc, leads: [], openReferralTo: [], consentTo: [] },
});
/** What anyone reads on the portal touches no organisation's record. */
const open = (c: ProbeContext) => ({ organisation: c.organisation });
/** A returnee's own routes reach only their own record. */
const own = () => ({ ownRecord: true });

const items = (body: unknown) => (body as { items: { id?: string; personId?: string }[] }).items;
/** The record made for each set just before a list is read, to look for in it. */
const made = new Map<string, string>();
/** The event the matrix's returnee registered for, by set: the one they cancel. */
const registeredFor = new Map<string, string>();

accessMatrix("community", {
  // ---- the workspace: events and groups ----
  "GET /community/events": {
    request: async (c) => {
      made.set(`event ${c.set}`, (await c.fx.freshEvent(c.set)).id);
      return { url: "/community/events?limit=200" };
    },
    facts: onMrc,
    listed: (body, c) => items(body).some((e) => e.id === made.get(`event ${c.set}`)),
  },
  "POST /community/events": {
    request: (c) => ({
      url: "/community/events",
      body: {
        kind: "job_fair",
        title: c.fx.unique("Job fair"),
        description: "Employers meet returnees.",
        adminAreaCode: c.set === "dhaka" ? "BD3026" : "IQG11Q02",
        venue: "The hall",
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    }),
    facts: open,
  },
  "PUT /community/events/:id": {
    request: async (c) => {
      const { id, version } = await c.fx.freshEvent(c.set);
      return { url: `/community/events/${id}`, body: { version, venue: "The bigger hall" } };
    },
    facts: onMrc,
    denied: 404,
  },
  "POST /community/events/:id/cancel": {
    request: async (c) => ({
      url: `/community/events/${(await c.fx.freshEvent(c.set)).id}/cancel`,
      body: { reason: "The speaker is ill" },
    }),
    facts: onMrc,
    denied: 404,
  },
  "GET /community/events/:id/registrations": {
    request: async (c) => ({ url: `/community/events/${(await c.fx.freshEvent(c.set)).id}/registrations` }),
    facts: onMrc,
    denied: 404,
  },
  "GET /community/groups": {
    request: async (c) => {
      made.set(`group ${c.set}`, (await c.fx.freshGroup(c.set)).id);
      return { url: "/community/groups" };
    },
    facts: onMrc,
    listed: (body, c) => items(body).some((g) => g.id === made.get(`group ${c.set}`)),
  },
  "POST /community/groups": {
    request: (c) => ({
      url: "/community/groups",
      body: { kind: "migration_forum", name: c.fx.unique("Forum"), description: "Talks on safe migration." },
    }),
    facts: open,
  },
  "PUT /community/groups/:id": {
    request: async (c) => {
      const { id, version } = await c.fx.freshGroup(c.set);
      return { url: `/community/groups/${id}`, body: { version, meets: "Fridays at 3 pm" } };
    },
    facts: onMrc,
    denied: 404,
  },

  // ---- the workspace: the board ----
  "GET /community/questions": { request: () => ({ url: "/community/questions" }), facts: open },
  "POST /community/questions/:id/publish": {
    request: async (c) => ({ url: `/community/questions/${await c.fx.freshQuestion(c.set, false)}/publish` }),
    facts: open,
  },
  "POST /community/questions/:id/refuse": {
    request: async (c) => ({
      url: `/community/questions/${await c.fx.freshQuestion(c.set, false)}/refuse`,
      body: { reason: "Please ask the centre directly" },
    }),
    facts: open,
  },
  "POST /community/questions/:id/answers": {
    request: async (c) => ({
      url: `/community/questions/${await c.fx.freshQuestion(c.set, true)}/answers`,
      body: { body: "Ask the centre about its training courses." },
    }),
    facts: open,
  },
  "POST /community/answers/:id/hide": {
    request: async (c) => ({
      url: `/community/answers/${await c.fx.freshAnswer(c.set)}/hide`,
      body: { reason: "It names a private person" },
    }),
    facts: open,
  },
  "GET /community/trusted-returnees": {
    request: async (c) => {
      made.set(`trusted ${c.set}`, await c.fx.freshTrusted(c.set));
      return { url: "/community/trusted-returnees" };
    },
    facts: onMrc,
    listed: (body, c) => items(body).some((t) => t.personId === made.get(`trusted ${c.set}`)),
  },
  "POST /community/trusted-returnees/:id": {
    request: async (c) => ({
      url: `/community/trusted-returnees/${await c.fx.freshSelfRegistration(c.set)}`,
    }),
    facts: onSelfRegistered,
  },
  "POST /community/trusted-returnees/:id/revoke": {
    request: async (c) => ({ url: `/community/trusted-returnees/${await c.fx.freshTrusted(c.set)}/revoke` }),
    facts: onSelfRegistered,
  },

  // ---- the portal, for anyone ----
  "GET /portal/community/events": {
    request: (c) => ({ url: `/portal/community/events?area=${c.set === "dhaka" ? "BD3026" : "IQ"}` }),
    facts: open,
  },
  "GET /portal/community/events/:id": {
    request: async (c) => ({
      url: `/portal/community/events/${(await c.fx.freshEvent(c.set)).id}?language=ar`,
    }),
    facts: open,
  },
  "GET /portal/community/groups": {
    request: (c) => ({ url: `/portal/community/groups?area=${c.set === "dhaka" ? "BD" : "IQG11Q02"}` }),
    facts: open,
  },
  "GET /portal/community/questions": {
    request: () => ({ url: "/portal/community/questions?topic=job" }),
    facts: open,
  },
  "GET /portal/community/questions/:id": {
    request: async (c) => ({ url: `/portal/community/questions/${await c.fx.freshQuestion(c.set, true)}` }),
    facts: open,
  },

  // ---- the portal, the returnee's own ----
  "GET /portal/me/events": { request: () => ({ url: "/portal/me/events?language=bn" }), facts: own },
  "POST /portal/me/events/:id/registration": {
    request: async (c) => {
      const { id } = await c.fx.freshEvent(c.set);
      if (c.returnee) registeredFor.set(c.set, id);
      return { url: `/portal/me/events/${id}/registration` };
    },
    facts: own,
  },
  // the event the matrix's returnee registered for just before (another caller never gets there)
  "POST /portal/me/events/:id/cancel": {
    request: async (c) => ({
      url: `/portal/me/events/${registeredFor.get(c.set) ?? (await c.fx.freshEvent(c.set)).id}/cancel`,
    }),
    facts: own,
  },
  "GET /portal/me/questions": { request: () => ({ url: "/portal/me/questions" }), facts: own },
  "POST /portal/me/questions": {
    request: () => ({
      url: "/portal/me/questions",
      body: {
        topic: "documents",
        language: "bn",
        title: "How do I get a new passport?",
        body: "Mine was kept by my employer abroad. What do I do now?",
      },
    }),
    facts: own,
  },
  // the matrix's returnee is trusted by no centre: refused for what they are, past the access checks
  "POST /portal/me/questions/:id/answers": {
    request: async (c) => ({
      url: `/portal/me/questions/${await c.fx.freshQuestion(c.set, true)}/answers`,
      body: { body: "I went to the passport office with the centre's letter." },
    }),
    facts: own,
    expect: () => 403,
  },
});
