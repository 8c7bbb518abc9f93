import type { FastifyInstance, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Config } from "../../config";
import { access, actionsOf } from "../../http/access";
import { inTx, requireActor } from "../../http/context";
import { ErrorBody } from "../../http/errors";
import {
  changeOwnLanguage,
  changeOwnPassword,
  newRecoveryCodes,
  recoverWithCode,
  recoveryCodesStatus,
} from "./recovery";
import {
  LanguageChoice,
  LoginBody,
  Me,
  PasswordChange,
  RecoverBody,
  RecoveryCodes,
  RecoveryCodesRequest,
  RecoveryCodesStatus,
} from "./schemas";
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

    // ten tries a quarter of an hour: per user when signed in, per address and account when not (checked
    // after the session is known, so that one office's address does not share one count)
    const slow = {
      rateLimit: {
        max: 10,
        timeWindow: "15 minutes",
        hook: "preHandler" as const,
        keyGenerator: (request: FastifyRequest) =>
          request.actor?.userId ??
          `${request.ip} ${String((request.body as { email?: unknown } | undefined)?.email ?? "")}`,
      },
    };
    const refusals = { 400: ErrorBody, 401: ErrorBody, 429: ErrorBody };

    app.post(
      "/auth/recover",
      {
        config: { ...access("session.recover", "public"), ...slow },
        schema: {
          tags: ["auth"],
          summary:
            "Set a new password with a recovery code (not signed in): unlocks the account and ends its sessions",
          body: RecoverBody,
          response: { 204: z.null(), ...refusals },
        },
      },
      async (request, reply) => {
        await recoverWithCode(app.db, { ...request.body, ip: request.ip });
        return reply.status(204).send(null);
      },
    );

    app.post(
      "/me/password",
      {
        config: { ...access("me.password.change", "signed_in"), ...slow },
        schema: {
          tags: ["auth"],
          summary: "Change one's own password (the current one first); ends one's other sessions",
          body: PasswordChange,
          response: { 204: z.null(), ...refusals },
        },
      },
      async (request, reply) => {
        await inTx(request, (ctx) => changeOwnPassword(ctx, request.body));
        return reply.status(204).send(null);
      },
    );

    app.get(
      "/me/recovery-codes",
      {
        config: access("me.recovery_codes.read", "signed_in"),
        schema: {
          tags: ["auth"],
          summary: "How many of one's recovery codes are unused",
          response: { 200: RecoveryCodesStatus, 401: ErrorBody },
        },
      },
      (request) => inTx(request, recoveryCodesStatus),
    );

    app.post(
      "/me/recovery-codes",
      {
        config: { ...access("me.recovery_codes.create", "signed_in"), ...slow },
        schema: {
          tags: ["auth"],
          summary: "Make a new set of recovery codes (the password first), in place of the old; shown once",
          body: RecoveryCodesRequest,
          response: { 201: RecoveryCodes, ...refusals },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await inTx(request, (ctx) => newRecoveryCodes(ctx, request.body.password))),
    );

    app.put(
      "/me/language",
      {
        config: access("me.language.change", "signed_in"),
        schema: {
          tags: ["auth"],
          summary: "Choose the language to work in, kept with the account for every browser it signs in from",
          body: LanguageChoice,
          response: { 200: Me, 400: ErrorBody, 401: ErrorBody },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await inTx(request, (ctx) => changeOwnLanguage(ctx, request.body.language));
        return meOf(app, { ...actor, language: request.body.language });
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
    user: {
      id: actor.userId,
      email: actor.email,
      name: actor.name,
      roles: actor.roles,
      language: actor.language ?? null,
    },
    organisation: {
      id: actor.organisationId,
      name: actor.organisationName,
      kind: actor.organisationKind,
      country: actor.organisationCountry,
    },
    can: actionsOf(app, actor),
  };
}
