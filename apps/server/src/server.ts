import type { FastifyInstance } from "fastify";
import { buildApp } from "./app";
import { registerRecurringJobs, sliceFor, startWorker } from "./background";
import type { Config } from "./config";
import { type Database, openDatabase } from "./db/client";
import { builtWebRoot } from "./http/web";
import { serveControl } from "./modules/backup/control";
import { backupDatabase } from "./modules/backup/service";

export function databaseFor(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({
        kind: "postgres",
        url: config.databaseUrl,
        // the indicators' rebuild makes and swaps tables, which the application role may not
        ownerUrl: config.databaseMigrationUrl,
        preparedStatements: config.preparedStatements,
        traceFile: config.sqlTrace,
      })
    : openDatabase({ kind: "pglite", dataDir: config.dataDir, traceFile: config.sqlTrace });
}

/**
 * Migrated database, app and background worker, listening; close() stops them in order. On the embedded
 * database the server also listens on its data folder's control socket, through which `homecoming backup`
 * has it write a backup (its process alone holds the database's files).
 */
export async function startServer(
  config: Config,
  database: Database,
): Promise<{ app: FastifyInstance; close(): Promise<void> }> {
  const stopControl =
    database.kind === "pglite"
      ? await serveControl(config.dataDir, {
          backup: (file) =>
            backupDatabase(database, file, "homecoming backup, written by the running server"),
        })
      : async () => {};
  const app = await buildApp({ config, database, webRoot: builtWebRoot() });
  await registerRecurringJobs(database.db);
  const stopWorker = startWorker(database.db, config.jobsPollMs, app.log, {
    auditCheckpointFile: config.auditCheckpointFile,
    busyPollMs: database.kind === "pglite" ? 2000 : 0,
    slice: sliceFor(database.kind),
    ownerTransaction: database.ownerTransaction,
  });
  await app.listen({ port: config.port, host: config.host });
  return {
    app,
    close: async () => {
      await stopWorker();
      await app.close();
      await stopControl();
      await database.close();
    },
  };
}
