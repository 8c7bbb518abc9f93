import {
  forbidden,
  type InterfaceLanguage,
  type OrganisationKind,
  type Role,
  unauthenticated,
} from "@homecoming/domain";
import type { FastifyRequest } from "fastify";
import type { Db, OwnerTransaction } from "../db/client";
import type { Relation, RouteAccess } from "./access";
import { idempotencyKeyOf, onceForKey } from "./idempotency";

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
  /** The language the user chose to work in, null until they choose (absent for the server's own work). */
  language?: InterfaceLanguage | null;
  /** The session the request came with (absent for work the server does by itself, such as the seed). */
  sessionId?: string;
}

/** Everything a service needs for one request: the open transaction, who is acting, and why. */
export interface Ctx {
  tx: Db;
  actor: Actor;
  now: Date;
  ip: string | undefined;
  reason: string | undefined;
  /** The rule of the route being served, whose relation the service checks on the record it reads. */
  access: RouteAccess;
  /** The relations checked so far in this request. */
  checked: Set<Relation>;
}

/** A returnee signed in to the portal with their own account. */
export interface ReturneeActor {
  accountId: string;
  /** E.164 */
  phone: string;
  language: InterfaceLanguage;
  /** Their person record, once they gave their consent and profile (the record it was merged into, if it was). */
  personId: string | null;
  sessionId: string;
}

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
    /** The returnee of a portal session (never at the same time as a staff actor in a route that reads it). */
    returnee: ReturneeActor | null;
  }
  interface FastifyInstance {
    db: Db;
    /** One connection without a transaction, for requests that only read (Database.connection). */
    readConnection: <T>(fn: (db: Db) => Promise<T>) => Promise<T>;
    /** A transaction as the tables' owner, for work that builds and swaps tables (Database.ownerTransaction). */
    ownerTransaction: OwnerTransaction;
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
  if (!hasRole(actor, ...wanted)) throw forbidden("request.roles", { roles: wanted.join(", ") });
}

/**
 * Runs one request as one transaction: any error rolls back everything the request wrote, audit events
 * included. A GET only reads and writes its audit events, each one statement: it runs on one connection
 * without BEGIN and COMMIT, and an audit event written before a later step failed stays (it records an
 * attempt to read). A route that names a record-level relation must have it checked by the time the service
 * returns; otherwise the request fails and, unless it is a GET, writes nothing.
 */
export async function inTx<T>(request: FastifyRequest, fn: (ctx: Ctx) => Promise<T>): Promise<T> {
  const actor = requireActor(request);
  const reason = request.headers["x-access-reason"];
  const access = request.routeOptions.config.access;
  if (!access) throw new Error(`${request.method} ${request.url} has no access rule`);
  const key = idempotencyKeyOf(request);
  const run =
    request.method === "GET"
      ? request.server.readConnection
      : <R>(body: (tx: Db) => Promise<R>) => request.server.db.transaction((tx) => body(tx as unknown as Db));
  return run(async (tx) => {
    const ctx: Ctx = {
      tx,
      actor,
      now: new Date(),
      ip: request.ip,
      reason: typeof reason === "string" ? reason.slice(0, 200) : undefined,
      access,
      checked: new Set(),
    };
    const work = async () => {
      const result = await fn(ctx);
      if (access.relations.length > 0 && ctx.checked.size === 0) {
        throw new Error(
          `${request.routeOptions.method} ${request.routeOptions.url} names the relation ${access.relations.join(" or ")} but checked none`,
        );
      }
      return result;
    };
    // a POST with an Idempotency-Key runs once per user and key; a repeat gets the first answer
    return key ? onceForKey(tx, request, actor.userId, key, work) : work();
  });
}

/** What a route open to anyone works with: its transaction, the caller when signed in, the time and address. */
export interface OpenCtx {
  tx: Db;
  actor: Actor | null;
  now: Date;
  ip: string | undefined;
}

/**
 * Runs a request of a route open to anyone (`access(..., "public")`) as one transaction, signed in or not. A
 * signed-in caller goes through inTx instead, for its Idempotency-Key.
 */
export async function inOpenTx<T>(request: FastifyRequest, fn: (ctx: OpenCtx) => Promise<T>): Promise<T> {
  if (request.actor) return inTx(request, fn);
  return request.server.db.transaction((tx) =>
    fn({ tx: tx as unknown as Db, actor: null, now: new Date(), ip: request.ip }),
  );
}

/** What a returnee's own route works with: its transaction, the returnee, the time, the route's rule. */
export interface ReturneeCtx {
  tx: Db;
  returnee: ReturneeActor;
  now: Date;
  ip: string | undefined;
  access: RouteAccess;
  checked: Set<Relation>;
}

/**
 * Runs a request of a returnee's own route (`access(..., "returnee", "returnee_self")`) as one transaction
 * (a GET on one connection, as inTx). The service checks that what it reads is the returnee's own.
 */
export async function inReturneeTx<T>(
  request: FastifyRequest,
  fn: (ctx: ReturneeCtx) => Promise<T>,
): Promise<T> {
  const returnee = request.returnee;
  if (!returnee) throw unauthenticated("account.sign_in");
  const access = request.routeOptions.config.access;
  if (!access) throw new Error(`${request.method} ${request.url} has no access rule`);
  const run =
    request.method === "GET"
      ? request.server.readConnection
      : <R>(body: (tx: Db) => Promise<R>) => request.server.db.transaction((tx) => body(tx as unknown as Db));
  return run(async (tx) => {
    const ctx: ReturneeCtx = { tx, returnee, now: new Date(), ip: request.ip, access, checked: new Set() };
    const result = await fn(ctx);
    if (access.relations.length > 0 && ctx.checked.size === 0)
      throw new Error(
        `${request.routeOptions.method} ${request.routeOptions.url} names the relation ${access.relations.join(" or ")} but checked none`,
      );
    return result;
  });
}
