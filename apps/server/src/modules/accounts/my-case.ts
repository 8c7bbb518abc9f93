import { type CallBackRequest, conflict, type InterfaceLanguage } from "@homecoming/domain";
import type { ReturneeCtx } from "../../http/context";
import { ownRecord } from "../access";
import { auditByReturnee } from "../audit/service";
import { casesForReturnee, openCallBack, requestCallBack } from "../cases/call-backs";
import { personHolder } from "../persons/self-registration";
import { referralsForReturnee } from "../referrals/service";

/**
 * "My case": the returnee's cases with who works with them, the referrals made for them and where each
 * stands, the plan's actions and the follow-ups to come, and their open request to be called back. Audited as
 * the returnee's read of their own record.
 */
export async function myCase(ctx: ReturneeCtx, language: InterfaceLanguage) {
  const personId = ownRecord(ctx);
  if (!personId) return { cases: [], callBack: null };
  const cases = await casesForReturnee(ctx.tx, personId);
  const referrals = await referralsForReturnee(
    ctx.tx,
    cases.map((c) => c.id),
    language,
  );
  const callBack = await openCallBack(ctx.tx, personId);
  await auditByReturnee(ctx, {
    action: "read",
    recordType: "case",
    recordId: null,
    personId,
    details: { cases: cases.map((c) => c.id), referrals: referrals.map((r) => r.id) },
  });
  return {
    cases: cases.map((c) => ({ ...c, referrals: referrals.filter((r) => r.caseId === c.id) })),
    callBack,
  };
}

/** The returnee asks to be called back by the organisation working with them. */
export async function askCallBack(ctx: ReturneeCtx, request: CallBackRequest) {
  const personId = ownRecord(ctx);
  if (!personId) throw conflict("account.profile_needed");
  const created = await requestCallBack(ctx.tx, {
    ...request,
    personId,
    holder: await personHolder(ctx.tx, personId),
    now: ctx.now,
  });
  await auditByReturnee(ctx, {
    action: "create",
    recordType: "call_back",
    recordId: created.id,
    personId,
    details: { organisationId: created.organisationId, preferredTime: created.preferredTime },
  });
  return (await openCallBack(ctx.tx, personId))!;
}
