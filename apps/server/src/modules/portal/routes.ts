import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { access } from "../../http/access";
import { inOpenTx } from "../../http/context";
import { errorResponses as errors } from "../../http/errors";
import {
  PortalArea,
  PortalAreaQuery,
  PortalOrganisation,
  PortalOrganisationQuery,
  PortalService,
  PortalServiceQuery,
} from "./schemas";
import * as service from "./service";

/** What the returnee portal reads without an account: the public face of the directory. */
export const portalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/portal/services",
    {
      config: access("portal.services", "public"),
      schema: {
        tags: ["portal"],
        summary: "Find services in use by a word of their name or description (anyone)",
        querystring: PortalServiceQuery,
        response: { 200: z.object({ items: z.array(PortalService) }), ...errors },
      },
    },
    async (request) => ({
      items: await inOpenTx(request, (ctx) => service.findServices(ctx, request.query)),
    }),
  );
  app.get(
    "/portal/organisations",
    {
      config: access("portal.organisations", "public"),
      schema: {
        tags: ["portal"],
        summary: "Find organisations in use by a part of their name (anyone)",
        querystring: PortalOrganisationQuery,
        response: { 200: z.object({ items: z.array(PortalOrganisation) }), ...errors },
      },
    },
    async (request) => ({
      items: await inOpenTx(request, (ctx) => service.findOrganisations(ctx, request.query)),
    }),
  );
  app.get(
    "/portal/districts",
    {
      config: access("portal.districts", "public"),
      schema: {
        tags: ["portal"],
        summary: "Find districts by name or p-code, each with its division or province (anyone)",
        querystring: PortalAreaQuery,
        response: { 200: z.object({ items: z.array(PortalArea) }), ...errors },
      },
    },
    async (request) => ({ items: service.findDistricts(request.query) }),
  );
};
