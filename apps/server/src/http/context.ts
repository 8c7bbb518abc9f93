import { forbidden, type OrganisationKind, type Role, unauthenticated } from "@homecoming/domain";
import type { FastifyRequest } from "fastify";
import type { Db } from "../db/client";

export type { Role };

export interface Actor {
  userId: string;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  organisationCountry: string;
  roles: Role[];
  email: string;
  name: string;
}

/** Everything a service needs for one request: the open transaction, who is acting, and why. */
export interface Ctx {
  tx: Db;
  actor: Actor;
  now: Date;
  ip: string | undefined;
  reason: string | undefined;
}

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyInstance {
    db: Db;
    /**
     * A handle for reads that may run beside a request's transaction, on another connection (PostgreSQL's
     * pool); null with the embedded database, whose one connection the transaction holds.
     */
    sideReads: Db | null;
  }
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}

export function hasRole(actor: Actor, ...wanted: Role[]): boolean {
  return actor.roles.some((r) => wanted.includes(r));
}

export function requireRole(actor: Actor, ...wanted: Role[]): void {
  if (!hasRole(actor, ...wanted)) throw forbidden(`This action needs one of the roles: ${wanted.join(", ")}`);
}

/**
 * Runs one request as one transaction: any error rolls back everything the request wrote,
 * audit events included.
 */
export async function inTx<T>(request: FastifyRequest, fn: (ctx: Ctx) => Promise<T>): Promise<T> {
  const actor = requireActor(request);
  const reason = request.headers["x-access-reason"];
  return request.server.db.transaction((tx) =>
    fn({
      tx: tx as unknown as Db,
      actor,
      now: new Date(),
      ip: request.ip,
      reason: typeof reason === "string" ? reason.slice(0, 200) : undefined,
    }),
  );
}
