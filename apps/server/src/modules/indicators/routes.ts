import { importContentTypes, indicatorByCode } from "@homecoming/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access, administrators, staff } from "../../http/access";
import { inTx, requireActor } from "../../http/context";
import { errorResponses as errors } from "../../http/errors";
import { cappedListOf, listOf } from "../../http/schemas";
import { Case } from "../cases/schemas";
import { indicatorFile } from "./export";
import { refreshIndicatorFacts } from "./refresh";
import {
  CodeParams,
  IndicatorCasesQuery,
  IndicatorDefinition,
  IndicatorExportQuery,
  IndicatorQueryString,
  IndicatorRefresh,
  IndicatorResult,
} from "./schemas";
import * as service from "./service";

/** Who reads aggregates: analysts and administrators all of them, case workers and providers their own. */
const readers = ["admin", "analyst", "case_manager", "counsellor", "provider"] as const;

export const indicatorRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/indicators",
    {
      config: access("indicator.list", readers),
      schema: {
        tags: ["indicators"],
        summary: "The indicator catalogue: what each counts, its unit and how it may be split",
        response: { 200: listOf(IndicatorDefinition), ...errors },
      },
    },
    async () => service.listIndicators(),
  );

  app.get(
    "/indicators/:code",
    {
      config: access("indicator.read", readers),
      schema: {
        tags: ["indicators"],
        summary:
          "One indicator over a period, split by up to two disaggregations; counts of fewer than five hidden (and those that would give them away)",
        params: CodeParams,
        querystring: IndicatorQueryString,
        response: { 200: IndicatorResult, ...errors },
      },
    },
    async (request) =>
      inTx(request, (ctx) => service.computeIndicator(ctx, request.params.code, request.query)),
  );

  app.get(
    "/indicators/:code/export",
    {
      config: access("indicator.export", readers),
      schema: {
        tags: ["indicators"],
        summary:
          "One indicator's published table as a CSV or XLSX file: the same cells as the API, hidden values included as hidden",
        params: CodeParams,
        querystring: IndicatorExportQuery,
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const result = await inTx(request, (ctx) => service.computeIndicator(ctx, request.params.code, query));
      const file = await indicatorFile(result, indicatorByCode(result.code)!, format);
      return reply
        .header("content-type", importContentTypes[format])
        .header(
          "content-disposition",
          `attachment; filename="homecoming-${result.code}-${result.from}-${result.to}.${format}"`,
        )
        .send(file);
    },
  );

  app.get(
    "/indicators/:code/cases",
    {
      config: access("indicator.cases", staff, "sees_person"),
      schema: {
        tags: ["indicators"],
        summary:
          "The cases behind an indicator's number (a cell's keys given as filters): only those the caller may see, as the case list shows them",
        params: CodeParams,
        querystring: IndicatorCasesQuery,
        response: { 200: cappedListOf(Case, "10,000"), ...errors },
      },
    },
    async (request) => inTx(request, (ctx) => service.casesBehind(ctx, request.params.code, request.query)),
  );

  app.post(
    "/indicators/refresh",
    {
      config: access("indicator.refresh", administrators),
      schema: {
        tags: ["indicators"],
        summary:
          "Work the indicators' facts out again from the records now (administrators), as the background job does every 15 minutes",
        response: { 200: IndicatorRefresh, ...errors },
      },
    },
    // as the tables' owner, like the background job: the rebuild makes new tables and swaps them in
    async (request) => {
      requireActor(request);
      const now = new Date();
      const facts = await request.server.ownerTransaction((tx) => refreshIndicatorFacts(tx, now));
      return { facts, refreshedAt: new Date() };
    },
  );
};
