import type { EnrolmentStatus, ProgrammeKind, ServiceCategoryCode } from "@homecoming/domain";
import { and, asc, count, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/client";
import { pageTotal } from "../../db/paging";
import { businessPlans, enrolments, organisations, programmes } from "../../db/schema";
import { updateVersioned } from "../../db/versioned";
import { orderOf, type Sort } from "../../http/schemas";
import type { ProgrammeSortField } from "./schemas";

export type ProgrammeRow = typeof programmes.$inferSelect;

/** Enrolments that hold a place. */
const holdingPlace: EnrolmentStatus[] = ["accepted", "active"];
/** The same states as SQL literals, as the partial index enrolments_holding_place_idx names them. */
const holdingPlaceList = sql.raw(holdingPlace.map((s) => `'${s}'`).join(", "));
export type EnrolmentRow = typeof enrolments.$inferSelect;
export type BusinessPlanRow = typeof businessPlans.$inferSelect;

export async function insertProgramme(tx: Db, row: typeof programmes.$inferInsert) {
  const [created] = await tx.insert(programmes).values(row).returning();
  return created!;
}

export async function getProgramme(tx: Db, id: string, forUpdate = false) {
  const q = tx.select().from(programmes).where(eq(programmes.id, id)).limit(1);
  const [row] = forUpdate ? await q.for("update") : await q;
  return row;
}

export async function updateProgramme(
  tx: Db,
  id: string,
  version: number,
  patch: Partial<typeof programmes.$inferInsert>,
) {
  return updateVersioned(tx, programmes, id, version, patch);
}

export interface ProgrammeFilter {
  q?: string | undefined;
  kind?: ProgrammeKind | undefined;
  category?: ServiceCategoryCode | undefined;
  ownerOrganisationId?: string | undefined;
  active?: boolean | undefined;
  sort: Sort<ProgrammeSortField>;
  limit: number;
  offset: number;
}

export async function listProgrammes(tx: Db, f: ProgrammeFilter) {
  const where: SQL[] = [];
  if (f.q) where.push(sql`${programmes.name} ilike ${`%${f.q.replace(/[\\%_]/g, "\\$&")}%`}`);
  if (f.kind) where.push(eq(programmes.kind, f.kind));
  if (f.category) where.push(eq(programmes.category, f.category));
  if (f.ownerOrganisationId) where.push(eq(programmes.ownerOrganisationId, f.ownerOrganisationId));
  if (f.active !== undefined) where.push(eq(programmes.active, f.active));
  const cond = and(...where);
  const items = await tx
    .select({ programme: programmes, ownerName: organisations.name })
    .from(programmes)
    .innerJoin(organisations, eq(organisations.id, programmes.ownerOrganisationId))
    .where(cond)
    .orderBy(
      ...orderOf(
        f.sort,
        {
          name: programmes.name,
          kind: programmes.kind,
          opens: programmes.opensOn,
          closes: programmes.closesOn,
          updated: programmes.updatedAt,
        },
        programmes.id,
      ),
    )
    .limit(f.limit)
    .offset(f.offset);
  const total = await pageTotal(
    items.length,
    f,
    async () => (await tx.select({ n: count() }).from(programmes).where(cond))[0]!.n,
  );
  return { items, total };
}

/**
 * Programmes that take enrolments on `today` (active, within their dates) of any of `categories`, and whose
 * areas reach one of `areas` (a programme with no areas reaches everywhere), by name.
 */
export async function openProgrammes(
  tx: Db,
  f: {
    categories?: readonly string[] | undefined;
    areas?: readonly string[] | undefined;
    today: string;
    id?: string;
  },
) {
  const where: SQL[] = [
    eq(programmes.active, true),
    sql`(${programmes.opensOn} is null or ${programmes.opensOn} <= ${f.today})`,
    sql`(${programmes.closesOn} is null or ${programmes.closesOn} >= ${f.today})`,
  ];
  if (f.id) where.push(eq(programmes.id, f.id));
  if (f.categories?.length)
    where.push(inArray(programmes.category, [...f.categories] as ServiceCategoryCode[]));
  if (f.areas?.length)
    where.push(
      sql`(cardinality(${programmes.areaCodes}) = 0 or ${programmes.areaCodes} && ${sql.param([...f.areas])}::text[])`,
    );
  return tx
    .select({ programme: programmes, ownerName: organisations.name })
    .from(programmes)
    .innerJoin(organisations, eq(organisations.id, programmes.ownerOrganisationId))
    .where(and(...where))
    .orderBy(programmes.name, programmes.id)
    .limit(100);
}

/** A programme as a case's eligibility reads it. */
export interface CatalogueProgramme {
  id: string;
  name: string;
  kind: ProgrammeKind;
  category: ServiceCategoryCode;
  areaCodes: string[];
  capacity: number | null;
  ruleVersion: number;
  active: boolean;
  opensOn: string | null;
  closesOn: string | null;
  ownerName: string;
  ownerCountry: string;
  rule: unknown;
}

/** Every active programme with its rule and what its eligibility needs, its owner's name and country. */
export async function activeProgrammes(tx: Db) {
  return queryRows<CatalogueProgramme>(
    tx,
    sql`select p.id, p.name, p.kind, p.category, p.area_codes as "areaCodes", p.capacity,
        p.rule_version as "ruleVersion", p.active, p.opens_on::text as "opensOn", p.closes_on::text as "closesOn",
        o.name as "ownerName", o.country as "ownerCountry", p.eligibility_rule as rule
      from ${programmes} p join ${organisations} o on o.id = p.owner_organisation_id
      where p.active`,
  );
}

/**
 * The places held now in each active programme with a capacity (enrolments accepted or active, at most the
 * capacity), read from the index of holding enrolments; programmes without a place held are left out.
 */
export async function programmePlaces(tx: Db): Promise<Record<string, number>> {
  const [row] = await queryRows<{ places: Record<string, number> | null }>(
    tx,
    sql`select json_object_agg(x.programme_id, x.n) as places from (
        select e.programme_id, least(count(*), min(p.capacity))::int as n
        from ${enrolments} e join ${programmes} p on p.id = e.programme_id
        where e.status in (${holdingPlaceList}) and p.active and p.capacity is not null
        group by e.programme_id) x`,
  );
  return row?.places ?? {};
}

export async function programmesByIds(tx: Db, ids: string[]) {
  if (!ids.length) return [];
  return tx
    .select({ programme: programmes, ownerName: organisations.name })
    .from(programmes)
    .innerJoin(organisations, eq(organisations.id, programmes.ownerOrganisationId))
    .where(inArray(programmes.id, ids));
}

/** Places held (accepted or active enrolments) per programme. */
export async function placesTaken(tx: Db, programmeIds: string[]): Promise<Map<string, number>> {
  if (!programmeIds.length) return new Map();
  const rows = await tx
    .select({ programmeId: enrolments.programmeId, n: count() })
    .from(enrolments)
    .where(and(inArray(enrolments.programmeId, programmeIds), inArray(enrolments.status, holdingPlace)))
    .groupBy(enrolments.programmeId);
  return new Map(rows.map((r) => [r.programmeId, r.n]));
}

export async function insertEnrolment(tx: Db, row: typeof enrolments.$inferInsert) {
  const [created] = await tx.insert(enrolments).values(row).returning();
  return created!;
}

export async function getEnrolment(tx: Db, id: string) {
  const [row] = await tx.select().from(enrolments).where(eq(enrolments.id, id));
  return row;
}

export async function updateEnrolment(
  tx: Db,
  id: string,
  version: number,
  patch: Partial<typeof enrolments.$inferInsert>,
) {
  return updateVersioned(tx, enrolments, id, version, patch);
}

export async function enrolmentsOfCase(tx: Db, caseId: string) {
  return tx
    .select()
    .from(enrolments)
    .where(eq(enrolments.caseId, caseId))
    .orderBy(desc(enrolments.createdAt));
}

export async function enrolmentsOfProgramme(
  tx: Db,
  f: { programmeId: string; status?: EnrolmentStatus[] | undefined; limit: number; offset: number },
) {
  const cond = and(
    eq(enrolments.programmeId, f.programmeId),
    f.status?.length ? inArray(enrolments.status, f.status) : undefined,
  );
  const items = await tx
    .select()
    .from(enrolments)
    .where(cond)
    .orderBy(asc(enrolments.createdAt), asc(enrolments.id))
    .limit(f.limit)
    .offset(f.offset);
  const total = await pageTotal(
    items.length,
    f,
    async () => (await tx.select({ n: count() }).from(enrolments).where(cond))[0]!.n,
  );
  return { items, total };
}

export async function businessPlanOf(tx: Db, caseId: string) {
  const [row] = await tx.select().from(businessPlans).where(eq(businessPlans.caseId, caseId));
  return row;
}

export async function insertBusinessPlan(tx: Db, row: typeof businessPlans.$inferInsert) {
  const [created] = await tx.insert(businessPlans).values(row).returning();
  return created!;
}

export async function updateBusinessPlan(
  tx: Db,
  id: string,
  version: number,
  patch: Partial<typeof businessPlans.$inferInsert>,
) {
  return updateVersioned(tx, businessPlans, id, version, patch);
}
