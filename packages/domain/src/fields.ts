import { isAdminAreaCode } from "@homecoming/reference";
import { z } from "zod";
import { isIsoDate, toIsoDate } from "./dates";
import { issueKey, keyedPattern } from "./errors";

// Field builders so every schema answers bad input with the same plain-English message shape,
// naming the field: "givenName is required", "birthDate must be a date in YYYY-MM-DD format".

const missing = (field: string, otherwise: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? `${field} is required` : otherwise;

export function text(field: string, opts: { min?: number; max: number }) {
  const min = opts.min ?? 1;
  let schema = z.string({ error: missing(field, `${field} must be text`) }).trim();
  if (min > 0)
    schema = schema.min(
      min,
      min === 1 ? `${field} must not be empty` : `${field} must be at least ${min} characters`,
    );
  return schema.max(opts.max, `${field} must be at most ${opts.max} characters`);
}

export function uuid(field: string) {
  return z.uuid({ error: missing(field, `${field} must be a UUID`) });
}

export function bool(field: string) {
  return z.boolean({ error: missing(field, `${field} must be true or false`) });
}

export function int(field: string, min: number, max: number) {
  return z
    .number({ error: missing(field, `${field} must be a number`) })
    .int(`${field} must be a whole number`)
    .min(min, `${field} must be at least ${min}`)
    .max(max, `${field} must be at most ${max}`);
}

export function amount(field: string, max = 1e9) {
  return z
    .number({ error: missing(field, `${field} must be a number`) })
    .min(0, `${field} must not be negative`)
    .max(max, `${field} must be at most ${max}`);
}

/** A three-letter ISO 4217 currency code, as written in capitals. */
export function currencyCode(field: string) {
  return z
    .string({ error: missing(field, `${field} must be a three-letter ISO 4217 code such as BDT`) })
    .trim()
    .toUpperCase()
    .regex(
      keyedPattern(/^[A-Z]{3}$/, "validation.currency"),
      `${field} must be a three-letter ISO 4217 code such as BDT`,
    );
}

export function oneOf<const T extends readonly [string, ...string[]]>(field: string, values: T) {
  return z.enum(values, { error: missing(field, `${field} must be one of: ${values.join(", ")}`) });
}

export function isoDate(field: string) {
  return z
    .string({ error: missing(field, `${field} must be a date in YYYY-MM-DD format`) })
    .refine(isIsoDate, {
      error: `${field} must be a date in YYYY-MM-DD format`,
      abort: true,
      ...issueKey("validation.invalid_format.date"),
    });
}

/** A YYYY-MM-DD date no later than today (UTC, evaluated when parsing). */
export function pastIsoDate(field: string) {
  return isoDate(field).refine((d) => d <= toIsoDate(new Date()), {
    error: `${field} must not be in the future`,
    ...issueKey("validation.future_date"),
  });
}

export function isoDateTime(field: string) {
  return z.iso.datetime({ offset: true, error: missing(field, `${field} must be an ISO 8601 date-time`) });
}

/** An admin area's p-code (a district, a province), upper-cased: BD3026. */
export function adminAreaCode(field: string) {
  return z
    .string({ error: missing(field, `${field} must be an admin-area p-code`) })
    .trim()
    .toUpperCase()
    .refine(isAdminAreaCode, {
      error: `${field} must be an admin-area p-code, such as BD3026`,
      ...issueKey("validation.admin_area"),
    });
}
