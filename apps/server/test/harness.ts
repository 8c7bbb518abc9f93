import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { inject } from "vitest";
import { buildApp } from "../src/app";
import { testConfig } from "../src/config";
import { type Database, openDatabase } from "../src/db/client";
import { adminUrl, databaseUrlFor } from "./pg-url";
import { type Client, loginAs, seedWorld } from "./world";

export interface TestEnv {
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

/** A fresh, migrated database of this test file's own, embedded or on the PostgreSQL server. */
export async function freshDatabase(): Promise<{ database: Database; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  const template = inject("pgTemplate");
  if (url && template) {
    const name = `hc_t_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
    const admin = new pg.Client({ connectionString: adminUrl(url) });
    await admin.connect();
    await admin.query(`create database ${name} template ${template}`);
    const database = await openDatabase({ kind: "postgres", url: databaseUrlFor(url, name), poolSize: 5 });
    return {
      database,
      drop: async () => {
        await database.close();
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const blob = new Blob([readFileSync(inject("pgliteTemplate"))]);
  const database = await openDatabase({ kind: "pglite", loadDataDir: blob });
  return { database, drop: () => database.close() };
}

export async function createTestEnv(): Promise<TestEnv> {
  const { database, drop } = await freshDatabase();
  const app = await buildApp({ config: testConfig(), database });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await drop();
    },
  };
}

/** The small world's accounts, by the name tests give their clients. */
export const accounts = {
  admin: "admin@test.homecoming",
  caseDhaka: "case.dhaka@test.homecoming",
  counsellorDhaka: "counsellor.dhaka@test.homecoming",
  caseErbil: "case.erbil@test.homecoming",
  providerTvet: "provider.tvet@test.homecoming",
  providerBank: "provider.bank@test.homecoming",
  analyst: "analyst@test.homecoming",
} as const;
export type Account = keyof typeof accounts;

/**
 * One test file's world: a fresh database with the small world seeded, the app, and a logged-in client for
 * every account. Close it in afterAll.
 */
export async function openWorld() {
  const env = await createTestEnv();
  const world = await seedWorld(env.database);
  const clients = await Promise.all(
    Object.entries(accounts).map(async ([name, email]) => [name, await loginAs(env.app, email)] as const),
  );
  return { env, world, as: Object.fromEntries(clients) as Record<Account, Client> };
}
