import { accessMatrix, type ProbeContext } from "../../../test/access-matrix";

/** The public face of the directory: everyone, with a session or without, reads the same. */
const onOrganisation = (c: ProbeContext) => ({ organisation: c.organisation });

/** A programme open to everyone, made by an administrator for the probe. */
const openProgramme = async (c: ProbeContext) =>
  (
    await c.admin("POST", "/programmes", {
      name: `Open course ${Math.random().toString(36).slice(2, 8)}`,
      kind: "training",
      category: "econ.vocational_training",
      eligibilityRule: { ">=": [{ var: "age" }, 18] },
    })
  ).json().id as string;

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
    "GET /portal/help/services": {
      request: () => ({ url: "/portal/help/services?need=job&area=BD3026&language=bn" }),
      facts: onOrganisation,
      check: (res) =>
        (res.json() as { items: { name: string }[] }).items.some(
          (s) => s.name === "Electrical installation course",
        )
          ? undefined
          : "expected the electrical course for a job in Dhaka",
    },
    "GET /portal/help/services/:id": {
      request: (c) => ({ url: `/portal/help/services/${c.world.services.training.id}?language=ar` }),
      facts: onOrganisation,
    },
    "POST /portal/help/services/:id/check": {
      request: (c) => ({
        url: `/portal/help/services/${c.world.services.training.id}/check`,
        body: { answers: { birthYear: 1990 } },
      }),
      facts: onOrganisation,
    },
    "GET /portal/help/programmes": {
      request: () => ({ url: "/portal/help/programmes?need=job" }),
      facts: onOrganisation,
    },
    "GET /portal/help/programmes/:id": {
      request: async (c) => ({ url: `/portal/help/programmes/${await openProgramme(c)}` }),
      facts: onOrganisation,
      check: (res) =>
        (res.json() as { check: { questions: string[] } | null }).check?.questions.includes("birthYear")
          ? undefined
          : "expected the year of birth to be asked",
    },
    "POST /portal/help/programmes/:id/check": {
      request: async (c) => ({
        url: `/portal/help/programmes/${await openProgramme(c)}/check`,
        body: { answers: { birthYear: 1990 } },
      }),
      facts: onOrganisation,
      check: (res) =>
        (res.json() as { verdict: string }).verdict === "eligible" ? undefined : "expected eligible",
    },
    "GET /portal/organisations": {
      request: () => ({ url: "/portal/organisations?q=MRC" }),
      facts: onOrganisation,
    },
  },
  { records: false },
);
