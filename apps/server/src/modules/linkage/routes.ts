import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access, administrators, caseWorkers, staff } from "../../http/access";
import { inTx } from "../../http/context";
import { errorResponses as errors } from "../../http/errors";
import { IdParams, listOf } from "../../http/schemas";
import { DuplicateCheckResult } from "../persons/schemas";
import {
  LinkageScan,
  LinkVerdict,
  MergeBody,
  MergePreview,
  MergePreviewQuery,
  NotSameBody,
  PersonMerge,
  ReviewQueue,
  ReviewQueueQuery,
  UndoMergeBody,
} from "./schemas";
import * as service from "./service";

export const linkageRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/persons/:id/duplicates",
    {
      config: access("person.duplicates", caseWorkers, "person_lead"),
      schema: {
        tags: ["record linkage"],
        summary: "Possible duplicates of a registered returnee, less the pairs judged to be two people",
        params: IdParams,
        response: { 200: DuplicateCheckResult, ...errors },
      },
    },
    (request) => inTx(request, (ctx) => service.duplicatesOf(ctx, request.params.id)),
  );
  app.post(
    "/persons/:id/not-duplicates",
    {
      config: access("person.not_duplicate", caseWorkers, "person_lead"),
      schema: {
        tags: ["record linkage"],
        summary: "Record that another record is a different person: the pair is not offered again",
        params: IdParams,
        body: NotSameBody,
        response: { 201: LinkVerdict, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await inTx(request, (ctx) => service.markNotSame(ctx, request.params.id, request.body))),
  );
  app.get(
    "/persons/:id/merge-preview",
    {
      config: access("person.merge", caseWorkers, "person_lead"),
      schema: {
        tags: ["record linkage"],
        summary: "What merging another record into this one would move and fill, and what stops it",
        params: IdParams,
        querystring: MergePreviewQuery,
        response: { 200: MergePreview, ...errors },
      },
    },
    (request) => inTx(request, (ctx) => service.mergePreview(ctx, request.params.id, request.query.from)),
  );
  app.post(
    "/persons/:id/merge",
    {
      config: access("person.merge", caseWorkers, "person_lead"),
      schema: {
        tags: ["record linkage"],
        summary:
          "Merge another record of the same returnee into this one (the lead of both); the other redirects here",
        params: IdParams,
        body: MergeBody,
        response: { 201: PersonMerge, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await inTx(request, (ctx) => service.mergePersons(ctx, request.params.id, request.body))),
  );
  app.get(
    "/persons/:id/merges",
    {
      config: access("person.merges", staff, "sees_person"),
      schema: {
        tags: ["record linkage"],
        summary: "Records merged into this one, newest first, undone merges included",
        params: IdParams,
        response: { 200: listOf(PersonMerge), ...errors },
      },
    },
    (request) => inTx(request, (ctx) => service.mergesOf(ctx, request.params.id)),
  );
  app.post(
    "/person-merges/:id/undo",
    {
      config: access("person.merge_undo", administrators),
      schema: {
        tags: ["record linkage"],
        summary: "Undo a merge: what it moved goes back and the merged record stands on its own again",
        params: IdParams,
        body: UndoMergeBody,
        response: { 200: PersonMerge, ...errors },
      },
    },
    (request) => inTx(request, (ctx) => service.undoMerge(ctx, request.params.id, request.body.reason)),
  );
  app.get(
    "/link-candidates",
    {
      config: access("link_candidate.list", caseWorkers, "sees_person"),
      schema: {
        tags: ["record linkage"],
        summary:
          "Pairs the registry scan found that may be one returnee, both records side by side (pairs of records the caller sees)",
        querystring: ReviewQueueQuery,
        response: { 200: ReviewQueue, ...errors },
      },
    },
    (request) => inTx(request, (ctx) => service.reviewQueue(ctx, request.query)),
  );
  app.post(
    "/link-candidates/scan",
    {
      config: access("link_candidate.scan", administrators),
      schema: {
        tags: ["record linkage"],
        summary: "Scan the whole registry again; the background job works through it",
        response: { 202: LinkageScan, ...errors },
      },
    },
    async (request, reply) => reply.status(202).send(await inTx(request, (ctx) => service.rescan(ctx))),
  );
};
