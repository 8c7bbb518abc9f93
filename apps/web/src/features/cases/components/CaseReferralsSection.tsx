import { CaseReferrals } from "../../referrals/components/CaseReferrals";
import type { CaseDetail } from "../api/cases";

/** The case's referrals with their history and the Refer button (from the referrals feature). */
export function CaseReferralsSection({ detail, canRefer }: { detail: CaseDetail; canRefer: boolean }) {
  return (
    <CaseReferrals
      caseId={detail.id}
      personId={detail.personId}
      adminAreaCode={detail.person.adminAreaCode}
      canRefer={canRefer}
    />
  );
}
