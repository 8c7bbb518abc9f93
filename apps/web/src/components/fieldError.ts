import { ApiError } from "../api/client";

/**
 * Whether the server's error field (ApiError.field, e.g. "areasServed.2") belongs to an input: the
 * input's own field or one inside it.
 */
export const isFieldOf = (errorField: string, field: string): boolean =>
  errorField === field || errorField.startsWith(`${field}.`);

/** The server's message for one field (e.g. "answers.economic.employmentStatus"), if it names it. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError && error.field && isFieldOf(error.field, field)
    ? error.message
    : undefined;
}

/** Whether an error names one of the fields that show their own message (so the summary leaves it out). */
export const shownBeside = (error: unknown, fields: readonly string[]): boolean =>
  error instanceof ApiError && Boolean(error.field) && fields.some((f) => isFieldOf(error.field!, f));
