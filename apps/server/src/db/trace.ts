import { createWriteStream, type WriteStream } from "node:fs";
import type { Logger } from "drizzle-orm";

/**
 * Writes every statement the server sends to the database, with its parameters, as one JSON line
 * (`{"sql": …, "params": […]}`) to a file, and a line `{"request": "GET /api/v1/…"}` where each request starts.
 * Set by HOMECOMING_SQL_TRACE for benchmarks that replay a request's own statements in bare SQL
 * (bench/overhead.ts); off otherwise, when no statement pays for it. The file holds personal data: it is
 * meant for synthetic databases only.
 */
export class SqlTrace implements Logger {
  private readonly out: WriteStream;

  constructor(readonly file: string) {
    this.out = createWriteStream(file, { flags: "a" });
  }

  logQuery(sql: string, params: unknown[]): void {
    this.out.write(`${JSON.stringify({ sql, params })}\n`);
  }

  request(method: string, url: string): void {
    this.out.write(`${JSON.stringify({ request: `${method} ${url}` })}\n`);
  }

  close(): Promise<void> {
    return new Promise((done) => this.out.end(done));
  }
}
