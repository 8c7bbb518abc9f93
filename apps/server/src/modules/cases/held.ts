import { asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  assessments,
  callBacks,
  caseEvents,
  cases,
  followUps,
  planActions,
  planGoals,
} from "../../db/schema";
import * as store from "./store";

/** The tables whose rows about a returnee `heldCases` gives them (what "my data" covers, checked by a test). */
export const caseTables = [cases, caseEvents, assessments, planGoals, planActions, followUps, callBacks];

/**
 * Everything the cases module holds about a returnee, for their own copy: each case with its history, every
 * assessment with its answers and scores (the restricted ones too: they are the returnee's own), the plan,
 * the follow-ups with what was noted, and their requests to be called back. Staff members are not named but
 * for the case worker; organisations are named by id.
 */
export async function heldCases(tx: Db, personId: string) {
  const rows = await store.casesWithLeadOf(tx, personId);
  const ids = rows.map((r) => r.kase.id);
  const asked = await callBacksOf(tx, personId);
  const [events, assessed, goals, actions, follows] = ids.length
    ? await Promise.all([
        tx.select().from(caseEvents).where(inArray(caseEvents.caseId, ids)).orderBy(asc(caseEvents.seq)),
        tx
          .select()
          .from(assessments)
          .where(inArray(assessments.caseId, ids))
          .orderBy(asc(assessments.createdAt)),
        tx.select().from(planGoals).where(inArray(planGoals.caseId, ids)).orderBy(asc(planGoals.position)),
        tx
          .select()
          .from(planActions)
          .where(inArray(planActions.caseId, ids))
          .orderBy(asc(planActions.position)),
        tx.select().from(followUps).where(inArray(followUps.caseId, ids)).orderBy(asc(followUps.dueDate)),
      ])
    : [[], [], [], [], []];
  const of = <T extends { caseId: string }>(list: T[], caseId: string) =>
    list.filter((r) => r.caseId === caseId);
  return {
    cases: rows.map(({ kase, managerName }) => ({
      id: kase.id,
      leadOrganisationId: kase.leadOrganisationId,
      caseWorkerName: managerName,
      stage: kase.stage,
      riskLevel: kase.riskLevel,
      openedAt: kase.openedAt,
      planActivatedAt: kase.planActivatedAt,
      handedOverTo: kase.handedOverTo,
      handedOverAt: kase.handedOverAt,
      closedAt: kase.closedAt,
      closureReason: kase.closureReason,
      closureNote: kase.closureNote,
      events: of(events, kase.id).map((e) => ({
        type: e.type,
        at: e.at,
        organisationId: e.actorOrganisationId,
        data: e.data,
      })),
      assessments: of(assessed, kase.id).map((a) => ({
        id: a.id,
        kind: a.kind,
        answers: a.answers,
        scores: a.scores,
        organisationId: a.assessedByOrganisationId,
        surveyVersion: a.surveyVersion,
        occasion: a.occasion,
        createdAt: a.createdAt,
      })),
      goals: of(goals, kase.id).map((g) => ({
        id: g.id,
        dimension: g.dimension,
        title: g.title,
        description: g.description,
      })),
      actions: of(actions, kase.id).map((a) => ({
        id: a.id,
        goalId: a.goalId,
        dimension: a.dimension,
        title: a.title,
        organisationId: a.ownerOrganisationId,
        dueDate: a.dueDate,
        status: a.status,
        serviceCategory: a.serviceCategory,
      })),
      followUps: of(follows, kase.id).map((f) => ({
        id: f.id,
        kind: f.kind,
        dueDate: f.dueDate,
        status: f.status,
        doneAt: f.doneAt,
        contactMethod: f.contactMethod,
        reached: f.reached,
        note: f.note,
      })),
    })),
    callBacks: asked.map((c) => ({
      id: c.id,
      organisationId: c.organisationId,
      preferredTime: c.preferredTime,
      note: c.note,
      requestedAt: c.requestedAt,
      doneAt: c.doneAt,
    })),
  };
}

function callBacksOf(tx: Db, personId: string) {
  return tx
    .select()
    .from(callBacks)
    .where(eq(callBacks.personId, personId))
    .orderBy(desc(callBacks.requestedAt));
}
