import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access, caseWorkers, staff } from "../../http/access";
import { inOpenTx, inReturneeTx, inTx } from "../../http/context";
import { errorResponses as errors } from "../../http/errors";
import { perCaller } from "../../http/limits";
import { IdParams, Paging } from "../../http/schemas";
import type { SmsGateway } from "../sms/gateway";
import { deliverQueued } from "../sms/service";
import * as board from "./board";
import * as events from "./events";
import {
  Answer,
  AnswerInput,
  CancelEventBody,
  CommunityEvent,
  CommunityEventInput,
  CommunityEventList,
  CommunityEventPatch,
  EventRegistration,
  EventRegistrationList,
  EventsQuery,
  EventUnregistration,
  GroupsQuery,
  HiddenAnswer,
  LanguageOnly,
  ModerationList,
  ModerationQuery,
  ModerationReason,
  MyEvents,
  MyQuestions,
  OwnQuestion,
  PeerGroup,
  PeerGroupInput,
  PeerGroupList,
  PeerGroupPatch,
  PortalEvent,
  PortalEventItems,
  PortalGroupItems,
  PublicQuestionDetail,
  PublicQuestionList,
  QuestionInput,
  QuestionsQuery,
  Trust,
  TrustedList,
  TrustRevoked,
} from "./schemas";

const tags = ["community"];
const selfOnly = (action: string) => access(action, "returnee", "returnee_self");

/**
 * The returnees' community: events near home with registration, a directory of peer groups and forums, and a
 * moderated board of questions. Organisations keep their events and groups in the workspace; MRC staff
 * moderate and answer; anyone reads on the portal; a signed-in returnee registers, asks and (when a centre
 * trusts them) answers.
 */
export const communityRoutes =
  (gateway: SmsGateway): FastifyPluginAsyncZod =>
  async (app) => {
    // ---- the workspace: events ------------------------------------------------------------------------------
    app.get(
      "/community/events",
      {
        config: access("community.events", staff, "own_organisation"),
        schema: {
          tags,
          summary: "The caller's organisation's events (administrators: all), coming ones first",
          querystring: Paging,
          response: { 200: CommunityEventList, ...errors },
        },
      },
      (request) => inTx(request, (ctx) => events.listEvents(ctx, request.query)),
    );
    app.post(
      "/community/events",
      {
        config: access("community.event_create", staff),
        schema: {
          tags,
          summary:
            "An event for returnees (an information session, a job fair...), held by the caller's organisation",
          body: CommunityEventInput,
          response: { 201: CommunityEvent, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await inTx(request, (ctx) => events.createEvent(ctx, request.body))),
    );
    app.put(
      "/community/events/:id",
      {
        config: access("community.event_update", staff, "own_organisation"),
        schema: {
          tags,
          summary: "Change an event of the caller's organisation (the version read)",
          params: IdParams,
          body: CommunityEventPatch,
          response: { 200: CommunityEvent, ...errors },
        },
      },
      (request) => inTx(request, (ctx) => events.updateEvent(ctx, request.params.id, request.body)),
    );
    app.post(
      "/community/events/:id/cancel",
      {
        config: access("community.event_cancel", staff, "own_organisation"),
        schema: {
          tags,
          summary:
            "Cancel an event of the caller's organisation, saying why; its registered returnees see it",
          params: IdParams,
          body: CancelEventBody,
          response: { 200: CommunityEvent, ...errors },
        },
      },
      async (request) => {
        const cancelled = await inTx(request, (ctx) =>
          events.cancelEvent(ctx, request.params.id, request.body.reason, gateway),
        );
        // the text messages to who registered leave after the cancellation committed; the answer does not wait
        void deliverQueued(app.db, gateway, app.log).catch((err) => app.log.error({ err }, "sms delivery"));
        return cancelled;
      },
    );
    app.get(
      "/community/events/:id/registrations",
      {
        config: access("community.event_registrations", staff, "own_organisation"),
        schema: {
          tags,
          summary:
            "Who registered for an event of the caller's organisation: name and number (audited as a read of their records)",
          params: IdParams,
          response: { 200: EventRegistrationList, ...errors },
        },
      },
      (request) => inTx(request, (ctx) => events.eventRegistrations(ctx, request.params.id)),
    );

    // ---- the workspace: groups ------------------------------------------------------------------------------
    app.get(
      "/community/groups",
      {
        config: access("community.groups", staff, "own_organisation"),
        schema: {
          tags,
          summary: "The peer groups and forums the caller's organisation lists (administrators: all)",
          response: { 200: PeerGroupList, ...errors },
        },
      },
      (request) => inTx(request, (ctx) => events.listGroups(ctx)),
    );
    app.post(
      "/community/groups",
      {
        config: access("community.group_create", staff),
        schema: {
          tags,
          summary: "List a peer support group, migration forum or returnee association",
          body: PeerGroupInput,
          response: { 201: PeerGroup, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await inTx(request, (ctx) => events.createGroup(ctx, request.body))),
    );
    app.put(
      "/community/groups/:id",
      {
        config: access("community.group_update", staff, "own_organisation"),
        schema: {
          tags,
          summary:
            "Change a group the caller's organisation lists, or take it off the directory (active: false)",
          params: IdParams,
          body: PeerGroupPatch,
          response: { 200: PeerGroup, ...errors },
        },
      },
      (request) => inTx(request, (ctx) => events.updateGroup(ctx, request.params.id, request.body)),
    );

    // ---- the workspace: the board ----------------------------------------------------------------------------
    app.get(
      "/community/questions",
      {
        config: access("community.moderate", caseWorkers),
        schema: {
          tags,
          summary:
            "The board's questions of a status for its moderators (MRC case managers and counsellors, administrators): those waiting, oldest first",
          querystring: ModerationQuery,
          response: { 200: ModerationList, ...errors },
        },
      },
      (request) => inTx(request, (ctx) => board.moderationList(ctx, request.query)),
    );
    app.post(
      "/community/questions/:id/publish",
      {
        config: access("community.moderate", caseWorkers),
        schema: {
          tags,
          summary: "Publish a waiting question",
          params: IdParams,
          response: { 200: OwnQuestion, ...errors },
        },
      },
      (request) => inTx(request, (ctx) => board.publish(ctx, request.params.id)),
    );
    app.post(
      "/community/questions/:id/refuse",
      {
        config: access("community.moderate", caseWorkers),
        schema: {
          tags,
          summary: "Refuse a waiting question, or take a published one down, saying why (its asker reads it)",
          params: IdParams,
          body: ModerationReason,
          response: { 200: OwnQuestion, ...errors },
        },
      },
      (request) => inTx(request, (ctx) => board.refuse(ctx, request.params.id, request.body.reason)),
    );
    app.post(
      "/community/questions/:id/answers",
      {
        config: access("community.answer", caseWorkers),
        schema: {
          tags,
          summary: "Answer a published question as the caller's organisation",
          params: IdParams,
          body: AnswerInput,
          response: { 201: Answer, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await inTx(request, (ctx) => board.answerAsStaff(ctx, request.params.id, request.body))),
    );
    app.post(
      "/community/answers/:id/hide",
      {
        config: access("community.moderate", caseWorkers),
        schema: {
          tags,
          summary: "Take an answer down, saying why",
          params: IdParams,
          body: ModerationReason,
          response: { 200: HiddenAnswer, ...errors },
        },
      },
      (request) => inTx(request, (ctx) => board.hideAnswer(ctx, request.params.id, request.body.reason)),
    );
    app.get(
      "/community/trusted-returnees",
      {
        config: access("community.trusted", caseWorkers, "own_organisation"),
        schema: {
          tags,
          summary:
            "The returnees the caller's organisation trusts to answer on the board (administrators: all)",
          response: { 200: TrustedList, ...errors },
        },
      },
      (request) => inTx(request, (ctx) => board.trustedList(ctx)),
    );
    app.post(
      "/community/trusted-returnees/:id",
      {
        config: access("community.trust", caseWorkers, "person_lead"),
        schema: {
          tags,
          summary:
            "Trust a returnee whose record the caller's organisation leads to answer on the board (id: their record)",
          params: IdParams,
          response: { 200: Trust, ...errors },
        },
      },
      (request) => inTx(request, (ctx) => board.trust(ctx, request.params.id)),
    );
    app.post(
      "/community/trusted-returnees/:id/revoke",
      {
        config: access("community.trust", caseWorkers, "person_lead"),
        schema: {
          tags,
          summary: "No longer trust the returnee to answer on the board (id: their record)",
          params: IdParams,
          response: { 200: TrustRevoked, ...errors },
        },
      },
      (request) => inTx(request, (ctx) => board.revokeTrust(ctx, request.params.id)),
    );

    // ---- the portal, for anyone --------------------------------------------------------------------------------
    app.get(
      "/portal/community/events",
      {
        config: access("portal.community_events", "public"),
        schema: {
          tags,
          summary:
            "Events still to come, those of the returnee's district first, then of its province, then of the country (anyone)",
          querystring: EventsQuery,
          response: { 200: PortalEventItems, ...errors },
        },
      },
      (request) =>
        inOpenTx(request, (ctx) => events.comingEvents(ctx.tx, { ...request.query, now: ctx.now })),
    );
    app.get(
      "/portal/community/events/:id",
      {
        config: access("portal.community_events", "public"),
        schema: {
          tags,
          summary: "An event, in the reader's language where it has its words (anyone)",
          params: IdParams,
          querystring: LanguageOnly,
          response: { 200: PortalEvent, ...errors },
        },
      },
      (request) =>
        inOpenTx(request, (ctx) => events.comingEvent(ctx.tx, request.params.id, request.query.language)),
    );
    app.get(
      "/portal/community/groups",
      {
        config: access("portal.community_groups", "public"),
        schema: {
          tags,
          summary:
            "Peer support groups, migration forums and returnee associations serving a district (anyone)",
          querystring: GroupsQuery,
          response: { 200: PortalGroupItems, ...errors },
        },
      },
      (request) => inOpenTx(request, (ctx) => events.groupsNear(ctx.tx, request.query)),
    );
    app.get(
      "/portal/community/questions",
      {
        config: { ...access("portal.community_questions", "public"), ...perCaller(120, "1 minute") },
        schema: {
          tags,
          summary: "The board's published questions by topic, language and words, newest first (anyone)",
          querystring: QuestionsQuery,
          response: { 200: PublicQuestionList, ...errors },
        },
      },
      (request) => inOpenTx(request, (ctx) => board.publishedQuestions(ctx.tx, request.query)),
    );
    app.get(
      "/portal/community/questions/:id",
      {
        config: access("portal.community_questions", "public"),
        schema: {
          tags,
          summary: "A published question with its answers (anyone)",
          params: IdParams,
          response: { 200: PublicQuestionDetail, ...errors },
        },
      },
      (request) => inOpenTx(request, (ctx) => board.publishedQuestion(ctx.tx, request.params.id)),
    );

    // ---- the portal, the returnee's own ---------------------------------------------------------------------------
    app.get(
      "/portal/me/events",
      {
        config: selfOnly("account.events"),
        schema: {
          tags,
          summary: "The events the returnee registered for, the coming ones first",
          querystring: LanguageOnly,
          response: { 200: MyEvents, ...errors },
        },
      },
      (request) => inReturneeTx(request, (ctx) => events.myEvents(ctx, request.query.language)),
    );
    app.post(
      "/portal/me/events/:id/registration",
      {
        config: { ...selfOnly("account.event_register"), ...perCaller(30, "1 hour") },
        schema: {
          tags,
          summary:
            "Register for an event (once; while it is to come and has places): its organiser sees the returnee's name and number",
          params: IdParams,
          response: { 201: EventRegistration, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await inReturneeTx(request, (ctx) => events.register(ctx, request.params.id))),
    );
    app.post(
      "/portal/me/events/:id/cancel",
      {
        config: { ...selfOnly("account.event_register"), ...perCaller(30, "1 hour") },
        schema: {
          tags,
          summary: "Take back the returnee's registration for an event",
          params: IdParams,
          response: { 200: EventUnregistration, ...errors },
        },
      },
      (request) => inReturneeTx(request, (ctx) => events.unregister(ctx, request.params.id)),
    );
    app.get(
      "/portal/me/questions",
      {
        config: selfOnly("account.questions"),
        schema: {
          tags,
          summary:
            "The returnee's questions whatever their status (why one was refused), with their answers; and whether a centre trusts them to answer",
          response: { 200: MyQuestions, ...errors },
        },
      },
      (request) => inReturneeTx(request, (ctx) => board.myQuestions(ctx)),
    );
    app.post(
      "/portal/me/questions",
      {
        config: { ...selfOnly("account.ask"), ...perCaller(5, "1 day") },
        schema: {
          tags,
          summary: "Ask the board a question: a moderator reads it before it is published",
          body: QuestionInput,
          response: { 201: OwnQuestion, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await inReturneeTx(request, (ctx) => board.ask(ctx, request.body))),
    );
    app.post(
      "/portal/me/questions/:id/answers",
      {
        config: { ...selfOnly("account.answer"), ...perCaller(20, "1 day") },
        schema: {
          tags,
          summary: "Answer a published question, as a returnee a centre trusts",
          params: IdParams,
          body: AnswerInput,
          response: { 201: Answer, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await inReturneeTx(request, (ctx) =>
              board.answerAsReturnee(ctx, request.params.id, request.body),
            ),
          ),
    );
  };
