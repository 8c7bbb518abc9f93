import { ApiError, api, type Page } from "../../../api/client";

import type { AnyOfGroup, ConditionWords, EvaluatedCondition, Verdict } from "../../../components/rules/api";

export type { Verdict };

export interface ProgrammeVerdict {
  id: string;
  name: string;
  kind: string;
  category: string;
  organisationName: string;
  ruleVersion: number;
  verdict: Verdict;
  conditions: ConditionWords[];
  anyOf: AnyOfGroup[];
  reachesReturnee: boolean;
  placesLeft: number | null;
}

export interface ServiceVerdict {
  id: string;
  name: string;
  category: string;
  organisationName: string;
  verdict: Verdict;
  conditions: ConditionWords[];
  anyOf: AnyOfGroup[];
  reachesReturnee: boolean;
}

export interface RankedOffer {
  type: "programme" | "service";
  id: string;
  name: string;
  organisationName: string;
  category: string;
  verdict: Verdict;
  distance: "district" | "province" | "country" | null;
  hasCapacity: boolean;
  fit: string;
}

export interface Recommendation {
  dimension: "economic" | "social" | "psychosocial";
  category: string;
  priority: "low" | "medium" | "high";
  source: "needs" | "vulnerability";
  options: RankedOffer[];
}

export interface Eligibility {
  caseId: string;
  evaluatedAt: string;
  eligibleProgrammes: number;
  programmes: ProgrammeVerdict[];
  services: ServiceVerdict[];
  recommendations: Recommendation[];
}

/** As the server sends it: each distinct condition listed once, offers referring to them by position. */
interface EligibilityAnswer extends Omit<Eligibility, "programmes" | "services"> {
  conditions: ConditionWords[];
  programmes: (Omit<ProgrammeVerdict, "conditions"> & { conditions: number[] })[];
  services: (Omit<ServiceVerdict, "conditions"> & { conditions: number[] })[];
}

export const enrolmentStatuses = [
  "applied",
  "accepted",
  "rejected",
  "waitlisted",
  "active",
  "completed",
  "dropped",
] as const;
export type EnrolmentStatus = (typeof enrolmentStatuses)[number];
/** Statuses after which the case may apply to the programme again. */
export const closedEnrolmentStatuses: readonly string[] = ["rejected", "completed", "dropped"];
/** What a loan or a grant needs beside it: an enrolment in business training or mentoring. */
export const financeKinds: readonly string[] = ["loan", "grant"];
export const coachingKinds: readonly string[] = ["business_training", "mentoring"];

export interface Enrolment {
  moves: ("accept" | "reject" | "waitlist" | "start" | "complete" | "drop")[];
  id: string;
  programmeId: string;
  programmeName: string;
  programmeKind: string;
  caseId: string;
  status: EnrolmentStatus;
  ruleVersion: number;
  verdict: { verdict: Verdict; conditions: EvaluatedCondition[]; anyOf?: AnyOfGroup[] };
  coachingEnrolmentId: string | null;
  businessPlanId: string | null;
  note: string | null;
  reason: string | null;
  decidedAt: string | null;
  startedAt: string | null;
  endedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface BusinessPlanFields {
  activity: string;
  sectorIsic: string;
  currency: string;
  capitalNeeded: number;
  ownContribution: number;
  expectedMonthlyIncome: number;
  market: string;
  risks: string;
}

export interface BusinessPlan extends BusinessPlanFields {
  id: string;
  caseId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export async function getEligibility(caseId: string): Promise<Eligibility> {
  const { conditions, programmes, services, ...rest } = await api.get<EligibilityAnswer>(
    `/cases/${caseId}/eligibility`,
  );
  const words = (refs: number[]) => refs.map((i) => conditions[i]!);
  return {
    ...rest,
    programmes: programmes.map((p) => ({ ...p, conditions: words(p.conditions) })),
    services: services.map((s) => ({ ...s, conditions: words(s.conditions) })),
  };
}
export const listEnrolments = (caseId: string) => api.get<Page<Enrolment>>(`/cases/${caseId}/enrolments`);
export const applyForProgramme = (
  caseId: string,
  body: { programmeId: string; note?: string; coachingEnrolmentId?: string },
) => api.post<Enrolment>(`/cases/${caseId}/enrolments`, body);
export const dropEnrolment = (id: string, body: { version: number; reason?: string }) =>
  api.post<Enrolment>(`/enrolments/${id}/drop`, body);

/** The case's business plan, or null while none has been written. */
export const getBusinessPlan = (caseId: string) =>
  api.get<BusinessPlan>(`/cases/${caseId}/business-plan`).catch((e: unknown) => {
    if (e instanceof ApiError && e.status === 404 && e.code === "not_found") return null;
    throw e;
  });
export const saveBusinessPlan = (caseId: string, body: Partial<BusinessPlanFields> & { version?: number }) =>
  api.put<BusinessPlan>(`/cases/${caseId}/business-plan`, body);
