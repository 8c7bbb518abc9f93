import { selfRegistrationConsentVersion } from "@homecoming/domain";
import { and, desc, eq } from "drizzle-orm";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type { Db } from "../src/db/client";
import { portalAccounts, smsMessages } from "../src/db/schema";

/** A password zxcvbn finds strong, for returnees' accounts in tests. */
export const returneePassword = "river-lantern-meadow-42";

/** The code in the last message to a number (E.164), read from the outbox as an administrator would. */
export async function codeSentTo(db: Db, phone: string): Promise<string> {
  const [message] = await db
    .select({ body: smsMessages.body })
    .from(smsMessages)
    .where(and(eq(smsMessages.phone, phone)))
    .orderBy(desc(smsMessages.createdAt))
    .limit(1);
  const code = message?.body.match(/\d{6}/)?.[0];
  if (!code) throw new Error(`no code was sent to ${phone}: ${message?.body ?? "no message"}`);
  return code;
}

/** A valid self-profile (the returnee's consent and short profile); override what the test is about. */
export function selfProfile(overrides: Record<string, unknown> = {}) {
  return {
    consent: { accepted: true, version: selfRegistrationConsentVersion },
    givenName: "Rokeya",
    familyName: "Khatun",
    nameNative: "রোকেয়া খাতুন",
    birthYear: 1990,
    sex: "female",
    adminAreaCode: "BD3026",
    returnedFrom: "SA",
    returnYear: 2025,
    returnType: "forced",
    needs: ["job", "debt"],
    ...overrides,
  };
}

export interface ReturneeClient {
  accountId: string;
  personId: string | null;
  cookie: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body: unknown): Promise<LightMyRequestResponse>;
}

/** A client that sends a portal session cookie. */
export function returneeClient(app: FastifyInstance, cookie: string) {
  const send = (method: "GET" | "POST" | "PUT", url: string, payload?: unknown) =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  return {
    get: (url: string) => send("GET", url),
    post: (url: string, body?: unknown) => send("POST", url, body ?? {}),
    put: (url: string, body: unknown) => send("PUT", url, body),
  };
}

/**
 * A returnee who registered on the portal: the account, its phone proven with the code from the outbox, and
 * (unless `profile` is false) their consent and profile given, which makes their record.
 */
export async function signUpReturnee(
  app: FastifyInstance,
  db: Db,
  options: { phone: string; profile?: Record<string, unknown> | false; ip?: string },
): Promise<ReturneeClient> {
  const remoteAddress = options.ip ?? "127.0.0.1";
  const post = (url: string, payload: object) =>
    app.inject({ method: "POST", url: `/api/v1${url}`, payload, remoteAddress });
  const registered = await post("/portal/account", { phone: options.phone, password: returneePassword });
  if (registered.statusCode !== 202) throw new Error(`registration failed: ${registered.body}`);
  const code = await codeSentTo(db, options.phone);
  const verified = await post("/portal/account/verify", { phone: options.phone, code });
  if (verified.statusCode !== 200) throw new Error(`verification failed: ${verified.body}`);
  const token = verified.cookies.find((c) => c.name === "hc_portal")!.value;
  const cookie = `hc_portal=${token}`;
  const client = returneeClient(app, cookie);
  let personId: string | null = null;
  if (options.profile !== false) {
    const given = await client.post("/portal/me/profile", selfProfile(options.profile || {}));
    if (given.statusCode !== 201) throw new Error(`profile failed: ${given.body}`);
    personId = (given.json() as { record: { id: string } }).record.id;
  }
  const [account] = await db
    .select({ id: portalAccounts.id })
    .from(portalAccounts)
    .where(eq(portalAccounts.phone, options.phone));
  return { accountId: account!.id, personId, cookie, ...client };
}
