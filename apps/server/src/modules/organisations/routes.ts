import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access, administrators } from "../../http/access";
import { inTx } from "../../http/context";
import { errorResponses as errors } from "../../http/errors";
import { IdParams, listOf } from "../../http/schemas";
import {
  Organisation,
  OrganisationInput,
  OrganisationPatch,
  OrganisationQuery,
  User,
  UserInput,
  UserPatch,
  UserQuery,
} from "./schemas";
import * as service from "./service";

export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/organisations",
    {
      config: access("organisation.list", "signed_in"),
      schema: {
        tags: ["organisations"],
        summary: "List organisations, or find them by a part of their name (q)",
        querystring: OrganisationQuery,
        response: { 200: listOf(Organisation), ...errors },
      },
    },
    (request) => inTx(request, (ctx) => service.listOrganisations(ctx, request.query)),
  );
  app.post(
    "/organisations",
    {
      config: access("organisation.create", administrators),
      schema: {
        tags: ["organisations"],
        summary: "Create an organisation (administrators)",
        body: OrganisationInput,
        response: { 201: Organisation, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await inTx(request, (ctx) => service.createOrganisation(ctx, request.body))),
  );
  app.get(
    "/organisations/:id",
    {
      config: access("organisation.read", "signed_in"),
      schema: { tags: ["organisations"], params: IdParams, response: { 200: Organisation, ...errors } },
    },
    (request) => inTx(request, (ctx) => service.getOrganisation(ctx, request.params.id)),
  );
  app.patch(
    "/organisations/:id",
    {
      config: access("organisation.update", administrators),
      schema: {
        tags: ["organisations"],
        summary: "Change an organisation (administrators)",
        params: IdParams,
        body: OrganisationPatch,
        response: { 200: Organisation, ...errors },
      },
    },
    (request) => inTx(request, (ctx) => service.updateOrganisation(ctx, request.params.id, request.body)),
  );

  app.get(
    "/users",
    {
      config: access("user.list", "signed_in", "own_organisation"),
      schema: {
        tags: ["users"],
        summary: "Users of the caller's organisation (administrators: any organisation)",
        querystring: UserQuery,
        response: { 200: listOf(User), ...errors },
      },
    },
    (request) => inTx(request, (ctx) => service.listUsers(ctx, request.query)),
  );
  app.post(
    "/users",
    {
      config: access("user.create", administrators),
      schema: {
        tags: ["users"],
        summary: "Create a user (administrators)",
        body: UserInput,
        response: { 201: User, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await inTx(request, (ctx) => service.createUser(ctx, request.body))),
  );
  app.get(
    "/users/:id",
    {
      config: access("user.read", "signed_in", "own_organisation"),
      schema: { tags: ["users"], params: IdParams, response: { 200: User, ...errors } },
    },
    (request) => inTx(request, (ctx) => service.getUser(ctx, request.params.id)),
  );
  app.patch(
    "/users/:id",
    {
      config: access("user.update", administrators),
      schema: {
        tags: ["users"],
        summary: "Change a user's name, roles, password or active flag (administrators)",
        params: IdParams,
        body: UserPatch,
        response: { 200: User, ...errors },
      },
    },
    (request) => inTx(request, (ctx) => service.updateUser(ctx, request.params.id, request.body)),
  );
  app.post(
    "/users/:id/unlock",
    {
      config: access("user.unlock", administrators),
      schema: {
        tags: ["users"],
        summary: "Unlock an account that failed logins locked (administrators)",
        params: IdParams,
        response: { 200: User, ...errors },
      },
    },
    (request) => inTx(request, (ctx) => service.unlockUser(ctx, request.params.id)),
  );
};
