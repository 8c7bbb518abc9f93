import type { Ctx } from "../../http/context";
import { port } from "../../port";

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

const referrals = port<CaseReferrals>("the referrals of a case");
export const provideCaseReferrals = referrals.provide;
export const caseReferrals = referrals.get;
