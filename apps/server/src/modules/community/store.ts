import type { QuestionStatus, QuestionTopic } from "@homecoming/domain";
import { and, asc, count, desc, eq, gt, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { pageTotal } from "../../db/paging";
import {
  communityAnswers,
  communityEvents,
  communityQuestions,
  eventRegistrations,
  organisations,
  peerGroups,
  trustedReturnees,
} from "../../db/schema";

export type EventRow = typeof communityEvents.$inferSelect;
export type GroupRow = typeof peerGroups.$inferSelect;
export type QuestionRow = typeof communityQuestions.$inferSelect;
export type AnswerRow = typeof communityAnswers.$inferSelect;

// ---- events ------------------------------------------------------------------------------------------------

export async function insertEvent(tx: Db, row: typeof communityEvents.$inferInsert) {
  const [created] = await tx.insert(communityEvents).values(row).returning();
  return created!;
}

export async function getEvent(tx: Db, id: string, forUpdate = false) {
  const query = tx.select().from(communityEvents).where(eq(communityEvents.id, id)).limit(1);
  const [row] = forUpdate ? await query.for("update") : await query;
  return row;
}

/** The places taken at some events: their registrations not cancelled. */
export async function placesTaken(tx: Db, eventIds: string[]): Promise<Map<string, number>> {
  if (!eventIds.length) return new Map();
  const rows = await tx
    .select({ eventId: eventRegistrations.eventId, n: count() })
    .from(eventRegistrations)
    .where(and(inArray(eventRegistrations.eventId, eventIds), isNull(eventRegistrations.cancelledAt)))
    .groupBy(eventRegistrations.eventId);
  return new Map(rows.map((r) => [r.eventId, r.n]));
}

/** An organisation's events (every one's for undefined), the coming ones first, then the past, newest first. */
export async function eventsOf(
  tx: Db,
  organisationId: string | undefined,
  page: { limit: number; offset: number },
) {
  const where = organisationId ? eq(communityEvents.organisationId, organisationId) : undefined;
  const rows = await tx
    .select({ event: communityEvents, organisationName: organisations.name })
    .from(communityEvents)
    .innerJoin(organisations, eq(organisations.id, communityEvents.organisationId))
    .where(where)
    .orderBy(
      sql`${communityEvents.startsAt} < now()`,
      sql`abs(extract(epoch from ${communityEvents.startsAt} - now()))`,
    )
    .limit(page.limit)
    .offset(page.offset);
  const total = await pageTotal(rows.length, page, async () => {
    const [row] = await tx.select({ n: count() }).from(communityEvents).where(where);
    return row?.n ?? 0;
  });
  return { rows, total };
}

/**
 * The events still to come in a country, not cancelled: those of `near` first (the returnee's district), then
 * those of `around` (the other districts of their province), then the rest, each soonest first.
 */
export async function comingEvents(
  tx: Db,
  filter: {
    country: string | undefined;
    near: string | undefined;
    around: string[];
    now: Date;
    limit: number;
  },
) {
  const rank = sql`case when ${communityEvents.adminAreaCode} = ${filter.near ?? ""} then 0
    when ${communityEvents.adminAreaCode} = any(${sql.param(filter.around)}::text[]) then 1 else 2 end`;
  return tx
    .select({ event: communityEvents, organisationName: organisations.name })
    .from(communityEvents)
    .innerJoin(organisations, eq(organisations.id, communityEvents.organisationId))
    .where(
      and(
        isNull(communityEvents.cancelledAt),
        gt(sql`coalesce(${communityEvents.endsAt}, ${communityEvents.startsAt})`, filter.now),
        filter.country ? sql`${communityEvents.adminAreaCode} like ${`${filter.country}%`}` : undefined,
      ),
    )
    .orderBy(rank, asc(communityEvents.startsAt))
    .limit(filter.limit);
}

export async function liveRegistration(tx: Db, eventId: string, accountId: string) {
  const [row] = await tx
    .select()
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.eventId, eventId),
        eq(eventRegistrations.accountId, accountId),
        isNull(eventRegistrations.cancelledAt),
      ),
    )
    .limit(1);
  return row;
}

/** A new registration; undefined when the account has one already (however concurrent). */
export async function insertRegistration(tx: Db, row: typeof eventRegistrations.$inferInsert) {
  const [created] = await tx.insert(eventRegistrations).values(row).onConflictDoNothing().returning();
  return created;
}

export async function cancelRegistration(tx: Db, id: string, at: Date) {
  await tx.update(eventRegistrations).set({ cancelledAt: at }).where(eq(eventRegistrations.id, id));
}

/** An event's registrations in the order they came, cancelled ones too. */
export async function registrationsOf(tx: Db, eventId: string) {
  return tx
    .select()
    .from(eventRegistrations)
    .where(eq(eventRegistrations.eventId, eventId))
    .orderBy(asc(eventRegistrations.registeredAt));
}

/** A returnee's registrations with their events, the coming ones first. */
export async function registrationsOfAccount(tx: Db, accountId: string) {
  return tx
    .select({
      registration: eventRegistrations,
      event: communityEvents,
      organisationName: organisations.name,
    })
    .from(eventRegistrations)
    .innerJoin(communityEvents, eq(communityEvents.id, eventRegistrations.eventId))
    .innerJoin(organisations, eq(organisations.id, communityEvents.organisationId))
    .where(eq(eventRegistrations.accountId, accountId))
    .orderBy(desc(communityEvents.startsAt));
}

// ---- groups ------------------------------------------------------------------------------------------------

export async function insertGroup(tx: Db, row: typeof peerGroups.$inferInsert) {
  const [created] = await tx.insert(peerGroups).values(row).returning();
  return created!;
}

export async function getGroup(tx: Db, id: string) {
  const [row] = await tx.select().from(peerGroups).where(eq(peerGroups.id, id)).limit(1);
  return row;
}

export async function groupsOf(tx: Db, organisationId: string | undefined) {
  return tx
    .select({ group: peerGroups, organisationName: organisations.name })
    .from(peerGroups)
    .innerJoin(organisations, eq(organisations.id, peerGroups.organisationId))
    .where(organisationId ? eq(peerGroups.organisationId, organisationId) : undefined)
    .orderBy(asc(peerGroups.name));
}

/** The active groups serving a place (one of `areas`, or the whole country), or every one of the country. */
export async function groupsServing(
  tx: Db,
  filter: { country: string | undefined; areas: string[] | undefined },
) {
  const serves = filter.areas
    ? sql`(cardinality(${peerGroups.adminAreaCodes}) = 0 or ${peerGroups.adminAreaCodes} && ${sql.param(filter.areas)}::text[])`
    : undefined;
  return tx
    .select({ group: peerGroups, organisationName: organisations.name })
    .from(peerGroups)
    .innerJoin(organisations, eq(organisations.id, peerGroups.organisationId))
    .where(
      and(
        eq(peerGroups.active, true),
        filter.country ? eq(peerGroups.country, filter.country) : undefined,
        serves,
      ),
    )
    .orderBy(sql`cardinality(${peerGroups.adminAreaCodes}) = 0`, asc(peerGroups.name));
}

// ---- the board ---------------------------------------------------------------------------------------------

export async function insertQuestion(tx: Db, row: typeof communityQuestions.$inferInsert) {
  const [created] = await tx.insert(communityQuestions).values(row).returning();
  return created!;
}

export async function getQuestion(tx: Db, id: string, forUpdate = false) {
  const query = tx.select().from(communityQuestions).where(eq(communityQuestions.id, id)).limit(1);
  const [row] = forUpdate ? await query.for("update") : await query;
  return row;
}

export async function updateQuestion(
  tx: Db,
  id: string,
  patch: Partial<typeof communityQuestions.$inferInsert>,
) {
  const [row] = await tx
    .update(communityQuestions)
    .set(patch)
    .where(eq(communityQuestions.id, id))
    .returning();
  return row!;
}

const answered = sql<number>`(select count(*)::int from ${communityAnswers} a
  where a.question_id = ${communityQuestions.id} and a.hidden_at is null)`;

/** Questions of a status, by topic, language and words, newest first (the moderators' queue: oldest first). */
export async function listQuestions(
  tx: Db,
  filter: {
    status: QuestionStatus;
    topic?: QuestionTopic | undefined;
    language?: string | undefined;
    q?: string | undefined;
    oldestFirst?: boolean;
    limit: number;
    offset: number;
  },
) {
  const where: SQL[] = [eq(communityQuestions.status, filter.status)];
  if (filter.topic) where.push(eq(communityQuestions.topic, filter.topic));
  if (filter.language) where.push(eq(communityQuestions.language, filter.language as "en"));
  if (filter.q)
    for (const word of filter.q.toLowerCase().split(/\s+/).filter(Boolean))
      where.push(
        sql`lower(${communityQuestions.title} || ' ' || ${communityQuestions.body}) like ${`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`,
      );
  const rows = await tx
    .select({ question: communityQuestions, answers: answered })
    .from(communityQuestions)
    .where(and(...where))
    .orderBy(
      filter.oldestFirst
        ? asc(communityQuestions.createdAt)
        : desc(sql`coalesce(${communityQuestions.publishedAt}, ${communityQuestions.createdAt})`),
      asc(communityQuestions.id),
    )
    .limit(filter.limit)
    .offset(filter.offset);
  const total = await pageTotal(rows.length, filter, async () => {
    const [row] = await tx
      .select({ n: count() })
      .from(communityQuestions)
      .where(and(...where));
    return row?.n ?? 0;
  });
  return { rows, total };
}

export async function questionsOfAccount(tx: Db, accountId: string) {
  return tx
    .select()
    .from(communityQuestions)
    .where(eq(communityQuestions.accountId, accountId))
    .orderBy(desc(communityQuestions.createdAt));
}

export async function insertAnswer(tx: Db, row: typeof communityAnswers.$inferInsert) {
  const [created] = await tx.insert(communityAnswers).values(row).returning();
  return created!;
}

export async function getAnswer(tx: Db, id: string) {
  const [row] = await tx.select().from(communityAnswers).where(eq(communityAnswers.id, id)).limit(1);
  return row;
}

export async function hideAnswer(tx: Db, id: string, at: Date, userId: string, reason: string) {
  await tx
    .update(communityAnswers)
    .set({ hiddenAt: at, hiddenByUserId: userId, hiddenReason: reason })
    .where(eq(communityAnswers.id, id));
}

/** The answers to some questions, oldest first, with who gave them (hidden ones only when asked). */
export async function answersOf(tx: Db, questionIds: string[], withHidden = false) {
  if (!questionIds.length) return [];
  return tx
    .select({
      answer: communityAnswers,
      organisationName: organisations.name,
      trustedBy: sql<
        string | null
      >`(select o.name from ${trustedReturnees} t join ${organisations} o on o.id = t.organisation_id
        where t.account_id = ${communityAnswers.byAccountId})`,
    })
    .from(communityAnswers)
    .leftJoin(organisations, eq(organisations.id, communityAnswers.byOrganisationId))
    .where(
      and(
        inArray(communityAnswers.questionId, questionIds),
        withHidden ? undefined : isNull(communityAnswers.hiddenAt),
      ),
    )
    .orderBy(asc(communityAnswers.createdAt));
}

export async function answersByAccount(tx: Db, accountId: string) {
  return tx
    .select()
    .from(communityAnswers)
    .where(eq(communityAnswers.byAccountId, accountId))
    .orderBy(desc(communityAnswers.createdAt));
}

// ---- trusted returnees -------------------------------------------------------------------------------------

export async function trustOf(tx: Db, accountId: string) {
  const [row] = await tx
    .select({ trust: trustedReturnees, organisationName: organisations.name })
    .from(trustedReturnees)
    .innerJoin(organisations, eq(organisations.id, trustedReturnees.organisationId))
    .where(eq(trustedReturnees.accountId, accountId))
    .limit(1);
  return row;
}

export async function upsertTrust(tx: Db, row: typeof trustedReturnees.$inferInsert) {
  const [saved] = await tx
    .insert(trustedReturnees)
    .values(row)
    .onConflictDoUpdate({
      target: trustedReturnees.accountId,
      set: {
        organisationId: row.organisationId,
        trustedByUserId: row.trustedByUserId,
        trustedAt: row.trustedAt,
      },
    })
    .returning();
  return saved!;
}

export async function deleteTrust(tx: Db, accountId: string) {
  const gone = await tx.delete(trustedReturnees).where(eq(trustedReturnees.accountId, accountId)).returning();
  return gone.length > 0;
}

export async function trustedBy(tx: Db, organisationId: string | undefined) {
  return tx
    .select()
    .from(trustedReturnees)
    .where(organisationId ? eq(trustedReturnees.organisationId, organisationId) : undefined)
    .orderBy(desc(trustedReturnees.trustedAt));
}
