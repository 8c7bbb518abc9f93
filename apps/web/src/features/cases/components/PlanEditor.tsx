import { useQuery } from "@tanstack/react-query";
import { QueryState } from "../../../components/QueryState";
import { type CaseDetail, caseKeys, getPlan } from "../api/cases";
import { PlanForm } from "./PlanForm";

/** The reintegration plan: loads the saved plan, then edits it as one document. */
export function PlanEditor({ detail, canWrite }: { detail: CaseDetail; canWrite: boolean }) {
  const query = useQuery({ queryKey: caseKeys.plan(detail.id), queryFn: () => getPlan(detail.id) });
  return (
    <QueryState query={query}>
      {(plan) => <PlanForm key={detail.id} detail={detail} plan={plan} canWrite={canWrite} />}
    </QueryState>
  );
}
