import { closeSync, openSync, writeSync } from "node:fs";
import type { Logger } from "drizzle-orm";

/**
 * Writes every statement the server sends to the database, with its parameters, as one JSON line
 * (`{"sql": …, "params": […]}`) to a file, with a line `{"request": "GET /api/v1/…"}` where each request starts
 * and `{"answered": "GET /api/v1/…"}` once its answer has gone.
 * Set by HOMECOMING_SQL_TRACE for benchmarks that replay a request's own statements in bare SQL
 * (bench/overhead.ts); off otherwise, when no statement pays for it. The file holds personal data: it is
 * meant for synthetic databases only.
 *
 * The lines wait in memory and are written at once, without leaving the event loop, after the answer has
 * gone: one small write per request instead of one per statement, outside the time of the request.
 */
export class SqlTrace implements Logger {
  private readonly fd: number;
  private lines: string[] = [];

  constructor(readonly file: string) {
    this.fd = openSync(file, "a");
  }

  logQuery(sql: string, params: unknown[]): void {
    this.lines.push(JSON.stringify({ sql, params }));
  }

  request(method: string, url: string): void {
    this.lines.push(JSON.stringify({ request: `${method} ${url}` }));
  }

  answered(method: string, url: string): void {
    this.lines.push(JSON.stringify({ answered: `${method} ${url}` }));
    this.flush();
  }

  /** Writes the lines that wait. */
  flush(): void {
    if (this.lines.length === 0) return;
    writeSync(this.fd, `${this.lines.join("\n")}\n`);
    this.lines = [];
  }

  async close(): Promise<void> {
    this.flush();
    closeSync(this.fd);
  }
}
