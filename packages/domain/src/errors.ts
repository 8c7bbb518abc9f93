import { z } from "zod";
import {
  type ErrorKey,
  type ErrorValues,
  errorMessage,
  type PlainErrorKey,
  type ValuesArgument,
} from "./messages";
import { type DomainErrorCode, errorCodes } from "./values";

// Typed domain errors. The closed code set lets one exhaustive switch at the HTTP edge map each code to a
// status; the HTTP status itself is deliberately not known here. Each error carries the key of its message in
// errorMessages and the values the message names: the screen says it in the reader's language, the English
// message is rendered from the same template.

/** The code of every API error answer, as the OpenAPI document names it. */
export const ErrorCode = z.enum(errorCodes).meta({ id: "ErrorCode" });
export type ErrorCode = z.infer<typeof ErrorCode>;

export class DomainError extends Error {
  override readonly name = "DomainError";
  readonly code: DomainErrorCode;
  /** The message's key in errorMessages, such as "referral.cannot_move". */
  readonly key: ErrorKey;
  /** The variable parts of the message, by the template's placeholder names. */
  readonly values: ErrorValues;
  // Declared rather than initialised so that an error without a field has no field property at all.
  declare readonly field?: string;

  constructor(code: DomainErrorCode, key: ErrorKey, values: ErrorValues = {}, field?: string) {
    super(errorMessage(key, values));
    this.code = code;
    this.key = key;
    this.values = values;
    if (field !== undefined) this.field = field;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

export function validation<K extends ErrorKey>(
  key: K,
  ...valuesAndField: [...ValuesArgument<K>, field?: string]
): DomainError;
export function validation(key: ErrorKey, values: ErrorValues = {}, field?: string): DomainError {
  return new DomainError("validation", key, values, field);
}

/** The helper of a code: its error from a key and the key's values. */
const errorOf =
  (code: DomainErrorCode) =>
  <K extends ErrorKey>(key: K, ...values: ValuesArgument<K>) =>
    new DomainError(code, key, values[0]);

/** The helper of a code whose usual message is the one of `usual`, when no key is given. */
const errorOrUsual =
  <U extends PlainErrorKey>(code: DomainErrorCode, usual: U) =>
  <K extends ErrorKey = U>(key: K = usual as ErrorKey as K, ...values: ValuesArgument<K>) =>
    new DomainError(code, key, values[0]);

export const unauthenticated = errorOrUsual("unauthenticated", "request.sign_in");
export const notFound = errorOf("not_found");
export const forbidden = errorOf("forbidden");
export const conflict = errorOf("conflict");
export const invalidTransition = errorOf("invalid_transition");
export const staleVersion = errorOrUsual("stale_version", "request.stale_version");
export const consentRequired = errorOf("consent_required");
export const locked = errorOf("locked");
export const rateLimited = errorOrUsual("rate_limited", "request.rate_limited");

/** Why a state machine refuses a move (a referral's, an enrolment's), with its message's key and values. */
export type Refusal = {
  code:
    | "invalid_transition"
    | "forbidden"
    | "reason_required"
    | "invalid_amount"
    | "conflict"
    | "consent_required";
  key: ErrorKey;
  values: ErrorValues;
  /** The English message, rendered from the key's template. */
  message: string;
  field?: string;
};

/** A refused move: its code, its message's key and values, and the field it names. */
export function refusal<K extends ErrorKey>(
  code: Refusal["code"],
  key: K,
  ...valuesAndField: [...ValuesArgument<K>, field?: string]
): Refusal {
  const [values = {}, field] = valuesAndField as unknown as [ErrorValues | undefined, string | undefined];
  return { code, key, values, message: errorMessage(key, values), ...(field ? { field } : {}) };
}

/** The one translation of a refused move into the error the API answers. */
export function refusalError(refusal: Refusal): DomainError {
  switch (refusal.code) {
    case "reason_required":
    case "invalid_amount":
      return new DomainError("validation", refusal.key, refusal.values, refusal.field);
    case "invalid_transition":
    case "forbidden":
    case "conflict":
    case "consent_required":
      return new DomainError(refusal.code, refusal.key, refusal.values);
  }
}

const patternKeys = new Map<string, ErrorKey>();

/**
 * A pattern whose mismatch the API answers with `key`: zod reports a pattern's mismatch without the check's
 * params, so the key is found by the pattern, `.regex(keyedPattern(/^[A-Z]{3}$/, "validation.currency"), "…")`.
 */
export function keyedPattern(pattern: RegExp, key: PlainErrorKey): RegExp {
  patternKeys.set(String(pattern), key);
  return pattern;
}

/** The key of a pattern, as a zod issue writes it ("/^[A-Z]{3}$/"), when one was given. */
export const keyOfPattern = (pattern: unknown): ErrorKey | undefined =>
  typeof pattern === "string" ? patternKeys.get(pattern) : undefined;

/**
 * The key and values of a schema's own check (a zod refinement), carried in the issue's params so that the
 * API answers them beside the schema's English message: `.refine(check, { error: "…", ...issueKey("…") })`.
 */
export const issueKey = <K extends ErrorKey>(key: K, ...values: ValuesArgument<K>) => ({
  params: { key, values: values[0] ?? {} },
});
