import { disabilityShown, readsRestricted } from "../../../test/access-fixtures";
import { accessMatrix, type ProbeContext } from "../../../test/access-matrix";

const onCase = (c: ProbeContext) => c.fx.caseFacts(c.set);
const caseUrl = (c: ProbeContext, tail: string) => `/cases/${c.fx[c.set].caseId}${tail}`;

accessMatrix("eligibility", {
  "GET /eligibility/facts": { request: () => ({ url: "/eligibility/facts" }), facts: onCase },
  "POST /eligibility/preview": {
    request: (c) => ({
      url: "/eligibility/preview",
      body: { rule: { ">=": [{ var: "age" }, 18] }, personId: c.fx[c.set].personId },
    }),
    facts: onCase,
    // the returnee is named in the body: one the caller may not see is refused as invalid input
    denied: 400,
    check: (res, c) => disabilityShown(c, res.json().facts.disability, "the preview's facts"),
  },
  "GET /cases/:id/eligibility": {
    request: (c) => ({ url: caseUrl(c, "/eligibility") }),
    facts: onCase,
    check: (res, c) => {
      const answer = res.json();
      // the screening's serious health condition (restricted) calls for a health service
      const health = (answer.recommendations as { category: string }[]).some(
        (r) => r.category === "soc.health",
      );
      if (health !== readsRestricted(c))
        return `the recommendations ${health ? "show" : "withhold"} a need raised by a restricted flag`;
      return disabilityShown(c, answer.facts.disability, "the facts");
    },
  },
});
