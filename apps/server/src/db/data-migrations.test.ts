import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../../test/harness";
import type { Database } from "./client";
import { phonesToE164, runDataMigrations } from "./data-migrations";
import { dataMigrations, organisations, persons } from "./schema";

let database: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ database, drop } = await freshDatabase());
});
afterAll(() => drop());

describe("data migrations", () => {
  it("records the phone step as applied on a new database", async () => {
    const [row] = await database.db
      .select()
      .from(dataMigrations)
      .where(eq(dataMigrations.name, "0010_phones_e164"));
    expect(row?.summary).toEqual({ read: 0, rewritten: 0, unchanged: 0, keptInvalid: 0 });
  });

  it("rewrites stored phones to E.164 with the person's country, keeps what it cannot read, and runs once", async () => {
    const [org] = await database.db
      .insert(organisations)
      .values({ name: "MRC Lahore", kind: "mrc", country: "PK" })
      .returning();
    const stored = [
      ["+88001712345678", "BD3026"],
      ["+8801712345678", "BD3026"],
      ["+9203001234567", "PK617"],
      ["+96475012345678", "IQG11Q02"],
    ] as const;
    const rows = await database.db
      .insert(persons)
      .values(
        stored.map(([phone, adminAreaCode], i) => ({
          givenName: `Stored${i}`,
          familyName: "Phone",
          searchName: `stored${i} phone`,
          birthYear: 1990,
          sex: "male" as const,
          phone,
          adminAreaCode,
          registeredByOrganisationId: org!.id,
        })),
      )
      .returning({ id: persons.id });
    const step = { name: "test_phones_e164", run: phonesToE164 };
    await runDataMigrations(database.db, [step]);
    const phones = await database.db
      .select({ id: persons.id, phone: persons.phone })
      .from(persons)
      .where(sql`${persons.id} in ${rows.map((r) => r.id)}`);
    const phoneOf = (i: number) => phones.find((p) => p.id === rows[i]!.id)?.phone;
    expect([0, 1, 2, 3].map(phoneOf)).toEqual([
      "+8801712345678",
      "+8801712345678",
      "+923001234567",
      "+96475012345678",
    ]);
    const [record] = await database.db
      .select()
      .from(dataMigrations)
      .where(eq(dataMigrations.name, "test_phones_e164"));
    expect(record?.summary).toEqual({ read: 4, rewritten: 2, unchanged: 1, keptInvalid: 1 });

    await database.db.execute(sql`update persons set phone = '+88001712345678' where id = ${rows[1]!.id}`);
    await runDataMigrations(database.db, [step]);
    expect(
      (await database.db.select({ phone: persons.phone }).from(persons).where(eq(persons.id, rows[1]!.id)))[0]
        ?.phone,
    ).toBe("+88001712345678");
  });
});
