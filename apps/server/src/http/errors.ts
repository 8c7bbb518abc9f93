import {
  DomainError,
  type DomainErrorCode,
  ErrorCode,
  type ErrorKey,
  type ErrorValues,
  errorMessage,
  isErrorKey,
  keyOfPattern,
} from "@homecoming/domain";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { z } from "zod";
import { bodyLimits } from "./body";
import { IdempotentReplay } from "./idempotency";

export const ErrorBody = z
  .object({
    error: z.object({
      code: ErrorCode,
      message: z.string().describe("the message in English, for API clients and logs"),
      field: z.string().optional(),
      key: z
        .string()
        .describe(
          "the message's key in the domain's errorMessages (such as referral.cannot_move), which a client renders in its reader's language",
        ),
      values: z
        .record(z.string(), z.union([z.string(), z.number()]))
        .optional()
        .describe("the variable parts of the message, by the names its template gives them"),
    }),
  })
  .meta({ id: "Error" });

type ErrorAnswer = z.infer<typeof ErrorBody>["error"];

/** An answer's key, with its values when the message names any. */
const keyed = (key: string, values: ErrorValues = {}) => ({
  key,
  ...(Object.keys(values).length ? { values } : {}),
});

/** An answer of the API's error shape whose English message is the key's template with its values. */
const answerOf = (code: ErrorAnswer["code"], key: ErrorKey, values: ErrorValues = {}): ErrorAnswer => ({
  code,
  message: errorMessage(key, values),
  ...keyed(key, values),
});

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

/** A zod issue as the validator reports it: its code, and the rest of it (fastify-type-provider-zod's params). */
type Issue = { code: string; details: Record<string, unknown> };

/** The value at a path of what the request sent, to tell a missing value from a wrong one. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/**
 * The key and values of a zod issue: a schema's own check names its key in the issue's params; otherwise the
 * key follows the issue's code and kind (validation.too_small.string with the minimum), a value that was not
 * sent at all being validation.required.
 */
export function issueKeyOf(
  issue: Issue,
  field: string | undefined,
  missing: boolean,
): { key: ErrorKey; values: ErrorValues } {
  const [key, values = {}] = keyOfIssue(issue, missing);
  return { key, values: field ? { field, ...values } : values };
}

function keyOfIssue({ code, details: d }: Issue, missing: boolean): [ErrorKey, ErrorValues?] {
  const own = d.params as { key?: unknown; values?: ErrorValues } | undefined;
  if (typeof own?.key === "string" && isErrorKey(own.key)) return [own.key, own.values];
  if (missing && ["invalid_type", "invalid_value", "invalid_union"].includes(code))
    return ["validation.required"];
  const kind = (prefix: string, of: unknown): ErrorKey => {
    const specific = `${prefix}.${String(of)}`;
    return isErrorKey(specific) ? specific : (`${prefix}.other` as ErrorKey);
  };
  const list = (of: unknown) => ((of as unknown[] | undefined) ?? []).map(String).join(", ");
  const exclusiveNumber = d.origin === "number" && d.inclusive === false;
  switch (code) {
    case "invalid_type":
      return [kind("validation.invalid_type", d.expected)];
    case "too_small": {
      const minimum = Number(d.minimum) || 0;
      if (minimum <= 1 && d.origin === "string") return ["validation.empty"];
      if (minimum <= 1 && d.origin === "array") return ["validation.empty_list"];
      return [
        exclusiveNumber ? "validation.too_small.number_above" : kind("validation.too_small", d.origin),
        { minimum },
      ];
    }
    case "too_big":
      return [
        exclusiveNumber ? "validation.too_big.number_below" : kind("validation.too_big", d.origin),
        { maximum: Number(d.maximum) || 0 },
      ];
    case "invalid_format":
      return [
        keyOfPattern(d.pattern) ?? kind("validation.invalid_format", d.format === "guid" ? "uuid" : d.format),
      ];
    case "invalid_value":
      return ["validation.invalid_value", { options: list(d.values) }];
    case "unrecognized_keys":
      return ["validation.unrecognized_keys", { keys: list(d.keys) }];
    case "not_multiple_of":
      return ["validation.not_multiple_of", { divisor: Number(d.divisor) }];
    case "invalid_union":
    case "invalid_key":
    case "invalid_element":
      return [`validation.${code}`];
    default:
      return ["validation.invalid"];
  }
}

/** SQLSTATE 23505; drizzle wraps the driver's error in a DrizzleQueryError that carries it as its cause. */
function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: unknown; cause?: { code?: unknown } };
  return e.code === "23505" || e.cause?.code === "23505";
}

/** Body errors the framework raises before a route's schema sees the body, phrased for API clients. */
const bodyErrors: Record<string, { status: number; key: ErrorKey; values?: ErrorValues }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, key: "request.invalid_json" },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, key: "request.empty_json" },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, key: "request.media_type" },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    key: "request.too_large",
    values: { limit: bodyLimits.bytes / 1_048_576 },
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
  const error =
    err.code === "FST_ERR_MAX_PARAM_LENGTH"
      ? answerOf("bad_request", "request.path_too_long", { limit: maxParamLength })
      : answerOf("bad_request", "request.bad_path");
  return reply.status(err.statusCode ?? 400).send({ error });
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
        error: {
          code: err.code,
          message: err.message,
          ...(err.field ? { field: err.field } : {}),
          ...keyed(err.key, err.values),
        },
      });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const first = err.validation[0]!;
      const where = err.validationContext ?? "body";
      const issuePath = (first.params?.issue as { path?: PropertyKey[] } | undefined)?.path;
      const path = first.instancePath.replace(/^\//, "").split("/").filter(Boolean);
      const field = path.join(".") || issuePath?.map(String).join(".");
      const sent = (request as unknown as Record<string, unknown>)[where === "querystring" ? "query" : where];
      const missing = valueAt(sent, path) === undefined;
      const { key, values } = issueKeyOf(
        { code: first.keyword, details: first.params ?? {} },
        field || undefined,
        missing,
      );
      return reply.status(400).send({
        error: {
          code: "validation",
          message: `${where}${field ? `.${field}` : ""}: ${first.message}`,
          ...(field ? { field } : {}),
          ...keyed(key, values),
        },
      });
    }
    if (err instanceof z.ZodError) {
      const { code, path, message, ...details } = err.issues[0]!;
      const field = fieldOf(path);
      const missing = code === "invalid_type" && /received undefined|is required/.test(message);
      const { key, values } = issueKeyOf({ code, details }, field, missing);
      return reply.status(400).send({
        error: {
          code: "validation",
          message: `${field ? `${field}: ` : ""}${message}`,
          ...(field ? { field } : {}),
          ...keyed(key, values),
        },
      });
    }
    const bodyError = bodyErrors[err.code];
    if (bodyError) {
      return reply
        .status(bodyError.status)
        .send({ error: answerOf("validation", bodyError.key, bodyError.values) });
    }
    if (isUniqueViolation(err)) {
      // a unique index caught a concurrent duplicate that the service's own check could not see yet
      return reply.status(409).send({ error: answerOf("conflict", "request.already_exists") });
    }
    if (err.statusCode === 429) {
      return reply.status(429).send({ error: answerOf("rate_limited", "request.rate_limited") });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // a request the server could not read (malformed JSON, a body too large, an unknown media type): the
      // message says which; the code stays within the closed set the API documents
      return reply
        .status(err.statusCode)
        .send({ error: { code: "bad_request", message: err.message, key: "request.unreadable" } });
    }
    const logged = loggableError(err);
    request.log.error({ err: logged }, "unhandled error");
    const details = [logged.message, logged.databaseMessage].filter(Boolean).join(": ");
    return reply.status(500).send({
      error: exposeDetails
        ? { code: "internal", message: String(details), key: "request.internal" }
        : answerOf("internal", "request.internal"),
    });
  });
  app.setNotFoundHandler((request, reply) => {
    // browser paths open the app they belong to: the returnee portal's under /portal, the staff workspace's
    // elsewhere; API paths answer a JSON 404
    const isPage = request.method === "GET" && !request.url.startsWith("/api/") && request.url !== "/health";
    const portal = /^\/portal(\/|\?|$)/.test(request.url);
    if (spaFallback && isPage)
      return reply.header("cache-control", "no-cache").sendFile(portal ? "portal.html" : "index.html");
    return reply.status(404).send({
      error: answerOf("not_found", "request.no_route", { method: request.method, path: request.url }),
    });
  });
}
