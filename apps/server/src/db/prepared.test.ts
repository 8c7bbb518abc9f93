import { describe, expect, it } from "vitest";
import { namingPolicy, statementName } from "./prepared";

describe("prepared statements", () => {
  it("names a statement the second time a connection sends it, always with the same name", () => {
    const nameOf = namingPolicy({ perConnection: 10, maxParameters: 4 });
    const text = "select * from cases where id = $1";
    expect(nameOf({ text }, 1)).toBeUndefined();
    const name = nameOf({ text }, 1);
    expect(name).toBe(statementName(text));
    expect(nameOf({ text }, 1)).toBe(name);
    expect(statementName(`${text} `)).not.toBe(name);
    // a PostgreSQL name holds at most 63 characters
    expect(name!.length).toBeLessThanOrEqual(63);
  });

  it("leaves statements without parameters, with too many, or already named as they are", () => {
    const nameOf = namingPolicy({ perConnection: 10, maxParameters: 4 });
    for (let i = 0; i < 3; i++) {
      expect(nameOf({ text: "begin" }, 0)).toBeUndefined();
      expect(nameOf({ text: "select * from t where id in ($1, $2, $3, $4, $5)" }, 5)).toBeUndefined();
      expect(nameOf({ text: "select $1", name: "mine" }, 1)).toBeUndefined();
    }
  });

  it("keeps at most the set number of statements per connection", () => {
    const nameOf = namingPolicy({ perConnection: 2, maxParameters: 4 });
    const texts = ["select $1", "select $1, 2", "select $1, 3"];
    for (const text of texts) nameOf({ text }, 1);
    const names = texts.map((text) => nameOf({ text }, 1));
    expect(names.slice(0, 2)).toEqual(texts.slice(0, 2).map(statementName));
    expect(names[2]).toBeUndefined();
  });
});
