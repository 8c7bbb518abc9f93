import { Writable } from "node:stream";
import { DrizzleQueryError } from "drizzle-orm/errors";
import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { loggableError, registerErrorHandler } from "./errors";

/** A failed insert as the driver reports it, with a returnee's name among its parameters. */
function failedInsert() {
  const cause = Object.assign(
    new Error('insert or update on table "consents" violates foreign key constraint'),
    {
      code: "23503",
      detail: "Key (person_id)=(0b4f1c1e-0000-4000-8000-000000000001) is not present in table persons.",
      constraint: "consents_person_id_persons_id_fk",
      table: "consents",
    },
  );
  return new DrizzleQueryError(
    'insert into "consents" ("person_id", "note") values ($1, $2)',
    ["0b4f1c1e-0000-4000-8000-000000000001", "Rahima Begum told us about her debts"],
    cause,
  );
}

describe("unexpected errors", () => {
  it("are logged without the statement's values or the database's detail", () => {
    const logged = JSON.stringify(loggableError(failedInsert()));
    expect(logged).not.toContain("Rahima");
    expect(logged).not.toContain("0b4f1c1e");
    expect(loggableError(failedInsert())).toMatchObject({
      type: "DrizzleQueryError",
      message: "a database statement failed",
      code: "23503",
      constraint: "consents_person_id_persons_id_fk",
      table: "consents",
    });
  });

  it("answer 500 without details and log nothing personal", async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = Fastify({ logger: { level: "error", stream } });
    registerErrorHandler(app, false);
    app.post("/boom", async () => {
      throw failedInsert();
    });
    const res = await app.inject({ method: "POST", url: "/boom", payload: {} });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      error: { code: "internal", message: "Internal server error", key: "request.internal" },
    });
    const log = lines.join("");
    expect(log).toContain("unhandled error");
    expect(log).toContain("consents_person_id_persons_id_fk");
    expect(log).not.toContain("Rahima");
    expect(log).not.toContain("0b4f1c1e");
    await app.close();
  });
});
