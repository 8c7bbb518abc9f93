import { useQuery } from "@tanstack/react-query";
import { caseKeys } from "../../cases/api/cases";
import { getEligibility } from "../api/eligibility";

/** Which programmes and services fit the returnee, and the offers ranked for each assessed need. */
export const useEligibility = (caseId: string) =>
  useQuery({ queryKey: caseKeys.eligibility(caseId), queryFn: () => getEligibility(caseId) });
