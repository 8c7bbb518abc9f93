import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access, caseWorkers, staff } from "../../http/access";
import { inTx } from "../../http/context";
import { errorResponses as errors } from "../../http/errors";
import { IdParams, listOf } from "../../http/schemas";
import {
  ActionParams,
  NotificationQuery,
  Notifications,
  Referral,
  ReferralInput,
  ReferralQuery,
  TransitionBody,
} from "./schemas";
import * as service from "./service";

export const referralRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/referrals",
    {
      config: access("referral.create", caseWorkers, "case_lead"),
      schema: {
        tags: ["referrals"],
        summary: "Draft a referral from a case to a service",
        body: ReferralInput,
        response: { 201: Referral, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await inTx(request, (ctx) => service.createReferral(ctx, request.body))),
  );
  app.get(
    "/referrals",
    {
      config: access("referral.list", staff, "referral_party"),
      schema: {
        tags: ["referrals"],
        summary: "Referrals my organisation sent (outgoing) or received (incoming)",
        querystring: ReferralQuery,
        response: { 200: listOf(Referral), ...errors },
      },
    },
    (request) => inTx(request, (ctx) => service.listReferrals(ctx, request.query)),
  );
  app.get(
    "/referrals/:id",
    {
      config: access("referral.read", staff, "referral_party"),
      schema: { tags: ["referrals"], params: IdParams, response: { 200: Referral, ...errors } },
    },
    (request) => inTx(request, (ctx) => service.getReferral(ctx, request.params.id)),
  );
  app.post(
    "/referrals/:id/:action",
    {
      config: access("referral.move", staff, "referral_party"),
      schema: {
        tags: ["referrals"],
        summary:
          "Move a referral: send, cancel (sender); accept, decline, start, complete, not-complete (receiver). 409 when not allowed from its status",
        params: ActionParams,
        body: TransitionBody,
        response: { 200: Referral, ...errors },
      },
    },
    (request) =>
      inTx(request, (ctx) =>
        service.transition(ctx, request.params.id, request.params.action, request.body ?? {}),
      ),
  );
  app.get(
    "/notifications",
    {
      config: access("notification.list", staff, "referral_party"),
      schema: {
        tags: ["referrals"],
        summary:
          "Latest referral events for my organisation: moves by others on referrals it sent, and referrals sent to it; unseen counts those after since",
        querystring: NotificationQuery,
        response: { 200: Notifications, ...errors },
      },
    },
    (request) => inTx(request, (ctx) => service.notifications(ctx, request.query)),
  );
};
