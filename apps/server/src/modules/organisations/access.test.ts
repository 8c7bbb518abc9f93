import { accessMatrix, type ProbeContext } from "../../../test/access-matrix";

/** On the own side the caller's organisation, on the other side another one (MRC Erbil, or MRC Dhaka for Erbil's staff). */
const onOrganisation = (c: ProbeContext) => ({ organisation: c.organisation });
/** A user of that organisation: the caller themself on the own side. */
const userId = (c: ProbeContext) => (c.side === "own" && c.actor ? c.actor.id : c.fx.userOf(c.organisation));

accessMatrix(
  "organisations",
  {
    "GET /organisations": { request: () => ({ url: "/organisations?limit=50" }), facts: onOrganisation },
    "GET /organisations/:id": {
      request: (c) => ({ url: `/organisations/${c.organisation}` }),
      facts: onOrganisation,
    },
    "POST /organisations": {
      request: (c) => ({
        url: "/organisations",
        body: {
          name: c.fx.unique("Returnee Support NGO"),
          kind: "ngo",
          country: c.set === "erbil" ? "IQ" : "BD",
        },
      }),
      facts: onOrganisation,
    },
    "PATCH /organisations/:id": {
      request: (c) => ({ url: `/organisations/${c.organisation}`, body: { active: true } }),
      facts: onOrganisation,
    },
    "GET /users": {
      request: (c) => ({ url: `/users?organisationId=${c.organisation}&limit=100` }),
      facts: onOrganisation,
      // staff see their own organisation's users whatever they ask for; administrators any organisation's
      listed: (body, c) =>
        (body as { items: { organisationId: string }[] }).items.some(
          (u) => u.organisationId === c.organisation,
        ),
    },
    "GET /users/:id": {
      request: (c) => ({ url: `/users/${userId(c)}` }),
      facts: onOrganisation,
      // a user of another organisation is not found, so that who works where does not leak
      denied: 404,
    },
    "POST /users": {
      request: (c) => ({
        url: "/users",
        body: {
          organisationId: c.organisation,
          email: `${c.fx.unique("staff").replace(" ", ".")}@test.homecoming`,
          name: "New Staff",
          password: "a-long-enough-password",
          roles: ["case_manager"],
        },
      }),
      facts: onOrganisation,
    },
    "PATCH /users/:id": {
      request: (c) => ({ url: `/users/${userId(c)}`, body: { active: true } }),
      facts: onOrganisation,
    },
    "POST /users/:id/unlock": {
      request: (c) => ({ url: `/users/${userId(c)}/unlock` }),
      facts: onOrganisation,
    },
  },
  { records: false },
);
