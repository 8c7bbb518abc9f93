import {
  type AnswerInput,
  conflict,
  forbidden,
  notFound,
  type QuestionInput,
  type QuestionTopic,
} from "@homecoming/domain";
import type { Db } from "../../db/client";
import { type Ctx, hasRole, type ReturneeCtx } from "../../http/context";
import { ownOrganisationScope, ownRecord, requirePersonLead, requireVisiblePerson } from "../access";
import { audit, auditByReturnee } from "../audit/service";
import { personSummaries } from "../persons/service";
import { portalAccounts } from "./account-port";
import * as store from "./store";

// The board: a returnee asks in their language; a moderator (a case manager or counsellor of an MRC, or an
// administrator) reads each question before anyone else does and publishes or refuses it, saying why; MRC
// staff and returnees a centre trusts answer published questions. Nobody reads who asked.

/** Moderating and answering as staff: an MRC's case managers and counsellors, and administrators. */
function requireModerator(ctx: Ctx) {
  if (hasRole(ctx.actor, "admin")) return;
  if (ctx.actor.organisationKind !== "mrc" || !hasRole(ctx.actor, "case_manager", "counsellor"))
    throw forbidden("community.moderators_only");
}

type AnswerView = Awaited<ReturnType<typeof store.answersOf>>[number];

/** An answer as anyone reads it: its words, when, and who gave it as an organisation, never a person's name. */
const answerOf = ({ answer, organisationName, trustedBy }: AnswerView) => ({
  id: answer.id,
  body: answer.body,
  by: answer.byAccountId ? ("trusted_returnee" as const) : ("staff" as const),
  organisationName: answer.byAccountId ? trustedBy : organisationName,
  createdAt: answer.createdAt,
});

const questionOf = (q: store.QuestionRow, answers: number) => ({
  id: q.id,
  topic: q.topic,
  language: q.language,
  title: q.title,
  body: q.body,
  publishedAt: q.publishedAt,
  answers,
});

/** Published questions by topic, language and words, newest first, with how many answers each has. */
export async function publishedQuestions(
  db: Db,
  query: {
    topic?: QuestionTopic | undefined;
    language?: string | undefined;
    q?: string | undefined;
    limit: number;
    offset: number;
  },
) {
  const { rows, total } = await store.listQuestions(db, { ...query, status: "published" });
  return { items: rows.map((r) => questionOf(r.question, r.answers)), total };
}

/** A published question with its answers. */
export async function publishedQuestion(db: Db, id: string) {
  const question = await store.getQuestion(db, id);
  if (question?.status !== "published") throw notFound("community.question_not_found");
  const answers = await store.answersOf(db, [id]);
  return { ...questionOf(question, answers.length), answerList: answers.map(answerOf) };
}

/** A returnee asks: the question waits for a moderator. */
export async function ask(ctx: ReturneeCtx, input: QuestionInput) {
  const personId = ownRecord(ctx);
  const row = await store.insertQuestion(ctx.tx, {
    ...input,
    accountId: ctx.returnee.accountId,
    personId,
    createdAt: ctx.now,
  });
  await auditByReturnee(ctx, {
    action: "create",
    recordType: "community_question",
    recordId: row.id,
    personId,
  });
  return mine(row, []);
}

/** A question as its asker (and the moderators) read it: whatever its status, with why it was refused. */
export const ownQuestionOf = (q: store.QuestionRow) => ({
  id: q.id,
  topic: q.topic,
  language: q.language,
  title: q.title,
  body: q.body,
  status: q.status,
  moderationReason: q.moderationReason,
  createdAt: q.createdAt,
  publishedAt: q.publishedAt,
});

const mine = (q: store.QuestionRow, answers: AnswerView[]) => ({
  ...ownQuestionOf(q),
  answerList: answers.map(answerOf),
});

/** The returnee's own questions, whatever their status, with the reason of a refusal and the answers. */
export async function myQuestions(ctx: ReturneeCtx) {
  ownRecord(ctx);
  const rows = await store.questionsOfAccount(ctx.tx, ctx.returnee.accountId);
  const answers = await store.answersOf(
    ctx.tx,
    rows.map((r) => r.id),
  );
  const trust = await store.trustOf(ctx.tx, ctx.returnee.accountId);
  return {
    items: rows.map((q) =>
      mine(
        q,
        answers.filter((a) => a.answer.questionId === q.id),
      ),
    ),
    trustedBy: trust?.organisationName ?? null,
  };
}

/** A returnee a centre trusts answers a published question. */
export async function answerAsReturnee(ctx: ReturneeCtx, questionId: string, input: AnswerInput) {
  const personId = ownRecord(ctx);
  const trust = await store.trustOf(ctx.tx, ctx.returnee.accountId);
  if (!trust) throw forbidden("community.not_trusted");
  const question = await store.getQuestion(ctx.tx, questionId);
  if (question?.status !== "published") throw notFound("community.question_not_found");
  const row = await store.insertAnswer(ctx.tx, {
    questionId,
    body: input.body,
    byAccountId: ctx.returnee.accountId,
    createdAt: ctx.now,
  });
  await auditByReturnee(ctx, {
    action: "create",
    recordType: "community_answer",
    recordId: row.id,
    personId,
  });
  return answerOf({ answer: row, organisationName: null, trustedBy: trust.organisationName });
}

// ---- the moderators ----------------------------------------------------------------------------------------

/** Questions of a status for the moderators (those waiting: oldest first), each with its answers. */
export async function moderationList(
  ctx: Ctx,
  query: { status: "pending" | "published" | "rejected" | "hidden"; limit: number; offset: number },
) {
  requireModerator(ctx);
  const { rows, total } = await store.listQuestions(ctx.tx, {
    ...query,
    oldestFirst: query.status === "pending",
  });
  const answers = await store.answersOf(
    ctx.tx,
    rows.map((r) => r.question.id),
    true,
  );
  return {
    items: rows.map(({ question: q }) => ({
      ...mine(q, []),
      answerList: answers
        .filter((a) => a.answer.questionId === q.id)
        .map((a) => ({ ...answerOf(a), hiddenAt: a.answer.hiddenAt, hiddenReason: a.answer.hiddenReason })),
    })),
    total,
  };
}

async function questionToModerate(ctx: Ctx, id: string) {
  requireModerator(ctx);
  const question = await store.getQuestion(ctx.tx, id, true);
  if (!question) throw notFound("community.question_not_found");
  return question;
}

export async function publish(ctx: Ctx, id: string) {
  const question = await questionToModerate(ctx, id);
  if (question.status !== "pending") throw conflict("community.moderated");
  const row = await store.updateQuestion(ctx.tx, id, {
    status: "published",
    moderatedAt: ctx.now,
    moderatedByUserId: ctx.actor.userId,
    publishedAt: ctx.now,
  });
  await audit(ctx, {
    action: "transition",
    recordType: "community_question",
    recordId: id,
    details: { to: "published" },
  });
  return mine(row, []);
}

/** A moderator refuses a waiting question, or takes a published one down, saying why (its asker reads it). */
export async function refuse(ctx: Ctx, id: string, reason: string) {
  const question = await questionToModerate(ctx, id);
  if (question.status === "rejected" || question.status === "hidden") throw conflict("community.moderated");
  const status = question.status === "pending" ? "rejected" : "hidden";
  const row = await store.updateQuestion(ctx.tx, id, {
    status,
    moderatedAt: ctx.now,
    moderatedByUserId: ctx.actor.userId,
    moderationReason: reason,
  });
  await audit(ctx, {
    action: "transition",
    recordType: "community_question",
    recordId: id,
    details: { to: status },
  });
  return mine(row, []);
}

/** MRC staff answer a published question, as their organisation. */
export async function answerAsStaff(ctx: Ctx, questionId: string, input: AnswerInput) {
  requireModerator(ctx);
  const question = await store.getQuestion(ctx.tx, questionId);
  if (!question) throw notFound("community.question_not_found");
  if (question.status !== "published") throw conflict("community.not_published");
  const row = await store.insertAnswer(ctx.tx, {
    questionId,
    body: input.body,
    byUserId: ctx.actor.userId,
    byOrganisationId: ctx.actor.organisationId,
    createdAt: ctx.now,
  });
  await audit(ctx, { action: "create", recordType: "community_answer", recordId: row.id });
  return answerOf({ answer: row, organisationName: ctx.actor.organisationName, trustedBy: null });
}

export async function hideAnswer(ctx: Ctx, id: string, reason: string) {
  requireModerator(ctx);
  const answer = await store.getAnswer(ctx.tx, id);
  if (!answer) throw notFound("community.answer_not_found");
  if (answer.hiddenAt) throw conflict("community.moderated");
  await store.hideAnswer(ctx.tx, id, ctx.now, ctx.actor.userId, reason);
  await audit(ctx, {
    action: "transition",
    recordType: "community_answer",
    recordId: id,
    details: { to: "hidden", reason },
  });
  return { id, hiddenAt: ctx.now, hiddenReason: reason };
}

// ---- trusted returnees -------------------------------------------------------------------------------------

/** The lead of a returnee's record trusts them to answer on the board (their portal account). */
export async function trust(ctx: Ctx, personId: string) {
  await requireVisiblePerson(ctx, personId);
  await requirePersonLead(ctx, personId, "community.lead_trusts");
  requireModerator(ctx);
  const account = await portalAccounts().accountOfPerson(ctx.tx, personId);
  if (!account) throw conflict("community.no_account");
  const row = await store.upsertTrust(ctx.tx, {
    accountId: account.id,
    organisationId: ctx.actor.organisationId,
    trustedByUserId: ctx.actor.userId,
    trustedAt: ctx.now,
  });
  await audit(ctx, { action: "create", recordType: "trusted_returnee", recordId: account.id, personId });
  return { personId, trustedAt: row.trustedAt, organisationName: ctx.actor.organisationName };
}

export async function revokeTrust(ctx: Ctx, personId: string) {
  await requireVisiblePerson(ctx, personId);
  await requirePersonLead(ctx, personId, "community.lead_trusts");
  requireModerator(ctx);
  const account = await portalAccounts().accountOfPerson(ctx.tx, personId);
  if (!account || !(await store.deleteTrust(ctx.tx, account.id))) throw notFound("community.not_trusted");
  await audit(ctx, { action: "withdraw", recordType: "trusted_returnee", recordId: account.id, personId });
  return { personId, trusted: false as const };
}

/** The returnees the caller's organisation trusts (administrators: all), by name. */
export async function trustedList(ctx: Ctx) {
  const rows = await store.trustedBy(ctx.tx, ownOrganisationScope(ctx));
  const people = await portalAccounts().personsOf(
    ctx.tx,
    rows.map((r) => r.accountId),
  );
  const names = await personSummaries(ctx, [...people.values()]);
  const personIds = [...people.values()];
  if (personIds.length)
    await audit(ctx, { action: "list", recordType: "trusted_returnee", recordId: null, personIds });
  return {
    items: rows.flatMap((r) => {
      const personId = people.get(r.accountId);
      const person = personId ? names.get(personId) : undefined;
      return person
        ? [
            {
              personId: person.id,
              name: [person.givenName, person.familyName].filter(Boolean).join(" "),
              trustedAt: r.trustedAt,
            },
          ]
        : [];
    }),
  };
}
