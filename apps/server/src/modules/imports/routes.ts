import { importContentTypes } from "@homecoming/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access, caseWorkers } from "../../http/access";
import { inTx } from "../../http/context";
import { errorResponses as errors } from "../../http/errors";
import { IdParams, listOf, Paging } from "../../http/schemas";
import {
  ImportRow,
  ImportRowParams,
  ImportRowsQuery,
  ImportSummary,
  RowDecisionBody,
  TemplateQuery,
  UploadQuery,
} from "./schemas";
import * as service from "./service";
import { importTemplate } from "./sheet";

/** The largest file taken: a thousand rows of a full template stay far below it. */
const uploadBytes = 5 * 1024 * 1024;

export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  // the file itself is the body, sent as it is; its format is named in the query
  app.addContentTypeParser(
    [importContentTypes.csv, importContentTypes.xlsx, "application/vnd.ms-excel", "application/octet-stream"],
    { parseAs: "buffer", bodyLimit: uploadBytes },
    (_request, body, done) => done(null, body),
  );

  app.get(
    "/imports/template",
    {
      config: access("import.create", caseWorkers),
      schema: {
        tags: ["imports"],
        summary:
          "The file to fill in for an import: its columns, as CSV or XLSX (with a sheet describing each)",
        querystring: TemplateQuery,
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      return reply
        .header("content-type", importContentTypes[format])
        .header("content-disposition", `attachment; filename="homecoming-returnees.${format}"`)
        .send(await importTemplate(format));
    },
  );
  app.post(
    "/imports",
    {
      config: access("import.create", caseWorkers),
      bodyLimit: uploadBytes,
      schema: {
        tags: ["imports"],
        summary:
          "Upload a CSV or XLSX file of registrations (the file is the body); every row is checked and kept for review",
        description: `At most 1,000 rows and ${uploadBytes / 1024 / 1024} MiB. Content type text/csv or ${importContentTypes.xlsx}.`,
        querystring: UploadQuery,
        response: { 201: ImportSummary, ...errors },
      },
    },
    async (request, reply) => {
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const created = await inTx(request, (ctx) => service.createImport(ctx, { ...request.query, bytes }));
      return reply.status(201).send(created);
    },
  );
  app.get(
    "/imports",
    {
      config: access("import.list", caseWorkers, "own_organisation"),
      schema: {
        tags: ["imports"],
        summary: "The imports of the caller's organisation, newest first",
        querystring: Paging,
        response: { 200: listOf(ImportSummary), ...errors },
      },
    },
    (request) => inTx(request, (ctx) => service.listImports(ctx, request.query)),
  );
  app.get(
    "/imports/:id",
    {
      config: access("import.read", caseWorkers, "own_organisation"),
      schema: {
        tags: ["imports"],
        summary: "An import: its file, status and how many rows are in each state",
        params: IdParams,
        response: { 200: ImportSummary, ...errors },
      },
    },
    (request) => inTx(request, (ctx) => service.getImport(ctx, request.params.id)),
  );
  app.get(
    "/imports/:id/rows",
    {
      config: access("import.read", caseWorkers, "own_organisation"),
      schema: {
        tags: ["imports"],
        summary:
          "An import's rows, in file order: their problems, their possible duplicates and the decisions",
        params: IdParams,
        querystring: ImportRowsQuery,
        response: { 200: listOf(ImportRow), ...errors },
      },
    },
    (request) => inTx(request, (ctx) => service.importRows(ctx, request.params.id, request.query)),
  );
  app.put(
    "/imports/:id/rows/:row/decision",
    {
      config: access("import.decide", caseWorkers, "own_organisation"),
      schema: {
        tags: ["imports"],
        summary:
          "Decide a row: register it as new, take it as the earlier registration it matched (existing), or skip it",
        params: ImportRowParams,
        body: RowDecisionBody,
        response: { 200: ImportRow, ...errors },
      },
    },
    (request) =>
      inTx(request, (ctx) => service.decideRow(ctx, request.params.id, request.params.row, request.body)),
  );
  app.post(
    "/imports/:id/commit",
    {
      config: access("import.commit", caseWorkers, "own_organisation"),
      schema: {
        tags: ["imports"],
        summary:
          "Register the import's rows (409 while a row with a likely match waits for a decision); the rows keep no personal data after",
        params: IdParams,
        response: { 200: ImportSummary, ...errors },
      },
    },
    (request) => inTx(request, (ctx) => service.commitImport(ctx, request.params.id)),
  );
  app.post(
    "/imports/:id/discard",
    {
      config: access("import.commit", caseWorkers, "own_organisation"),
      schema: {
        tags: ["imports"],
        summary: "Drop an import under review: nothing is registered; the rows keep no personal data",
        params: IdParams,
        response: { 200: ImportSummary, ...errors },
      },
    },
    (request) => inTx(request, (ctx) => service.discardImport(ctx, request.params.id)),
  );
};
