import { accessMatrix, type ProbeContext } from "../../../test/access-matrix";

/** The public face of the directory: everyone, with a session or without, reads the same. */
const onOrganisation = (c: ProbeContext) => ({ organisation: c.organisation });

accessMatrix(
  "portal",
  {
    "GET /portal/services": {
      request: () => ({ url: "/portal/services?q=electrical" }),
      facts: onOrganisation,
      check: (res) =>
        (res.json() as { items: { name: string }[] }).items.some(
          (s) => s.name === "Electrical installation course",
        )
          ? undefined
          : "expected the electrical course",
    },
    "GET /portal/districts": {
      request: () => ({ url: "/portal/districts?q=Dhaka" }),
      facts: onOrganisation,
      check: (res) =>
        (res.json() as { items: { code: string }[] }).items.some((a) => a.code === "BD3026")
          ? undefined
          : "expected Dhaka district",
    },
    "GET /portal/organisations": {
      request: () => ({ url: "/portal/organisations?q=MRC" }),
      facts: onOrganisation,
    },
  },
  { records: false },
);
