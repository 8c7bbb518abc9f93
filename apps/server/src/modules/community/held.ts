import type { Db } from "../../db/client";
import { communityAnswers, communityQuestions, eventRegistrations, trustedReturnees } from "../../db/schema";
import { ownQuestionOf } from "./board";
import * as store from "./store";

/** The tables whose rows about a returnee `heldCommunity` gives them (what "my data" covers, checked by a test). */
export const communityTables = [eventRegistrations, communityQuestions, communityAnswers, trustedReturnees];

/**
 * What the community holds about a returnee, for their own copy: the events they registered for, the questions
 * they asked (with what moderators said), the answers they gave, and whether a centre trusts them to answer.
 */
export async function heldCommunity(tx: Db, accountId: string) {
  const registrations = await store.registrationsOfAccount(tx, accountId);
  const questions = await store.questionsOfAccount(tx, accountId);
  const answers = await store.answersByAccount(tx, accountId);
  const trust = await store.trustOf(tx, accountId);
  return {
    eventRegistrations: registrations.map(({ registration, event, organisationName }) => ({
      id: registration.id,
      eventId: event.id,
      eventTitle: event.title,
      organisationName,
      startsAt: event.startsAt,
      registeredAt: registration.registeredAt,
      cancelledAt: registration.cancelledAt,
    })),
    questions: questions.map(ownQuestionOf),
    answers: answers.map((a) => ({
      id: a.id,
      questionId: a.questionId,
      body: a.body,
      createdAt: a.createdAt,
      hiddenAt: a.hiddenAt,
      hiddenReason: a.hiddenReason,
    })),
    trustedBy: trust ? { organisationName: trust.organisationName, since: trust.trust.trustedAt } : null,
  };
}
