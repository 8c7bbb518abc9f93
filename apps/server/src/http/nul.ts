import { validation } from "@homecoming/domain";
import type { FastifyRequest } from "fastify";

function findNul(value: unknown, path: string): string | undefined {
  if (typeof value === "string") return value.includes("\u0000") ? path : undefined;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findNul(item, path ? `${path}.${i}` : String(i));
      if (found !== undefined) return found;
    }
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const found = findNul(item, path ? `${path}.${key}` : key);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * PostgreSQL cannot store the NUL character in text or JSON; refusing it up front turns what would be a
 * database error into a 400 that names the field.
 */
export async function rejectNulCharacters(request: FastifyRequest) {
  for (const part of [request.body, request.query, request.params]) {
    const field = findNul(part, "");
    if (field !== undefined) throw validation("request.nul_character", {}, field || undefined);
  }
}
