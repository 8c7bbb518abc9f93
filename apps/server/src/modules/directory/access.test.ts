import { accessMatrix, type ProbeContext } from "../../../test/access-matrix";

/** On the own side a service of the caller's organisation, on the other side one of another organisation. */
const onService = (c: ProbeContext) => ({ organisation: c.organisation });
const serviceUrl = (c: ProbeContext) => `/services/${c.fx.serviceOf(c.organisation)}`;

accessMatrix(
  "directory",
  {
    "GET /services": {
      request: () => ({ url: "/services?category=econ.vocational_training" }),
      facts: onService,
    },
    "GET /services/:id": { request: (c) => ({ url: serviceUrl(c) }), facts: onService },
    "POST /services": {
      request: (c) => ({
        url: "/services",
        body: {
          organisationId: c.organisation,
          name: c.fx.unique("Job counselling"),
          category: "econ.job_counselling",
          serviceAreas: [c.set === "erbil" ? "IQG11" : "BD30"],
        },
      }),
      facts: onService,
    },
    "PATCH /services/:id": {
      request: async (c) => {
        const version = (await c.admin("GET", serviceUrl(c))).json().version as number;
        return { url: serviceUrl(c), body: { version, description: c.fx.unique("Updated description") } };
      },
      facts: onService,
    },
  },
  { records: false },
);
