import { accessMatrix, holds, type ProbeContext } from "../../../test/access-matrix";

const onPerson = (c: ProbeContext) => ({ person: c.fx.personFacts(c.set) });
/** A returnee the set's MRC registered just now: it leads them, and nobody else sees them. */
const onFreshPerson = (c: ProbeContext) => ({
  person: { registeredBy: c.fx[c.set].mrc, leads: [c.fx[c.set].mrc], openReferralTo: [], consentTo: [] },
});
/** The self-registration each set's list should hold, made just before the list is read. */
const selfRegistered = new Map<string, string>();
const personUrl = (c: ProbeContext, tail = "") => `/persons/${c.fx[c.set].personId}${tail}`;

accessMatrix("persons", {
  "POST /persons": {
    request: (c) => ({ url: "/persons", body: c.fx.newPerson(c.set) }),
    facts: onPerson,
  },
  "POST /persons/duplicate-check": {
    // the set's returnee typed again: the warning shows them only to a caller who may see them, and to anyone
    // else only counts a match held elsewhere
    request: (c) => ({ url: "/persons/duplicate-check", body: c.fx[c.set].identity }),
    facts: onPerson,
    check: (res, c, facts) => {
      const body = res.json() as {
        possibleDuplicates: { personId: string; displayName: string }[];
        heldElsewhere: { count: number };
      };
      const found = body.possibleDuplicates.find((d) => d.personId === c.fx[c.set].personId);
      const sees = c.actor !== undefined && holds("sees_person", c.actor, facts);
      if (sees && !found?.displayName) return "hides a returnee the caller may see";
      if (!sees && res.body.includes(c.fx[c.set].personId)) return "names a returnee the caller may not see";
      if (!sees && body.heldElsewhere.count < 1) return "does not say a match is held elsewhere";
      return undefined;
    },
  },
  "GET /persons": {
    request: (c) => ({ url: `/persons?nationalId=${c.fx[c.set].nationalId}` }),
    facts: onPerson,
    listed: (body, c) =>
      (body as { items: { id: string }[] }).items.some((i) => i.id === c.fx[c.set].personId),
  },
  "GET /persons/:id": { request: (c) => ({ url: personUrl(c) }), facts: onPerson },
  "GET /persons/self-registrations": {
    request: async (c) => {
      selfRegistered.set(c.set, await c.fx.freshSelfRegistration(c.set));
      return { url: "/persons/self-registrations?limit=200" };
    },
    facts: onFreshPerson,
    listed: (body, c) =>
      (body as { items: { id: string }[] }).items.some((i) => i.id === selfRegistered.get(c.set)),
  },
  "POST /persons/:id/confirm-registration": {
    request: async (c) => ({
      url: `/persons/${await c.fx.freshSelfRegistration(c.set)}/confirm-registration`,
    }),
    facts: onFreshPerson,
  },
  "GET /persons/:id/consents": { request: (c) => ({ url: personUrl(c, "/consents") }), facts: onPerson },
  "PATCH /persons/:id": {
    request: async (c) => {
      const version = (await c.admin("GET", personUrl(c))).json().version as number;
      return { url: personUrl(c), body: { version, languages: ["en"] } };
    },
    facts: onPerson,
  },
  "POST /persons/:id/consents": {
    // a contact consent for the MRC itself: it opens the record to nobody new
    request: (c) => ({
      url: personUrl(c, "/consents"),
      body: { purpose: "contact", organisationIds: [c.fx[c.set].mrc] },
    }),
    facts: onPerson,
  },
  "GET /persons/:id/record-requests": {
    request: (c) => ({ url: personUrl(c, "/record-requests") }),
    facts: onPerson,
  },
  // nothing of the set's returnee is held elsewhere: a lead is let through to the 409 that says so
  "POST /persons/:id/record-requests": {
    request: (c) => ({ url: personUrl(c, "/record-requests"), body: {} }),
    facts: onPerson,
  },
  "GET /record-requests": { request: () => ({ url: "/record-requests" }), facts: () => ({}) },
  // the holder decides a request addressed to it; to anyone else it is not found
  "POST /record-requests/:id/share": {
    request: async (c) => ({
      url: `/record-requests/${await c.fx.freshRecordRequest(c.set)}/share`,
      body: { consentConfirmed: true },
    }),
    facts: onFreshPerson,
    denied: 404,
  },
  "POST /record-requests/:id/decline": {
    request: async (c) => ({
      url: `/record-requests/${await c.fx.freshRecordRequest(c.set)}/decline`,
      body: { reason: "Not the same person" },
    }),
    facts: onFreshPerson,
    denied: 404,
  },
  "POST /persons/:id/consents/:consentId/withdraw": {
    // a contact consent of its own for each call; the data-sharing consent that shows the record to the
    // providers stays in force
    request: async (c) => ({
      url: personUrl(c, `/consents/${await c.fx.freshConsent(c.set)}/withdraw`),
      body: { note: "Asked to be contacted no more" },
    }),
    facts: onPerson,
  },
});
