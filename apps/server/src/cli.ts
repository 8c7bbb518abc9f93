import { parseArgs } from "node:util";
import { loadConfig } from "./config";
import { dropToAppRole, grantAppRole } from "./db/app-role";
import { type Database, openDatabase } from "./db/client";
import { describeVerification, sealAudit, verifyAudit } from "./modules/audit/chain";
import { demoAccountLines, isDatabaseEmpty, seedDemo } from "./seed/demo";
import { databaseFor, startServer } from "./server";

const usage = `Usage: homecoming <command> [options]

Commands:
  serve [--demo]        migrate, then serve the API (with --demo: seed the demo data into an empty database)
  migrate               apply pending migrations
  seed [--persons N]    seed the demo data into an empty database
  audit verify          check the audit's hash chain and checkpoints; exit 1 at the first broken link
  audit seal            seal the audit events written since the last sealing (the server does it by itself)

Configuration (environment): PORT, HOST, DATABASE_URL, DATABASE_MIGRATION_URL, DATABASE_APP_ROLE,
HOMECOMING_DATA_DIR, LOG_LEVEL, AUDIT_CHECKPOINT_FILE (docs/operations.md)`;

/**
 * Applies pending migrations as the tables' owner: DATABASE_MIGRATION_URL when set (then DATABASE_APP_ROLE,
 * the role of DATABASE_URL, is given its rights), else the server's own connection.
 */
async function migrate(config: ReturnType<typeof loadConfig>, database: Database) {
  if (!config.databaseMigrationUrl) return database.migrate();
  const owner = await openDatabase({ kind: "postgres", url: config.databaseMigrationUrl, poolSize: 2 });
  try {
    await owner.migrate();
    if (config.databaseAppRole) await grantAppRole(owner.db, config.databaseAppRole);
  } finally {
    await owner.close();
  }
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      demo: { type: "boolean", default: false },
      persons: { type: "string" },
      help: { type: "boolean" },
    },
  });
  const [command] = positionals;
  if (values.help || !command) {
    console.log(usage);
    return;
  }
  const config = loadConfig();
  const database = await databaseFor(config);
  const where = config.databaseUrl
    ? "PostgreSQL server (DATABASE_URL)"
    : `embedded database in ${config.dataDir}`;
  await migrate(config, database);

  switch (command) {
    case "migrate":
      console.log(`Migrations applied to the ${where}.`);
      await database.close();
      return;
    case "seed": {
      const persons = values.persons ? Number(values.persons) : undefined;
      if (persons !== undefined && !(Number.isInteger(persons) && persons >= 0)) {
        throw new Error("--persons must be a whole number");
      }
      if (!(await isDatabaseEmpty(database)))
        throw new Error("The database already holds data; the demo seed only fills an empty one.");
      await seedDemo(database, persons === undefined ? {} : { persons });
      console.log("Demo data seeded.");
      await database.close();
      return;
    }
    case "serve": {
      if (values.demo && (await isDatabaseEmpty(database))) {
        console.log(`Seeding the demo data into the ${where} (first start only)…`);
        await seedDemo(database);
      }
      // the embedded database's connection goes on as the application role, which owns no table
      if (database.kind === "pglite") await dropToAppRole(database.db);
      const server = await startServer(config, database);
      const url = `http://${config.host === "0.0.0.0" || config.host === "127.0.0.1" ? "localhost" : config.host}:${config.port}`;
      console.log(`\nHomecoming is running on ${url}  (API docs: ${url}/api/docs) using the ${where}.`);
      if (values.demo) {
        console.log(`\n${demoAccountLines().join("\n")}`);
      }
      const stop = async () => {
        await server.close();
        process.exit(0);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      return;
    }
    case "audit": {
      const sub = positionals[1];
      const checkpointFile = config.auditCheckpointFile;
      if (sub === "seal") {
        console.log(`${await sealAudit(database.db, { checkpointFile })} audit events sealed.`);
        await database.close();
        return;
      }
      if (sub !== "verify") {
        await database.close();
        throw new Error(`Unknown audit command "${sub ?? ""}": verify or seal.\n\n${usage}`);
      }
      const result = await verifyAudit(database.db, { checkpointFile });
      await database.close();
      console.log(describeVerification(result));
      if (!result.ok) process.exit(1);
      return;
    }
    default:
      await database.close();
      throw new Error(`Unknown command "${command}".\n\n${usage}`);
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
