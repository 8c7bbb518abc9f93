// Backup and restore at scale: how long `homecoming backup` takes to write the target database's backup,
// how long `restore --check` takes to read it, and how long `restore` takes to write it into a fresh database
// and compare every table. Fill the target first with bench:load.
//
//   npm run bench:load -- --persons 100000 && npm run bench:backup
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/hc_bench npm run bench:backup
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import pg from "pg";
import { openDatabase, queryRows } from "../apps/server/src/db/client";
import { readBackup, restoreBackup, writeBackup } from "../apps/server/src/modules/backup/backup";
import { openTarget } from "./db";

const { values } = parseArgs({ options: { "data-dir": { type: "string" } } });
const { database, label } = await openTarget(values["data-dir"]);
await database.migrate();
const [{ persons } = { persons: 0 }] = await queryRows<{ persons: number }>(
  database.db,
  sql`select count(*)::int as persons from persons`,
);
const work = mkdtempSync(join(tmpdir(), "hc-bench-backup-"));
const file = join(work, "bench.backup.gz");
const seconds = (t: number) => (performance.now() - t) / 1000;

let t = performance.now();
const summary = await writeBackup(database, file);
const backupS = seconds(t);
await database.close();
console.log(
  `backup of ${label}, ${persons} persons: ${summary.rows} rows, ${(summary.bytes / 1024 / 1024).toFixed(1)} MB in ${backupS.toFixed(1)} s (${Math.round(summary.rows / backupS)} rows/s)`,
);

t = performance.now();
await readBackup(file);
const checkS = seconds(t);
console.log(
  `restore --check read it in ${checkS.toFixed(1)} s (${Math.round(summary.rows / checkS)} rows/s)`,
);

// a fresh database of the same kind to restore into
const url = process.env.DATABASE_URL;
let drop = async () => {};
let target: Awaited<ReturnType<typeof openDatabase>>;
if (url) {
  const name = `hc_bench_restore_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  target = await openDatabase({ kind: "postgres", url: u.toString(), poolSize: 2 });
  drop = async () => {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
} else {
  target = await openDatabase({ kind: "pglite", dataDir: join(work, "restored") });
}
try {
  await target.migrate();
  t = performance.now();
  const restored = await restoreBackup(target, file);
  const restoreS = seconds(t);
  console.log(
    `restore into a fresh database: ${restored.rows} rows of ${restored.tables} tables, written and compared in ${restoreS.toFixed(1)} s (${Math.round(restored.rows / restoreS)} rows/s)`,
  );
} finally {
  await target.close();
  await drop();
  rmSync(work, { recursive: true, force: true });
}
