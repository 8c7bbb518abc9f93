import type { FastifyInstance } from "fastify";
import type { Config } from "../../config";
import { sessionCookie } from "./routes";
import { actorForToken } from "./service";

/** Resolves the session cookie into request.actor before any API handler runs. */
export function registerSessionHook(app: FastifyInstance, config: Config) {
  app.decorateRequest("actor", null);
  app.addHook("onRequest", async (request) => {
    const token = request.cookies[sessionCookie];
    request.actor = token ? await actorForToken(app.db, config, token) : null;
  });
}
