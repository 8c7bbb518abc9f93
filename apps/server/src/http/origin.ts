import { forbidden } from "@homecoming/domain";
import type { FastifyRequest } from "fastify";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses a request that changes something when a browser says it comes from another site: its Origin is not
 * the deployment's (PUBLIC_ORIGIN, or without one the host the request was sent to), or Sec-Fetch-Site says
 * cross-site. Requests without these headers (API clients, scripts) pass: the session cookie, SameSite=Lax,
 * is what a browser would otherwise bring along.
 */
export function refuseOtherSites(publicOrigin: string | undefined) {
  return async (request: FastifyRequest) => {
    if (safeMethods.has(request.method)) return;
    const origin = request.headers.origin;
    const site = request.headers["sec-fetch-site"];
    if (site === "cross-site") throw forbidden("request.cross_site");
    if (origin === undefined) return;
    if (!sameSite(origin, publicOrigin, request.host))
      throw forbidden("request.other_site", { origin: origin.slice(0, 100) });
  };
}

function sameSite(origin: string, publicOrigin: string | undefined, host: string): boolean {
  if (publicOrigin) return origin === publicOrigin;
  try {
    return new URL(origin).host === host;
  } catch {
    // "null" (a sandboxed frame, a file) or something that is no origin at all
    return false;
  }
}
