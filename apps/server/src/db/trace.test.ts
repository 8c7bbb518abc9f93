import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./client";

describe("the statement trace (HOMECOMING_SQL_TRACE)", () => {
  const dir = mkdtempSync(join(tmpdir(), "hc-trace-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes each statement with its parameters, where each request starts and once it is answered", async () => {
    const file = join(dir, "trace.jsonl");
    const database = await openDatabase({ kind: "pglite", traceFile: file });
    database.trace!.request("GET", "/api/v1/cases/1");
    await database.db.execute(sql`select ${41} + 1 as answer`);
    await database.db.execute(sql`select ${"x"}::text as y`);
    database.trace!.answered("GET", "/api/v1/cases/1");
    await database.db.execute(sql`select 2`);
    await database.close();
    const lines = readFileSync(file, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { request: "GET /api/v1/cases/1" },
      { sql: "select $1 + 1 as answer", params: [41] },
      { sql: "select $1::text as y", params: ["x"] },
      { answered: "GET /api/v1/cases/1" },
      // what waits is written when the database closes
      { sql: "select 2", params: [] },
    ]);
  });

  it("is off unless asked for", async () => {
    const database = await openDatabase({ kind: "pglite" });
    expect(database.trace).toBeUndefined();
    await database.close();
  });
});
