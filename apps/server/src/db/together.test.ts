import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../../test/harness";
import { type Database, queryRows } from "./client";
import { together } from "./together";

let database: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ database, drop } = await freshDatabase());
});
afterAll(() => drop());

const one = (db: Parameters<Parameters<Database["connection"]>[0]>[0], n: number) =>
  queryRows<{ n: number }>(db, sql`select ${n}::int as n`).then((rows) => rows[0]!.n);

describe("statements started together", () => {
  it("answer in the order they were started, on one connection", async () => {
    const answers = await database.connection((db) =>
      together([one(db, 1), one(db, 2), queryRows<{ s: string }>(db, sql`select 'three' as s`), one(db, 4)]),
    );
    expect(answers).toEqual([1, 2, [{ s: "three" }], 4]);
  });

  it("fail with the first error only once every one has answered, and the connection goes on", async () => {
    const settled: string[] = [];
    const failing = database.connection(async (db) => {
      const mark = <T>(name: string, p: Promise<T>) =>
        p.then(
          (v) => {
            settled.push(name);
            return v;
          },
          (e) => {
            settled.push(name);
            throw e;
          },
        );
      return together([
        mark("first", one(db, 1)),
        mark("bad", queryRows(db, sql`select 1 / 0`)),
        mark("last", queryRows(db, sql`select pg_sleep(0.05)`)),
      ]);
    });
    await expect(failing).rejects.toMatchObject({ cause: { message: "division by zero" } });
    // the slow one after the failure had answered too before the failure came out
    expect([...settled].sort()).toEqual(["bad", "first", "last"]);
    for (let i = 0; i < 5; i++)
      expect(await database.connection((db) => together([one(db, i), one(db, i + 1)]))).toEqual([i, i + 1]);
  });

  it("reach PostgreSQL in one write", async ({ skip }) => {
    if (database.kind !== "postgres") skip("the embedded database has no socket");
    await database.connection(async (db) => {
      const client = (db as unknown as { session: { client: { connection: { stream: WriteCounter } } } })
        .session.client;
      const stream = client.connection.stream;
      let writes = 0;
      const count = <F extends (...args: never[]) => unknown>(f: F) =>
        ((...args: Parameters<F>) => {
          writes++;
          return f.apply(stream, args);
        }) as F;
      const { _write, _writev } = stream;
      stream._write = count(_write);
      if (_writev) stream._writev = count(_writev);
      try {
        expect(await together([one(db, 1), one(db, 2), one(db, 3), one(db, 4)])).toEqual([1, 2, 3, 4]);
        expect(writes).toBe(1);
        writes = 0;
        for (let i = 0; i < 3; i++) await one(db, i);
        expect(writes).toBe(3);
      } finally {
        stream._write = _write;
        if (_writev) stream._writev = _writev;
      }
    });
  });
});

interface WriteCounter {
  _write: (...args: unknown[]) => void;
  _writev?: (...args: unknown[]) => void;
}
