import type { FastifyInstance } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Config } from "../../config";
import { access, actionsOf } from "../../http/access";
import { requireActor } from "../../http/context";
import { ErrorBody } from "../../http/errors";
import { LoginBody, Me } from "./schemas";
import { actorForToken, login, logout } from "./service";

export const sessionCookie = "hc_session";

export const authRoutes =
  (config: Config): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      "/auth/login",
      {
        config: { ...access("session.login", "public"), rateLimit: { max: 30, timeWindow: "1 minute" } },
        schema: {
          tags: ["auth"],
          summary: "Log in with email and password; sets the session cookie",
          body: LoginBody,
          response: { 200: Me, 400: ErrorBody, 401: ErrorBody, 423: ErrorBody, 429: ErrorBody },
        },
      },
      async (request, reply) => {
        const { token, expiresAt } = await login(app.db, config, {
          ...request.body,
          ip: request.ip,
          userAgent: request.headers["user-agent"],
        });
        reply.setCookie(sessionCookie, token, {
          path: "/",
          httpOnly: true,
          sameSite: "lax",
          secure: config.publicOrigin?.startsWith("https:") || request.protocol === "https",
          expires: expiresAt,
        });
        const actor = await actorForToken(app.db, config, token);
        return meOf(app, actor!);
      },
    );

    app.post(
      "/auth/logout",
      {
        config: access("session.logout", "public"),
        schema: { tags: ["auth"], summary: "End the session", response: { 204: z.null() } },
      },
      async (request, reply) => {
        const token = request.cookies[sessionCookie];
        if (token) await logout(app.db, token);
        reply.clearCookie(sessionCookie, { path: "/" });
        return reply.status(204).send(null);
      },
    );

    app.get(
      "/me",
      {
        config: access("me.read", "signed_in"),
        schema: { tags: ["auth"], summary: "The logged-in user", response: { 200: Me, 401: ErrorBody } },
      },
      async (request) => meOf(app, requireActor(request)),
    );
  };

function meOf(
  app: FastifyInstance,
  actor: NonNullable<Awaited<ReturnType<typeof actorForToken>>>,
): z.infer<typeof Me> {
  return {
    user: { id: actor.userId, email: actor.email, name: actor.name, roles: actor.roles },
    organisation: {
      id: actor.organisationId,
      name: actor.organisationName,
      kind: actor.organisationKind,
      country: actor.organisationCountry,
    },
    can: actionsOf(app, actor),
  };
}
