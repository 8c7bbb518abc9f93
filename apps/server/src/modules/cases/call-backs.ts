import { type CallBackRequest, conflict, fullName, notFound } from "@homecoming/domain";
import type { Db } from "../../db/client";
import type { Ctx } from "../../http/context";
import { ownOrganisationScope, requireOwnOrganisation } from "../access";
import { audit } from "../audit/service";
import * as store from "./store";

// A returnee asks on the portal to be called back; the organisation working with them (the lead of their open
// case, else the one holding their record) finds the request in its list and marks it done once it called.

/**
 * The request of a returnee to be called back, to the lead of their latest open case (else `holder`, the
 * organisation that holds their record). A second request while one is open is refused, naming when it was
 * asked. The caller audits it as the returnee's.
 */
export async function requestCallBack(
  tx: Db,
  input: CallBackRequest & { personId: string; holder: string | null; now: Date },
) {
  const open = (await store.casesWithLeadOf(tx, input.personId)).find((c) => c.kase.stage !== "closed");
  const organisationId = open?.kase.leadOrganisationId ?? input.holder;
  if (!organisationId) throw notFound("person.not_found");
  const created = await store.insertCallBack(tx, {
    personId: input.personId,
    caseId: open?.kase.id ?? null,
    organisationId,
    preferredTime: input.preferredTime,
    note: input.note?.trim() || null,
    requestedAt: input.now,
  });
  if (!created) throw conflict("call_back.open");
  return created;
}

/** A returnee's open request to be called back, with who will call. */
export async function openCallBack(tx: Db, personId: string) {
  const row = await store.openCallBackOf(tx, personId);
  return row
    ? {
        id: row.callBack.id,
        organisationName: row.organisationName,
        preferredTime: row.callBack.preferredTime,
        requestedAt: row.callBack.requestedAt,
      }
    : null;
}

/** The caller's organisation's requests to be called back (administrators: all), open ones first. */
export async function listCallBacks(ctx: Ctx, query: { done: boolean; limit: number; offset: number }) {
  const organisationId = ownOrganisationScope(ctx);
  const page = await store.listCallBacks(ctx.tx, { organisationId, ...query });
  await audit(ctx, {
    action: "list",
    recordType: "call_back",
    recordId: null,
    personIds: page.items.map((i) => i.callBack.personId),
    details: { shown: page.items.map((i) => i.callBack.id) },
  });
  return {
    items: page.items.map((i) => ({
      id: i.callBack.id,
      personId: i.callBack.personId,
      caseId: i.callBack.caseId,
      name: fullName(i),
      phone: i.phone,
      preferredTime: i.callBack.preferredTime,
      note: i.callBack.note,
      requestedAt: i.callBack.requestedAt,
      doneAt: i.callBack.doneAt,
    })),
    total: page.total,
  };
}

/** A case worker of the organisation called the returnee back. */
export async function markCallBackDone(ctx: Ctx, id: string) {
  const row = await store.getCallBack(ctx.tx, id);
  if (!row) throw notFound("call_back.not_found");
  requireOwnOrganisation(ctx, row.organisationId, "call_back.own_organisation");
  if (!(await store.markCallBackDone(ctx.tx, id, ctx.actor.userId, ctx.now)))
    throw conflict("call_back.done");
  await audit(ctx, {
    action: "update",
    recordType: "call_back",
    recordId: id,
    personId: row.personId,
    details: { done: true },
  });
  return { id, doneAt: ctx.now };
}

/**
 * A returnee's own cases as they read them on the portal: who works with them and where the case stands, the
 * plan's actions, the follow-ups to come. Staff's notes and assessments stay out of it.
 */
export async function casesForReturnee(tx: Db, personId: string) {
  const rows = await store.casesWithLeadOf(tx, personId);
  const ids = rows.map((r) => r.kase.id);
  const [actions, followUps] = await Promise.all([
    store.planActionsOfCases(tx, ids),
    store.followUpsOfCases(tx, ids),
  ]);
  return rows.map(({ kase, leadName, managerName }) => ({
    id: kase.id,
    organisationName: leadName,
    caseManagerName: managerName,
    stage: kase.stage,
    openedAt: kase.openedAt,
    closedAt: kase.closedAt,
    actions: actions
      .filter((a) => a.action.caseId === kase.id && a.action.status !== "cancelled")
      .map(({ action, ownerName }) => ({
        id: action.id,
        title: action.title,
        dimension: action.dimension,
        organisationName: ownerName,
        dueDate: action.dueDate,
        status: action.status,
      })),
    followUps: followUps
      .filter((f) => f.caseId === kase.id)
      .map((f) => ({ id: f.id, kind: f.kind, dueDate: f.dueDate, status: f.status, doneAt: f.doneAt })),
  }));
}
