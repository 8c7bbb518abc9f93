import type { Writable } from "node:stream";
import type pg from "pg";

/**
 * Waits for independent statements of one request that were started together, and answers their results in
 * order, like Promise.all. On PostgreSQL each pooled connection pipelines (node-postgres `pipeline`): it sends a
 * statement without waiting for the answer to the one before, so statements started together cost about one
 * round trip instead of one each; the server still runs them one after the other, in the order they were
 * started. On the embedded database they simply queue.
 *
 * Unlike Promise.all it waits for every statement before it fails with the first error, so that none is still
 * running when the request's connection goes back to the pool or its transaction rolls back.
 */
export async function together<T extends readonly unknown[] | []>(
  started: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const settled = await Promise.allSettled(started);
  for (const outcome of settled) if (outcome.status === "rejected") throw outcome.reason;
  return settled.map((outcome) => (outcome as PromiseFulfilledResult<unknown>).value) as {
    -readonly [K in keyof T]: Awaited<T[K]>;
  };
}

/**
 * Makes each connection of the pool write the statements that a request starts together in one go: the first
 * statement sent in a turn of the event loop holds the connection's writes (a corked socket) until that turn's
 * work and promise jobs are done, so statements started together reach the server in one system call and
 * one packet instead of one each. A statement started alone goes out at the end of its turn, as before.
 */
export function writeTogether(pool: pg.Pool): void {
  pool.on("connect", (client) => {
    const stream = (client as unknown as { connection: { stream: Writable } }).connection.stream;
    if (typeof stream.cork !== "function") return;
    let holding = false;
    const release = () => {
      holding = false;
      stream.uncork();
    };
    const send = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      if (!holding) {
        holding = true;
        stream.cork();
        process.nextTick(release);
      }
      return send(...args);
    };
  });
}
