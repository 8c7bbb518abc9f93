import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Database } from "../../db/client";
import { insertAudit } from "../audit/store";
import { type BackupSummary, type RestoreSummary, restoreBackup, writeBackup } from "./backup";

/** A backup's file name in a folder of backups: sortable by when it was taken. */
export function backupFileName(at: Date): string {
  return `homecoming-${at
    .toISOString()
    .replaceAll(":", "-")
    .replace(/\.\d+Z$/, "Z")}.backup.gz`;
}

/** An audit event of the whole database's export or restore (no person's record in particular). */
function recordInAudit(database: Database, action: "export" | "restore", by: string, details: object) {
  return insertAudit(database.db, [
    { action, recordType: "backup", recordId: null, reason: by, details: details as Record<string, unknown> },
  ]);
}

/**
 * Writes a backup and records in the audit that it was taken (a backup holds every record): by whom (the
 * command that asked), where to, how many rows and the file's checksum.
 */
export async function backupDatabase(database: Database, file: string, by: string): Promise<BackupSummary> {
  const summary = await writeBackup(database, file);
  await recordInAudit(database, "export", by, {
    file,
    rows: summary.rows,
    sha256: summary.fileSha256,
    snapshotAt: summary.createdAt,
  });
  return summary;
}

/** Restores a backup into an empty database and records in its audit that it was restored. */
export async function restoreDatabase(database: Database, file: string, by: string): Promise<RestoreSummary> {
  const summary = await restoreBackup(database, file);
  await recordInAudit(database, "restore", by, { file, rows: summary.rows, snapshotAt: summary.createdAt });
  return summary;
}

/** Removes the oldest backups of a folder (those `backupFileName` named) beyond the newest `keep`. */
export function pruneBackups(dir: string, keep: number): string[] {
  const ours = readdirSync(dir)
    .filter((name) => /^homecoming-.*\.backup\.gz$/.test(name))
    .sort()
    .reverse();
  const removed = ours.slice(keep);
  for (const name of removed) {
    rmSync(join(dir, name), { force: true });
    rmSync(join(dir, `${name}.sha256`), { force: true });
  }
  return removed;
}
