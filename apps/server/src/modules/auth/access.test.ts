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
    // every caller reaches it; a code that opens no account is refused alike for all
    "POST /auth/recover": {
      request: (c) => ({
        url: "/auth/recover",
        body: {
          email: accountOf(c),
          code: "AAAA-BBBB-CCCC-DDDD",
          newPassword: "Lantern quietly orbits 7 mangoes",
        },
      }),
      facts: () => ({}),
      expect: () => 400,
    },
    "GET /me/recovery-codes": { request: () => ({ url: "/me/recovery-codes" }), facts: () => ({}) },
    "POST /me/recovery-codes": {
      request: () => ({ url: "/me/recovery-codes", body: { password } }),
      facts: () => ({}),
    },
    // the same password again, so that the caller's next probes still log in with it
    "POST /me/password": {
      request: () => ({ url: "/me/password", body: { currentPassword: password, newPassword: password } }),
      facts: () => ({}),
    },
    "PUT /me/language": {
      request: () => ({ url: "/me/language", body: { language: "en" } }),
      facts: () => ({}),
    },
    "POST /auth/logout": { request: () => ({ url: "/auth/logout" }), facts: () => ({}) },
  },
  { records: false },
);
