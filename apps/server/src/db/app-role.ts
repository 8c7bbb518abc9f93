import { sql } from "drizzle-orm";
import type { Db } from "./client";

/** The role the embedded database's connection drops to once it is migrated. */
export const embeddedAppRole = "homecoming_app";

const identifier = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * What the role the server runs as may do: read and write the application's tables, add to the audit and
 * seal its events (the chain columns, once: a trigger refuses any other change), add checkpoints. It owns no
 * table, so it cannot switch a trigger off, truncate, or act as the replication role; the work that makes
 * tables (the indicators' rebuild) runs as the owner (Database.ownerTransaction). docs/operations.md shows
 * the same statements for a PostgreSQL server; run them as the tables' owner after each migration.
 */
export function appRoleStatements(role: string): string[] {
  if (!identifier.test(role)) throw new Error(`${role} is not a plain role name (lower case, digits, _)`);
  return [
    `GRANT USAGE ON SCHEMA public TO ${role}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`,
    `REVOKE UPDATE, DELETE, TRUNCATE ON audit_events, audit_checkpoints FROM ${role}`,
    `GRANT UPDATE (chain_pos, prev_hash, hash) ON audit_events TO ${role}`,
    // the tables the owner makes later (the indicators' rebuild swaps new ones in) come with the same rights
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${role}`,
  ];
}

/** Gives `role` the rights above, on a connection of the tables' owner. */
export async function grantAppRole(db: Db, role: string): Promise<void> {
  for (const statement of appRoleStatements(role)) await db.execute(sql.raw(statement));
}

/**
 * The embedded database's one connection goes on as the application role: created once, given its rights,
 * then taken with SET ROLE. In one process this guards against a statement gone wrong (a TRUNCATE, a DELETE
 * of the audit), not against the process itself, which holds the database's files.
 */
export async function dropToAppRole(db: Db, role = embeddedAppRole): Promise<void> {
  await db.execute(
    sql.raw(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${role}') THEN CREATE ROLE ${role} NOLOGIN; END IF;
    END $$`),
  );
  await grantAppRole(db, role);
  await db.execute(sql.raw(`SET ROLE ${role}`));
}
