import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Db } from "../../db/client";
import { access } from "../../http/access";
import { inOpenTx } from "../../http/context";
import { errorResponses as errors } from "../../http/errors";
import { IdParams } from "../../http/schemas";
import * as help from "./help";
import {
  HelpProgramme,
  HelpProgrammeDetail,
  HelpQuery,
  HelpService,
  HelpServiceDetail,
  LanguageQuery,
  PortalArea,
  PortalAreaQuery,
  PortalOrganisation,
  PortalOrganisationQuery,
  PortalService,
  PortalServiceQuery,
  ProgrammeHelpQuery,
  SelfCheckBody,
  SelfCheckResult,
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

  // ---- find help: the directory and the open programmes, by need and district, in the reader's language ----
  const read = <T>(fn: (db: Db) => Promise<T>) => app.readConnection(fn);
  // "am I eligible?" explains a rule on answers: cheap, but no one should script it against the server
  const checks = { rateLimit: { max: 60, timeWindow: "1 minute" } };

  app.get(
    "/portal/help/services",
    {
      config: access("portal.help.services", "public"),
      schema: {
        tags: ["portal"],
        summary:
          "Services in use that answer a need (a returnee's words), reaching a district, in the language asked (anyone)",
        querystring: HelpQuery,
        response: { 200: z.object({ items: z.array(HelpService), total: z.int32() }), ...errors },
      },
    },
    (request) => read((db) => help.findHelpServices(db, request.query)),
  );
  app.get(
    "/portal/help/services/:id",
    {
      config: access("portal.help.service", "public"),
      schema: {
        tags: ["portal"],
        summary:
          "One service in use, in the language asked, with the questions 'am I eligible?' asks (anyone)",
        params: IdParams,
        querystring: LanguageQuery,
        response: { 200: HelpServiceDetail, ...errors },
      },
    },
    (request) => read((db) => help.helpService(db, request.params.id, request.query.language)),
  );
  app.post(
    "/portal/help/services/:id/check",
    {
      config: { ...access("portal.help.service_check", "public"), ...checks },
      schema: {
        tags: ["portal"],
        summary:
          "Am I eligible for this service? Its rule explained on the visitor's answers, which are not kept (anyone)",
        params: IdParams,
        body: SelfCheckBody,
        response: { 200: SelfCheckResult, ...errors },
      },
    },
    (request) => read((db) => help.checkService(db, request.params.id, request.body.answers, new Date())),
  );
  app.get(
    "/portal/help/programmes",
    {
      config: access("portal.help.programmes", "public"),
      schema: {
        tags: ["portal"],
        summary:
          "Programmes open today that answer a need, reaching a district, in the language asked (anyone)",
        querystring: ProgrammeHelpQuery,
        response: { 200: z.object({ items: z.array(HelpProgramme) }), ...errors },
      },
    },
    (request) => read((db) => help.findHelpProgrammes(db, request.query, new Date())),
  );
  app.get(
    "/portal/help/programmes/:id",
    {
      config: access("portal.help.programme", "public"),
      schema: {
        tags: ["portal"],
        summary:
          "One open programme, in the language asked, with the questions 'am I eligible?' asks (anyone)",
        params: IdParams,
        querystring: LanguageQuery,
        response: { 200: HelpProgrammeDetail, ...errors },
      },
    },
    (request) => read((db) => help.helpProgramme(db, request.params.id, request.query.language, new Date())),
  );
  app.post(
    "/portal/help/programmes/:id/check",
    {
      config: { ...access("portal.help.programme_check", "public"), ...checks },
      schema: {
        tags: ["portal"],
        summary:
          "Am I eligible for this programme? Its rule explained on the visitor's answers, which are not kept (anyone)",
        params: IdParams,
        body: SelfCheckBody,
        response: { 200: SelfCheckResult, ...errors },
      },
    },
    (request) => read((db) => help.checkProgramme(db, request.params.id, request.body.answers, new Date())),
  );
};
