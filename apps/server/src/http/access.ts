import { forbidden, unauthenticated } from "@homecoming/domain";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Actor, ReturneeActor, Role } from "./context";

/**
 * Record-level relations a route may require on top of its roles. The route names them; the service that
 * loads the record asks the access module to check the named one on it (see modules/access), and a request
 * whose route names a relation that was never checked fails instead of answering.
 */
export const relations = {
  sees_person:
    "the returnee's record is visible to the caller's organisation: it registered them, leads one of their cases, " +
    "holds an open referral for them or is covered by their consent (administrators: every record)",
  person_lead:
    "the caller's organisation registered the returnee or leads one of their cases (administrators: all)",
  case_lead:
    "the caller is a case manager or counsellor of the case's lead organisation (administrators: all)",
  referral_party:
    "the caller's organisation sent the referral, or receives it once it is sent (administrators: all)",
  programme_owner: "the caller's organisation runs the programme (administrators: all)",
  own_organisation: "the record belongs to the caller's own organisation (administrators: all)",
  feedback_party:
    "the caller's organisation handles the feedback or grievance, or reads it as the organisation it is about " +
    "(administrators: all)",
  returnee_self: "the record is the signed-in returnee's own (a returnee reaches nothing else)",
} as const;
export type Relation = keyof typeof relations;

/**
 * Who may call a route: no session needed, any signed-in user, the users holding one of these roles, or a
 * returnee signed in to the portal with their own account (who is never a user: staff routes refuse them).
 */
export type Callers = "public" | "signed_in" | "returnee" | readonly Role[];

export interface RouteAccess {
  /** What the route does, as GET /me lists it among what the user may do (for example "case.open"). */
  action: string;
  who: Callers;
  /** Any one of these relations to the record lets the call through. */
  relations: readonly Relation[];
}

declare module "fastify" {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyInstance {
    /** The access rule of every API route, by "METHOD /path". */
    routeAccess: Map<string, RouteAccess>;
  }
}

/** The declaration a route carries in its `config`: `config: access("case.read", staff, "sees_person")`. */
export function access(
  action: string,
  who: Callers,
  ...relationsNeeded: Relation[]
): { access: RouteAccess } {
  return { access: { action, who, relations: relationsNeeded } };
}

export const staff = ["admin", "case_manager", "counsellor", "provider"] as const satisfies readonly Role[];
export const caseWorkers = ["admin", "case_manager", "counsellor"] as const satisfies readonly Role[];
export const administrators = ["admin"] as const satisfies readonly Role[];

export function mayCall(who: Callers, actor: Actor | null, returnee: ReturneeActor | null = null): boolean {
  if (who === "public") return true;
  if (who === "returnee") return returnee !== null;
  if (!actor) return false;
  return who === "signed_in" || actor.roles.some((role) => who.includes(role));
}

function describe({ who, relations: needed }: RouteAccess): string {
  const callers =
    who === "public"
      ? "anyone, without a session"
      : who === "signed_in"
        ? "any signed-in user"
        : who === "returnee"
          ? "a returnee signed in to the portal"
          : who.join(", ");
  const relation = needed.length
    ? `; on a record where ${needed.map((r) => relations[r]).join(", or ")}`
    : "";
  return `Who may call: ${callers}${relation}.`;
}

/**
 * Every API route must declare who may call it: one without a declaration stops the server from starting.
 * The roles are checked before the body is validated, so a caller who may not call a route learns nothing
 * from its validation messages; the record-level relation is checked where the record is read.
 */
export function registerAccess(api: FastifyInstance) {
  // buildApp keeps the map on the root instance, which the API's plugin context shares, so that the whole
  // app can list the rules
  if (!api.hasDecorator("routeAccess")) api.decorate("routeAccess", new Map<string, RouteAccess>());
  const declared = api.routeAccess;
  api.addHook("onRoute", (route) => {
    const rule = route.config?.access;
    const methods = ([] as string[]).concat(route.method);
    if (!rule) throw new Error(`${methods.join(",")} ${route.url} declares no access rule (config.access)`);
    if (methods.includes("HEAD")) return;
    declared.set(`${methods.join(",")} ${route.url}`, rule);
    if (route.schema) {
      const schema = route.schema as { description?: string };
      schema.description = [schema.description, describe(rule)].filter(Boolean).join("\n\n");
    }
  });
  api.addHook("preValidation", async (request: FastifyRequest) => {
    const rule = request.routeOptions.config.access;
    if (!rule || mayCall(rule.who, request.actor, request.returnee)) return;
    if (rule.who === "returnee") throw unauthenticated("account.sign_in");
    if (!request.actor) throw unauthenticated();
    throw forbidden("request.roles", { roles: (rule.who as readonly Role[]).join(", ") });
  });
}

/** The actions of every declared route this user's roles allow, for GET /me. */
export function actionsOf(api: FastifyInstance, actor: Actor): string[] {
  const actions = new Set<string>();
  for (const rule of api.routeAccess.values()) {
    if (rule.who !== "public" && rule.who !== "returnee" && mayCall(rule.who, actor))
      actions.add(rule.action);
  }
  return [...actions].sort();
}
