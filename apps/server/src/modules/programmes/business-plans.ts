import { type BusinessPlanInput, notFound, staleVersion, validation } from "@homecoming/domain";
import type { Ctx } from "../../http/context";
import { audit } from "../audit/service";
import { loadVisibleCase, loadWritableCase, recordCaseEvent } from "../cases/service";

import * as store from "./store";

// ---- business plan -------------------------------------------------------------------------------------

export async function getBusinessPlan(ctx: Ctx, caseId: string) {
  const kase = await loadVisibleCase(ctx, caseId);
  const plan = await store.businessPlanOf(ctx.tx, caseId);
  if (!plan) throw notFound("business_plan.not_found");
  await audit(ctx, {
    action: "read",
    recordType: "business_plan",
    recordId: plan.id,
    personId: kase.personId,
  });
  return plan;
}

export async function saveBusinessPlan(
  ctx: Ctx,
  caseId: string,
  input: BusinessPlanInput & { version?: number | undefined },
) {
  const kase = await loadWritableCase(ctx, caseId);
  const { version, ...fields } = input;
  const existing = await store.businessPlanOf(ctx.tx, caseId);
  let saved: store.BusinessPlanRow | undefined;
  if (existing) {
    if (version === undefined) throw validation("business_plan.version_required", {}, "version");
    saved = await store.updateBusinessPlan(ctx.tx, existing.id, version, { ...fields, updatedAt: ctx.now });
    if (!saved) throw staleVersion();
  } else {
    saved = await store.insertBusinessPlan(ctx.tx, {
      ...fields,
      caseId,
      createdByUserId: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
  }
  await recordCaseEvent(ctx, caseId, "business_plan_saved", { activity: fields.activity });
  await audit(ctx, {
    action: existing ? "update" : "create",
    recordType: "business_plan",
    recordId: saved.id,
    personId: kase.personId,
  });
  return saved;
}
