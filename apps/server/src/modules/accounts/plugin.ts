import type { FastifyInstance } from "fastify";
import type { Config } from "../../config";
import { returneeForToken } from "./service";

/** The cookie of a returnee's portal session (never the staff session's). */
export const portalCookie = "hc_portal";

/** Resolves the portal session cookie into request.returnee before any API handler runs. */
export function registerPortalSessionHook(app: FastifyInstance, config: Config) {
  app.decorateRequest("returnee", null);
  app.addHook("onRequest", async (request) => {
    const token = request.cookies[portalCookie];
    request.returnee = token ? await returneeForToken(app.db, config, token) : null;
  });
}
