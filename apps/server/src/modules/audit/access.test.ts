import { accessMatrix } from "../../../test/access-matrix";

accessMatrix("audit", {
  "GET /audit": {
    request: (c) => ({ url: `/audit?personId=${c.fx[c.set].personId}&limit=20` }),
    facts: (c) => ({ person: c.fx.personFacts(c.set) }),
    // refused alike whether or not the caller may see the returnee, and whether or not they exist, so the
    // answer tells nothing about the record
    denied: 403,
  },
});
