import { businessPlanBody, disabilityShown } from "../../../test/access-fixtures";
import { accessMatrix, type ProbeContext } from "../../../test/access-matrix";

/** What is wrong with how a list of enrolments shows the set's enrolment, if anything. */
const enrolmentShown = (
  items: { id: string; verdict: { conditions: { because?: string }[] } }[],
  c: ProbeContext,
) => {
  const enrolment = items.find((e) => e.id === c.fx[c.set].enrolmentId);
  if (!enrolment) return "the enrolment is missing";
  const because = enrolment.verdict.conditions[0]?.because;
  return disabilityShown(c, because === "restricted" ? because : "shown", "the enrolment's verdict");
};

const onProgramme = (c: ProbeContext) => ({ programmeOwner: c.fx[c.set].programmeOwner });
const onCase = (c: ProbeContext) => c.fx.caseFacts(c.set);
const caseUrl = (c: ProbeContext, tail: string) => `/cases/${c.fx[c.set].caseId}${tail}`;
const programmeUrl = (c: ProbeContext, tail = "") => `/programmes/${c.fx[c.set].programmeId}${tail}`;

accessMatrix("programmes", {
  "GET /programmes": { request: () => ({ url: "/programmes?limit=50" }), facts: onProgramme },
  "GET /programmes/:id": { request: (c) => ({ url: programmeUrl(c) }), facts: onProgramme },
  "GET /programmes/:id/rule-versions": {
    request: (c) => ({ url: programmeUrl(c, "/rule-versions") }),
    facts: onProgramme,
  },
  "GET /programmes/:id/enrolments": {
    request: (c) => ({ url: programmeUrl(c, "/enrolments") }),
    facts: onProgramme,
    check: (res, c) => enrolmentShown(res.json().items, c),
  },
  "POST /programmes": {
    request: (c) => ({
      url: "/programmes",
      body: {
        name: c.fx.unique("Business start-up grant"),
        kind: "grant",
        category: "econ.finance",
        ownerOrganisationId: c.fx[c.set].programmeOwner,
      },
    }),
    facts: onProgramme,
  },
  "PATCH /programmes/:id": {
    request: async (c) => {
      const version = (await c.admin("GET", programmeUrl(c))).json().version as number;
      return { url: programmeUrl(c), body: { version, description: c.fx.unique("Six months, evenings") } };
    },
    facts: onProgramme,
  },
  "GET /cases/:id/enrolments": {
    request: (c) => ({ url: caseUrl(c, "/enrolments") }),
    facts: onCase,
    check: (res, c) => enrolmentShown(res.json().items, c),
  },
  "GET /cases/:id/business-plan": { request: (c) => ({ url: caseUrl(c, "/business-plan") }), facts: onCase },
  "PUT /cases/:id/business-plan": {
    request: async (c) => {
      const version = (await c.admin("GET", caseUrl(c, "/business-plan"))).json().version as number;
      return { url: caseUrl(c, "/business-plan"), body: { ...businessPlanBody, version } };
    },
    facts: onCase,
  },
  "POST /cases/:id/enrolments": {
    request: (c) => ({ url: caseUrl(c, "/enrolments"), body: { programmeId: c.fx[c.set].openProgrammeId } }),
    facts: onCase,
  },
  "POST /enrolments/:id/:action": {
    // the programme's organisation accepts the application; the case's lead organisation may only withdraw
    // it (drop)
    request: async (c) => {
      const { enrolmentId, programmeOwner, mrc } = c.fx[c.set];
      const enrolments = (await c.admin("GET", caseUrl(c, "/enrolments"))).json().items as {
        id: string;
        version: number;
      }[];
      const version = enrolments.find((e) => e.id === enrolmentId)!.version;
      const org = c.actor?.organisationId;
      const owner = org === programmeOwner || c.caller === "admin";
      const action = !owner && org === mrc ? "drop" : "accept";
      return {
        url: `/enrolments/${enrolmentId}/${action}`,
        body: { version, ...(action === "drop" ? { reason: "Found work" } : {}) },
      };
    },
    facts: (c) => ({ ...c.fx.caseFacts(c.set), programmeOwner: c.fx[c.set].programmeOwner }),
    // an enrolment neither of the programme's organisation nor of the case's lead is not found
    denied: 404,
  },
});
