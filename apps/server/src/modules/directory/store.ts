import type { ServiceCategoryCode } from "@homecoming/domain";
import { serviceCategoryCodes } from "@homecoming/reference";
import { and, count, eq, inArray, type SQL, sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/client";
import { pageTotal } from "../../db/paging";
import { organisations, referrals, services } from "../../db/schema";
import { statement } from "../../db/statements";
import { updateVersioned } from "../../db/versioned";
import { orderOf, type Sort } from "../../http/schemas";
import type { ServiceSortField } from "./schemas";

export type ServiceRow = typeof services.$inferSelect;

export async function insertService(tx: Db, row: typeof services.$inferInsert) {
  const [created] = await tx.insert(services).values(row).returning({ id: services.id });
  return created!.id;
}

/** Optimistic lock: applies only when the stored version is the one the caller read, and raises it. */
export async function updateService(
  tx: Db,
  id: string,
  version: number,
  patch: Partial<typeof services.$inferInsert>,
) {
  const row = await updateVersioned(tx, services, id, version, { ...patch, updatedAt: new Date() });
  return row?.id;
}

function selectWithOrganisation(tx: Db) {
  return tx
    .select({ service: services, organisationName: organisations.name })
    .from(services)
    .innerJoin(organisations, eq(organisations.id, services.organisationId));
}

export async function getService(tx: Db, id: string) {
  const [row] = await selectWithOrganisation(tx).where(eq(services.id, id)).limit(1);
  return row;
}

const summariesByIds = statement("hc_service_summaries", (db) =>
  db
    .select({
      id: services.id,
      name: services.name,
      category: services.category,
      organisationName: organisations.name,
    })
    .from(services)
    .innerJoin(organisations, eq(organisations.id, services.organisationId))
    .where(sql`${services.id} = any(${sql.placeholder("ids")}::uuid[])`),
);

/** Services' names with their words in other languages, in one read. */
export async function serviceWordsByIds(tx: Db, ids: string[]) {
  if (!ids.length) return [];
  return tx
    .select({ id: services.id, name: services.name, translations: services.translations })
    .from(services)
    .where(inArray(services.id, ids));
}

/** What another record shows of a service: its name, category and organisation's name. */
export async function serviceSummariesByIds(tx: Db, ids: string[]) {
  if (!ids.length) return [];
  return summariesByIds(tx, { ids });
}

export interface ServiceFilter {
  q?: string;
  categories?: ServiceCategoryCode[];
  areas?: string[];
  organisationId?: string;
  includeInactive: boolean;
  sort: Sort<ServiceSortField>;
  limit: number;
  offset: number;
}

export async function searchServices(tx: Db, f: ServiceFilter) {
  const where: SQL[] = [];
  if (!f.includeInactive) where.push(eq(services.active, true));
  if (f.categories?.length) where.push(inArray(services.category, f.categories));
  if (f.organisationId) where.push(eq(services.organisationId, f.organisationId));
  if (f.areas?.length) where.push(sql`${services.serviceAreas} && ${sql.param(f.areas)}::text[]`);
  const text = sql`to_tsvector('simple', ${services.name} || ' ' || ${services.description})`;
  let rank: SQL = sql`0`;
  if (f.q) {
    const query = sql`plainto_tsquery('simple', ${f.q})`;
    where.push(sql`(${text} @@ ${query} or ${services.name} % ${f.q})`);
    rank = sql`(ts_rank(${text}, ${query}) + similarity(${services.name}, ${f.q}))`;
  }
  const name = sql`lower(${services.name})`;
  const order = orderOf(
    f.sort,
    {
      // ascending relevance is the best match first
      relevance: sql`(-${rank})`,
      name,
      organisation: sql`lower(${organisations.name})`,
      category: sql`array_position(${sql.param([...serviceCategoryCodes])}::text[], ${services.category})`,
      created: services.createdAt,
    },
    name,
    services.id,
  );
  const cond = and(...where);
  const items = await selectWithOrganisation(tx)
    .where(cond)
    .orderBy(...order)
    .limit(f.limit)
    .offset(f.offset);
  const total = await pageTotal(
    items.length,
    f,
    async () => (await tx.select({ n: count() }).from(services).where(cond))[0]!.n,
  );
  return { items, total };
}

/** Referral states in which a referral holds one of a service's places. */
const holdingPlace = ["accepted", "in_progress"];

/** A service as a case's eligibility reads it. */
export interface CatalogueService {
  id: string;
  name: string;
  category: ServiceCategoryCode;
  organisationName: string;
  serviceAreas: string[];
  capacity: number | null;
  eligibilityRule: unknown;
  ruleVersion: number;
}

/**
 * What a case's eligibility reads of every active service (no descriptions, locations or contacts), as plain
 * rows.
 */
export async function activeServicesForEligibility(tx: Db) {
  return queryRows<CatalogueService>(
    tx,
    sql`select s.id, s.name, s.category, o.name as "organisationName", s.service_areas as "serviceAreas",
        s.capacity, s.eligibility_rule as "eligibilityRule", s.rule_version as "ruleVersion"
      from ${services} s join ${organisations} o on o.id = s.organisation_id
      where s.active`,
  );
}

/**
 * The places held now (referrals accepted or in progress) in each active service with a capacity, counted up
 * to it; services without a place held are left out.
 */
export async function servicePlaces(tx: Db): Promise<Record<string, number>> {
  const [row] = await queryRows<{ places: Record<string, number> | null }>(
    tx,
    sql`select json_object_agg(x.id, x.n) as places from (
      select s.id, (select count(*)::int from (
        select 1 from ${referrals} r
        where r.service_id = s.id and r.status = any(${sql.param(holdingPlace)}::text[])
        limit s.capacity) held) as n
      from ${services} s where s.active and s.capacity is not null) x where x.n > 0`,
  );
  return row?.places ?? {};
}

export async function activeServices(tx: Db) {
  return selectWithOrganisation(tx).where(eq(services.active, true)).orderBy(services.name, services.id);
}
