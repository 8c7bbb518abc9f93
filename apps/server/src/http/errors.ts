import { DomainError, type DomainErrorCode, ErrorCode } from "@homecoming/domain";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { z } from "zod";
import { bodyLimits } from "./body";
import { IdempotentReplay } from "./idempotency";

export const ErrorBody = z
  .object({
    error: z.object({
      code: ErrorCode,
      message: z.string(),
      field: z.string().optional(),
    }),
  })
  .meta({ id: "Error" });

/** The error answers every API route may give, for the OpenAPI document. */
export const errorResponses = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
};

/** The one place where domain error codes become HTTP statuses. */
export function statusOf(code: DomainErrorCode): number {
  switch (code) {
    case "validation":
      return 400;
    case "unauthenticated":
      return 401;
    case "forbidden":
      return 403;
    case "not_found":
      return 404;
    case "conflict":
    case "invalid_transition":
    case "stale_version":
    case "consent_required":
      return 409;
    case "locked":
      return 423;
    case "rate_limited":
      return 429;
  }
}

function fieldOf(path: readonly PropertyKey[]): string | undefined {
  return path.length ? path.map(String).join(".") : undefined;
}

/** SQLSTATE 23505; drizzle wraps the driver's error in a DrizzleQueryError that carries it as its cause. */
function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: unknown; cause?: { code?: unknown } };
  return e.code === "23505" || e.cause?.code === "23505";
}

/** Body errors the framework raises before a route's schema sees the body, phrased for API clients. */
const bodyErrors: Record<string, { status: number; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    message: "The request body is not valid JSON; check its quotes, commas and brackets",
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    message: "The request body is empty although its content type says JSON; send a JSON object",
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    message: "The request body must be JSON, sent with the content type application/json",
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    message: `The request body is larger than ${bodyLimits.bytes / 1_048_576} MiB, the limit`,
  },
};

/**
 * What may be logged of an unexpected error: its kind, the database's code and message and the names of the
 * constraint, table and column, and where it was thrown, but never the statement's parameters (a failed query
 * carries the values it was sent, which are personal data) nor the database's detail (which quotes values).
 */
export function loggableError(err: unknown): Record<string, unknown> {
  const e = err as Error & { params?: unknown; query?: unknown; cause?: unknown };
  const db = (e.params !== undefined ? e.cause : e) as
    | { code?: unknown; message?: unknown; constraint?: unknown; table?: unknown; column?: unknown }
    | undefined;
  const stackFrames = (e.stack ?? "").split("\n").filter((line) => line.trimStart().startsWith("at "));
  return {
    type: (e as { constructor?: { name?: string } }).constructor?.name ?? e.name ?? typeof err,
    message: e.params !== undefined ? "a database statement failed" : String(e.message ?? err),
    ...(typeof db?.code === "string" ? { code: db.code } : {}),
    ...(e.params !== undefined && typeof db?.message === "string" ? { databaseMessage: db.message } : {}),
    ...(typeof db?.constraint === "string" ? { constraint: db.constraint } : {}),
    ...(typeof db?.table === "string" ? { table: db.table } : {}),
    ...(typeof db?.column === "string" ? { column: db.column } : {}),
    stack: stackFrames.slice(0, 12).join("\n"),
  };
}

/** The longest path segment (an id) the router takes. */
export const maxParamLength = 100;

/**
 * Errors the router raises before any route or error handler runs (a malformed or overlong path), answered in
 * the API's error shape instead of the framework's.
 */
export function answerFrameworkError(err: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const message =
    err.code === "FST_ERR_MAX_PARAM_LENGTH"
      ? `A part of the path is longer than ${maxParamLength} characters, the limit`
      : "The path is not a valid URL: check its percent-encoding";
  return reply.status(err.statusCode ?? 400).send({ error: { code: "bad_request", message } });
}

export function registerErrorHandler(app: FastifyInstance, exposeDetails: boolean, spaFallback = false) {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    // the first answer to a POST with the same Idempotency-Key, sent again as it was
    if (err instanceof IdempotentReplay)
      return reply
        .status(err.status)
        .header("idempotent-replayed", "true")
        .type("application/json; charset=utf-8")
        .send(err.body);
    if (err instanceof DomainError) {
      return reply.status(statusOf(err.code)).send({
        error: { code: err.code, message: err.message, ...(err.field ? { field: err.field } : {}) },
      });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const first = err.validation[0]!;
      const where = err.validationContext ?? "body";
      const path = first.instancePath.replace(/^\//, "").replaceAll("/", ".");
      const field =
        path || (first.params?.issue as { path?: PropertyKey[] } | undefined)?.path?.map(String).join(".");
      return reply.status(400).send({
        error: {
          code: "validation",
          message: `${where}${field ? `.${field}` : ""}: ${first.message}`,
          ...(field ? { field } : {}),
        },
      });
    }
    if (err instanceof z.ZodError) {
      const issue = err.issues[0]!;
      const field = fieldOf(issue.path);
      return reply.status(400).send({
        error: {
          code: "validation",
          message: `${field ? `${field}: ` : ""}${issue.message}`,
          ...(field ? { field } : {}),
        },
      });
    }
    const bodyError = bodyErrors[err.code];
    if (bodyError) {
      return reply
        .status(bodyError.status)
        .send({ error: { code: "validation", message: bodyError.message } });
    }
    if (isUniqueViolation(err)) {
      // a unique index caught a concurrent duplicate that the service's own check could not see yet
      return reply.status(409).send({ error: { code: "conflict", message: "This record already exists" } });
    }
    if (err.statusCode === 429) {
      return reply
        .status(429)
        .send({ error: { code: "rate_limited", message: "Too many requests; try again later" } });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // a request the server could not read (malformed JSON, a body too large, an unknown media type): the
      // message says which; the code stays within the closed set the API documents
      return reply.status(err.statusCode).send({ error: { code: "bad_request", message: err.message } });
    }
    const logged = loggableError(err);
    request.log.error({ err: logged }, "unhandled error");
    const details = [logged.message, logged.databaseMessage].filter(Boolean).join(": ");
    return reply.status(500).send({
      error: { code: "internal", message: exposeDetails ? String(details) : "Internal server error" },
    });
  });
  app.setNotFoundHandler((request, reply) => {
    // browser paths open the app they belong to: the returnee portal's under /portal, the staff workspace's
    // elsewhere; API paths answer a JSON 404
    const isPage = request.method === "GET" && !request.url.startsWith("/api/") && request.url !== "/health";
    const portal = /^\/portal(\/|\?|$)/.test(request.url);
    if (spaFallback && isPage)
      return reply.header("cache-control", "no-cache").sendFile(portal ? "portal.html" : "index.html");
    return reply
      .status(404)
      .send({ error: { code: "not_found", message: `No route ${request.method} ${request.url}` } });
  });
}
