import { afterEach, describe, expect, it } from "vitest";
import type { Db } from "./client";
import { nameStatements, statement } from "./statements";

/** A handle on a given connection whose statements answer the values they were run with. */
const handleOn = (connection: object) => ({ session: { client: connection } }) as unknown as Db;

describe("statements built once per connection", () => {
  afterEach(() => nameStatements(true));

  function counted() {
    const built: { connection: unknown; name: string | undefined }[] = [];
    const run = statement("hc_test", (db) => ({
      prepare: (name: string) => {
        built.push({ connection: (db as unknown as { session: { client: object } }).session.client, name });
        return { execute: async (values?: Record<string, unknown>) => [values] };
      },
    }));
    return { built, run };
  }

  it("builds a statement the first time a connection runs it and then only executes it", async () => {
    const { built, run } = counted();
    const a = {};
    const b = {};
    expect(await run(handleOn(a), { id: 1 })).toEqual([{ id: 1 }]);
    expect(await run(handleOn(a), { id: 2 })).toEqual([{ id: 2 }]);
    expect(await run(handleOn(b), { id: 3 })).toEqual([{ id: 3 }]);
    expect(built).toEqual([
      { connection: a, name: "hc_test" },
      { connection: b, name: "hc_test" },
    ]);
  });

  it("sends it unnamed when prepared statements are off", async () => {
    nameStatements(false);
    const { built, run } = counted();
    await run(handleOn({}), { id: 1 });
    expect(built[0]!.name).toBeUndefined();
  });

  it("refuses a handle that names no connection", () => {
    const { run } = counted();
    expect(() => run({} as Db, {})).toThrow("this database handle names no connection");
  });
});
