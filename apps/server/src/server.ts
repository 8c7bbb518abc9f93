import type { FastifyInstance } from "fastify";
import { buildApp } from "./app";
import { registerRecurringJobs, startWorker } from "./background";
import type { Config } from "./config";
import { type Database, openDatabase } from "./db/client";
import { builtWebRoot } from "./http/web";

export function databaseFor(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({
        kind: "postgres",
        url: config.databaseUrl,
        preparedStatements: config.preparedStatements,
        traceFile: config.sqlTrace,
      })
    : openDatabase({ kind: "pglite", dataDir: config.dataDir, traceFile: config.sqlTrace });
}

/** Migrated database, app and background worker, listening; close() stops them in order. */
export async function startServer(
  config: Config,
  database: Database,
): Promise<{ app: FastifyInstance; close(): Promise<void> }> {
  const app = await buildApp({ config, database, webRoot: builtWebRoot() });
  await registerRecurringJobs(database.db);
  const stopWorker = startWorker(database.db, config.jobsPollMs, app.log, {
    auditCheckpointFile: config.auditCheckpointFile,
  });
  await app.listen({ port: config.port, host: config.host });
  return {
    app,
    close: async () => {
      await stopWorker();
      await app.close();
      await database.close();
    },
  };
}
