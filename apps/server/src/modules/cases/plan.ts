import {
  type ActionPatch,
  actionForReferral,
  actionStatusForReferral,
  followUpSchedule,
  notFound,
  type PlanInput,
  type ReferralStatus,
  staleVersion,
  toIsoDate,
  validation,
} from "@homecoming/domain";
import type { Db } from "../../db/client";
import type { Ctx } from "../../http/context";
import { audit } from "../audit/service";
import { userById } from "../organisations/service";
import { loadVisibleCase, loadWritableCase, moveStage, recordCaseEvent } from "./service";
import * as store from "./store";

export async function getPlan(ctx: Ctx, caseId: string) {
  const row = await loadVisibleCase(ctx, caseId);
  await audit(ctx, { action: "read", recordType: "plan", recordId: caseId, personId: row.personId });
  return planView(ctx, caseId, row.version);
}

/** The plan with the case version it was read at, which a save must send back. */
async function planView(ctx: Ctx, caseId: string, version: number) {
  const { goals, actions } = await store.planOf(ctx.tx, caseId);
  return {
    caseId,
    version,
    goals: goals.map((g) => ({ ...g, actions: actions.filter((a) => a.goalId === g.id) })),
  };
}

/**
 * Saving a plan replaces its goals and actions. The first saved plan activates it: the case moves to
 * plan_active and its 3, 6 and 12 month follow-ups are scheduled.
 */
export async function savePlan(ctx: Ctx, caseId: string, input: PlanInput & { version: number }) {
  let row = await loadWritableCase(ctx, caseId);
  if (row.version !== input.version) throw staleVersion();
  const stored = await store.planOf(ctx.tx, caseId);
  const storedGoals = new Set(stored.goals.map((g) => g.id));
  const storedActions = new Map(stored.actions.map((a) => [a.id, a]));
  for (const [gi, goal] of input.goals.entries()) {
    if (goal.id && !storedGoals.has(goal.id))
      throw validation("plan.unknown_goal", { id: goal.id }, `goals.${gi}.id`);
    for (const [ai, action] of goal.actions.entries()) {
      if (action.id && !storedActions.has(action.id))
        throw validation("plan.unknown_action", { id: action.id }, `goals.${gi}.actions.${ai}.id`);
      if (action.ownerUserId) {
        const owner = await userById(ctx, action.ownerUserId);
        if (!owner || ![row.leadOrganisationId, ctx.actor.organisationId].includes(owner.organisationId))
          throw validation("plan.owner_elsewhere", {}, `goals.${gi}.actions.${ai}.ownerUserId`);
      }
    }
  }
  await store.replacePlan(
    ctx.tx,
    caseId,
    input.goals.map((g, gi) => ({
      goal: {
        ...(g.id ? { id: g.id } : {}),
        dimension: g.dimension,
        title: g.title,
        description: g.description ?? null,
        position: gi,
      },
      actions: g.actions.map((a, ai) => ({
        // a kept action keeps its id and the referral it follows
        ...(a.id
          ? {
              id: a.id,
              referralId: storedActions.get(a.id)!.referralId,
              referralStatus: storedActions.get(a.id)!.referralStatus,
            }
          : {}),
        dimension: g.dimension,
        title: a.title,
        ownerUserId: a.ownerUserId ?? null,
        ownerOrganisationId: a.ownerOrganisationId ?? null,
        dueDate: a.dueDate ?? null,
        status: a.status,
        serviceCategory: a.serviceCategory ?? null,
        position: ai,
      })),
    })),
  );
  await recordCaseEvent(ctx, caseId, "plan_saved", { goals: input.goals.length });
  if (
    !row.planActivatedAt &&
    input.goals.length > 0 &&
    ["registered", "assessed", "pre_return"].includes(row.stage)
  ) {
    row = await moveStage(ctx, row, "plan_active", { planActivatedAt: ctx.now });
    await store.insertFollowUps(
      ctx.tx,
      followUpSchedule(ctx.now).map((f) => ({
        caseId,
        kind: f.kind,
        dueDate: toIsoDate(f.dueDate),
        status: "scheduled",
        createdAt: ctx.now,
      })),
    );
    await recordCaseEvent(ctx, caseId, "follow_ups_scheduled", {});
  } else {
    const bumped = await store.updateCase(ctx.tx, caseId, row.version, { updatedAt: ctx.now });
    if (!bumped) throw staleVersion();
  }
  await audit(ctx, { action: "update", recordType: "plan", recordId: caseId, personId: row.personId });
  return planView(ctx, caseId, (await store.getCase(ctx.tx, caseId))!.version);
}

export async function updateAction(ctx: Ctx, caseId: string, actionId: string, patch: ActionPatch) {
  const row = await loadWritableCase(ctx, caseId);
  const updated = await store.updateAction(ctx.tx, caseId, actionId, {
    ...patch,
    ...(patch.dueDate !== undefined ? { dueDate: patch.dueDate } : {}),
  });
  if (!updated) throw notFound("plan.action_not_found");
  await audit(ctx, {
    action: "update",
    recordType: "plan_action",
    recordId: actionId,
    personId: row.personId,
  });
  return updated;
}

/**
 * A referral of the case was made or moved: the plan action it follows takes the status that fits (see
 * actionStatusForReferral). A new referral follows the action named, or else the first open action of the
 * plan in the referred service's category.
 */
export async function followReferral(
  ctx: { tx: Db },
  referral: { id: string; caseId: string; status: ReferralStatus; category?: string },
) {
  const actions = await store.planActionsOf(ctx.tx, referral.caseId);
  const action =
    actions.find((a) => a.referralId === referral.id) ??
    (referral.category ? actionForReferral(actions, referral.category) : undefined);
  if (!action) return;
  const status = actionStatusForReferral(referral.status);
  await store.updateAction(ctx.tx, referral.caseId, action.id, {
    referralId: referral.id,
    referralStatus: referral.status,
    ...(status ? { status } : {}),
  });
}
