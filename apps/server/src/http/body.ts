import { validation } from "@homecoming/domain";
import type { FastifyInstance } from "fastify";

/**
 * What a request body may be: at most 1 MiB, and arrays and objects nested at most 64 deep (the deepest
 * body the API takes, an eligibility rule, nests far less). Both are checked before the body is parsed, so
 * an oversized or deeply nested body costs no parsing work and never reaches code that walks it.
 */
export const bodyLimits = { bytes: 1_048_576, depth: 64 } as const;

/**
 * Whether a JSON text nests arrays and objects deeper than `max`, read in one pass over the raw text
 * (brackets inside strings do not count) without parsing it.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/**
 * JSON bodies: refused with 400 when nested deeper than the limit, then parsed by the framework's own parser
 * (which refuses __proto__ and constructor.prototype keys).
 */
export function registerJsonBody(app: FastifyInstance) {
  const parse = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser(
    "application/json",
    { parseAs: "string", bodyLimit: bodyLimits.bytes },
    (request, body, done) => {
      if (nestsDeeperThan(body as string, bodyLimits.depth)) {
        done(validation("request.too_deep", { limit: bodyLimits.depth }), undefined);
        return;
      }
      parse(request, body as string, done);
    },
  );
}
