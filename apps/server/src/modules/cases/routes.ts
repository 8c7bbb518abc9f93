import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access, caseWorkers, staff } from "../../http/access";
import { inTx } from "../../http/context";
import { errorResponses as errors } from "../../http/errors";
import { cappedListOf, IdParams, listOf } from "../../http/schemas";
import * as assessments from "./assessments";
import * as callBacks from "./call-backs";
import * as closure from "./closure";
import * as followUps from "./follow-ups";
import * as plan from "./plan";
import {
  ActionPatch,
  Assessment,
  AssessmentInput,
  CallBackDone,
  CallBackList,
  CallBackQuery,
  Case,
  CaseChildParams,
  CaseDetail,
  CasePatch,
  CaseQuery,
  CloseBody,
  DueFollowUp,
  DueFollowUpQuery,
  FollowUp,
  FollowUpCompleteInput,
  HandOverBody,
  OpenCaseBody,
  Plan,
  PlanAction,
  PlanBody,
} from "./schemas";
import * as service from "./service";

export const caseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/cases",
    {
      config: access("case.open", caseWorkers, "sees_person"),
      schema: {
        tags: ["cases"],
        summary: "Open a case for a returnee",
        body: OpenCaseBody,
        response: { 201: Case, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await inTx(request, (ctx) => service.openCase(ctx, request.body))),
  );
  app.get(
    "/cases",
    {
      config: access("case.list", staff, "sees_person"),
      schema: {
        tags: ["cases"],
        summary: "Cases: mine=true for my caseload, scope=shared for cases shared with my organisation",
        querystring: CaseQuery,
        response: { 200: cappedListOf(Case, "10,000"), ...errors },
      },
    },
    (request) => inTx(request, (ctx) => service.listCases(ctx, request.query)),
  );
  app.get(
    "/cases/:id",
    {
      config: access("case.read", staff, "sees_person"),
      schema: { tags: ["cases"], params: IdParams, response: { 200: CaseDetail, ...errors } },
    },
    (request) => inTx(request, (ctx) => service.getCase(ctx, request.params.id)),
  );
  app.patch(
    "/cases/:id",
    {
      config: access("case.update", caseWorkers, "case_lead"),
      schema: {
        tags: ["cases"],
        summary: "Assign the case manager, set the risk level or move the stage (send the version you read)",
        params: IdParams,
        body: CasePatch,
        response: { 200: Case, ...errors },
      },
    },
    (request) => inTx(request, (ctx) => service.updateCase(ctx, request.params.id, request.body)),
  );
  app.post(
    "/cases/:id/assessments",
    {
      config: access("assessment.record", caseWorkers, "case_lead"),
      schema: {
        tags: ["assessments"],
        summary: "Record an assessment (needs, vulnerability, psychosocial); answers with its scores",
        params: IdParams,
        body: AssessmentInput,
        response: { 201: Assessment, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await inTx(request, (ctx) => assessments.addAssessment(ctx, request.params.id, request.body))),
  );
  app.get(
    "/cases/:id/assessments",
    {
      config: access("assessment.list", staff, "sees_person"),
      schema: {
        tags: ["assessments"],
        summary:
          "Assessments of a case; psychosocial and health answers only for the lead organisation's case workers",
        params: IdParams,
        response: { 200: listOf(Assessment), ...errors },
      },
    },
    (request) => inTx(request, (ctx) => assessments.listAssessments(ctx, request.params.id)),
  );
  app.get(
    "/cases/:id/plan",
    {
      config: access("plan.read", staff, "sees_person"),
      schema: { tags: ["plan"], params: IdParams, response: { 200: Plan, ...errors } },
    },
    (request) => inTx(request, (ctx) => plan.getPlan(ctx, request.params.id)),
  );
  app.put(
    "/cases/:id/plan",
    {
      config: access("plan.save", caseWorkers, "case_lead"),
      schema: {
        tags: ["plan"],
        summary: "Save the reintegration plan (goals and actions per dimension); the first save activates it",
        params: IdParams,
        body: PlanBody,
        response: { 200: Plan, ...errors },
      },
    },
    (request) => inTx(request, (ctx) => plan.savePlan(ctx, request.params.id, request.body)),
  );
  app.patch(
    "/cases/:id/plan/actions/:childId",
    {
      config: access("plan.action.update", caseWorkers, "case_lead"),
      schema: {
        tags: ["plan"],
        summary: "Change one action of the plan (status, due date, owner)",
        params: CaseChildParams,
        body: ActionPatch,
        response: { 200: PlanAction, ...errors },
      },
    },
    (request) =>
      inTx(request, (ctx) => plan.updateAction(ctx, request.params.id, request.params.childId, request.body)),
  );
  app.get(
    "/cases/:id/follow-ups",
    {
      config: access("follow_up.list", staff, "sees_person"),
      schema: { tags: ["follow-ups"], params: IdParams, response: { 200: listOf(FollowUp), ...errors } },
    },
    (request) => inTx(request, (ctx) => followUps.listFollowUps(ctx, request.params.id)),
  );
  app.post(
    "/cases/:id/follow-ups/:childId/complete",
    {
      config: access("follow_up.record", caseWorkers, "case_lead"),
      schema: {
        tags: ["follow-ups"],
        summary:
          "Record that a follow-up took place; 409 before its window opens (opensOn), when an extra contact is recorded instead",
        params: CaseChildParams,
        body: FollowUpCompleteInput,
        response: { 200: FollowUp, ...errors },
      },
    },
    (request) =>
      inTx(request, (ctx) =>
        followUps.completeFollowUp(ctx, request.params.id, request.params.childId, request.body),
      ),
  );
  app.post(
    "/cases/:id/follow-ups",
    {
      config: access("follow_up.record_contact", caseWorkers, "case_lead"),
      schema: {
        tags: ["follow-ups"],
        summary:
          "Record an extra contact outside the schedule (it counts as none of the 3, 6 and 12-month follow-ups)",
        params: IdParams,
        body: FollowUpCompleteInput,
        response: { 201: FollowUp, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await inTx(request, (ctx) => followUps.recordContact(ctx, request.params.id, request.body))),
  );
  app.get(
    "/follow-ups",
    {
      config: access("follow_up.due", caseWorkers, "case_lead"),
      schema: {
        tags: ["follow-ups"],
        summary:
          "Follow-ups to do by a date (default: end of this week), for my caseload (mine=true) or my organisation",
        querystring: DueFollowUpQuery,
        response: { 200: listOf(DueFollowUp), ...errors },
      },
    },
    (request) => inTx(request, (ctx) => followUps.listDueFollowUps(ctx, request.query)),
  );
  app.post(
    "/cases/:id/hand-over",
    {
      config: access("case.hand_over", caseWorkers, "case_lead"),
      schema: {
        tags: ["cases"],
        summary:
          "Hand the case over to a national service; with open items (see openItems) only with acknowledgeOpenItems and openItemsReason",
        params: IdParams,
        body: HandOverBody,
        response: { 200: Case, ...errors },
      },
    },
    (request) => inTx(request, (ctx) => closure.handOver(ctx, request.params.id, request.body)),
  );
  app.post(
    "/cases/:id/close",
    {
      config: access("case.close", caseWorkers, "case_lead"),
      schema: {
        tags: ["cases"],
        summary:
          "Close the case with a reason; with open items (see openItems) only with acknowledgeOpenItems and openItemsReason",
        params: IdParams,
        body: CloseBody,
        response: { 200: Case, ...errors },
      },
    },
    (request) => inTx(request, (ctx) => closure.closeCase(ctx, request.params.id, request.body)),
  );

  app.get(
    "/call-backs",
    {
      config: access("call_back.list", caseWorkers, "own_organisation"),
      schema: {
        tags: ["cases"],
        summary:
          "Returnees who asked on the portal to be called back by the caller's organisation: open ones oldest first, or those done",
        querystring: CallBackQuery,
        response: { 200: CallBackList, ...errors },
      },
    },
    (request) => inTx(request, (ctx) => callBacks.listCallBacks(ctx, request.query)),
  );
  app.post(
    "/call-backs/:id/done",
    {
      config: access("call_back.done", caseWorkers, "own_organisation"),
      schema: {
        tags: ["cases"],
        summary: "The returnee was called back",
        params: IdParams,
        response: { 200: CallBackDone, ...errors },
      },
    },
    (request) => inTx(request, (ctx) => callBacks.markCallBackDone(ctx, request.params.id)),
  );
};
