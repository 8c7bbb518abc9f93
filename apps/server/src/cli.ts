import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "./config";
import { dropToAppRole, grantAppRole } from "./db/app-role";
import { type Database, openDatabase } from "./db/client";
import { describeVerification, sealAudit, verifyAudit } from "./modules/audit/chain";
import { type BackupSummary, readBackup } from "./modules/backup/backup";
import { backupThroughServer, serverRunningOn } from "./modules/backup/control";
import { backupDatabase, backupFileName, pruneBackups, restoreDatabase } from "./modules/backup/service";
import { demoAccountLines, isDatabaseEmpty, seedDemo } from "./seed/demo";
import { databaseFor, startServer } from "./server";

const usage = `Usage: homecoming <command> [options]

Commands:
  serve [--demo]        migrate, then serve the API (with --demo: seed the demo data into an empty database)
  migrate               apply pending migrations
  seed [--persons N]    seed the demo data into an empty database
  audit verify          check the audit's hash chain and checkpoints; exit 1 at the first broken link
  audit seal            seal the audit events written since the last sealing (the server does it by itself)
  backup --out FILE | --dir DIR [--keep N]
                        write a backup of the whole database (consistent while the server runs) and its
                        SHA-256 beside it; with --dir, a new file named by the time, keeping the newest N
  restore FILE          check a backup, then restore it into the configured database, which must be empty
  restore FILE --check  only check the backup (its format, every table's count and checksum)

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
      out: { type: "string" },
      dir: { type: "string" },
      keep: { type: "string" },
      check: { type: "boolean", default: false },
      help: { type: "boolean" },
    },
  });
  const [command] = positionals;
  if (values.help || !command) {
    console.log(usage);
    return;
  }
  const config = loadConfig();
  const embedded = !config.databaseUrl;
  if (command === "backup") return backup(config, values);
  if (command === "restore" && values.check) return checkOnly(positionals[1]);
  // the embedded database is the running server's alone (the backup goes through it)
  if (embedded && (await serverRunningOn(config.dataDir)))
    throw new Error(
      `A Homecoming server is running on the embedded database in ${config.dataDir}; stop it first${command === "serve" ? "" : ` to ${command}`}.`,
    );
  if (command === "restore") return restore(config, positionals[1]);
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

type Config = ReturnType<typeof loadConfig>;

function wholeNumber(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(Number.isInteger(n) && n >= 1)) throw new Error(`--${name} must be a whole number of 1 or more`);
  return n;
}

function describeBackup(summary: BackupSummary): string {
  const tables = Object.keys(summary.tables).length;
  const mb = (summary.bytes / 1024 / 1024).toFixed(1);
  return `Backup written to ${summary.file} (${mb} MB): ${summary.rows} rows of ${tables} tables as they were at ${summary.createdAt}; SHA-256 ${summary.fileSha256} (also in ${summary.file}.sha256).`;
}

/**
 * homecoming backup: the embedded database's running server writes it (its one process holds the files);
 * otherwise this command reads the database in one snapshot itself.
 */
async function backup(
  config: Config,
  values: { out?: string | undefined; dir?: string | undefined; keep?: string | undefined },
) {
  if (Boolean(values.out) === Boolean(values.dir))
    throw new Error("Say where the backup goes: --out FILE, or --dir DIR for a file named by the time.");
  const keep = wholeNumber(values.keep, "keep");
  if (keep !== undefined && !values.dir)
    throw new Error("--keep goes with --dir: it keeps the newest N of that folder.");
  if (values.dir) mkdirSync(values.dir, { recursive: true, mode: 0o700 });
  const file = resolve(values.out ?? join(values.dir!, backupFileName(new Date())));
  let summary: BackupSummary;
  if (!config.databaseUrl && (await serverRunningOn(config.dataDir))) {
    summary = await backupThroughServer<BackupSummary>(config.dataDir, file);
  } else {
    const database = await databaseFor(config);
    try {
      await migrate(config, database);
      summary = await backupDatabase(database, file, "homecoming backup");
    } finally {
      await database.close();
    }
  }
  console.log(describeBackup(summary));
  if (keep !== undefined && values.dir) {
    const removed = pruneBackups(values.dir, keep);
    if (removed.length) console.log(`Removed ${removed.length} older backups: ${removed.join(", ")}.`);
  }
}

async function checkOnly(file: string | undefined) {
  if (!file) throw new Error("Say which backup to check: homecoming restore FILE --check");
  const checked = await readBackup(resolve(file));
  console.log(
    `${file} is whole: ${checked.rows} rows of ${checked.header.tables.length} tables from the ${checked.header.source} database at ${checked.header.createdAt}, every checksum matches.`,
  );
}

/** homecoming restore: into the configured database, as the tables' owner (it sets the sequences too). */
async function restore(config: Config, file: string | undefined) {
  if (!file) throw new Error("Say which backup to restore: homecoming restore FILE");
  if (!existsSync(file)) throw new Error(`${file}: no such file`);
  const database = config.databaseMigrationUrl
    ? await openDatabase({ kind: "postgres", url: config.databaseMigrationUrl, poolSize: 2 })
    : await databaseFor(config);
  try {
    await database.migrate();
    const summary = await restoreDatabase(database, resolve(file), "homecoming restore");
    console.log(
      `Restored ${summary.rows} rows of ${summary.tables} tables from ${file} (taken at ${summary.createdAt}); every table's count and checksum match the backup.`,
    );
    const verification = await verifyAudit(database.db);
    console.log(describeVerification(verification));
    if (config.auditCheckpointFile && existsSync(config.auditCheckpointFile))
      console.log(
        `The audit checkpoint file ${config.auditCheckpointFile} may record heads beyond this backup; keep it with the old history and let the server start a new one.`,
      );
    if (!verification.ok) process.exitCode = 1;
  } finally {
    await database.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
