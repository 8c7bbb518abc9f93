import {
  type AssessmentKind,
  type CaseStage,
  caseStages,
  type FollowUpStatus,
  riskLevels,
} from "@homecoming/domain";
import { and, asc, count, desc, eq, inArray, lt, lte, or, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { type Db, queryRows } from "../../db/client";
import { cappedPageTotal, pageTotal } from "../../db/paging";
import {
  assessments,
  callBacks,
  caseEvents,
  cases,
  followUps,
  organisations,
  persons,
  planActions,
  planGoals,
  users,
} from "../../db/schema";
import { statement } from "../../db/statements";
import { updateVersioned } from "../../db/versioned";
import { orderOf, type Sort } from "../../http/schemas";
import { organisationSeesSql, type VisibilityScope } from "../access";
import type { CaseSortField, FollowUpSortField } from "./schemas";

export type CaseRow = typeof cases.$inferSelect;
export type CaseEventRow = typeof caseEvents.$inferSelect;
export type AssessmentRow = typeof assessments.$inferSelect;
export type FollowUpRow = typeof followUps.$inferSelect;
export type GoalRow = typeof planGoals.$inferSelect;
export type ActionRow = typeof planActions.$inferSelect;

export async function casesByIds(tx: Db, ids: string[]) {
  if (!ids.length) return [];
  return tx.select().from(cases).where(inArray(cases.id, ids));
}

/**
 * A new open case, or undefined when the returnee already has one with the organisation (cases_one_open_idx):
 * an insert racing another one waits for it and then inserts nothing.
 */
export async function insertOpenCase(tx: Db, row: typeof cases.$inferInsert) {
  const [created] = await tx
    .insert(cases)
    .values(row)
    .onConflictDoNothing({
      target: [cases.personId, cases.leadOrganisationId],
      where: sql`${cases.stage} <> 'closed'`,
    })
    .returning();
  return created;
}

/** A case by id; with `visible`, only when that condition (who may see its person) holds too. */
const caseById = statement("hc_case_by_id", (db) =>
  db
    .select()
    .from(cases)
    .where(eq(cases.id, sql.placeholder("id")))
    .limit(1),
);
const caseSeenByOrganisation = statement("hc_case_seen_by_organisation", (db) =>
  db
    .select()
    .from(cases)
    .where(
      and(eq(cases.id, sql.placeholder("id")), organisationSeesSql(sql.placeholder("org"), cases.personId)),
    )
    .limit(1),
);

/** A case, if the caller sees its person (the access module's rule, for whom `scope` names). */
export async function getVisibleCase(tx: Db, id: string, scope: VisibilityScope) {
  if (scope.kind === "none") return undefined;
  const [row] =
    scope.kind === "all"
      ? await caseById(tx, { id })
      : await caseSeenByOrganisation(tx, { id, org: scope.organisationId });
  return row;
}

/** A case by id, for callers that have already checked who may see it. */
export async function getCase(tx: Db, id: string) {
  const [row] = await caseById(tx, { id });
  return row;
}

/** Optimistic lock: applies only when the stored version is the one the caller read. */
export async function updateCase(
  tx: Db,
  id: string,
  version: number,
  patch: Partial<typeof cases.$inferInsert>,
) {
  return updateVersioned(tx, cases, id, version, { updatedAt: new Date(), ...patch });
}

export async function openCaseOfPerson(tx: Db, personId: string, organisationId: string) {
  const [row] = await tx
    .select({ id: cases.id, openedAt: cases.openedAt })
    .from(cases)
    .where(
      and(
        eq(cases.personId, personId),
        eq(cases.leadOrganisationId, organisationId),
        sql`${cases.stage} <> 'closed'`,
      ),
    )
    .limit(1);
  return row;
}

/** A column's position in an ordered list of its values (0 for none), so it sorts in that order. */
function rankOf(column: AnyPgColumn | SQL, values: readonly string[]) {
  return sql`(case ${column} ${sql.join(
    values.map((v, i) => sql`when ${v} then ${sql.raw(String(i + 1))}`),
    sql` `,
  )} else 0 end)`;
}

/**
 * The risk level a reader sees: the full one on the cases `fullRiskOf` leads (its case workers read the
 * restricted answers it comes from), the shared one elsewhere.
 */
function riskSeenBy(fullRiskOf: string | undefined) {
  return fullRiskOf
    ? sql`(case when ${cases.leadOrganisationId} = ${fullRiskOf} then ${cases.riskLevel} else ${cases.sharedRiskLevel} end)`
    : cases.sharedRiskLevel;
}

// updated, id descending is what cases_manager_updated_idx holds: the default caseload page reads from it
const caseOrderColumns = (f: CaseFilter): Record<CaseSortField, AnyPgColumn | SQL> => ({
  updated: cases.updatedAt,
  opened: cases.openedAt,
  stage: rankOf(cases.stage, caseStages),
  risk: rankOf(riskSeenBy(f.fullRiskOf), riskLevels),
});

export interface CaseFilter {
  stage?: CaseStage;
  caseManagerUserId?: string;
  leadOrganisationId?: string;
  personId?: string;
  among?: { caseIds: SQL; personIds: SQL } | undefined;
  visible?: SQL;
  /** The organisation whose cases the reader sees with their full risk level (none: shared levels only). */
  fullRiskOf?: string | undefined;
  sort: Sort<CaseSortField>;
  limit: number;
  offset: number;
}

function caseListWhere(f: CaseFilter) {
  const where: SQL[] = [];
  if (f.stage) where.push(eq(cases.stage, f.stage));
  if (f.caseManagerUserId) where.push(eq(cases.caseManagerUserId, f.caseManagerUserId));
  if (f.leadOrganisationId) where.push(eq(cases.leadOrganisationId, f.leadOrganisationId));
  if (f.personId) where.push(eq(cases.personId, f.personId));
  if (f.visible) where.push(f.visible);
  if (f.among)
    where.push(sql`(${cases.id} in (${f.among.caseIds}) or ${cases.personId} in (${f.among.personIds}))`);
  return and(...where);
}

/** One page of cases, unexecuted: the list runs it, and a test reads its plan. */
export function casePageQuery(tx: Db, f: CaseFilter) {
  return tx
    .select()
    .from(cases)
    .where(caseListWhere(f))
    .orderBy(...orderOf(f.sort, caseOrderColumns(f), cases.id))
    .limit(f.limit)
    .offset(f.offset);
}

export async function listCases(tx: Db, f: CaseFilter) {
  const items = await casePageQuery(tx, f);
  const { total, capped } = await cappedPageTotal(items.length, f, async (cap) => {
    const matching = tx
      .select({ id: cases.id })
      .from(cases)
      .where(caseListWhere(f))
      .limit(cap)
      .as("matching");
    return (await tx.select({ n: count() }).from(matching))[0]!.n;
  });
  return { items, total, capped };
}

export async function insertCaseEvent(tx: Db, row: typeof caseEvents.$inferInsert) {
  await tx.insert(caseEvents).values(row);
}

const eventsOfCase = statement("hc_case_events", (db) =>
  db
    .select()
    .from(caseEvents)
    .where(eq(caseEvents.caseId, sql.placeholder("caseId")))
    .orderBy(asc(caseEvents.seq)),
);

export async function caseEventsOf(tx: Db, caseId: string) {
  return eventsOfCase(tx, { caseId });
}

export async function insertAssessment(tx: Db, row: typeof assessments.$inferInsert) {
  const [created] = await tx.insert(assessments).values(row).returning();
  return created!;
}

export async function hasBaseline(tx: Db, caseId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: assessments.id })
    .from(assessments)
    .where(and(eq(assessments.caseId, caseId), eq(assessments.occasion, "baseline")))
    .limit(1);
  return row !== undefined;
}

export async function assessmentsOf(tx: Db, caseId: string, kinds?: AssessmentKind[]) {
  const where = [eq(assessments.caseId, caseId)];
  if (kinds) where.push(inArray(assessments.kind, kinds));
  return tx
    .select()
    .from(assessments)
    .where(and(...where))
    .orderBy(desc(assessments.createdAt));
}

/** The case's latest assessment of one kind, if any. */
const latestOfKind = statement("hc_latest_assessment", (db) =>
  db
    .select()
    .from(assessments)
    .where(
      and(eq(assessments.caseId, sql.placeholder("caseId")), eq(assessments.kind, sql.placeholder("kind"))),
    )
    .orderBy(desc(assessments.createdAt))
    .limit(1),
);

export async function latestAssessment(tx: Db, caseId: string, kind: AssessmentKind) {
  const [row] = await latestOfKind(tx, { caseId, kind });
  return row;
}

const actionsOfCase = statement("hc_plan_actions", (db) =>
  db
    .select()
    .from(planActions)
    .where(eq(planActions.caseId, sql.placeholder("caseId")))
    .orderBy(asc(planActions.position)),
);

/** The actions of a case's plan, in order. */
export async function planActionsOf(tx: Db, caseId: string) {
  return actionsOfCase(tx, { caseId });
}

export async function planOf(tx: Db, caseId: string) {
  const goals = await tx
    .select()
    .from(planGoals)
    .where(eq(planGoals.caseId, caseId))
    .orderBy(asc(planGoals.position));
  return { goals, actions: await planActionsOf(tx, caseId) };
}

export async function replacePlan(
  tx: Db,
  caseId: string,
  goals: {
    goal: Omit<typeof planGoals.$inferInsert, "caseId">;
    actions: Omit<typeof planActions.$inferInsert, "caseId" | "goalId">[];
  }[],
) {
  await tx.delete(planActions).where(eq(planActions.caseId, caseId));
  await tx.delete(planGoals).where(eq(planGoals.caseId, caseId));
  for (const g of goals) {
    const [goal] = await tx
      .insert(planGoals)
      .values({ ...g.goal, caseId })
      .returning({ id: planGoals.id });
    if (g.actions.length) {
      await tx.insert(planActions).values(g.actions.map((a) => ({ ...a, caseId, goalId: goal!.id })));
    }
  }
}

export async function updateAction(
  tx: Db,
  caseId: string,
  actionId: string,
  patch: Partial<typeof planActions.$inferInsert>,
) {
  const [row] = await tx
    .update(planActions)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(planActions.id, actionId), eq(planActions.caseId, caseId)))
    .returning();
  return row;
}

export async function insertFollowUps(tx: Db, rows: (typeof followUps.$inferInsert)[]) {
  return rows.length ? tx.insert(followUps).values(rows).returning() : [];
}

export async function followUpsOf(tx: Db, caseId: string) {
  return tx.select().from(followUps).where(eq(followUps.caseId, caseId)).orderBy(asc(followUps.dueDate));
}

export async function getFollowUp(tx: Db, caseId: string, id: string) {
  const [row] = await tx
    .select()
    .from(followUps)
    .where(and(eq(followUps.id, id), eq(followUps.caseId, caseId)))
    .limit(1);
  return row;
}

export async function completeFollowUp(tx: Db, id: string, patch: Partial<typeof followUps.$inferInsert>) {
  const [row] = await tx
    .update(followUps)
    .set(patch)
    .where(and(eq(followUps.id, id), sql`${followUps.status} <> 'done'`))
    .returning();
  return row;
}

/** Open follow-ups whose status the clock has changed; the job recomputes and stores it. */
export async function followUpsToRestatus(tx: Db, opensBy: string, overdueBefore: string, limit: number) {
  return tx
    .select({ id: followUps.id, kind: followUps.kind, dueDate: followUps.dueDate, status: followUps.status })
    .from(followUps)
    .where(
      or(
        and(eq(followUps.status, "scheduled"), lte(followUps.dueDate, opensBy)),
        and(eq(followUps.status, "due"), lt(followUps.dueDate, overdueBefore)),
      ),
    )
    .limit(limit);
}

export async function setFollowUpStatus(tx: Db, ids: string[], status: FollowUpStatus) {
  if (ids.length) await tx.update(followUps).set({ status }).where(inArray(followUps.id, ids));
}

/** Open follow-ups due up to a date, of cases managed by a user or led by an organisation. */
export async function dueFollowUps(
  tx: Db,
  f: {
    dueBy: string;
    caseManagerUserId?: string;
    leadOrganisationId?: string;
    sort: Sort<FollowUpSortField>;
    limit: number;
    offset: number;
  },
) {
  const where: SQL[] = [
    inArray(followUps.status, ["scheduled", "due", "overdue"]),
    lte(followUps.dueDate, f.dueBy),
  ];
  if (f.caseManagerUserId) where.push(eq(cases.caseManagerUserId, f.caseManagerUserId));
  if (f.leadOrganisationId) where.push(eq(cases.leadOrganisationId, f.leadOrganisationId));
  const cond = and(...where);
  const items = await tx
    .select({ followUp: followUps, personId: cases.personId, stage: cases.stage })
    .from(followUps)
    .innerJoin(cases, eq(cases.id, followUps.caseId))
    .where(cond)
    .orderBy(...orderOf(f.sort, { due: followUps.dueDate }, followUps.id))
    .limit(f.limit)
    .offset(f.offset);
  const total = await pageTotal(
    items.length,
    f,
    async () =>
      (
        await tx
          .select({ n: count() })
          .from(followUps)
          .innerJoin(cases, eq(cases.id, followUps.caseId))
          .where(cond)
      )[0]!.n,
  );
  return { items, total };
}

/**
 * The latest needs and vulnerability scores of each person whose id lies between `firstId` and `lastId`, over
 * all their cases. Each case's latest of each kind is one probe of assessments_case_idx, so a batch reads
 * what it needs rather than every assessment.
 */
export async function latestScoresOfPersonsBetween(tx: Db, firstId: string, lastId: string) {
  return queryRows<{ personId: string; kind: string; scores: Record<string, unknown> }>(
    tx,
    sql`select distinct on (c.person_id, k.kind) c.person_id as "personId", k.kind, a.scores
      from ${cases} c
      cross join (values ('needs'), ('vulnerability')) as k(kind)
      join lateral (
        select ${assessments.scores} as scores, ${assessments.createdAt} as created_at from ${assessments}
        where ${assessments.caseId} = c.id and ${assessments.kind} = k.kind
        order by ${assessments.createdAt} desc limit 1) a on true
      where c.person_id between ${firstId} and ${lastId}
      order by c.person_id, k.kind, a.created_at desc`,
  );
}

/** The lead organisation of each of these cases, by case id. */
export async function leadOrganisationsOf(tx: Db, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await tx
    .select({ id: cases.id, leadOrganisationId: cases.leadOrganisationId })
    .from(cases)
    .where(inArray(cases.id, ids));
  return new Map(rows.map((r) => [r.id, r.leadOrganisationId]));
}

// ---- what a returnee reads of their own cases, and their requests to be called back ----------------------

/** A person's cases, newest first, with the lead organisation's and the case manager's names. */
export async function casesWithLeadOf(tx: Db, personId: string) {
  return tx
    .select({ kase: cases, leadName: organisations.name, managerName: users.name })
    .from(cases)
    .innerJoin(organisations, eq(organisations.id, cases.leadOrganisationId))
    .leftJoin(users, eq(users.id, cases.caseManagerUserId))
    .where(eq(cases.personId, personId))
    .orderBy(desc(cases.openedAt), cases.id);
}

export async function planActionsOfCases(tx: Db, caseIds: string[]) {
  if (!caseIds.length) return [];
  return tx
    .select({ action: planActions, ownerName: organisations.name })
    .from(planActions)
    .leftJoin(organisations, eq(organisations.id, planActions.ownerOrganisationId))
    .where(inArray(planActions.caseId, caseIds))
    .orderBy(planActions.caseId, planActions.position);
}

export async function followUpsOfCases(tx: Db, caseIds: string[]) {
  if (!caseIds.length) return [];
  return tx
    .select()
    .from(followUps)
    .where(inArray(followUps.caseId, caseIds))
    .orderBy(followUps.caseId, followUps.dueDate);
}

/** A new request to be called back; undefined when the person has one open already. */
export async function insertCallBack(tx: Db, row: typeof callBacks.$inferInsert) {
  const [created] = await tx.insert(callBacks).values(row).onConflictDoNothing().returning();
  return created;
}

export async function openCallBackOf(tx: Db, personId: string) {
  const [row] = await tx
    .select({ callBack: callBacks, organisationName: organisations.name })
    .from(callBacks)
    .innerJoin(organisations, eq(organisations.id, callBacks.organisationId))
    .where(and(eq(callBacks.personId, personId), sql`${callBacks.doneAt} is null`))
    .limit(1);
  return row;
}

export async function getCallBack(tx: Db, id: string) {
  const [row] = await tx.select().from(callBacks).where(eq(callBacks.id, id)).limit(1);
  return row;
}

/** Requests to be called back, of one organisation or all: open ones oldest first, or done ones newest first. */
export async function listCallBacks(
  tx: Db,
  f: { organisationId: string | undefined; done: boolean; limit: number; offset: number },
) {
  const where = and(
    f.organisationId ? eq(callBacks.organisationId, f.organisationId) : undefined,
    f.done ? sql`${callBacks.doneAt} is not null` : sql`${callBacks.doneAt} is null`,
  );
  const items = await tx
    .select({
      callBack: callBacks,
      givenName: persons.givenName,
      familyName: persons.familyName,
      phone: persons.phone,
    })
    .from(callBacks)
    .innerJoin(persons, eq(persons.id, callBacks.personId))
    .where(where)
    .orderBy(f.done ? desc(callBacks.doneAt) : asc(callBacks.requestedAt), callBacks.id)
    .limit(f.limit)
    .offset(f.offset);
  const total = await pageTotal(
    items.length,
    f,
    async () => (await tx.select({ n: count() }).from(callBacks).where(where))[0]!.n,
  );
  return { items, total };
}

export async function markCallBackDone(tx: Db, id: string, userId: string, at: Date): Promise<boolean> {
  const rows = await tx
    .update(callBacks)
    .set({ doneAt: at, doneByUserId: userId })
    .where(and(eq(callBacks.id, id), sql`${callBacks.doneAt} is null`))
    .returning({ id: callBacks.id });
  return rows.length > 0;
}
