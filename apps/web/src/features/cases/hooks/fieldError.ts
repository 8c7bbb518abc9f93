import { ApiError } from "../../../api/client";

/** The server's message for one field (ApiError.field, e.g. "answers.economic.employmentStatus"), if it names it. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError && error.field === field ? error.message : undefined;
}
