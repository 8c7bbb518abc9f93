import type { FeedbackAction } from "@homecoming/domain";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { z } from "zod";
import { access, staff } from "../../http/access";
import { type Ctx, inOpenTx, inTx } from "../../http/context";
import { errorResponses as errors } from "../../http/errors";
import { IdParams, listOf } from "../../http/schemas";
import {
  AnswerBody,
  CloseBody,
  FeedbackDetail,
  FeedbackInput,
  FeedbackQuery,
  FeedbackReceipt,
  FeedbackStatusView,
  FeedbackSummary,
  NoteBody,
  ReopenBody,
  StatusBody,
  TriageBody,
} from "./schemas";
import * as service from "./service";

/**
 * Limits of the routes open to anyone, per signed-in user or else per address (checked once the session is
 * known): a few messages an hour from one address, so that no one floods the handlers; reference look-ups
 * a few a minute, so that no one walks through references.
 */
const perCaller = (anonymous: number, signedIn: number, timeWindow: string) => ({
  rateLimit: {
    max: (request: FastifyRequest) => (request.actor ? signedIn : anonymous),
    timeWindow,
    hook: "preHandler" as const,
    keyGenerator: (request: FastifyRequest) => request.actor?.userId ?? request.ip,
  },
});

export const feedbackRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/feedback",
    {
      config: { ...access("feedback.send", "public"), ...perCaller(10, 300, "1 hour") },
      schema: {
        tags: ["feedback"],
        summary:
          "Send feedback or a grievance, named or anonymous (anyone; staff taking one down say the channel): answers with its reference",
        body: FeedbackInput,
        response: { 201: FeedbackReceipt, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send((await inOpenTx(request, (ctx) => service.sendFeedback(ctx, request.body))).receipt),
  );
  app.post(
    "/feedback/status",
    {
      config: { ...access("feedback.status", "public"), ...perCaller(20, 300, "15 minutes") },
      schema: {
        tags: ["feedback"],
        summary:
          "Read where a feedback or grievance stands, and its answer, by its reference (anyone who holds it)",
        body: StatusBody,
        response: { 200: FeedbackStatusView, ...errors },
      },
    },
    (request) => inOpenTx(request, (ctx) => service.feedbackStatus(ctx, request.body.reference)),
  );
  app.get(
    "/feedback",
    {
      config: access("feedback.list", staff, "feedback_party"),
      schema: {
        tags: ["feedback"],
        summary:
          "The feedback and grievances the caller's organisation handles or reads as the one concerned",
        querystring: FeedbackQuery,
        response: { 200: listOf(FeedbackSummary), ...errors },
      },
    },
    (request) => inTx(request, (ctx) => service.listFeedback(ctx, request.query)),
  );
  app.get(
    "/feedback/:id",
    {
      config: access("feedback.read", staff, "feedback_party"),
      schema: {
        tags: ["feedback"],
        summary: "A feedback or grievance with its sender and history (the read is audited)",
        params: IdParams,
        response: { 200: FeedbackDetail, ...errors },
      },
    },
    (request) => inTx(request, (ctx) => service.getFeedback(ctx, request.params.id)),
  );
  function moveRoute<B extends z.ZodType>(
    action: FeedbackAction,
    body: B,
    summary: string,
    run: (ctx: Ctx, id: string, body: z.infer<B>) => ReturnType<typeof service.closeFeedback>,
  ) {
    app.post(
      `/feedback/:id/${action}`,
      {
        config: access(`feedback.${action}`, staff, "feedback_party"),
        schema: {
          tags: ["feedback"],
          summary: `${summary} (the handling organisation or an administrator)`,
          params: IdParams,
          body,
          response: { 200: FeedbackDetail, ...errors },
        },
      },
      // the body was parsed by `body`; the generic route loses that for the type checker
      (request) => inTx(request, (ctx) => run(ctx, request.params.id, request.body as z.infer<B>)),
    );
  }
  moveRoute(
    "triage",
    TriageBody,
    "Triage it: category, priority, or pass it to another organisation",
    service.triageFeedback,
  );
  moveRoute(
    "answer",
    AnswerBody,
    "Answer it: the sender reads the answer by the reference",
    service.answerFeedback,
  );
  moveRoute("close", CloseBody, "Close it", service.closeFeedback);
  moveRoute("reopen", ReopenBody, "Reopen it, with the reason", service.reopenFeedback);
  app.post(
    "/feedback/:id/notes",
    {
      config: access("feedback.note", staff, "feedback_party"),
      schema: {
        tags: ["feedback"],
        summary:
          "Add a note for staff, never shown to the sender (the handling organisation, the one concerned, or an administrator)",
        params: IdParams,
        body: NoteBody,
        response: { 201: FeedbackDetail, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await inTx(request, (ctx) => service.noteFeedback(ctx, request.params.id, request.body))),
  );
};
