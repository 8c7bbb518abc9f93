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

describe("proxies and the public origin", () => {
  it("believes no proxy unless told which, and takes addresses and CIDR ranges", () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "off" }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "10.0.0.5, 192.168.0.0/16" }).trustProxy).toEqual([
      "10.0.0.5",
      "192.168.0.0/16",
    ]);
    expect(() => loadConfig({ TRUST_PROXY: "yes please" })).toThrow(
      /Configuration error: TRUST_PROXY: off, or/,
    );
  });

  it("takes the origin users open, and nothing else", () => {
    expect(loadConfig({}).publicOrigin).toBeUndefined();
    expect(loadConfig({ PUBLIC_ORIGIN: "https://hc.example.org/" }).publicOrigin).toBe(
      "https://hc.example.org",
    );
    for (const bad of ["hc.example.org", "https://hc.example.org/app", "ftp://hc.example.org"])
      expect(() => loadConfig({ PUBLIC_ORIGIN: bad })).toThrow(/Configuration error: PUBLIC_ORIGIN/);
  });
});
