import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app";
import { recurringJobs, registerRecurringJobs, runDueJobs } from "../src/background";
import { testConfig } from "../src/config";
import { dropToAppRole, grantAppRole } from "../src/db/app-role";
import { type Database, type Db, openDatabase, queryRows } from "../src/db/client";
import { sealAudit, verifyAudit } from "../src/modules/audit/chain";
import { readBackup } from "../src/modules/backup/backup";
import { backupDatabase } from "../src/modules/backup/service";
import { refreshIndicatorFacts } from "../src/modules/indicators/refresh";
import { freshDatabase } from "./harness";
import { loginAs, personPayload, seedWorld } from "./world";

/**
 * The server runs as a role that owns no table: on a PostgreSQL server a login role given its rights by the
 * owner (appRoleStatements, as docs/operations.md shows); on the embedded database its one connection takes
 * that role with SET ROLE. As that role the application works, and cannot remove or rewrite the audit.
 */

let owner: Database;
let app: Database;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const fresh = await freshDatabase();
  owner = fresh.database;
  await seedWorld(owner);
  const url = process.env.DATABASE_URL;
  if (owner.kind === "postgres" && url) {
    const role = `hc_app_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
    await owner.db.execute(sql.raw(`CREATE ROLE ${role} LOGIN`));
    await grantAppRole(owner.db, role);
    const [{ db: name } = { db: "" }] = await queryRows<{ db: string }>(
      owner.db,
      sql`select current_database() as db`,
    );
    const asApp = new URL(url);
    asApp.username = role;
    asApp.pathname = `/${name}`;
    const asOwner = new URL(url);
    asOwner.pathname = `/${name}`;
    // as the server runs: the application role, and the owner's login for the indicators' rebuild
    app = await openDatabase({
      kind: "postgres",
      url: asApp.toString(),
      ownerUrl: asOwner.toString(),
      poolSize: 3,
    });
    cleanup = async () => {
      await app.close();
      await fresh.drop();
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`DROP ROLE IF EXISTS ${role}`);
      await admin.end();
    };
  } else {
    await dropToAppRole(owner.db);
    app = owner;
    cleanup = fresh.drop;
  }
}, 120_000);
afterAll(() => cleanup());

describe("the application's database role", () => {
  it("is not a superuser and owns no table", async () => {
    const [me] = await queryRows<{ su: boolean; owned: number }>(
      app.db,
      sql`select (select rolsuper from pg_roles where rolname = current_user) as su,
        (select count(*)::int from pg_tables where schemaname = 'public' and tableowner = current_user) as owned`,
    );
    expect(me).toEqual({ su: false, owned: 0 });
  });

  it("serves the application: registers, reads, seals and verifies the audit", async () => {
    const server = await buildApp({ config: testConfig(), database: app });
    await server.ready();
    try {
      const client = await loginAs(server, "case.dhaka@test.homecoming");
      const created = await client.post("/persons", personPayload({ nameNative: undefined }));
      expect(created.statusCode).toBe(201);
      expect((await client.get(`/persons/${created.json().id}`)).statusCode).toBe(200);
      expect(await sealAudit(app.db)).toBeGreaterThan(0);
      expect((await verifyAudit(app.db)).ok).toBe(true);
    } finally {
      await server.close();
    }
  });

  it("works the indicators out again as the owner, by the job and the route, and serves them as itself", async () => {
    // first as the application role, which may not make the new tables: the rebuild needs the owner
    const refused = await app.db
      .transaction((tx) => refreshIndicatorFacts(tx as unknown as Db, new Date()))
      .then(
        () => "",
        (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
      );
    expect(refused).toMatch(/permission denied/);

    // every background job, as the worker runs them (the rebuild in the owner's transaction)
    await registerRecurringJobs(app.db);
    await app.db.execute(sql`update jobs set run_at = now()`);
    const { ran } = await runDueJobs(app.db, undefined, undefined, app.ownerTransaction);
    expect(ran).toBe(Object.keys(recurringJobs).length);
    const failed = await queryRows<{ kind: string; error: string }>(
      app.db,
      sql`select kind, last_error as error from jobs where last_error is not null`,
    );
    expect(failed).toEqual([]);
    const [rebuilt] = await queryRows<{ n: number }>(
      app.db,
      sql`select count(*)::int as n from indicator_refreshes`,
    );
    expect(rebuilt?.n).toBe(1);

    let facts = 0;
    const server = await buildApp({ config: testConfig(), database: app });
    await server.ready();
    try {
      const admin = await loginAs(server, "admin@test.homecoming");
      const refreshed = await admin.post("/indicators/refresh", {});
      expect(refreshed.statusCode).toBe(200);
      facts = refreshed.json().facts;
      expect(facts).toBeGreaterThan(0);
      const analyst = await loginAs(server, "analyst@test.homecoming");
      const registered = await analyst.get("/indicators/returnees_registered?by=sex");
      expect(registered.statusCode).toBe(200);
      expect(registered.json().refreshedAt).not.toBeNull();
    } finally {
      await server.close();
    }
    // the swapped-in tables are the owner's, with the application's rights on them
    const [me] = await queryRows<{ owned: number; facts: number }>(
      app.db,
      sql`select (select count(*)::int from pg_tables where schemaname = 'public' and tableowner = current_user) as owned,
        (select count(*)::int from indicator_facts) as facts`,
    );
    expect(me?.owned).toBe(0);
    expect(me?.facts).toBe(facts);
  });

  it("takes a consistent backup (the server writes the embedded database's)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hc-roles-"));
    try {
      const summary = await backupDatabase(app, join(dir, "app-role.backup.gz"), "test");
      expect(summary.tables.users!.rows).toBeGreaterThan(0);
      expect((await readBackup(summary.file)).rows).toBe(summary.rows);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("cannot delete, truncate or rewrite the audit, switch its triggers off or act as the replication role", async () => {
    // the database's own words, which drizzle keeps as the cause of its "Failed query" error
    const refused = async (statement: string, because: RegExp) => {
      const error = await app.db.execute(sql.raw(statement)).then(
        () => undefined,
        (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
      );
      expect(error, statement).toMatch(because);
    };
    await refused("delete from audit_events", /permission denied/);
    await refused("truncate audit_events", /permission denied/);
    await refused("update audit_events set action = 'read'", /permission denied/);
    await refused("delete from audit_checkpoints", /permission denied/);
    await refused("alter table audit_events disable trigger user", /must be owner/);
    await refused("set session_replication_role = replica", /permission denied/);
    // sealing sets the chain's columns once: a sealed event cannot be sealed again
    await refused("update audit_events set hash = 'x' where chain_pos = 1", /append-only/);
    expect((await verifyAudit(app.db)).ok).toBe(true);
  });
});
