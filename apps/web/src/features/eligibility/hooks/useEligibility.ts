import { useQuery } from "@tanstack/react-query";
import { caseKeys } from "../../cases/api/cases";
import { getBusinessPlan, getEligibility, listEnrolments } from "../api/eligibility";

/** Which programmes and services fit the returnee, and the offers ranked for each assessed need. */
export const useEligibility = (caseId: string) =>
  useQuery({ queryKey: caseKeys.eligibility(caseId), queryFn: () => getEligibility(caseId) });

/** The case's enrolments in programmes, oldest first. */
export const useEnrolments = (caseId: string) =>
  useQuery({ queryKey: caseKeys.enrolments(caseId), queryFn: () => listEnrolments(caseId) });

/** The case's business plan; null while none is written. */
export const useBusinessPlan = (caseId: string) =>
  useQuery({ queryKey: caseKeys.businessPlan(caseId), queryFn: () => getBusinessPlan(caseId) });
