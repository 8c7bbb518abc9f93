import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access, administrators, caseWorkers, staff } from "../../http/access";
import { inTx } from "../../http/context";
import { errorResponses as errors } from "../../http/errors";
import { IdParams, listOf } from "../../http/schemas";
import { RuleVersion } from "../rules/schemas";
import * as businessPlans from "./business-plans";
import * as enrolments from "./enrolments";
import {
  BusinessPlan,
  BusinessPlanBody,
  Enrolment,
  EnrolmentActionParams,
  EnrolmentInput,
  EnrolmentQuery,
  EnrolmentTransitionInput,
  Programme,
  ProgrammeInput,
  ProgrammePatch,
  ProgrammeQuery,
} from "./schemas";
import * as service from "./service";

export const programmeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/programmes",
    {
      config: access("programme.list", "signed_in"),
      schema: {
        tags: ["programmes"],
        summary: "Programmes (loans, grants, training, cash for work…) with their eligibility rules, paged",
        querystring: ProgrammeQuery,
        response: { 200: listOf(Programme), ...errors },
      },
    },
    async (request) => inTx(request, (ctx) => service.listProgrammes(ctx, request.query)),
  );

  app.post(
    "/programmes",
    {
      config: access("programme.create", administrators),
      schema: {
        tags: ["programmes"],
        summary: "Create a programme (administrators); its rule is checked and kept as version 1",
        body: ProgrammeInput,
        response: { 201: Programme, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await inTx(request, (ctx) => service.createProgramme(ctx, request.body))),
  );

  app.get(
    "/programmes/:id",
    {
      config: access("programme.read", "signed_in"),
      schema: { tags: ["programmes"], params: IdParams, response: { 200: Programme, ...errors } },
    },
    async (request) => inTx(request, (ctx) => service.getProgramme(ctx, request.params.id)),
  );

  app.patch(
    "/programmes/:id",
    {
      config: access("programme.update", administrators),
      schema: {
        tags: ["programmes"],
        summary:
          "Change a programme (administrators); a changed rule becomes a new version and its reach is counted",
        params: IdParams,
        body: ProgrammePatch,
        response: { 200: Programme, ...errors },
      },
    },
    async (request) => inTx(request, (ctx) => service.updateProgramme(ctx, request.params.id, request.body)),
  );

  app.get(
    "/programmes/:id/rule-versions",
    {
      config: access("programme.rule_versions", "signed_in"),
      schema: {
        tags: ["programmes"],
        summary: "Every version of the programme's rule, newest first, with how many persons it reaches",
        params: IdParams,
        response: { 200: listOf(RuleVersion), ...errors },
      },
    },
    async (request) => inTx(request, (ctx) => service.ruleVersions(ctx, request.params.id)),
  );

  app.get(
    "/programmes/:id/enrolments",
    {
      config: access("enrolment.list_of_programme", staff, "programme_owner"),
      schema: {
        tags: ["programmes"],
        summary: "Enrolments of a programme (its organisation and administrators), oldest first",
        params: IdParams,
        querystring: EnrolmentQuery,
        response: { 200: listOf(Enrolment), ...errors },
      },
    },
    async (request) =>
      inTx(request, (ctx) => enrolments.listEnrolmentsOfProgramme(ctx, request.params.id, request.query)),
  );

  app.get(
    "/cases/:id/enrolments",
    {
      config: access("enrolment.list", staff, "sees_person"),
      schema: { tags: ["enrolments"], params: IdParams, response: { 200: listOf(Enrolment), ...errors } },
    },
    async (request) => inTx(request, (ctx) => enrolments.listEnrolmentsOfCase(ctx, request.params.id)),
  );

  app.post(
    "/cases/:id/enrolments",
    {
      config: access("enrolment.apply", caseWorkers, "case_lead"),
      schema: {
        tags: ["enrolments"],
        summary: "Apply for a programme from the case; the verdict and the rule version are kept",
        params: IdParams,
        body: EnrolmentInput,
        response: { 201: Enrolment, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await inTx(request, (ctx) => enrolments.applyForProgramme(ctx, request.params.id, request.body)),
        ),
  );

  app.post(
    "/enrolments/:id/:action",
    {
      config: access("enrolment.move", staff, "programme_owner", "case_lead"),
      schema: {
        tags: ["enrolments"],
        summary:
          "Move an enrolment: accept (waitlisted when full), reject, waitlist, start, complete, drop (reject and drop need a reason)",
        params: EnrolmentActionParams,
        body: EnrolmentTransitionInput,
        response: { 200: Enrolment, ...errors },
      },
    },
    async (request) =>
      inTx(request, (ctx) =>
        enrolments.transitionEnrolment(ctx, request.params.id, request.params.action, request.body),
      ),
  );

  app.get(
    "/cases/:id/business-plan",
    {
      config: access("business_plan.read", staff, "sees_person"),
      schema: { tags: ["enrolments"], params: IdParams, response: { 200: BusinessPlan, ...errors } },
    },
    async (request) => inTx(request, (ctx) => businessPlans.getBusinessPlan(ctx, request.params.id)),
  );

  app.put(
    "/cases/:id/business-plan",
    {
      config: access("business_plan.save", caseWorkers, "case_lead"),
      schema: {
        tags: ["enrolments"],
        summary: "Write the case's business plan (needed before a loan or grant)",
        params: IdParams,
        body: BusinessPlanBody,
        response: { 200: BusinessPlan, ...errors },
      },
    },
    async (request) =>
      inTx(request, (ctx) => businessPlans.saveBusinessPlan(ctx, request.params.id, request.body)),
  );
};
