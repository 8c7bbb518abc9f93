import { accessMatrix, type ProbeContext } from "../../../test/access-matrix";

const onPerson = (c: ProbeContext) => ({ person: c.fx.personFacts(c.set) });
const personUrl = (c: ProbeContext, tail = "") => `/persons/${c.fx[c.set].personId}${tail}`;

accessMatrix("persons", {
  "POST /persons": {
    request: (c) => ({ url: "/persons", body: c.fx.newPerson(c.set) }),
    facts: onPerson,
  },
  "POST /persons/duplicate-check": {
    request: (c) => ({ url: "/persons/duplicate-check", body: { givenName: "Matrix", familyName: "Someone" } }),
    facts: onPerson,
  },
  "GET /persons": {
    request: (c) => ({ url: `/persons?nationalId=${c.fx[c.set].nationalId}` }),
    facts: onPerson,
    listed: (body, c) => (body as { items: { id: string }[] }).items.some((i) => i.id === c.fx[c.set].personId),
  },
  "GET /persons/:id": { request: (c) => ({ url: personUrl(c) }), facts: onPerson },
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
