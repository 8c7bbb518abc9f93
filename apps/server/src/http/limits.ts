import type { FastifyRequest } from "fastify";

/**
 * A limit per caller (a signed-in user or returnee, else the address), checked once the session is known:
 * at most `max` requests in `timeWindow` ("15 minutes", "1 day").
 */
export const perCaller = (max: number, timeWindow: string) => ({
  rateLimit: {
    max,
    timeWindow,
    hook: "preHandler" as const,
    keyGenerator: (request: FastifyRequest) =>
      request.actor?.userId ?? request.returnee?.accountId ?? request.ip,
  },
});
