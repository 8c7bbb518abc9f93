import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { freshDatabase, openWorld } from "../../../test/harness";
import { personPayload } from "../../../test/world";
import { type Database, openDatabase, queryRows } from "../../db/client";
import { sealAudit, verifyAudit } from "../audit/chain";
import { insertAudit } from "../audit/store";
import { BackupError, readBackup, restoreBackup, tableChecksums, writeBackup } from "./backup";
import { backupThroughServer, serveControl, serverRunningOn } from "./control";
import { backupDatabase } from "./service";

/**
 * A backup taken while the server works restores into a fresh database with every table's rows, counts and
 * checksums as they were, and the audit chain still verifies; a file cut short, altered or forged is refused
 * and leaves the database it was to go into as it was. On the embedded database the running server writes the
 * backup, asked through its control socket. With DATABASE_URL the databases are on the PostgreSQL server.
 */

const { env, as } = await openWorld();
const dir = mkdtempSync(join(tmpdir(), "hc-backup-"));
const opened: Array<{ drop(): Promise<void> }> = [];
afterAll(async () => {
  for (const o of opened) await o.drop();
  await env.close();
  rmSync(dir, { recursive: true, force: true });
});

async function fresh(): Promise<Database> {
  const f = await freshDatabase();
  opened.push(f);
  return f.database;
}

let registered = 0;
async function register(n: number) {
  const answers = await Promise.all(
    Array.from({ length: n }, () => {
      registered += 1;
      const i = registered;
      return as.caseDhaka.post("/persons", {
        ...personPayload({
          givenName: `Backup${String.fromCharCode(65 + (i % 26))}${i}`,
          familyName: `Zubair${i}`,
          nameNative: `বেকআপ ${i}`,
          nationalId: `19901234${String(i).padStart(5, "0")}`,
          phone: `+88017110${String(i).padStart(5, "0")}`,
        }),
      });
    }),
  );
  for (const res of answers) expect(res.statusCode, res.body).toBe(201);
  // a case for each, and each case read (audit events with persons named)
  for (const res of answers) {
    const kase = await as.caseDhaka.post("/cases", { personId: res.json().id });
    expect(kase.statusCode, kase.body).toBe(201);
    expect((await as.caseDhaka.get(`/cases/${kase.json().id}`)).statusCode).toBe(200);
  }
}

/**
 * Every table's row count and an MD5 of its rows (each as PostgreSQL writes the record as text, sorted),
 * worked out apart from the backup's own checksums.
 */
async function fingerprint(database: Database): Promise<Record<string, string>> {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`set local timezone = 'UTC'`);
    const tables = await queryRows<{ name: string }>(
      tx as never,
      sql`select tablename::text as name from pg_tables where schemaname = 'public' order by tablename`,
    );
    const out: Record<string, string> = {};
    for (const { name } of tables) {
      const [row] = await queryRows<{ n: number; h: string }>(
        tx as never,
        sql.raw(`select count(*)::int as n, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as h
                 from "${name}" t`),
      );
      out[name] = `${row!.n} ${row!.h}`;
    }
    return out;
  });
}

async function rowsOf(database: Database, table: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    database.db,
    sql.raw(`select count(*)::int as n from "${table}"`),
  );
  return row!.n;
}

/** Rewrites a backup's lines, then works out again the checksum of its lines (not its tables'). */
function rewrite(file: string, to: string, edit: (lines: string[]) => string[]) {
  const lines = gunzipSync(readFileSync(file)).toString("utf8").trimEnd().split("\n");
  const edited = edit(lines);
  const last = JSON.parse(edited.at(-1)!) as [string, { sha256: string }];
  const hash = createHash("sha256");
  for (const line of edited.slice(0, -1)) hash.update(`${line}\n`);
  last[1].sha256 = hash.digest("hex");
  edited[edited.length - 1] = JSON.stringify(last);
  writeFileSync(to, gzipSync(`${edited.join("\n")}\n`));
}

await register(12);
await sealAudit(env.database.db);
await register(3); // some events not sealed yet
const quiet = join(dir, "quiet.backup.gz");
const quietSummary = await writeBackup(env.database, quiet);
const quietFingerprint = await fingerprint(env.database);

describe("homecoming backup and restore", () => {
  it("restores every table's rows into a fresh database, counts and checksums equal, the chain verifying", async () => {
    expect(quietSummary.tables.persons!.rows).toBeGreaterThanOrEqual(15);
    expect(quietSummary.tables.audit_events!.rows).toBeGreaterThanOrEqual(45);
    expect(quietSummary.tables.cases!.rows).toBeGreaterThanOrEqual(15);
    expect(readFileSync(`${quiet}.sha256`, "utf8")).toBe(`${quietSummary.fileSha256}  quiet.backup.gz\n`);

    const target = await fresh();
    const restored = await restoreBackup(target, quiet);
    expect(restored.rows).toBe(quietSummary.rows);
    expect(await fingerprint(target)).toEqual(quietFingerprint);
    expect(await tableChecksums(target.db)).toEqual(quietSummary.tables);
    const verification = await verifyAudit(target.db);
    expect(verification).toMatchObject({ ok: true, unsealed: expect.any(Number) });
    expect(verification.verified).toBeGreaterThan(0);
    expect(verification.unsealed).toBeGreaterThan(0);

    // the sequences go on past the restored rows: the restored database takes new events and seals them
    await insertAudit(target.db, [{ action: "read", recordType: "person", recordId: null, details: {} }]);
    expect(await sealAudit(target.db)).toBe(verification.unsealed + 1);
    expect((await verifyAudit(target.db)).ok).toBe(true);
  });

  it("is one snapshot while registrations go on: every person restored has the audit event that made it", async () => {
    const file = join(dir, "busy.backup.gz");
    const [summary] = await Promise.all([backupDatabase(env.database, file, "test"), register(20)]);
    const target = await fresh();
    await restoreBackup(target, file);
    expect(await tableChecksums(target.db)).toEqual(summary.tables);
    const [row] = await queryRows<{ persons: number; created: number }>(
      target.db,
      sql`select (select count(*)::int from persons) as persons,
                 (select count(*)::int from audit_events where action = 'create' and record_type = 'person') as created`,
    );
    expect(row!.persons).toBe(summary.tables.persons!.rows);
    expect(row!.created).toBe(row!.persons);
    // the backup itself is in the source's audit, with its checksum
    const [event] = await queryRows<{ reason: string; sha: string }>(
      env.database.db,
      sql`select reason, details->>'sha256' as sha from audit_events where action = 'export' and record_type = 'backup'`,
    );
    expect(event).toEqual({ reason: "test", sha: summary.fileSha256 });
  });

  it("restores a backup of the embedded database into the configured one (a laptop's records to a server)", async () => {
    const laptop = await openDatabase({ kind: "pglite" });
    try {
      await laptop.migrate();
      const { seedWorld } = await import("../../../test/world");
      await seedWorld(laptop);
      const file = join(dir, "laptop.backup.gz");
      const summary = await writeBackup(laptop, file);
      const target = await fresh();
      await restoreBackup(target, file);
      expect(await fingerprint(target)).toEqual(await fingerprint(laptop));
      expect(await tableChecksums(target.db)).toEqual(summary.tables);
    } finally {
      await laptop.close();
    }
  });

  it("refuses a database that already holds data, naming the table", async () => {
    const target = await fresh();
    await restoreBackup(target, quiet);
    await expect(restoreBackup(target, quiet)).rejects.toThrow(/already holds data \(table \w+\)/);
  });

  it("refuses a file cut short, altered or not a backup, before writing anything", async () => {
    const target = await fresh();
    const whole = readFileSync(quiet);
    const cut = join(dir, "cut.backup.gz");
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    await expect(restoreBackup(target, cut)).rejects.toThrow(/not a whole gzip file|cut short/);

    const altered = join(dir, "altered.backup.gz");
    rewrite(quiet, altered, (lines) =>
      lines.map((l) => l.replace(/"given_name":"Backup\w+?"/, '"given_name":"Forged"')),
    );
    await expect(restoreBackup(target, altered)).rejects.toThrow(
      /table persons: its rows do not give their checksum \(altered\)/,
    );

    const dropped = join(dir, "dropped.backup.gz");
    rewrite(quiet, dropped, (lines) => {
      const i = lines.findIndex((l) => l.startsWith('{"seq":'));
      return [...lines.slice(0, i), ...lines.slice(i + 1)];
    });
    await expect(restoreBackup(target, dropped)).rejects.toThrow(
      /table audit_events: \d+ rows read where the backup wrote \d+/,
    );

    const sidecar = join(dir, "sidecar.backup.gz");
    writeFileSync(sidecar, whole);
    writeFileSync(`${sidecar}.sha256`, `${"0".repeat(64)}  sidecar.backup.gz\n`);
    await expect(restoreBackup(target, sidecar)).rejects.toThrow(
      /SHA-256 is not the one in .*sidecar\.backup\.gz\.sha256/,
    );

    const text = join(dir, "text.backup.gz");
    writeFileSync(text, gzipSync("name,phone\nA,1\n"));
    await expect(restoreBackup(target, text)).rejects.toThrow(/line 1: not a Homecoming backup/);
    await expect(readBackup(join(dir, "none.gz"))).rejects.toThrow(/no such file/);

    expect(await rowsOf(target, "persons")).toBe(0);
    expect(await rowsOf(target, "audit_events")).toBe(0);
  });

  it("refuses a backup of another schema, saying which version restores it", async () => {
    const target = await fresh();
    const older = join(dir, "older.backup.gz");
    rewrite(quiet, older, (lines) => {
      const [format, header] = JSON.parse(lines[0]!) as [string, { migrations: string[] }];
      header.migrations = header.migrations.slice(0, -1);
      return [JSON.stringify([format, header]), ...lines.slice(1)];
    });
    await expect(restoreBackup(target, older)).rejects.toThrow(
      /restore it with the version that made it, then upgrade/,
    );
    const newer = join(dir, "newer.backup.gz");
    rewrite(quiet, newer, (lines) => {
      const [format, header] = JSON.parse(lines[0]!) as [string, { migrations: string[] }];
      header.migrations.push("9999_from_the_future");
      return [JSON.stringify([format, header]), ...lines.slice(1)];
    });
    await expect(restoreBackup(target, newer)).rejects.toThrow(/made by a newer Homecoming/);
  });

  it("writes nothing when a row cannot go in: the whole restore is one transaction", async () => {
    // a case of a person the backup does not hold, with every checksum worked out again (a forger's file)
    const forged = join(dir, "forged.backup.gz");
    rewrite(quiet, forged, (lines) => {
      let table = "";
      let forgedOne = 0;
      const sums = new Map<string, ReturnType<typeof createHash>>();
      const out = lines.map((line) => {
        if (line.startsWith('["table"')) {
          table = (JSON.parse(line) as string[])[1]!;
          sums.set(table, createHash("sha256"));
          return line;
        }
        if (line.startsWith("{")) {
          const edited =
            table === "cases" && !forgedOne++
              ? line.replace(
                  /"person_id":"[0-9a-f-]+"/,
                  `"person_id":"${"1".repeat(8)}-1111-4111-8111-${"1".repeat(12)}"`,
                )
              : line;
          sums.get(table)!.update(`${edited}\n`);
          return edited;
        }
        if (line.startsWith('["rows"')) {
          const [, name, n] = JSON.parse(line) as [string, string, number];
          return JSON.stringify(["rows", name, n, sums.get(name)!.digest("hex")]);
        }
        return line;
      });
      const end = JSON.parse(out.at(-1)!) as [
        string,
        { tables: Record<string, { rows: number; sha256: string }> },
      ];
      for (const line of out.filter((l) => l.startsWith('["rows"'))) {
        const [, name, n, sha] = JSON.parse(line) as [string, string, number, string];
        end[1].tables[name] = { rows: n, sha256: sha };
      }
      out[out.length - 1] = JSON.stringify(end);
      return out;
    });
    expect((await readBackup(forged)).tables.cases!.rows).toBe(quietSummary.tables.cases!.rows);
    expect(quietSummary.tables.cases!.rows).toBeGreaterThan(0);
    const target = await fresh();
    await expect(restoreBackup(target, forged)).rejects.toThrow(
      /^table cases cannot be restored \(.*foreign key.*\): nothing was restored$/,
    );
    for (const table of ["organisations", "users", "persons", "audit_events"])
      expect(await rowsOf(target, table)).toBe(0);
  });
});

describe("the embedded database's running server", () => {
  it("writes the backup when asked through its control socket, and keeps a second server off its folder", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "hc-embedded-"));
    const database = await openDatabase({ kind: "pglite", dataDir });
    try {
      await database.migrate();
      expect(await serverRunningOn(dataDir)).toBe(false);
      const stop = await serveControl(dataDir, {
        backup: (file) => backupDatabase(database, file, "socket"),
      });
      try {
        expect(await serverRunningOn(dataDir)).toBe(true);
        await expect(serveControl(dataDir, { backup: async () => ({}) })).rejects.toThrow(
          /Another Homecoming server is using the embedded database/,
        );
        const file = join(dir, "socket.backup.gz");
        const summary = await backupThroughServer<{ file: string; rows: number }>(dataDir, file);
        expect(summary.file).toBe(file);
        expect((await readBackup(file)).rows).toBe(summary.rows);
        await expect(backupThroughServer(dataDir, join(dir, "no-such-folder", "x.gz"))).rejects.toThrow(
          /cannot write the backup to .*x\.gz: ENOENT/,
        );
      } finally {
        await stop();
      }
      expect(await serverRunningOn(dataDir)).toBe(false);
    } finally {
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("refuses to restore into a database of other tables, naming both", async () => {
    const target = await fresh();
    await target.db.execute(sql`create table extra_notes (id int primary key)`);
    await expect(restoreBackup(target, quiet)).rejects.toBeInstanceOf(BackupError);
    await expect(restoreBackup(target, quiet)).rejects.toThrow(/this database has .*extra_notes/);
  });
});
