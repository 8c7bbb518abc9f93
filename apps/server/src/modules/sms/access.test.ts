import { accessMatrix, type ProbeContext } from "../../../test/access-matrix";

/** The outbox is the administrators' alone: what was sent to whom is not an organisation's record. */
const onOrganisation = (c: ProbeContext) => ({ organisation: c.organisation });

accessMatrix(
  "sms",
  {
    "GET /sms-messages": {
      request: () => ({ url: "/sms-messages?limit=5" }),
      facts: onOrganisation,
      check: (res) =>
        (res.json() as { items: { purpose: string }[] }).items.some((m) => m.purpose === "verify_phone")
          ? undefined
          : "expected the matrix returnee's code",
    },
  },
  { records: false },
);
