import { importContentTypes, indicatorByCode } from "@homecoming/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access } from "../../http/access";
import { inTx } from "../../http/context";
import { errorResponses as errors } from "../../http/errors";
import { listOf } from "../../http/schemas";
import { indicatorFile } from "./export";
import {
  CodeParams,
  IndicatorDefinition,
  IndicatorExportQuery,
  IndicatorQueryString,
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
};
