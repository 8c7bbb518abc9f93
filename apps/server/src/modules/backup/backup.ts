import { createHash } from "node:crypto";
import { once } from "node:events";
import {
  createReadStream,
  createWriteStream,
  existsSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { basename } from "node:path";
import { createInterface } from "node:readline";
import { createGunzip, createGzip } from "node:zlib";
import { sql } from "drizzle-orm";
import { type Database, type Db, migrationsFolder, queryRows } from "../../db/client";

// A backup is one gzip file of lines, each a JSON value: a header naming the tables in the order they can be
// restored, then for each table its rows (each as PostgreSQL's row_to_json writes it) between a start line and
// a line with their count and checksum, and a last line with every table's count and the checksum of all the
// lines before it. The rows are read in one snapshot (a read-only REPEATABLE READ transaction), so a backup
// taken while the server works is consistent; a file cut short or altered is refused before anything is
// written. The same file restores into either database, so a laptop's records can move to a server.

export const backupFormat = "homecoming-backup";
export const backupVersion = 1;

/** Tables a migration fills (a fresh database already holds their rows): restore replaces them. */
const filledByMigrations = ["data_migrations", "offer_catalogue_changes"];
/** Tables a migration fills that others refer to: replaced too, but restored in their place among the rest. */
const seededByMigrations = ["survey_versions"];
const replacedOnRestore = [...filledByMigrations, ...seededByMigrations];

const batchRows = 2_000;

export interface BackupTable {
  name: string;
  columns: string[];
  /** The primary key's columns: rows are written and checked in its order. */
  key: string[];
}

export interface BackupHeader {
  version: number;
  createdAt: string;
  source: Database["kind"];
  /** The migrations the database had (their tags): a backup restores into the same schema. */
  migrations: string[];
  /** In the order they can be restored: a table after the tables it refers to. */
  tables: BackupTable[];
}

export interface TableSum {
  rows: number;
  sha256: string;
}

export interface BackupSummary {
  file: string;
  createdAt: string;
  tables: Record<string, TableSum>;
  rows: number;
  /** SHA-256 of the file as written (also in `<file>.sha256`). */
  fileSha256: string;
  bytes: number;
}

/** Thrown for a backup file that cannot be restored, and for a database it cannot be restored into. */
export class BackupError extends Error {}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const sha256 = () => createHash("sha256");

/** The tags of the migrations this version of Homecoming applies. */
export function migrationTags(): string[] {
  const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, "utf8")) as {
    entries: { tag: string }[];
  };
  return journal.entries.map((e) => e.tag);
}

/** The application's tables with their columns and keys, a table after those it refers to. */
export async function tablesOf(db: Db): Promise<BackupTable[]> {
  const tables = await queryRows<{ name: string; columns: string[]; key: string[] }>(
    db,
    sql`select c.relname::text as name,
          array(select a.attname::text from pg_attribute a
                where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                order by a.attnum) as columns,
          array(select a.attname::text from pg_index i cross join unnest(i.indkey) with ordinality k(attnum, o)
                join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
                where i.indrelid = c.oid and i.indisprimary order by k.o) as key
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
        order by c.relname`,
  );
  const refs = await queryRows<{ child: string; parent: string }>(
    db,
    sql`select ch.relname::text as child, pa.relname::text as parent
        from pg_constraint f join pg_class ch on ch.oid = f.conrelid join pg_class pa on pa.oid = f.confrelid
        join pg_namespace n on n.oid = ch.relnamespace
        where f.contype = 'f' and n.nspname = 'public' and f.conrelid <> f.confrelid`,
  );
  // Kahn's order, alphabetical among equals; the tables a migration fills go last, since triggers on
  // the others write to them
  const parents = new Map(tables.map((t) => [t.name, new Set<string>()]));
  for (const r of refs) parents.get(r.child)?.add(r.parent);
  const ordered: BackupTable[] = [];
  const placed = new Set<string>();
  const pending = tables.filter((t) => !filledByMigrations.includes(t.name));
  while (pending.length) {
    const i = pending.findIndex((t) => [...parents.get(t.name)!].every((p) => placed.has(p)));
    if (i < 0)
      throw new BackupError(`the tables ${pending.map((t) => t.name).join(", ")} refer to each other`);
    const [next] = pending.splice(i, 1);
    ordered.push(next!);
    placed.add(next!.name);
  }
  return [...ordered, ...tables.filter((t) => filledByMigrations.includes(t.name))];
}

/** Settings under which rows read the same as text on either database. */
async function canonicalSession(tx: Db) {
  await tx.execute(sql`set local timezone = 'UTC'`);
  await tx.execute(sql`set local intervalstyle = 'postgres'`);
  await tx.execute(sql`set local extra_float_digits = 1`);
}

/** Calls `onRows` with the table's rows as JSON text, in key order, a batch at a time (inside a transaction). */
async function readTable(tx: Db, table: BackupTable, onRows: (rows: string[]) => Promise<void> | void) {
  const order = (table.key.length ? table.key : table.columns).map((c) => `t.${quote(c)}`).join(", ");
  await tx.execute(
    sql.raw(
      `declare hc_backup_rows no scroll cursor for select row_to_json(t)::text as r from ${quote(table.name)} t order by ${order}`,
    ),
  );
  for (;;) {
    const rows = await queryRows<{ r: string }>(tx, sql.raw(`fetch ${batchRows} from hc_backup_rows`));
    if (rows.length) await onRows(rows.map((row) => row.r));
    if (rows.length < batchRows) break;
  }
  await tx.execute(sql.raw("close hc_backup_rows"));
}

/** Every table's row count and checksum (SHA-256 of its rows' JSON lines in key order), inside a transaction. */
async function sumTables(tx: Db, tables: BackupTable[]): Promise<Record<string, TableSum>> {
  const sums: Record<string, TableSum> = {};
  for (const table of tables) {
    const hash = sha256();
    let rows = 0;
    await readTable(tx, table, (batch) => {
      for (const r of batch) hash.update(`${r}\n`);
      rows += batch.length;
    });
    sums[table.name] = { rows, sha256: hash.digest("hex") };
  }
  return sums;
}

/** Row counts and checksums of every table as they are now, read as a backup reads them. */
export async function tableChecksums(db: Db): Promise<Record<string, TableSum>> {
  return db.transaction(
    async (tx) => {
      const t = tx as unknown as Db;
      await canonicalSession(t);
      return sumTables(t, await tablesOf(t));
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

/**
 * Writes a backup of the whole database to `file` (through `<file>.partial`, renamed once complete) and its
 * SHA-256 to `<file>.sha256`, in the format `sha256sum -c` reads. Both are readable by their owner only.
 */
export async function writeBackup(database: Database, file: string): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  let fd: number;
  try {
    fd = openSync(partial, "w", 0o600);
  } catch (err) {
    throw new BackupError(`cannot write the backup to ${file}: ${(err as Error).message}`);
  }
  const out = createWriteStream(partial, { fd });
  const gzip = createGzip();
  const fileHash = sha256();
  let bytes = 0;
  gzip.on("data", (chunk: Buffer) => {
    fileHash.update(chunk);
    bytes += chunk.length;
  });
  gzip.pipe(out);
  const failed = new Promise<never>((_, reject) => {
    out.on("error", reject);
    gzip.on("error", reject);
  });
  failed.catch(() => {});
  const finished = new Promise<void>((resolve) => out.on("finish", resolve));
  const linesHash = sha256();
  const write = async (text: string, hashed = true) => {
    if (hashed) linesHash.update(text);
    if (!gzip.write(text)) await Promise.race([once(gzip, "drain"), failed]);
  };
  try {
    const { header, tables } = await database.db.transaction(
      async (tx) => {
        const t = tx as unknown as Db;
        await canonicalSession(t);
        const [{ now } = { now: "" }] = await queryRows<{ now: string }>(
          t,
          sql`select to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as now`,
        );
        const header: BackupHeader = {
          version: backupVersion,
          createdAt: now,
          source: database.kind,
          migrations: migrationTags(),
          tables: await tablesOf(t),
        };
        await write(`${JSON.stringify([backupFormat, header])}\n`);
        const tables: Record<string, TableSum> = {};
        for (const table of header.tables) {
          await write(`${JSON.stringify(["table", table.name])}\n`);
          const hash = sha256();
          let rows = 0;
          await readTable(t, table, async (batch) => {
            const text = batch.map((r) => `${r}\n`).join("");
            hash.update(text);
            rows += batch.length;
            await write(text);
          });
          tables[table.name] = { rows, sha256: hash.digest("hex") };
          await write(`${JSON.stringify(["rows", table.name, rows, tables[table.name]!.sha256])}\n`);
        }
        return { header, tables };
      },
      { isolationLevel: "repeatable read", accessMode: "read only" },
    );
    const rows = Object.values(tables).reduce((n, t) => n + t.rows, 0);
    await write(`${JSON.stringify(["end", { tables, rows, sha256: linesHash.digest("hex") }])}\n`, false);
    gzip.end();
    await Promise.race([finished, failed]);
    const fileSha256 = fileHash.digest("hex");
    renameSync(partial, file);
    writeFileSync(`${file}.sha256`, `${fileSha256}  ${basename(file)}\n`, { mode: 0o600 });
    return { file, createdAt: header.createdAt, tables, rows, fileSha256, bytes };
  } catch (err) {
    gzip.destroy();
    out.destroy();
    rmSync(partial, { force: true });
    throw err;
  }
}

/** What reading a backup found: its header and its tables' counts and checksums, all checked. */
export interface CheckedBackup {
  header: BackupHeader;
  tables: Record<string, TableSum>;
  rows: number;
  fileSha256: string;
}

type Line = [string, ...unknown[]];

/**
 * Reads a backup from start to end, checking as it goes: the format, each table's count and checksum, the
 * checksum of every line and that nothing follows the last; `onRows` gets each table's rows a batch at a
 * time. Throws a BackupError naming the first problem. The file's SHA-256 is compared with `<file>.sha256`
 * when that is beside it.
 */
export async function readBackup(
  file: string,
  onRows?: (table: BackupTable, rows: string[]) => Promise<void>,
): Promise<CheckedBackup> {
  if (!existsSync(file)) throw new BackupError(`${file}: no such file`);
  const fileHash = sha256();
  const input = createReadStream(file);
  input.on("data", (chunk) => fileHash.update(chunk as Buffer));
  const gunzip = createGunzip();
  const lines = createInterface({ input: input.pipe(gunzip), crlfDelay: Number.POSITIVE_INFINITY });
  const gunzipFailed = new Promise<never>((_, reject) =>
    gunzip.on("error", (err) => reject(new BackupError(`${file} is not a whole gzip file: ${err.message}`))),
  );
  gunzipFailed.catch(() => {});
  const linesHash = sha256();
  let header: BackupHeader | undefined;
  let end: { tables: Record<string, TableSum>; rows: number; sha256: string } | undefined;
  let table: BackupTable | undefined;
  let tableHash = sha256();
  let tableRows = 0;
  let batch: string[] = [];
  const seen: Record<string, TableSum> = {};
  let lineNo = 0;
  const fail = (problem: string): never => {
    throw new BackupError(`${file}, line ${lineNo}: ${problem}`);
  };
  const flush = async () => {
    if (table && batch.length && onRows) await onRows(table, batch);
    batch = [];
  };
  const read = async () => {
    for await (const line of lines) {
      lineNo += 1;
      if (end) fail("lines follow the last one");
      if (lineNo === 1) {
        let first: unknown;
        try {
          first = JSON.parse(line);
        } catch {
          fail("not a Homecoming backup");
        }
        if (!Array.isArray(first) || first[0] !== backupFormat) fail("not a Homecoming backup");
        header = (first as Line)[1] as BackupHeader;
        if (header.version !== backupVersion)
          fail(
            `a backup of format version ${header.version}; this Homecoming reads version ${backupVersion}`,
          );
        linesHash.update(`${line}\n`);
        continue;
      }
      if (table && line.startsWith("{")) {
        tableHash.update(`${line}\n`);
        linesHash.update(`${line}\n`);
        tableRows += 1;
        batch.push(line);
        if (batch.length >= batchRows) await flush();
        continue;
      }
      let control: Line;
      try {
        control = JSON.parse(line) as Line;
      } catch {
        return fail("not a line of a backup: the file was altered");
      }
      if (!Array.isArray(control)) fail("not a line of a backup: the file was altered");
      const [kind, ...rest] = control;
      if (kind === "table") {
        if (table) fail(`table ${rest[0]} starts before table ${table.name} ended`);
        const expected = header!.tables.find((t) => t.name === rest[0] && !(t.name in seen));
        if (!expected) fail(`table ${String(rest[0])} is not in the header, or comes twice`);
        table = expected;
        tableHash = sha256();
        tableRows = 0;
      } else if (kind === "rows") {
        if (!table || rest[0] !== table.name) fail("a table's count without its table");
        await flush();
        const sum = { rows: tableRows, sha256: tableHash.digest("hex") };
        if (rest[1] !== sum.rows)
          fail(`table ${table!.name}: ${sum.rows} rows read where the backup wrote ${String(rest[1])}`);
        if (rest[2] !== sum.sha256)
          fail(`table ${table!.name}: its rows do not give their checksum (altered)`);
        seen[table!.name] = sum;
        table = undefined;
      } else if (kind === "end") {
        if (table) fail(`the backup ends inside table ${table.name}`);
        end = rest[0] as typeof end;
        if (end?.sha256 !== linesHash.digest("hex")) fail("the lines do not give their checksum (altered)");
        continue;
      } else fail("not a line of a backup: the file was altered");
      linesHash.update(`${line}\n`);
    }
  };
  try {
    await Promise.race([read(), gunzipFailed]);
  } finally {
    lines.close();
    input.destroy();
  }
  if (!header) throw new BackupError(`${file} is empty: not a Homecoming backup`);
  if (!end) throw new BackupError(`${file} ends before its last line: the backup is cut short`);
  for (const t of header.tables) {
    const want = end.tables[t.name];
    const got = seen[t.name];
    if (!got || !want || want.rows !== got.rows || want.sha256 !== got.sha256)
      throw new BackupError(`${file}: table ${t.name} is missing or does not match the backup's last line`);
  }
  const fileSha256 = fileHash.digest("hex");
  const sidecar = `${file}.sha256`;
  if (existsSync(sidecar)) {
    const [recorded] = readFileSync(sidecar, "utf8").trim().split(/\s+/);
    if (recorded !== fileSha256)
      throw new BackupError(`${file}: its SHA-256 is not the one in ${sidecar}; the file was changed`);
  }
  return { header, tables: seen, rows: end.rows, fileSha256 };
}

export interface RestoreSummary {
  file: string;
  createdAt: string;
  tables: number;
  rows: number;
}

/**
 * Restores a backup into an empty database migrated by this version: checks the whole file first, then in
 * one transaction writes every table, sets the sequences past their rows and compares every table's count
 * and checksum with the backup's before committing. Anything wrong leaves the database as it was.
 */
export async function restoreBackup(database: Database, file: string): Promise<RestoreSummary> {
  const checked = await readBackup(file);
  const ours = migrationTags();
  const theirs = checked.header.migrations;
  if (theirs.join() !== ours.join()) {
    const newer = theirs.length > ours.length || theirs.some((tag) => !ours.includes(tag));
    throw new BackupError(
      newer
        ? `${file} was made by a newer Homecoming (schema ${theirs.at(-1)}; this one is at ${ours.at(-1)}): restore it with that version`
        : `${file} was made at schema ${theirs.at(-1)}; this Homecoming is at ${ours.at(-1)}: restore it with the version that made it, then upgrade (the upgrade migrates it)`,
    );
  }
  const tables = await tablesOf(database.db);
  const names = (list: { name: string }[]) =>
    list
      .map((t) => t.name)
      .sort()
      .join(", ");
  if (names(tables) !== names(checked.header.tables))
    throw new BackupError(
      `${file} holds the tables ${names(checked.header.tables)}; this database has ${names(tables)}`,
    );
  for (const table of tables) {
    if (replacedOnRestore.includes(table.name)) continue;
    const [row] = await queryRows<{ any: boolean }>(
      database.db,
      sql.raw(`select exists (select 1 from ${quote(table.name)}) as any`),
    );
    if (row?.any)
      throw new BackupError(
        `the database already holds data (table ${table.name}): restore into an empty one (a new HOMECOMING_DATA_DIR, or a new PostgreSQL database)`,
      );
  }
  await database.db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await canonicalSession(t);
    // a row may refer to a row of its own table that a later batch brings (a merged person to its survivor):
    // such references are deferrable and checked at commit
    await t.execute(sql`set constraints all deferred`);
    for (const name of replacedOnRestore) await t.execute(sql.raw(`delete from ${quote(name)}`));
    await readBackup(file, async (table, rows) => {
      const columns = table.columns.map(quote).join(", ");
      try {
        await t.execute(
          sql`insert into ${sql.raw(quote(table.name))} (${sql.raw(columns)})
              select ${sql.raw(columns)} from json_populate_recordset(null::${sql.raw(quote(table.name))}, ${`[${rows.join(",")}]`}::json)`,
        );
      } catch (err) {
        // the database's reason only: the failed statement's parameters are the rows themselves
        const reason = ((err as { cause?: unknown }).cause ?? err) as Error;
        throw new BackupError(
          `table ${table.name} cannot be restored (${reason.message}): nothing was restored`,
        );
      }
    });
    const serials = await queryRows<{ tbl: string; col: string; seq: string }>(
      t,
      sql`select c.relname::text as tbl, a.attname::text as col,
            pg_get_serial_sequence(quote_ident(c.relname), a.attname)::text as seq
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
          where n.nspname = 'public' and c.relkind = 'r'
            and pg_get_serial_sequence(quote_ident(c.relname), a.attname) is not null`,
    );
    for (const s of serials)
      await t.execute(
        sql.raw(
          `select setval('${s.seq.replaceAll("'", "''")}', coalesce(max(${quote(s.col)}), 1), max(${quote(s.col)}) is not null) from ${quote(s.tbl)}`,
        ),
      );
    const restored = await sumTables(t, checked.header.tables);
    for (const table of checked.header.tables) {
      const want = checked.tables[table.name]!;
      const got = restored[table.name]!;
      if (want.rows !== got.rows || want.sha256 !== got.sha256)
        throw new BackupError(
          `table ${table.name} reads back with ${got.rows} rows where the backup holds ${want.rows}, or with other values: nothing was restored`,
        );
    }
  });
  return {
    file,
    createdAt: checked.header.createdAt,
    tables: checked.header.tables.length,
    rows: checked.rows,
  };
}
