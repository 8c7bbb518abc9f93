import { accessMatrix, type ProbeContext } from "../../../test/access-matrix";

/** Aggregates, which are no one's record: each caller reads them within its scope, both sides alike. */
const read = (url: string) => ({ request: () => ({ url }), facts: () => ({}) });

/**
 * The side's returnee as the drill-down sees them: their case counts at the MRC that leads it, and a caller
 * reads the facts of their own organisation (administrators all), so only that MRC's staff find the case
 * behind its number, however else they may see the returnee.
 */
const onLeadsFacts = (c: ProbeContext) => ({
  person: { registeredBy: c.fx[c.set].mrc, leads: [c.fx[c.set].mrc], openReferralTo: [], consentTo: [] },
});

accessMatrix("indicators", {
  "GET /indicators": read("/indicators"),
  "GET /indicators/:code": read("/indicators/referrals_sent?by=serviceCategory"),
  "GET /indicators/:code/export": read("/indicators/referrals_sent/export?format=csv&by=serviceCategory"),
  "GET /indicators/:code/cases": {
    request: async (c) => {
      const refreshed = await c.admin("POST", "/indicators/refresh", {});
      if (refreshed.statusCode !== 200) throw new Error(`refresh: ${refreshed.body}`);
      return { url: "/indicators/cases_opened/cases?limit=100" };
    },
    facts: onLeadsFacts,
    listed: (body, c) => (body as { items: { id: string }[] }).items.some((i) => i.id === c.fx[c.set].caseId),
  },
  "POST /indicators/refresh": {
    request: () => ({ url: "/indicators/refresh", body: {} }),
    facts: () => ({}),
  },
});
