import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access, administrators } from "../../http/access";
import { inTx } from "../../http/context";
import { errorResponses as errors } from "../../http/errors";
import { listOf } from "../../http/schemas";
import { SurveyVersion, SurveyVersionInput, VersionParams } from "./schemas";
import * as service from "./service";

export const surveyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/surveys/sustainability",
    {
      config: access("survey.read", "signed_in"),
      schema: {
        tags: ["surveys"],
        summary:
          "The reintegration sustainability survey in use: questions, answer options, scores and weights",
        response: { 200: SurveyVersion, ...errors },
      },
    },
    async (request) => inTx(request, (ctx) => service.currentSurvey(ctx.tx)),
  );

  app.get(
    "/surveys/sustainability/versions",
    {
      config: access("survey.versions", "signed_in"),
      schema: {
        tags: ["surveys"],
        summary: "Every version of the sustainability survey, newest first",
        response: { 200: listOf(SurveyVersion), ...errors },
      },
    },
    async (request) => inTx(request, (ctx) => service.listSurveyVersions(ctx)),
  );

  app.get(
    "/surveys/sustainability/versions/:version",
    {
      config: access("survey.version", "signed_in"),
      schema: {
        tags: ["surveys"],
        summary: "One version of the sustainability survey, as surveys taken on it were scored",
        params: VersionParams,
        response: { 200: SurveyVersion, ...errors },
      },
    },
    async (request) => inTx(request, (ctx) => service.surveyVersion(ctx.tx, request.params.version)),
  );

  app.post(
    "/surveys/sustainability/versions",
    {
      config: access("survey.edit", administrators),
      schema: {
        tags: ["surveys"],
        summary:
          "Save an edited survey as the next version (administrators); surveys already taken keep their version",
        body: SurveyVersionInput,
        response: { 201: SurveyVersion, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await inTx(request, (ctx) => service.saveSurveyVersion(ctx, request.body))),
  );
};
