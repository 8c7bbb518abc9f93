import type { Ctx } from "../../http/context";

/**
 * What a case needs to know of its referrals: the service category and status of each, to tell which flags
 * still wait for one. The referrals module provides it when the app is built, because referrals depend on
 * cases and not the other way round.
 */
export interface CaseReferrals {
  categoriesOfCase(ctx: Ctx, caseId: string): Promise<{ category: string; status: string }[]>;
}

let provided: CaseReferrals | undefined;

export function provideCaseReferrals(referrals: CaseReferrals) {
  provided = referrals;
}

export function caseReferrals(): CaseReferrals {
  if (!provided) throw new Error("the referrals module has not provided the referrals of a case");
  return provided;
}
