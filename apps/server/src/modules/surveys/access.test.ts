import { sustainabilitySurveyV1 } from "@homecoming/domain";
import { accessMatrix, type ProbeContext } from "../../../test/access-matrix";

/** The survey is no one's record: both sides answer alike. */
const read = (url: string) => ({ request: () => ({ url }), facts: () => ({}) });

accessMatrix(
  "surveys",
  {
    "GET /surveys/sustainability": read("/surveys/sustainability"),
    "GET /surveys/sustainability/versions": read("/surveys/sustainability/versions"),
    "GET /surveys/sustainability/versions/:version": read("/surveys/sustainability/versions/1"),
    "POST /surveys/sustainability/versions": {
      // edited from the version in use, read just before, so that each allowed call saves the next one
      request: async (c: ProbeContext) => ({
        url: "/surveys/sustainability/versions",
        body: {
          basedOn: (await c.admin("GET", "/surveys/sustainability")).json().version,
          definition: sustainabilitySurveyV1,
        },
      }),
      facts: () => ({}),
    },
  },
  { records: false },
);
