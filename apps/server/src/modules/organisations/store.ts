import type { OrganisationKind, Role } from "@homecoming/domain";
import { type AnyColumn, and, count, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { pageTotal } from "../../db/paging";
import { organisations, users } from "../../db/schema";
import { statement } from "../../db/statements";
import { orderOf, type Sort } from "../../http/schemas";
import type { OrganisationSortField, UserSortField } from "./schemas";

export type OrganisationRow = typeof organisations.$inferSelect;
export type UserRow = typeof users.$inferSelect;

export async function insertOrganisation(tx: Db, row: typeof organisations.$inferInsert) {
  const [created] = await tx.insert(organisations).values(row).returning();
  return created!;
}

export async function updateOrganisation(
  tx: Db,
  id: string,
  patch: Partial<typeof organisations.$inferInsert>,
) {
  const [updated] = await tx
    .update(organisations)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(organisations.id, id))
    .returning();
  return updated;
}

export async function getOrganisation(tx: Db, id: string) {
  const [row] = await tx.select().from(organisations).where(eq(organisations.id, id)).limit(1);
  return row;
}

const organisationsWithIds = statement("hc_organisations_by_ids", (db) =>
  db
    .select()
    .from(organisations)
    .where(sql`${organisations.id} = any(${sql.placeholder("ids")}::uuid[])`),
);

export async function organisationsByIds(tx: Db, ids: string[]) {
  if (!ids.length) return [];
  return organisationsWithIds(tx, { ids });
}

/**
 * Text compared without letter case or accents: decomposed (NFD), combining diacritical marks removed,
 * lower-cased. The same expression folds the stored name and the searched text, so both sides agree.
 */
const folded = (text: AnyColumn | SQL) =>
  sql`lower(regexp_replace(normalize(${text}, NFD), '[\\u0300-\\u036f]', '', 'g'))`;

const organisationOrder = {
  name: folded(organisations.name),
  kind: organisations.kind,
  country: organisations.country,
  created: organisations.createdAt,
};

export async function listOrganisations(
  tx: Db,
  filter: {
    q?: string | undefined;
    kind?: OrganisationKind | undefined;
    country?: string | undefined;
    /** only those in use (true) or no longer (false) */
    active?: boolean | undefined;
    sort: Sort<OrganisationSortField>;
    limit: number;
    offset: number;
  },
) {
  const where: SQL[] = [];
  if (filter.q) {
    where.push(sql`strpos(${folded(organisations.name)}, ${folded(sql`${filter.q}::text`)}) > 0`);
  }
  if (filter.kind) where.push(eq(organisations.kind, filter.kind));
  if (filter.country) where.push(eq(organisations.country, filter.country));
  if (filter.active !== undefined) where.push(eq(organisations.active, filter.active));
  const cond = and(...where);
  const items = await tx
    .select()
    .from(organisations)
    .where(cond)
    .orderBy(...orderOf(filter.sort, organisationOrder, organisationOrder.name, organisations.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const total = await pageTotal(
    items.length,
    filter,
    async () => (await tx.select({ n: count() }).from(organisations).where(cond))[0]!.n,
  );
  return { items, total };
}

export async function insertUser(tx: Db, row: typeof users.$inferInsert) {
  const [created] = await tx.insert(users).values(row).returning();
  return created!;
}

export async function updateUser(tx: Db, id: string, patch: Partial<typeof users.$inferInsert>) {
  const [updated] = await tx
    .update(users)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning();
  return updated;
}

export async function getUser(tx: Db, id: string) {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export async function findUserByEmail(tx: Db, email: string) {
  const [row] = await tx.select().from(users).where(eq(users.email, email)).limit(1);
  return row;
}

const userOrder = {
  name: folded(users.name),
  email: users.email,
  created: users.createdAt,
};

export async function listUsers(
  tx: Db,
  filter: {
    organisationId?: string | undefined;
    sort: Sort<UserSortField>;
    limit: number;
    offset: number;
  },
) {
  const cond = filter.organisationId ? eq(users.organisationId, filter.organisationId) : undefined;
  const items = await tx
    .select()
    .from(users)
    .where(cond)
    .orderBy(...orderOf(filter.sort, userOrder, users.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const total = await pageTotal(
    items.length,
    filter,
    async () => (await tx.select({ n: count() }).from(users).where(cond))[0]!.n,
  );
  return { items, total };
}

/**
 * The active MRCs serving a place (`areas`: the place, its province and its country, nearest first), those
 * serving the place itself before those serving its province; then the other MRCs of `country`.
 */
export async function mrcsServing(tx: Db, areas: readonly string[], country: string | null) {
  const rows = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(
      and(
        eq(organisations.kind, "mrc"),
        eq(organisations.active, true),
        sql`(${organisations.areasServed} && ${sql.param([...areas])}::text[] or ${organisations.country} = ${country})`,
      ),
    )
    .orderBy(
      sql`coalesce((select min(array_position(${sql.param([...areas])}::text[], a))
                      from unnest(${organisations.areasServed}) a), ${areas.length + 1})`,
      organisations.name,
      organisations.id,
    );
  return rows.map((r) => r.id);
}

/** The roles of some users, by id (who acted, in a returnee's access log, named by role alone). */
export async function rolesOfUsers(tx: Db, ids: string[]): Promise<Map<string, Role[]>> {
  if (!ids.length) return new Map();
  const rows = await tx
    .select({ id: users.id, roles: users.roles })
    .from(users)
    .where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.roles]));
}
