import { accessMatrix, type Http, matrixReturneePhone, type ProbeContext } from "../../../test/access-matrix";
import { returneePassword, selfProfile } from "../../../test/returnee";

/** The account routes open to anyone touch no organisation's record. */
const open = (c: ProbeContext) => ({ organisation: c.organisation });
/** A returnee's own routes reach only their own record, whoever's side the probe is on. */
const own = () => ({ ownRecord: true });

let n = 0;
/** A number no other probe used. */
const freshPhone = () => `+880171888${String(++n).padStart(4, "0")}`;

/** The code in the last message to a number, read from the outbox as an administrator. */
async function codeFor(admin: Http, phone: string): Promise<string> {
  const res = await admin("GET", `/sms-messages?phone=${encodeURIComponent(phone)}&limit=1`);
  const body = (res.json() as { items: { body: string }[] }).items[0]?.body ?? "";
  const code = body.match(/\d{6}/)?.[0];
  if (!code) throw new Error(`no code for ${phone}: ${res.body}`);
  return code;
}

/** Set-up requests from addresses of their own, so that they use none of the callers' rate limits. */
const setUp = (c: ProbeContext) => c.fromAddress(`10.88.0.${n % 250}`);

/** A fresh number registered (and its code sent): answers the number. */
async function registered(c: ProbeContext): Promise<string> {
  const phone = freshPhone();
  await setUp(c)("POST", "/portal/account", { phone, password: returneePassword });
  return phone;
}

accessMatrix(
  "accounts",
  {
    "POST /portal/account": {
      request: () => ({ url: "/portal/account", body: { phone: freshPhone(), password: returneePassword } }),
      facts: open,
    },
    "POST /portal/account/verify": {
      request: async (c) => {
        const phone = await registered(c);
        return { url: "/portal/account/verify", body: { phone, code: await codeFor(c.admin, phone) } };
      },
      facts: open,
    },
    "POST /portal/account/code": {
      request: () => ({
        url: "/portal/account/code",
        body: { phone: freshPhone(), purpose: "verify_phone" },
      }),
      facts: open,
    },
    "POST /portal/account/password-reset": {
      request: () => ({ url: "/portal/account/password-reset", body: { phone: freshPhone() } }),
      facts: open,
    },
    "POST /portal/account/password": {
      request: async (c) => {
        const phone = await registered(c);
        await setUp(c)("POST", "/portal/account/verify", { phone, code: await codeFor(c.admin, phone) });
        await setUp(c)("POST", "/portal/account/password-reset", { phone });
        const code = await codeFor(c.admin, phone);
        return {
          url: "/portal/account/password",
          body: { phone, code, password: "lantern-river-harbour-77" },
        };
      },
      facts: open,
    },
    "POST /portal/sign-in": {
      request: () => ({
        url: "/portal/sign-in",
        body: { phone: matrixReturneePhone, password: returneePassword },
      }),
      facts: open,
    },
    "GET /portal/me": {
      request: () => ({ url: "/portal/me" }),
      facts: own,
      check: (res) =>
        (res.json() as { account: { phone: string } }).account.phone === matrixReturneePhone
          ? undefined
          : "expected the returnee's own account",
    },
    "PUT /portal/me/language": {
      request: () => ({ url: "/portal/me/language", body: { language: "bn" } }),
      facts: own,
    },
    // the matrix's returnee gave their profile when they registered: a second one is a 409
    "POST /portal/me/profile": {
      request: () => ({ url: "/portal/me/profile", body: selfProfile() }),
      facts: own,
    },
    "GET /portal/me/case": {
      request: () => ({ url: "/portal/me/case?language=bn" }),
      facts: own,
    },
    // the first asks (201), the second finds one open (409): both let through
    "POST /portal/me/call-back": {
      request: () => ({ url: "/portal/me/call-back", body: { preferredTime: "evening" } }),
      facts: own,
    },
    "GET /portal/me/data": {
      request: () => ({ url: "/portal/me/data?language=ar" }),
      facts: own,
      check: (res) =>
        (res.json() as { account: { phone: string } }).account.phone === matrixReturneePhone
          ? undefined
          : "expected the returnee's own account",
    },
    "GET /portal/me/access-log": { request: () => ({ url: "/portal/me/access-log?limit=5" }), facts: own },
    "GET /portal/me/consents": { request: () => ({ url: "/portal/me/consents" }), facts: own },
    // a consent of the returnee's own, recorded for the probe, withdrawn by them (another caller never gets there)
    "POST /portal/me/consents/:id/withdraw": {
      request: async (c) => {
        const id = c.returnee
          ? (
              (
                await c.admin("POST", `/persons/${c.returnee.personId}/consents`, { purpose: "research" })
              ).json() as { id: string }
            ).id
          : crypto.randomUUID();
        return { url: `/portal/me/consents/${id}/withdraw`, body: { reason: "I changed my mind" } };
      },
      facts: own,
    },
    // last: it ends the caller's own portal session
    "POST /portal/sign-out": { request: () => ({ url: "/portal/sign-out" }), facts: open },
  },
  { records: false },
);
