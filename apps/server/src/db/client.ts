import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { type SQL, sql } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { runDataMigrations } from "./data-migrations";
import { prepareRepeatedStatements } from "./prepared";
import * as schema from "./schema";
import { nameStatements } from "./statements";
import { writeTogether } from "./together";
import { SqlTrace } from "./trace";

export type Schema = typeof schema;
/** A database handle or an open transaction: stores take either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), "migrations");

export interface Database {
  kind: "pglite" | "postgres";
  db: Db;
  migrate(): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
  /**
   * Runs `fn` on one connection without a transaction: for requests that only read and write their audit
   * events, each of which is one statement and so atomic on its own. It spares such a request the two round
   * trips of BEGIN and COMMIT. The handle offers the query builder, not the relational API (db.query).
   */
  connection<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` in a transaction as the tables' owner: for the work that builds tables and swaps them in (the
   * indicators' rebuild), which the application role may not do. The embedded database's connection takes back
   * its own role for the transaction; a server uses the owner's login (`ownerUrl`, DATABASE_MIGRATION_URL) when
   * it has one, on a connection of its own opened when first needed, else its own pool.
   */
  ownerTransaction: OwnerTransaction;
  /** Set when every statement is written to a trace file (HOMECOMING_SQL_TRACE). */
  trace?: SqlTrace;
}

export type OwnerTransaction = <T>(fn: (tx: Db) => Promise<T>) => Promise<T>;

export type DatabaseOptions = (
  | {
      kind: "postgres";
      url: string;
      ownerUrl?: string | undefined;
      poolSize?: number;
      preparedStatements?: boolean;
    }
  | { kind: "pglite"; dataDir?: string; loadDataDir?: Blob | File }
) & { traceFile?: string | undefined };

export function pgliteExtensions() {
  return { pg_trgm };
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const trace = options.traceFile ? new SqlTrace(options.traceFile) : undefined;
  const traced = trace ? { trace } : {};
  if (options.kind === "postgres") {
    // pipelined: statements a request starts together go out without waiting for each other (db/together.ts)
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10, pipeline: true });
    // an idle connection the server closed (restart, failover, a dropped database) is discarded by the
    // pool and replaced on the next query; without a listener it would crash the process
    pool.on("error", () => {});
    const prepared = options.preparedStatements !== false;
    nameStatements(prepared);
    if (prepared) prepareRepeatedStatements(pool);
    writeTogether(pool);
    const logger = trace ? { logger: trace } : {};
    const db = drizzlePg({ client: pool, schema, ...logger }) as unknown as Db;
    let ownerPool: pg.Pool | undefined;
    const ownerUrl = options.ownerUrl;
    return {
      kind: "postgres",
      db,
      ...traced,
      ownerTransaction: (fn) => {
        if (!ownerUrl) return db.transaction((tx) => fn(tx as unknown as Db));
        ownerPool ??= new pg.Pool({ connectionString: ownerUrl, max: 1 }).on("error", () => {});
        const owner = drizzlePg({ client: ownerPool, schema, ...logger }) as unknown as Db;
        return owner.transaction((tx) => fn(tx as unknown as Db));
      },
      connection: async (fn) => {
        const client = await pool.connect();
        try {
          // without the schema: building its relational configuration would cost more than the reads save
          return await fn(drizzlePg({ client, ...logger }) as unknown as Db);
        } finally {
          client.release();
        }
      },
      migrate: async () => {
        await migratePg(drizzlePg({ client: pool, schema }), { migrationsFolder });
        await runDataMigrations(db);
      },
      ping: async () => {
        await db.execute(sql`select 1`);
      },
      close: async () => {
        await pool.end();
        await ownerPool?.end();
        await trace?.close();
      },
    };
  }
  // the folder holds every record: its owner alone may enter it
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: pgliteExtensions(),
  });
  const pgliteDb = drizzlePglite({ client, schema, ...(trace ? { logger: trace } : {}) });
  const db = pgliteDb as unknown as Db;
  return {
    kind: "pglite",
    db,
    ...traced,
    // one connection, and no other request runs on it meanwhile
    connection: (fn) => fn(db),
    // the session's own role (the superuser that created the database) until the transaction ends
    ownerTransaction: (fn) =>
      db.transaction(async (tx) => {
        await tx.execute(sql`set local role none`);
        return fn(tx as unknown as Db);
      }),
    migrate: async () => {
      await migratePglite(pgliteDb, { migrationsFolder });
      await runDataMigrations(db);
    },
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: async () => {
      await client.close();
      await trace?.close();
    },
  };
}

/** Dump a (migrated) embedded database so tests can clone it in about a second. */
export async function dumpPglite(database: Database): Promise<Blob> {
  const client = (database.db as unknown as { $client: PGlite }).$client;
  return client.dumpDataDir("none");
}

/** Raw SQL rows; both drivers answer execute() with { rows }. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
