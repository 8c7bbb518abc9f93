import type { Ctx, ReturneeCtx } from "../../http/context";
import { port } from "../../port";

/**
 * What follows the withdrawal of a consent outside the persons module: the referrals that rested on it are
 * suspended. The referrals module provides it when it is loaded (referrals/service.ts), because referrals
 * depend on persons and not the other way round. The returnee may withdraw a consent themself on the portal.
 */
export interface ConsentWithdrawal {
  suspendUnderConsent(
    ctx: Ctx | ReturneeCtx,
    personId: string,
    consentId: string,
  ): Promise<{ suspended: number; movedToOtherConsent: number }>;
}

const withdrawal = port<ConsentWithdrawal>("what follows a consent's withdrawal");
export const provideConsentWithdrawal = withdrawal.provide;
export const consentWithdrawal = withdrawal.get;
