import { createHash } from "node:crypto";
import type pg from "pg";

/** How many statements each connection keeps prepared, and which ones are worth it. */
export const preparedLimits = { perConnection: 400, maxParameters: 24 } as const;

type QueryConfig = { text: string; name?: string; values?: unknown[] };

/** The name a statement is prepared under: the same text always gets the same name. */
export function statementName(text: string): string {
  return `hc_${createHash("sha1").update(text).digest("hex")}`;
}

/**
 * Whether a statement a connection sends should go as a named (prepared) statement: the second time the
 * connection sends the same text, when it has parameters (a statement without any costs nothing to plan) and
 * not too many (each length of a long IN list is a text of its own), while the connection keeps fewer than
 * `perConnection` of them.
 */
export function namingPolicy(limits: { perConnection: number; maxParameters: number } = preparedLimits) {
  const seen = new Set<string>();
  const named = new Map<string, string>();
  return (config: QueryConfig, parameters: number): string | undefined => {
    if (config.name || parameters === 0 || parameters > limits.maxParameters) return undefined;
    const text = config.text;
    const known = named.get(text);
    if (known) return known;
    if (!seen.has(text)) {
      // what is seen once and never again is forgotten rather than kept for ever
      if (seen.size >= limits.perConnection * 10) seen.clear();
      seen.add(text);
      return undefined;
    }
    if (named.size >= limits.perConnection) return undefined;
    const name = statementName(text);
    named.set(text, name);
    return name;
  };
}

/**
 * Lets every connection of the pool prepare the statements it sends repeatedly, so that PostgreSQL parses
 * and plans each once per connection instead of on every request: planning a case's visibility condition
 * costs ten times what running it does. PostgreSQL keeps each prepared statement until the connection
 * closes, and plans again by itself when a table it reads changes.
 */
export function prepareRepeatedStatements(pool: pg.Pool): void {
  pool.on("connect", (client) => {
    const nameOf = namingPolicy();
    const send = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const [config, values] = args;
      if (config && typeof config === "object" && typeof (config as QueryConfig).text === "string") {
        const q = config as QueryConfig;
        const parameters = Array.isArray(values) ? values.length : (q.values?.length ?? 0);
        const name = nameOf(q, parameters);
        if (name) return send({ ...q, name }, ...args.slice(1));
      }
      return send(...args);
    };
  });
}
