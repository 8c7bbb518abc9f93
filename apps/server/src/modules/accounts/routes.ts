import {
  AccountLogin,
  AccountRegistration,
  CallBackRequest,
  CodeResend,
  PasswordReset,
  PhoneOnly,
  PhoneVerification,
  SelfProfile,
} from "@homecoming/domain";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Config } from "../../config";
import { access } from "../../http/access";
import { inReturneeTx } from "../../http/context";
import { errorResponses as errors } from "../../http/errors";
import { perCaller } from "../../http/limits";
import type { SmsGateway } from "../sms/gateway";
import { deliverQueued } from "../sms/service";
import { askCallBack, myCase } from "./my-case";
import { myAccessLog, myConsents, myData, withdrawMyConsent } from "./my-data";
import { portalCookie } from "./plugin";
import {
  AccessLog,
  AccessLogQuery,
  CodeSent,
  ConsentIdParams,
  LanguageParam,
  MyCase,
  MyConsents,
  MyData,
  OpenCallBack,
  PortalLanguage,
  PortalMe,
  WithdrawnOwnConsent,
  WithdrawOwnConsentBody,
} from "./schemas";
import * as service from "./service";

// on top of the per-caller limits: the limit of codes per number (service.codeLimit) and the sign-in
// throttle per number

const selfOnly = (action: string) => access(action, "returnee", "returnee_self");

export const accountRoutes =
  (config: Config, gateway: SmsGateway): FastifyPluginAsyncZod =>
  async (app) => {
    const deps: service.AccountDeps = { db: app.db, config, gateway };
    const clientOf = (request: FastifyRequest): service.Client => ({
      ip: request.ip,
      userAgent: request.headers["user-agent"],
    });
    // the provider is called after the answer's work committed, and the answer does not wait for it: how long
    // a provider takes must not tell which numbers have accounts
    const deliverSoon = () => {
      void deliverQueued(app.db, gateway, app.log).catch((err) => app.log.error({ err }, "sms delivery"));
    };
    const setSession = (
      request: FastifyRequest,
      reply: FastifyReply,
      session: { token: string; expiresAt: Date },
    ) =>
      reply.setCookie(portalCookie, session.token, {
        path: "/",
        httpOnly: true,
        sameSite: "lax",
        secure: config.publicOrigin?.startsWith("https:") || request.protocol === "https",
        expires: session.expiresAt,
      });
    /** The account just signed in, as GET /portal/me answers it. */
    const meAfterSignIn = async (request: FastifyRequest, token: string) => {
      const returnee = await service.returneeForToken(app.db, config, token);
      if (!returnee) throw new Error("a session just opened was not found");
      return app.readConnection((tx) =>
        service.me({
          tx,
          returnee,
          now: new Date(),
          ip: request.ip,
          ...selfOnly("account.read"),
          checked: new Set(),
        }),
      );
    };

    app.post(
      "/portal/account",
      {
        config: { ...access("account.register", "public"), ...perCaller(10, "15 minutes") },
        schema: {
          tags: ["portal accounts"],
          summary:
            "Register a returnee's account with a phone number and a password; a code is sent to the phone (the same answer for a number that has an account)",
          body: AccountRegistration,
          response: { 202: CodeSent, ...errors },
        },
      },
      async (request, reply) => {
        const sent = await service.register(deps, request.body);
        deliverSoon();
        return reply.status(202).send(sent);
      },
    );

    app.post(
      "/portal/account/verify",
      {
        config: { ...access("account.verify", "public"), ...perCaller(20, "15 minutes") },
        schema: {
          tags: ["portal accounts"],
          summary: "Prove the phone with the code sent to it: signs the returnee in (sets the portal cookie)",
          body: PhoneVerification,
          response: { 200: PortalMe, ...errors },
        },
      },
      async (request, reply) => {
        const session = await service.verifyPhone(deps, request.body, clientOf(request));
        setSession(request, reply, session);
        return meAfterSignIn(request, session.token);
      },
    );

    app.post(
      "/portal/account/code",
      {
        config: { ...access("account.code", "public"), ...perCaller(10, "15 minutes") },
        schema: {
          tags: ["portal accounts"],
          summary:
            "Send a new code: to prove the phone of an account not yet proven, or to set a new password (the same answer for every number)",
          body: CodeResend,
          response: { 202: CodeSent, ...errors },
        },
      },
      async (request, reply) => {
        const sent = await service.resendCode(deps, request.body);
        deliverSoon();
        return reply.status(202).send(sent);
      },
    );

    app.post(
      "/portal/account/password-reset",
      {
        config: { ...access("account.password_reset", "public"), ...perCaller(10, "15 minutes") },
        schema: {
          tags: ["portal accounts"],
          summary:
            "Forgot the password: a code to set a new one is sent to the phone (the same answer for every number)",
          body: PhoneOnly,
          response: { 202: CodeSent, ...errors },
        },
      },
      async (request, reply) => {
        const sent = await service.requestPasswordReset(deps, request.body);
        deliverSoon();
        return reply.status(202).send(sent);
      },
    );

    app.post(
      "/portal/account/password",
      {
        config: { ...access("account.password_set", "public"), ...perCaller(20, "15 minutes") },
        schema: {
          tags: ["portal accounts"],
          summary:
            "Set a new password with the code sent to the phone: ends the account's other sessions and signs in",
          body: PasswordReset,
          response: { 200: PortalMe, ...errors },
        },
      },
      async (request, reply) => {
        const session = await service.resetPassword(deps, request.body, clientOf(request));
        setSession(request, reply, session);
        return meAfterSignIn(request, session.token);
      },
    );

    app.post(
      "/portal/sign-in",
      {
        config: { ...access("account.sign_in", "public"), ...perCaller(30, "15 minutes") },
        schema: {
          tags: ["portal accounts"],
          summary:
            "Sign in with the phone number and password (sets the portal cookie); an account whose phone was never proven gets a new code instead (202)",
          body: AccountLogin,
          response: { 200: PortalMe, 202: CodeSent, ...errors },
        },
      },
      async (request, reply) => {
        const outcome = await service.signIn(deps, request.body, clientOf(request));
        if ("verify" in outcome) {
          deliverSoon();
          return reply.status(202).send(outcome.verify);
        }
        setSession(request, reply, outcome.session);
        return meAfterSignIn(request, outcome.session.token);
      },
    );

    app.post(
      "/portal/sign-out",
      {
        config: access("account.sign_out", "public"),
        schema: { tags: ["portal accounts"], summary: "End the portal session", response: { 204: z.null() } },
      },
      async (request, reply) => {
        const token = request.cookies[portalCookie];
        if (token) await service.signOut(app.db, token);
        reply.clearCookie(portalCookie, { path: "/" });
        return reply.status(204).send(null);
      },
    );

    app.get(
      "/portal/me",
      {
        config: selfOnly("account.read"),
        schema: {
          tags: ["portal accounts"],
          summary: "The signed-in returnee's account, and their record once they gave their profile",
          response: { 200: PortalMe, ...errors },
        },
      },
      (request) => inReturneeTx(request, service.me),
    );

    app.put(
      "/portal/me/language",
      {
        config: selfOnly("account.language"),
        schema: {
          tags: ["portal accounts"],
          summary: "The language the returnee reads the portal and their text messages in",
          body: PortalLanguage,
          response: { 200: PortalMe, ...errors },
        },
      },
      (request) => inReturneeTx(request, (ctx) => service.changeLanguage(ctx, request.body.language)),
    );

    app.post(
      "/portal/me/profile",
      {
        config: selfOnly("account.profile"),
        schema: {
          tags: ["portal accounts"],
          summary:
            "The returnee's consent and short profile: makes their record, registered to the MRC of their district to confirm (once)",
          body: SelfProfile,
          response: { 201: PortalMe, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await inReturneeTx(request, (ctx) => service.giveProfile(ctx, request.body))),
    );

    app.get(
      "/portal/me/case",
      {
        config: selfOnly("account.case"),
        schema: {
          tags: ["portal accounts"],
          summary:
            "The returnee's own cases: who works with them, the referrals made for them and where each stands, the plan's actions, the follow-ups to come, an open request to be called back",
          querystring: LanguageParam,
          response: { 200: MyCase, ...errors },
        },
      },
      (request) =>
        inReturneeTx(request, (ctx) => myCase(ctx, request.query.language ?? ctx.returnee.language)),
    );

    app.post(
      "/portal/me/call-back",
      {
        config: { ...selfOnly("account.call_back"), ...perCaller(5, "1 hour") },
        schema: {
          tags: ["portal accounts"],
          summary:
            "Ask to be called back by the organisation working with the returnee (one open request at a time)",
          body: CallBackRequest,
          response: { 201: OpenCallBack, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await inReturneeTx(request, (ctx) => askCallBack(ctx, request.body))),
    );

    app.get(
      "/portal/me/data",
      {
        // each copy reads every table about the returnee: a few a minute are plenty
        config: { ...selfOnly("account.data"), ...perCaller(10, "1 minute") },
        schema: {
          tags: ["portal accounts"],
          summary:
            "Everything held about the returnee: account, record, consents, cases with assessments, plans and follow-ups, referrals, applications, text messages (to read, and to download as JSON or PDF)",
          querystring: LanguageParam,
          response: { 200: MyData, ...errors },
        },
      },
      (request) =>
        inReturneeTx(request, (ctx) => myData(ctx, request.query.language ?? ctx.returnee.language)),
    );

    app.get(
      "/portal/me/access-log",
      {
        config: selfOnly("account.access_log"),
        schema: {
          tags: ["portal accounts"],
          summary:
            "Who read or changed the returnee's record: the organisation and the roles of who acted (or the returnee), what and when, newest first",
          querystring: AccessLogQuery,
          response: { 200: AccessLog, ...errors },
        },
      },
      (request) => inReturneeTx(request, (ctx) => myAccessLog(ctx, request.query)),
    );

    app.get(
      "/portal/me/consents",
      {
        config: selfOnly("account.consents"),
        schema: {
          tags: ["portal accounts"],
          summary:
            "The returnee's consents, withdrawn ones too, with the organisations each lets in and the one that holds the record (the page where they take one back)",
          response: { 200: MyConsents, ...errors },
        },
      },
      (request) => inReturneeTx(request, (ctx) => myConsents(ctx)),
    );

    app.post(
      "/portal/me/consents/:id/withdraw",
      {
        config: { ...selfOnly("account.consent_withdraw"), ...perCaller(20, "1 hour") },
        schema: {
          tags: ["portal accounts"],
          summary:
            "The returnee withdraws one of their consents: from now on it lets no organisation see their record, and referrals that rested on it alone stop",
          params: ConsentIdParams,
          body: WithdrawOwnConsentBody,
          response: { 200: WithdrawnOwnConsent, ...errors },
        },
      },
      async (request) => {
        const withdrawn = await inReturneeTx(request, (ctx) =>
          withdrawMyConsent(ctx, request.params.id, request.body.reason),
        );
        return {
          id: withdrawn.id,
          purpose: withdrawn.purpose,
          withdrawnAt: withdrawn.withdrawnAt!,
          referralsSuspended: withdrawn.referralsSuspended,
        };
      },
    );
  };
