import { accessMatrix, type ProbeContext } from "../../../test/access-matrix";

const onPerson = (c: ProbeContext) => ({ person: c.fx.personFacts(c.set) });
const personUrl = (c: ProbeContext, tail: string) => `/persons/${c.fx[c.set].personId}${tail}`;

// The second record of each call is registered now by the set's MRC, which leads it as it leads the set's
// returnee: whoever may judge or merge the one may judge or merge the other.
accessMatrix("linkage", {
  "GET /persons/:id/duplicates": { request: (c) => ({ url: personUrl(c, "/duplicates") }), facts: onPerson },
  "POST /persons/:id/not-duplicates": {
    request: async (c) => ({
      url: personUrl(c, "/not-duplicates"),
      body: { otherPersonId: await c.fx.freshRecord(c.set), note: "Brothers" },
    }),
    facts: onPerson,
  },
  "GET /persons/:id/merge-preview": {
    request: async (c) => ({ url: personUrl(c, `/merge-preview?from=${await c.fx.freshRecord(c.set)}`) }),
    facts: onPerson,
  },
  "POST /persons/:id/merge": {
    request: async (c) => ({
      url: personUrl(c, "/merge"),
      body: { fromPersonId: await c.fx.freshRecord(c.set) },
    }),
    facts: onPerson,
  },
  "GET /persons/:id/merges": { request: (c) => ({ url: personUrl(c, "/merges") }), facts: onPerson },
  "POST /person-merges/:id/undo": {
    request: async (c) => ({
      url: `/person-merges/${await c.fx.freshMerge(c.set)}/undo`,
      body: { reason: "Two brothers, merged by mistake" },
    }),
    facts: () => ({}),
  },
  // the queue lists only pairs of records the caller may both see (linkage.test.ts "the scan of the whole
  // registry"): every case worker is let through to it
  "GET /link-candidates": {
    request: () => ({ url: "/link-candidates" }),
    facts: onPerson,
    expect: () => "allowed",
  },
  "POST /link-candidates/scan": {
    request: () => ({ url: "/link-candidates/scan", body: {} }),
    facts: () => ({}),
  },
});
