import { createHash } from "node:crypto";
import { conflict, validation } from "@homecoming/domain";
import { and, eq, sql } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { Db } from "../db/client";
import { idempotencyKeys } from "../db/schema";

/** The header a client sends so that a POST sent twice (a retry, a double submit) is done once. */
export const idempotencyHeader = "idempotency-key";

/** How long an answer is kept for its key (the background sweep removes older ones). */
export const idempotencyKeepHours = 24;

const keyPattern = /^[\x21-\x7e]{1,200}$/;

/** The key a POST carries, if any; a key that is empty, too long or not printable ASCII is refused (400). */
export function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  if (request.method !== "POST") return undefined;
  const raw = request.headers[idempotencyHeader];
  if (raw === undefined) return undefined;
  const key = Array.isArray(raw) ? raw.join(",") : raw;
  if (!keyPattern.test(key)) throw validation("request.idempotency_key", {}, "Idempotency-Key");
  return key;
}

/** A POST answered before under the same key: its answer, sent again as it was. */
export class IdempotentReplay extends Error {
  override readonly name = "IdempotentReplay";
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super("answered before under the same Idempotency-Key");
  }
}

const hashOf = (request: FastifyRequest) =>
  createHash("sha256")
    .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
    .digest("hex");

/** The status and schema of a route's success answer: its lowest 2xx in the route's response schemas. */
function successOf(request: FastifyRequest): { status: number; schema: z.ZodType | undefined } {
  const responses = (request.routeOptions.schema?.response ?? {}) as Record<string, unknown>;
  const status = Object.keys(responses)
    .map(Number)
    .filter((s) => s >= 200 && s < 300)
    .sort((a, b) => a - b)[0];
  const schema = status === undefined ? undefined : responses[String(status)];
  return { status: status ?? 200, schema: schema instanceof z.ZodType ? schema : undefined };
}

/**
 * Runs `work` once per user and key, inside the request's transaction. The key is claimed first: a second
 * request with it waits (PostgreSQL holds the uncommitted key) until the first commits, then finds its answer
 * and gets it again (IdempotentReplay); if the first failed and rolled back, the second runs. The answer is
 * kept in the same transaction as the writes, so a key is never kept without its answer or the reverse. The
 * same key with another request (method, path or body) is refused (409) rather than answered.
 */
export async function onceForKey<T>(
  tx: Db,
  request: FastifyRequest,
  userId: string,
  key: string,
  work: () => Promise<T>,
): Promise<T> {
  const requestHash = hashOf(request);
  const claimed = await tx
    .insert(idempotencyKeys)
    .values({ userId, key, requestHash, createdAt: new Date() })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  const mine = and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key));
  if (claimed.length === 0) {
    const [first] = await tx.select().from(idempotencyKeys).where(mine);
    if (!first || first.requestHash !== requestHash)
      throw conflict("request.idempotency_key_reused", { key });
    throw new IdempotentReplay(first.status ?? 200, first.response ?? "null");
  }
  const result = await work();
  const { status, schema } = successOf(request);
  // kept as the serializer sends it: encoded by the route's schema, then JSON
  const encoded = schema ? z.encode(schema, result) : result;
  await tx
    .update(idempotencyKeys)
    .set({ status, response: JSON.stringify(encoded) })
    .where(mine);
  return result;
}

/** Removes answers older than the keeping time; returns how many went. */
export async function sweepIdempotencyKeys(db: Db, now: Date): Promise<number> {
  const before = new Date(now.getTime() - idempotencyKeepHours * 3_600_000);
  const gone = await db
    .delete(idempotencyKeys)
    .where(sql`${idempotencyKeys.createdAt} < ${before}`)
    .returning({ key: idempotencyKeys.key });
  return gone.length;
}
