import {
  adminArea,
  iscedLevels,
  languageCodes,
  languageName,
  searchAdminAreas,
  searchCountries,
  searchIsco,
  serviceCategories,
} from "@homecoming/reference";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access } from "../../http/access";
import { requireActor } from "../../http/context";
import { errorResponses as errors } from "../../http/errors";
import { listOf } from "../../http/schemas";
import { searchIsic } from "./isic";
import {
  AdminArea,
  AdminAreaQuery,
  Country,
  CountryQuery,
  IscedLevel,
  IscoGroup,
  IscoQuery,
  IsicEntry,
  IsicQuery,
  itemsOf,
  Language,
  ServiceCategory,
} from "./schemas";

/** Classification look-ups for the pickers of the forms; they hold no personal data but need a session. */
export const referenceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/reference/isco",
    {
      config: access("reference.read", "signed_in"),
      schema: {
        tags: ["reference"],
        summary:
          "ISCO-08 occupation groups whose code starts with q or whose title has words starting with q",
        querystring: IscoQuery,
        response: { 200: itemsOf(IscoGroup), ...errors },
      },
    },
    (request) => {
      requireActor(request);
      const { q, limit, level } = request.query;
      return {
        items: searchIsco(q, { limit, ...(level ? { level: level as 1 | 2 | 3 | 4 } : {}) }),
      };
    },
  );
  app.get(
    "/reference/isic",
    {
      config: access("reference.read", "signed_in"),
      schema: {
        tags: ["reference"],
        summary:
          "ISIC Rev.4 sections and divisions (economic sectors) whose code starts with q or whose title has words starting with q; paged",
        querystring: IsicQuery,
        response: { 200: listOf(IsicEntry), ...errors },
      },
    },
    (request) => {
      requireActor(request);
      return searchIsic(request.query);
    },
  );
  app.get(
    "/reference/countries",
    {
      config: access("reference.read", "signed_in"),
      schema: {
        tags: ["reference"],
        summary:
          "ISO 3166 countries with their names in lang (English where lang has none); q filters by code or name words, ignoring case and accents",
        querystring: CountryQuery,
        response: { 200: itemsOf(Country), ...errors },
      },
    },
    (request) => {
      requireActor(request);
      return { items: searchCountries(request.query.q, request.query.lang) };
    },
  );
  app.get(
    "/reference/admin-areas",
    {
      config: access("reference.read", "signed_in"),
      schema: {
        tags: ["reference"],
        summary: "Divisions, provinces and districts by name or p-code, each with the name of its parent",
        querystring: AdminAreaQuery,
        response: { 200: itemsOf(AdminArea), ...errors },
      },
    },
    (request) => {
      requireActor(request);
      const { q, country, level, limit } = request.query;
      const areas = searchAdminAreas(q, {
        limit,
        ...(country ? { country } : {}),
        ...(level ? { level } : {}),
      });
      return {
        items: areas.map((area) => ({
          code: area.code,
          name: area.name,
          level: area.level,
          parent: area.parent,
          parentName: area.parent ? (adminArea(area.parent)?.name ?? null) : null,
          country: area.country,
        })),
      };
    },
  );
  app.get(
    "/reference/isced",
    {
      config: access("reference.read", "signed_in"),
      schema: {
        tags: ["reference"],
        summary: "ISCED 2011 education levels",
        response: { 200: itemsOf(IscedLevel), ...errors },
      },
    },
    (request) => {
      requireActor(request);
      return { items: [...iscedLevels] };
    },
  );
  app.get(
    "/reference/languages",
    {
      config: access("reference.read", "signed_in"),
      schema: {
        tags: ["reference"],
        summary: "Languages a returnee may speak, by ISO 639 code",
        response: { 200: itemsOf(Language), ...errors },
      },
    },
    (request) => {
      requireActor(request);
      return { items: languageCodes.map((code) => ({ code, name: languageName(code) ?? code })) };
    },
  );
  app.get(
    "/reference/service-categories",
    {
      config: access("reference.read", "signed_in"),
      schema: {
        tags: ["reference"],
        summary: "The service taxonomy: categories by dimension",
        response: { 200: itemsOf(ServiceCategory), ...errors },
      },
    },
    (request) => {
      requireActor(request);
      return { items: [...serviceCategories] };
    },
  );
};
