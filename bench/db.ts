import { resolve } from "node:path";
import { type Database, openDatabase } from "../apps/server/src/db/client";

export interface Target {
  database: Database;
  /** "postgres (127.0.0.1:5432/hc_bench)" or "pglite (/path/to/dir)", for reports. */
  label: string;
}

/** The database to benchmark: DATABASE_URL when set, else the embedded database in `dataDir`. */
export async function openTarget(dataDir: string | undefined): Promise<Target> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const u = new URL(url);
    const database = await openDatabase({ kind: "postgres", url, poolSize: 10 });
    return { database, label: `postgres (${u.host}${u.pathname})` };
  }
  const dir = resolve(dataDir ?? ".tmp/bench-data");
  const database = await openDatabase({ kind: "pglite", dataDir: dir });
  return { database, label: `pglite (${dir})` };
}

export function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`);
  return n;
}
