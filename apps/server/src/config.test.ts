import { describe, expect, it } from "vitest";
import { loadConfig } from "./config";

describe("configuration", () => {
  it("prepares repeated statements unless told not to, and writes no statement trace by default", () => {
    const config = loadConfig({});
    expect(config.preparedStatements).toBe(true);
    expect(config.sqlTrace).toBeUndefined();
    expect(loadConfig({ DATABASE_PREPARED_STATEMENTS: "off" }).preparedStatements).toBe(false);
    expect(loadConfig({ HOMECOMING_SQL_TRACE: "trace.jsonl" }).sqlTrace).toMatch(/\/trace\.jsonl$/);
  });

  it("refuses a value it does not know, naming the variable", () => {
    expect(() => loadConfig({ DATABASE_PREPARED_STATEMENTS: "maybe" })).toThrow(
      /Configuration error: DATABASE_PREPARED_STATEMENTS/,
    );
    expect(() => loadConfig({ PORT: "80000" })).toThrow(/Configuration error: PORT/);
  });
});
