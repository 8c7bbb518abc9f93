import { accessMatrix, type ProbeContext } from "../../../test/access-matrix";
import { password } from "../../../test/world";

/** A user of the organisation on this side: the caller on their own side, a case manager of the other MRC. */
const accountOf = (c: ProbeContext) => {
  const { users } = c.world;
  if (c.side === "own") return c.actor?.email ?? users.caseDhaka.email;
  return c.set === "erbil" ? users.caseErbil.email : users.caseDhaka.email;
};

// Logging out comes last: it ends the caller's session.
accessMatrix(
  "auth",
  {
    "POST /auth/login": {
      request: (c) => ({ url: "/auth/login", body: { email: accountOf(c), password } }),
      facts: () => ({}),
    },
    "GET /me": { request: () => ({ url: "/me" }), facts: () => ({}) },
    "POST /auth/logout": { request: () => ({ url: "/auth/logout" }), facts: () => ({}) },
  },
  { records: false },
);
