import {
  addDaysUtc,
  conflict,
  decideFollowUpRecording,
  extraContactKind,
  type FollowUpCompleteInput,
  type FollowUpKind,
  type FollowUpStatus,
  followUpOpensOn,
  followUpStatus,
  followUpWindowBounds,
  notFound,
  refusalError,
  surveyOccasionOf,
  toIsoDate,
} from "@homecoming/domain";
import type { Db } from "../../db/client";
import type { Ctx } from "../../http/context";
import type { Sort } from "../../http/schemas";
import { leadOrganisationScope } from "../access";
import { audit } from "../audit/service";
import { personSummaries } from "../persons/service";
import { recordSurvey } from "./assessments";
import type { FollowUpSortField } from "./schemas";
import { loadVisibleCase, loadWritableCase, moveStage, recordCaseEvent } from "./service";
import * as store from "./store";

export async function listFollowUps(ctx: Ctx, caseId: string) {
  const row = await loadVisibleCase(ctx, caseId);
  const items = (await store.followUpsOf(ctx.tx, caseId)).map(followUpView);
  await audit(ctx, { action: "list", recordType: "follow_up", recordId: caseId, personId: row.personId });
  return { items, total: items.length };
}

/**
 * What recording a contact writes: done now, by the caller, how and whether the returnee was reached, and
 * the survey taken then, if one was.
 */
const recorded = (ctx: Ctx, input: FollowUpCompleteInput, assessmentId: string | null) => ({
  status: "done" as const,
  doneAt: ctx.now,
  doneByUserId: ctx.actor.userId,
  contactMethod: input.contactMethod,
  reached: input.reached,
  note: input.note ?? null,
  assessmentId,
});

/** The survey of a contact, scored, kept and audited; null when none was taken. */
async function surveyAt(ctx: Ctx, row: store.CaseRow, input: FollowUpCompleteInput, kind: FollowUpKind) {
  if (!input.survey) return null;
  return (await recordSurvey(ctx, row, input.survey, surveyOccasionOf(kind))).id;
}

/** A follow-up with the first day it may be recorded (null for an extra contact). */
const followUpView = (f: store.FollowUpRow) => ({ ...f, opensOn: followUpOpensOn(f) });

export async function completeFollowUp(
  ctx: Ctx,
  caseId: string,
  followUpId: string,
  input: FollowUpCompleteInput,
) {
  let row = await loadWritableCase(ctx, caseId);
  const current = await store.getFollowUp(ctx.tx, caseId, followUpId);
  if (!current) throw notFound("follow_up.not_found");
  const decision = decideFollowUpRecording(current, ctx.now);
  if (!decision.ok) throw refusalError(decision);
  const assessmentId = await surveyAt(ctx, row, input, current.kind);
  const updated = await store.completeFollowUp(ctx.tx, followUpId, recorded(ctx, input, assessmentId));
  if (!updated) throw conflict("follow_up.already_done");
  await recordCaseEvent(ctx, caseId, "follow_up_done", {
    followUpId,
    kind: current.kind,
    reached: input.reached,
  });
  if (row.stage === "plan_active") row = await moveStage(ctx, row, "monitoring");
  await audit(ctx, {
    action: "update",
    recordType: "follow_up",
    recordId: followUpId,
    personId: row.personId,
  });
  return followUpView(updated);
}

/** A contact outside the schedule, recorded as it happens; it counts as none of the scheduled follow-ups. */
export async function recordContact(ctx: Ctx, caseId: string, input: FollowUpCompleteInput) {
  const row = await loadWritableCase(ctx, caseId);
  const assessmentId = await surveyAt(ctx, row, input, extraContactKind);
  const [created] = await store.insertFollowUps(ctx.tx, [
    {
      caseId,
      kind: extraContactKind,
      dueDate: toIsoDate(ctx.now),
      ...recorded(ctx, input, assessmentId),
      createdAt: ctx.now,
    },
  ]);
  await recordCaseEvent(ctx, caseId, "follow_up_done", {
    followUpId: created!.id,
    kind: extraContactKind,
    reached: input.reached,
  });
  await audit(ctx, {
    action: "create",
    recordType: "follow_up",
    recordId: created!.id,
    personId: row.personId,
  });
  return followUpView(created!);
}

/**
 * Background sweep: follow-ups become due a week before their date and overdue two weeks after it.
 * Only open follow-ups that the clock can have moved are read.
 */
export async function refreshFollowUpStatuses(tx: Db, now: Date, batch = 5000): Promise<number> {
  const opensBy = toIsoDate(addDaysUtc(now, followUpWindowBounds.opensDaysBefore));
  const overdueBefore = toIsoDate(addDaysUtc(now, -followUpWindowBounds.overdueDaysAfter));
  const rows = await store.followUpsToRestatus(tx, opensBy, overdueBefore, batch);
  const changed = new Map<FollowUpStatus, string[]>();
  for (const r of rows) {
    const status = followUpStatus(r, now);
    if (status !== r.status) changed.set(status, [...(changed.get(status) ?? []), r.id]);
  }
  for (const [status, ids] of changed) await store.setFollowUpStatus(tx, ids, status);
  return [...changed.values()].reduce((n, ids) => n + ids.length, 0);
}

/** Follow-ups to do by a date (default: the end of this week), for my caseload or my organisation's cases. */
export async function listDueFollowUps(
  ctx: Ctx,
  query: {
    dueBy?: string | undefined;
    mine?: boolean | undefined;
    sort: Sort<FollowUpSortField>;
    limit: number;
    offset: number;
  },
) {
  const leadOrganisationId = leadOrganisationScope(ctx);
  const dueBy = query.dueBy ?? toIsoDate(addDaysUtc(ctx.now, 7 - ((ctx.now.getUTCDay() + 6) % 7) - 1));
  const page = await store.dueFollowUps(ctx.tx, {
    dueBy,
    ...(query.mine ? { caseManagerUserId: ctx.actor.userId } : { leadOrganisationId }),
    sort: query.sort,
    limit: query.limit,
    offset: query.offset,
  });
  const people = await personSummaries(
    ctx,
    page.items.map((i) => i.personId),
  );
  await audit(ctx, {
    action: "list",
    recordType: "follow_up",
    recordId: null,
    personIds: page.items.map((i) => i.personId),
    details: { resultIds: page.items.map((i) => i.followUp.id) },
  });
  return {
    items: page.items.map((i) => {
      const p = people.get(i.personId);
      return {
        ...followUpView(i.followUp),
        person: { id: i.personId, givenName: p?.givenName ?? "", familyName: p?.familyName ?? "" },
        caseStage: i.stage,
      };
    }),
    total: page.total,
  };
}

/** Follow-ups beyond the plan's own: repayment and grant-use checks of an enrolment. */
export async function scheduleFollowUps(
  ctx: Ctx,
  caseId: string,
  rows: { kind: FollowUpKind; dueDate: Date; enrolmentId?: string }[],
) {
  if (!rows.length) return;
  await store.insertFollowUps(
    ctx.tx,
    rows.map((r) => ({
      caseId,
      kind: r.kind,
      dueDate: toIsoDate(r.dueDate),
      status: "scheduled",
      enrolmentId: r.enrolmentId ?? null,
      createdAt: ctx.now,
    })),
  );
  await recordCaseEvent(ctx, caseId, "money_follow_ups_scheduled", {
    kinds: [...new Set(rows.map((r) => r.kind))],
    count: rows.length,
  });
}
