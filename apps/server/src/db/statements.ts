import type { Db } from "./client";

type Prepared<R> = { execute(values?: Record<string, unknown>): Promise<R> };

let named = true;

/**
 * Whether statements built once go to PostgreSQL by name (prepared on each connection) or unnamed; off behind
 * a pooler in transaction mode (DATABASE_PREPARED_STATEMENTS=off), set when the database opens.
 */
export function nameStatements(on: boolean): void {
  named = on;
}

/** The connection a handle sends its statements on (a pool, a pooled connection, a transaction). */
function connectionOf(db: Db): object {
  const client = (db as unknown as { session?: { client?: object } }).session?.client;
  if (!client) throw new Error("this database handle names no connection");
  return client;
}

/**
 * A statement built once for each connection that runs it. The query builder writes a query's SQL again on
 * every call, and that writing is the largest share of the CPU a request costs; a statement written with
 * placeholders (`sql.placeholder("name")`) is built and prepared the first time a connection runs it and then
 * only executed with the values of the call. PostgreSQL keeps it prepared under `name` while the connection
 * lives.
 */
export function statement<R>(name: string, build: (db: Db) => { prepare(name: string): Prepared<R> }) {
  const prepared = new WeakMap<object, Prepared<R>>();
  return (db: Db, values: Record<string, unknown>): Promise<R> => {
    const connection = connectionOf(db);
    let q = prepared.get(connection);
    if (!q) {
      q = build(db).prepare(named ? name : (undefined as unknown as string));
      prepared.set(connection, q);
    }
    return q.execute(values);
  };
}
