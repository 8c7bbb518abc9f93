import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Relation, RouteAccess } from "../src/http/access";
import type { Role } from "../src/http/context";
import { buildFixtures, type Fixtures, type SetName } from "./access-fixtures";
import { createTestEnv, type TestEnv } from "./harness";
import { signUpReturnee } from "./returnee";
import { password, seedWorld, type World } from "./world";

/**
 * The access matrix: every API route, called by every demo role and without a session, on a record of the
 * caller's own organisation and on one of another organisation. What each call should answer is derived
 * from the route's declaration (app.routeAccess) and from which organisations relate to the record.
 */

export const modules = [
  "accounts",
  "audit",
  "auth",
  "cases",
  "community",
  "directory",
  "eligibility",
  "feedback",
  "imports",
  "indicators",
  "linkage",
  "organisations",
  "persons",
  "portal",
  "programmes",
  "reference",
  "referrals",
  "sms",
  "surveys",
] as const;
export type Module = (typeof modules)[number];

// The module that serves each path; the first match wins (eligibility and programmes serve a few paths under
// /cases).
const servedBy: [Module, RegExp][] = [
  ["eligibility", /^\/eligibility(\/|$)|^\/cases\/:id\/eligibility$/],
  ["programmes", /^\/(programmes|enrolments)(\/|$)|^\/cases\/:id\/(enrolments|business-plan)$/],
  ["cases", /^\/(cases|follow-ups|call-backs)(\/|$)/],
  ["referrals", /^\/(referrals|notifications)(\/|$)/],
  [
    "linkage",
    /^\/persons\/:id\/(duplicates|not-duplicates|merge-preview|merge|merges)$|^\/(person-merges|link-candidates)(\/|$)/,
  ],
  ["persons", /^\/(persons|record-requests)(\/|$)/],
  ["imports", /^\/imports(\/|$)/],
  ["organisations", /^\/(organisations|users)(\/|$)/],
  ["directory", /^\/services(\/|$)/],
  ["feedback", /^\/feedback(\/|$)/],
  ["community", /^\/community\/|^\/portal\/community\/|^\/portal\/me\/(events|questions)(\/|$)/],
  ["accounts", /^\/portal\/(account|sign-in|sign-out|me)(\/|$)/],
  ["portal", /^\/portal\//],
  ["sms", /^\/sms-messages$/],
  ["auth", /^\/(auth\/|me$|me\/)/],
  ["audit", /^\/audit$/],
  ["reference", /^\/reference\//],
  ["surveys", /^\/surveys\//],
  ["indicators", /^\/indicators(\/|$)/],
];

const apiPrefix = "/api/v1";

/** The number of the returnee who calls every route as the caller "returnee" (registered in Dhaka). */
export const matrixReturneePhone = "+8801719000001";

/** "GET /api/v1/cases/:id" → "GET /cases/:id", the name a probe is written under. */
export function routeName(key: string): string {
  const [method, path] = key.split(" ");
  return `${method} ${path!.startsWith(apiPrefix) ? path!.slice(apiPrefix.length) : path}`;
}

export function moduleOf(route: string): Module | undefined {
  const path = route.split(" ")[1]!;
  return servedBy.find(([, pattern]) => pattern.test(path))?.[0];
}

/** The declared routes of a module, by probe name. */
export function routesOf(app: FastifyInstance, module: Module): Map<string, RouteAccess> {
  const found = new Map<string, RouteAccess>();
  for (const [key, rule] of app.routeAccess) {
    const name = routeName(key);
    if (moduleOf(name) === module) found.set(name, rule);
  }
  return found;
}

export const callers = [
  "anonymous",
  "admin",
  "caseDhaka",
  "counsellorDhaka",
  "caseErbil",
  "providerTvet",
  "providerBank",
  "analyst",
  "employer",
  "returnee",
] as const;
export type Caller = (typeof callers)[number];
export type Side = "own" | "other";
export const sides: readonly Side[] = ["own", "other"];

/** The fixture set that is the caller's own: MRC Erbil's for its case manager, the Bangladeshi one for all others. */
function homeOf(caller: Caller): SetName {
  return caller === "caseErbil" ? "erbil" : "dhaka";
}

export interface Actor {
  id: string;
  organisationId: string;
  roles: readonly Role[];
  email: string;
}

/** Which organisations relate to the record a probe touches; the expectation is derived from these. */
export interface RecordFacts {
  person?: { registeredBy: string; leads: string[]; openReferralTo: string[]; consentTo: string[] };
  caseLead?: string;
  referral?: { from: string; to: string; sent: boolean };
  programmeOwner?: string;
  organisation?: string;
  feedback?: { handling: string | null; concerned: string | null; concernedReads: boolean };
  /** Whether the record is the returnee's own (the caller "returnee", signed in to the portal). */
  ownRecord?: boolean;
}

export interface ProbeContext {
  caller: Caller;
  /** undefined without a staff session */
  actor: Actor | undefined;
  /** the returnee of a portal session (the caller "returnee"): their account and record */
  returnee: { accountId: string; personId: string } | undefined;
  side: Side;
  /** the fixture set of this side */
  set: SetName;
  fx: Fixtures;
  world: World;
  /** the caller's organisation (MRC Dhaka for a caller without a session) and another one */
  organisation: string;
  otherOrganisation: string;
  /** calls the API as an administrator, to set up a record or read its current version */
  admin: Http;
  /** calls the API without a session from an address of its own (each address has its own rate limits) */
  fromAddress: (ip: string) => Http;
}

export interface ProbeRequest {
  url: string;
  body?: unknown;
  /** the body's type when it is not JSON (a file sent as it is) */
  contentType?: string;
}

/** What a call should answer, where a domain rule decides rather than the declaration. */
export type Outcome = number | "allowed" | "listed" | "unlisted";

export interface Probe {
  /** The request, built just before it is sent (it may set up a fresh record first). */
  request(c: ProbeContext): ProbeRequest | Promise<ProbeRequest>;
  /** The organisations related to the record the request touches. */
  facts(c: ProbeContext): RecordFacts;
  /**
   * The status when no declared relation holds, where the route answers otherwise than the relation's
   * usual one; `hidden` for a caller who may not see the person, `visible` for one who may.
   */
  denied?: number | { hidden: number; visible: number };
  /** A list route: whether the record is in the answer. A relation that does not hold leaves it out. */
  listed?(body: unknown, c: ProbeContext): boolean;
  /** A domain rule that decides this caller's answer, after the role gate. */
  expect?(c: ProbeContext): Outcome | undefined;
  /** A further check of an answer the caller was allowed; returns what is wrong, if anything. */
  check?(response: LightMyRequestResponse, c: ProbeContext, facts: RecordFacts): string | undefined;
}

export type Probes = Record<string, Probe>;

export type Http = (
  method: string,
  url: string,
  body?: unknown,
  contentType?: string,
) => Promise<LightMyRequestResponse>;

const caseWorkerRoles: readonly Role[] = ["case_manager", "counsellor"];

/** Whether a relation (see `relations` in src/http/access.ts) holds for this actor on this record. */
export function holds(relation: Relation, actor: Actor, facts: RecordFacts): boolean {
  if (actor.roles.includes("admin")) return true;
  const org = actor.organisationId;
  const worker = actor.roles.some((r) => caseWorkerRoles.includes(r));
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the probe names no ${what} for ${relation}`);
    return value;
  };
  switch (relation) {
    case "sees_person": {
      const p = need(facts.person, "person");
      const staff = worker || actor.roles.includes("provider");
      return staff && [p.registeredBy, ...p.leads, ...p.openReferralTo, ...p.consentTo].includes(org);
    }
    case "person_lead": {
      const p = need(facts.person, "person");
      return [p.registeredBy, ...p.leads].includes(org);
    }
    case "case_lead":
      return worker && need(facts.caseLead, "lead organisation") === org;
    case "referral_party": {
      const r = need(facts.referral, "referral");
      return r.from === org || (r.to === org && r.sent);
    }
    case "programme_owner":
      return need(facts.programmeOwner, "programme owner") === org;
    case "own_organisation":
      return need(facts.organisation, "organisation") === org;
    case "feedback_party": {
      const f = need(facts.feedback, "feedback");
      return f.handling === org || (f.concernedReads && f.concerned === org);
    }
    // a staff user is never a returnee
    case "returnee_self":
      return false;
  }
}

/**
 * The usual answer when a relation does not hold: a person (or what hangs on them) the caller may not see
 * is not found; a lead-only write on a visible record is forbidden; a referral the caller is no party to is
 * not found; a programme or organisation record, which anyone may know exists, is forbidden.
 */
const refusal: Record<Relation, { hidden: number; visible: number }> = {
  sees_person: { hidden: 404, visible: 404 },
  person_lead: { hidden: 404, visible: 403 },
  case_lead: { hidden: 404, visible: 403 },
  referral_party: { hidden: 404, visible: 404 },
  programme_owner: { hidden: 403, visible: 403 },
  own_organisation: { hidden: 403, visible: 403 },
  feedback_party: { hidden: 404, visible: 404 },
  returnee_self: { hidden: 404, visible: 404 },
};

export function expectedOutcome(
  rule: RouteAccess,
  probe: Probe,
  c: ProbeContext,
  facts: RecordFacts,
): Outcome {
  const { actor } = c;
  if (rule.who === "returnee") {
    if (!c.returnee) return 401;
    const decided = probe.expect?.(c);
    if (decided !== undefined) return decided;
    const own = facts.ownRecord;
    if (own === undefined)
      throw new Error("a returnee's route's probe must say whether the record is their own");
    if (probe.listed) return own ? "listed" : "unlisted";
    return own ? "allowed" : ((probe.denied as number | undefined) ?? 404);
  }
  if (rule.who !== "public") {
    if (!actor) return 401;
    if (rule.who !== "signed_in" && !actor.roles.some((r) => (rule.who as readonly Role[]).includes(r)))
      return 403;
  }
  const decided = probe.expect?.(c);
  if (decided !== undefined) return decided;
  if (!rule.relations.length || !actor) return probe.listed ? "listed" : "allowed";
  const related = rule.relations.some((r) => holds(r, actor, facts));
  if (probe.listed) return related ? "listed" : "unlisted";
  if (related) return "allowed";
  const denied = probe.denied ?? refusal[rule.relations[0]!];
  if (typeof denied === "number") return denied;
  return facts.person && holds("sees_person", actor, facts) ? denied.visible : denied.hidden;
}

/** Allowed: the access checks let the call through; a 409 is a record an earlier probe moved on. */
function isAllowed(status: number) {
  return (status >= 200 && status < 300) || status === 409;
}

/**
 * Declares the access matrix of one module in the calling test file: it fails when a route of the module
 * has no probe, then sends every probe as every caller on both sides and asserts each answer. A module
 * whose routes touch no returnee's record passes `records: false`, and its fixtures are only organisations'.
 */
export function accessMatrix(module: Module, probes: Probes, { records = true }: { records?: boolean } = {}) {
  let env: TestEnv;
  let world: World;
  let fx: Fixtures;
  let routes: Map<string, RouteAccess>;
  const cookies = new Map<Caller, string | undefined>();
  let returnee: ProbeContext["returnee"];
  let sent = 0;

  const httpAs =
    (cookie: string | undefined): Http =>
    (method, url, body, contentType) =>
      env.app.inject({
        method: method as "GET",
        url: `${apiPrefix}${url}`,
        headers: { ...(cookie ? { cookie } : {}), ...(contentType ? { "content-type": contentType } : {}) },
        ...(body === undefined ? {} : { payload: body as object }),
      });

  beforeAll(async () => {
    env = await createTestEnv();
    world = await seedWorld(env.database);
    routes = routesOf(env.app, module);
    for (const caller of callers) {
      if (caller === "anonymous") {
        cookies.set(caller, undefined);
        continue;
      }
      if (caller === "returnee") {
        const signedUp = await signUpReturnee(env.app, env.database.db, { phone: matrixReturneePhone });
        returnee = { accountId: signedUp.accountId, personId: signedUp.personId! };
        cookies.set(caller, signedUp.cookie);
        continue;
      }
      const res = await env.app.inject({
        method: "POST",
        url: `${apiPrefix}/auth/login`,
        payload: { email: world.users[caller].email, password },
      });
      if (res.statusCode !== 200) throw new Error(`login of ${caller} failed: ${res.body}`);
      const token = res.cookies.find((c) => c.name === "hc_session")!.value;
      cookies.set(caller, `hc_session=${token}`);
    }
    fx = await buildFixtures(world, (caller) => httpAs(cookies.get(caller)), httpAs, {
      records,
      signUp: async (phone, adminAreaCode, ip) => {
        const returnee = await signUpReturnee(env.app, env.database.db, {
          phone,
          ip,
          profile: { adminAreaCode },
        });
        return { personId: returnee.personId!, portal: httpAs(returnee.cookie) };
      },
    });
  });
  afterAll(async () => {
    await env?.close();
    if (routes) {
      console.log(
        `access matrix ${module}: ${routes.size} routes x ${callers.length} callers x ${sides.length} ownership cases = ${sent} requests`,
      );
    }
  });

  describe(`access matrix of ${module}`, () => {
    it("has a probe for every route the module serves, and none for a route it does not", () => {
      expect(routes.size).toBeGreaterThan(0);
      expect([...routes.keys()].sort()).toEqual(Object.keys(probes).sort());
    });

    it("answers every caller, on its own organisation's record and another's, as the declarations say", async () => {
      const failures: string[] = [];
      for (const [name, probe] of Object.entries(probes)) {
        const rule = routes.get(name);
        if (!rule) continue;
        const method = name.split(" ")[0]!;
        for (const caller of callers) {
          for (const side of sides) {
            const home = homeOf(caller);
            const set: SetName = side === "own" ? home : home === "dhaka" ? "erbil" : "dhaka";
            const user = caller === "anonymous" || caller === "returnee" ? undefined : world.users[caller];
            const actor = user && {
              id: user.id,
              organisationId: user.organisationId,
              roles: user.roles as Role[],
              email: user.email,
            };
            const ownOrganisation = actor?.organisationId ?? world.orgs.mrcDhaka.id;
            const c: ProbeContext = {
              caller,
              actor,
              returnee: caller === "returnee" ? returnee : undefined,
              side,
              set,
              fx,
              world,
              organisation: side === "own" ? ownOrganisation : fx.otherOrganisation(ownOrganisation),
              otherOrganisation: fx.otherOrganisation(ownOrganisation),
              admin: httpAs(cookies.get("admin")),
              fromAddress: (ip) => (method, url, body) =>
                env.app.inject({
                  method: method as "GET",
                  url: `${apiPrefix}${url}`,
                  remoteAddress: ip,
                  ...(body === undefined ? {} : { payload: body as object }),
                }),
            };
            const facts = probe.facts(c);
            const want = expectedOutcome(rule, probe, c, facts);
            const { url, body, contentType } = await probe.request(c);
            const res = await httpAs(cookies.get(caller))(
              method,
              url,
              body ?? (method === "GET" ? undefined : {}),
              contentType,
            );
            sent++;
            const got = res.statusCode;
            const where = `${name} as ${caller} on the ${side} record (${set}): ${method} ${url}`;
            let wrong: string | undefined;
            if (typeof want === "number") {
              if (got !== want) wrong = `expected ${want}`;
            } else if (want === "allowed") {
              if (!isAllowed(got)) wrong = "expected to be let through (2xx, or 409)";
            } else if (got !== 200) {
              wrong = `expected 200 with the record ${want}`;
            } else if (probe.listed!(res.json(), c) !== (want === "listed")) {
              wrong = `expected the record ${want}`;
            }
            if (!wrong && (want === "allowed" || want === "listed" || want === "unlisted") && probe.check) {
              wrong = probe.check(res, c, facts);
            }
            if (wrong) failures.push(`${where}: ${wrong}, got ${got} ${res.body.slice(0, 200)}`);
          }
        }
      }
      expect(failures).toEqual([]);
      expect(sent).toBe(routes.size * callers.length * sides.length);
    });
  });
}
