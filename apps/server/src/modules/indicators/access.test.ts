import { accessMatrix } from "../../../test/access-matrix";

/** Aggregates, which are no one's record: each caller reads them within its scope, both sides alike. */
const read = (url: string) => ({ request: () => ({ url }), facts: () => ({}) });

accessMatrix(
  "indicators",
  {
    "GET /indicators": read("/indicators"),
    "GET /indicators/:code": read("/indicators/referrals_sent?by=serviceCategory"),
    "GET /indicators/:code/export": read("/indicators/referrals_sent/export?format=csv&by=serviceCategory"),
  },
  { records: false },
);
