import { useQuery } from "@tanstack/react-query";
import { caseKeys } from "../../cases/api/cases";
import { getBusinessPlan, listCaseEnrolments } from "../api/caseEnrolments";

/** The case's enrolments in programmes, oldest first. */
export const useEnrolments = (caseId: string) =>
  useQuery({ queryKey: caseKeys.enrolments(caseId), queryFn: () => listCaseEnrolments(caseId) });

/** The case's business plan; null while none is written. */
export const useBusinessPlan = (caseId: string) =>
  useQuery({ queryKey: caseKeys.businessPlan(caseId), queryFn: () => getBusinessPlan(caseId) });
