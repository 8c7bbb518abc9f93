import { buildApp } from "../app";
import { testConfig } from "../config";
import type { Database, Db } from "../db/client";

const noDatabase = (): never => {
  throw new Error("the OpenAPI document is built without a database");
};

/**
 * The server's OpenAPI document, built in-process from the routes' zod schemas. Describing the routes reads
 * no data, so the app gets a database that is never opened.
 */
export async function buildOpenApiDocument(): Promise<object> {
  const database: Database = {
    kind: "pglite",
    db: {} as Db,
    migrate: noDatabase,
    ping: noDatabase,
    connection: noDatabase,
    ownerTransaction: noDatabase,
    close: async () => {},
  };
  const app = await buildApp({ config: testConfig(), database });
  try {
    await app.ready();
    return app.swagger();
  } finally {
    await app.close();
  }
}
