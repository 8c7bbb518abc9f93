import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { z } from "zod";
import type { Config } from "./config";
import type { Database } from "./db/client";
import { type RouteAccess, registerAccess } from "./http/access";
import { bodyLimits, registerJsonBody } from "./http/body";
import { answerFrameworkError, maxParamLength, registerErrorHandler } from "./http/errors";
import { idempotencyHeader, idempotencyKeepHours } from "./http/idempotency";
import { rejectNulCharacters } from "./http/nul";
import { refuseOtherSites } from "./http/origin";
import { registerWebApp } from "./http/web";
import { registerPortalSessionHook } from "./modules/accounts/plugin";
import { accountRoutes } from "./modules/accounts/routes";
import { auditRoutes } from "./modules/audit/routes";
import { registerSessionHook } from "./modules/auth/plugin";
import { authRoutes } from "./modules/auth/routes";
import { caseRoutes } from "./modules/cases/routes";
import { communityRoutes } from "./modules/community/routes";
import { directoryRoutes } from "./modules/directory/routes";
import { eligibilityRoutes } from "./modules/eligibility/routes";
import { feedbackRoutes } from "./modules/feedback/routes";
import { importRoutes } from "./modules/imports/routes";
import { indicatorRoutes } from "./modules/indicators/routes";
import { linkageRoutes } from "./modules/linkage/routes";
import { organisationRoutes } from "./modules/organisations/routes";
import { personRoutes } from "./modules/persons/routes";
import { portalRoutes } from "./modules/portal/routes";
import { programmeRoutes } from "./modules/programmes/routes";
import { referenceRoutes } from "./modules/reference/routes";
import { referralRoutes } from "./modules/referrals/routes";
import { gatewayOf } from "./modules/sms/gateway";
import { smsRoutes } from "./modules/sms/routes";
import { surveyRoutes } from "./modules/surveys/routes";

export interface AppOptions {
  config: Config;
  database: Database;
  /** The built web app (apps/web/dist); without it the root opens the API documentation. */
  webRoot?: string | undefined;
}

/** Every POST made under a session honours an Idempotency-Key (src/http/idempotency.ts); the document says so. */
function withIdempotencyKey(input: Parameters<typeof jsonSchemaTransform>[0]) {
  const out = jsonSchemaTransform(input);
  const access = (input.route.config as { access?: { who: unknown } } | undefined)?.access;
  if (input.route.method !== "POST" || !access || access.who === "public") return out;
  const schema = out.schema as { headers?: { type: string; properties: Record<string, unknown> } };
  schema.headers = {
    type: "object",
    properties: {
      ...schema.headers?.properties,
      [idempotencyHeader]: {
        type: "string",
        pattern: "^[\\x21-\\x7e]{1,200}$",
        description:
          "Sent again with the same request (a retry, a double submit), the first answer comes back as it was " +
          "(header idempotent-replayed: true) and nothing is written twice; the same key with another request " +
          `answers 409. Kept ${idempotencyKeepHours} hours, per user.`,
      },
    },
  };
  return out;
}

export async function buildApp({ config, database, webRoot }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      config.logLevel === "silent"
        ? false
        : { level: config.logLevel, redact: ["req.headers.cookie", 'res.headers["set-cookie"]'] },
    trustProxy: config.trustProxy,
    bodyLimit: bodyLimits.bytes,
    routerOptions: { maxParamLength },
    frameworkErrors: answerFrameworkError,
  }).withTypeProvider<ZodTypeProvider>();

  const trace = database.trace;
  if (trace) {
    app.addHook("onRequest", async (request) => trace.request(request.method, request.url));
    app.addHook("onResponse", async (request) => trace.answered(request.method, request.url));
  }
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate("db", database.db);
  app.decorate("readConnection", database.connection);
  app.decorate("ownerTransaction", database.ownerTransaction);
  app.decorate("routeAccess", new Map<string, RouteAccess>());
  app.decorate("sideReads", database.kind === "postgres" ? database.db : null);
  registerErrorHandler(app, config.env === "development", Boolean(webRoot));

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
      },
    },
  });
  registerJsonBody(app);
  app.addHook("preValidation", rejectNulCharacters);
  app.addHook("onRequest", refuseOtherSites(config.publicOrigin));
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Homecoming API",
        version: "1.0.0",
        description: "Registration, case management and closed-loop referrals for returning migrant workers.",
      },
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "hc_session" } } },
      security: [{ session: [] }],
    },
    transform: withIdempotencyKey,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  if (webRoot) await registerWebApp(app, webRoot);
  else app.get("/", { schema: { hide: true } }, (_request, reply) => reply.redirect("/api/docs"));

  app.get(
    "/health",
    {
      schema: {
        tags: ["system"],
        summary: "200 when the database answers",
        response: { 200: z.object({ status: z.literal("ok"), database: z.string() }) },
      },
    },
    async () => {
      await database.ping();
      return { status: "ok" as const, database: database.kind };
    },
  );

  // one text-message gateway for the app: accounts send codes with it, the community tells of a cancellation
  const gateway = gatewayOf(config.sms);
  await app.register(
    async (api) => {
      registerSessionHook(api, config);
      registerPortalSessionHook(api, config);
      registerAccess(api);
      await api.register(authRoutes(config));
      await api.register(accountRoutes(config, gateway));
      await api.register(smsRoutes);
      await api.register(organisationRoutes);
      await api.register(directoryRoutes);
      await api.register(feedbackRoutes);
      await api.register(portalRoutes);
      await api.register(communityRoutes(gateway));
      await api.register(personRoutes);
      await api.register(linkageRoutes);
      await api.register(importRoutes);
      await api.register(caseRoutes);
      await api.register(referralRoutes);
      await api.register(programmeRoutes);
      await api.register(eligibilityRoutes);
      await api.register(auditRoutes);
      await api.register(referenceRoutes);
      await api.register(surveyRoutes);
      await api.register(indicatorRoutes);
    },
    { prefix: "/api/v1" },
  );

  return app;
}
