import type { Ctx } from "../../http/context";

/**
 * What a case needs to know of its referrals: each one's service (name and category) and status, to tell which
 * flags still wait for one and what stays open if the case ends. The referrals module provides it when it is
 * loaded (referrals/service.ts), because referrals depend on cases and not the other way round.
 */
export interface CaseReferrals {
  referralsOfCase(
    ctx: Ctx,
    caseId: string,
  ): Promise<{ id: string; category: string; serviceName: string; status: string }[]>;
}

let provided: CaseReferrals | undefined;

export function provideCaseReferrals(referrals: CaseReferrals) {
  provided = referrals;
}

export function caseReferrals(): CaseReferrals {
  if (!provided) throw new Error("the referrals module has not provided the referrals of a case");
  return provided;
}
