import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access, staff } from "../../http/access";
import { inTx } from "../../http/context";
import { errorResponses as errors } from "../../http/errors";
import { IdParams, listOf } from "../../http/schemas";
import { Service, ServiceDetail, ServiceInput, ServicePatch, ServiceQuery } from "./schemas";
import * as service from "./service";

export const directoryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/services",
    {
      config: access("service.search", "signed_in"),
      schema: {
        tags: ["directory"],
        summary: "Search the service directory by text, category (or dimension) and area",
        querystring: ServiceQuery,
        response: { 200: listOf(Service), ...errors },
      },
    },
    (request) => inTx(request, (ctx) => service.searchServices(ctx, request.query)),
  );
  app.post(
    "/services",
    {
      config: access("service.create", staff, "own_organisation"),
      schema: {
        tags: ["directory"],
        summary: "Add a service (administrators, or the providing organisation)",
        body: ServiceInput,
        response: { 201: Service, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await inTx(request, (ctx) => service.createService(ctx, request.body))),
  );
  app.get(
    "/services/:id",
    {
      config: access("service.read", "signed_in"),
      schema: { tags: ["directory"], params: IdParams, response: { 200: ServiceDetail, ...errors } },
    },
    (request) => inTx(request, (ctx) => service.serviceDetail(ctx, request.params.id)),
  );
  app.patch(
    "/services/:id",
    {
      config: access("service.update", staff, "own_organisation"),
      schema: {
        tags: ["directory"],
        summary: "Change a service (administrators, or the providing organisation)",
        params: IdParams,
        body: ServicePatch,
        response: { 200: Service, ...errors },
      },
    },
    (request) => inTx(request, (ctx) => service.updateService(ctx, request.params.id, request.body)),
  );
};
