import { accessMatrix, type ProbeContext, type RecordFacts } from "../../../test/access-matrix";

/** The set's referral, sent from its MRC to its first provider. */
const onReferral = (c: ProbeContext): RecordFacts => ({
  referral: { from: c.fx[c.set].mrc, to: c.fx[c.set].providers[0]!, sent: true },
});

accessMatrix("referrals", {
  "POST /referrals": {
    request: (c) => ({
      url: "/referrals",
      body: {
        caseId: c.fx[c.set].caseId,
        serviceId: c.fx[c.set].referralServiceId,
        reason: "Needs training",
      },
    }),
    facts: (c) => c.fx.caseFacts(c.set),
    // the case is named in the body: one the caller may not see is refused as invalid input
    denied: { hidden: 400, visible: 403 },
  },
  "GET /referrals": {
    request: (c) => ({ url: `/referrals?caseId=${c.fx[c.set].caseId}&limit=100` }),
    facts: onReferral,
    listed: (body, c) =>
      (body as { items: { id: string }[] }).items.some((i) => i.id === c.fx[c.set].referralId),
  },
  "GET /referrals/:id": {
    request: (c) => ({ url: `/referrals/${c.fx[c.set].referralId}` }),
    facts: onReferral,
  },
  "POST /referrals/:id/:action": {
    // a referral of its own for each call, so that every caller meets it sent; the referring organisation
    // cancels it, anyone else tries to accept it
    request: async (c) => {
      const id = await c.fx.freshReferral(c.set);
      const action = c.actor?.organisationId === c.fx[c.set].mrc ? "cancel" : "accept";
      return { url: `/referrals/${id}/${action}`, body: {} };
    },
    facts: onReferral,
    // a move is made by the referring or the receiving organisation; an administrator's (the ministry's) is
    // neither, and sees the referral but may not move it
    expect: (c) => (c.caller === "admin" ? 403 : undefined),
  },
  "GET /notifications": {
    request: () => ({ url: "/notifications?limit=50" }),
    facts: onReferral,
    // the receiver hears that the referral was sent to it, the referring MRC that the receiver accepted it
    listed: (body, c) =>
      (body as { items: { referralId: string }[] }).items.some(
        (i) => i.referralId === c.fx[c.set].referralId,
      ),
    // the news of the caller's own organisation: the ministry's (an administrator's) holds no MRC's referral
    expect: (c) => (c.caller === "admin" ? "unlisted" : undefined),
  },
});
