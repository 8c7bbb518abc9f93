import { z } from "zod";
import { type DomainErrorCode, errorCodes } from "./values";

// Typed domain errors. The closed code set lets one exhaustive switch at the HTTP edge map each code to a
// status; the HTTP status itself is deliberately not known here.

/** The code of every API error answer, as the OpenAPI document names it. */
export const ErrorCode = z.enum(errorCodes).meta({ id: "ErrorCode" });
export type ErrorCode = z.infer<typeof ErrorCode>;

export class DomainError extends Error {
  override readonly name = "DomainError";
  readonly code: DomainErrorCode;
  // Declared rather than initialised so that an error without a field has no field property at all.
  declare readonly field?: string;

  constructor(code: DomainErrorCode, message: string, field?: string) {
    super(message);
    this.code = code;
    if (field !== undefined) this.field = field;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

export const notFound = (what: string) => new DomainError("not_found", `${what} not found`);
export const forbidden = (message: string) => new DomainError("forbidden", message);
export const unauthenticated = (message = "sign in first") => new DomainError("unauthenticated", message);
export const conflict = (message: string) => new DomainError("conflict", message);
export const invalidTransition = (message: string) => new DomainError("invalid_transition", message);
export const staleVersion = () =>
  new DomainError("stale_version", "the record was changed by someone else; reload it and try again");
export const consentRequired = (message: string) => new DomainError("consent_required", message);
export const locked = (message: string) => new DomainError("locked", message);
export const rateLimited = (message = "too many requests; try again later") =>
  new DomainError("rate_limited", message);
export const validation = (message: string, field?: string) => new DomainError("validation", message, field);

/** Why a state machine refuses a move (a referral's, an enrolment's). */
export type Refusal = {
  code:
    | "invalid_transition"
    | "forbidden"
    | "reason_required"
    | "invalid_amount"
    | "conflict"
    | "consent_required";
  message: string;
  field?: string;
};

/** The one translation of a refused move into the error the API answers. */
export function refusalError(refusal: Refusal): DomainError {
  switch (refusal.code) {
    case "reason_required":
    case "invalid_amount":
      return validation(refusal.message, refusal.field);
    case "invalid_transition":
    case "forbidden":
    case "conflict":
    case "consent_required":
      return new DomainError(refusal.code, refusal.message);
  }
}
