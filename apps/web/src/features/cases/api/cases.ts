import type { CaseWorkAction } from "@homecoming/domain";
// the taxonomy module alone: the rest of the reference data is not shipped to the browser
import { serviceCategoryCodes } from "@homecoming/reference/service-taxonomy";
import { api, type Page, qs } from "../../../api/client";

export const caseStages = [
  "pre_return",
  "registered",
  "assessed",
  "plan_active",
  "monitoring",
  "handed_over",
  "closed",
] as const;
export type CaseStage = (typeof caseStages)[number];
export const dimensions = ["economic", "social", "psychosocial"] as const;
export type Dimension = (typeof dimensions)[number];
export const closureReasons = [
  "reintegrated",
  "handed_over",
  "moved_abroad_again",
  "lost_contact",
  "declined_support",
  "deceased",
  "other",
] as const;
export const contactMethods = ["in_person", "phone", "home_visit", "video"] as const;
export const actionStatuses = ["planned", "in_progress", "done", "cancelled"] as const;

export interface CasePerson {
  id: string;
  givenName: string;
  familyName: string;
  nameNative: string | null;
  sex: string;
  adminAreaCode: string;
}

export interface Case {
  id: string;
  personId: string;
  person: CasePerson;
  leadOrganisationId: string;
  caseManagerUserId: string | null;
  stage: CaseStage;
  riskLevel: string | null;
  openedAt: string;
  planActivatedAt: string | null;
  handedOverTo: string | null;
  handedOverAt: string | null;
  closedAt: string | null;
  closureReason: string | null;
  closureNote: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CaseEvent {
  id: string;
  type: string;
  at: string;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  data: Record<string, unknown>;
}

/** Something still open when the case ends: a flagged need never referred, or a referral without its outcome. */
export type OpenItem =
  | { kind: "flag"; code: string; label: string }
  | { kind: "referral"; referralId: string; serviceName: string; status: string };

export interface CaseDetail extends Case {
  events: CaseEvent[];
  flagsAwaitingReferral: { code: string; label: string; requiresReferral: boolean; categories: string[] }[];
  can: CaseWorkAction[];
  openItems: OpenItem[];
}

export interface Assessment {
  id: string;
  caseId: string;
  kind: "needs" | "vulnerability" | "psychosocial" | "sustainability_survey";
  answers: unknown;
  scores: unknown;
  redacted?: boolean;
  assessedByUserId: string | null;
  assessedByOrganisationId: string | null;
  createdAt: string;
}

export interface PlanAction {
  id: string;
  title: string;
  dueDate: string | null;
  status: string;
  serviceCategory: string | null;
  referralId: string | null;
  referralStatus: string | null;
}
export interface PlanGoal {
  id: string;
  dimension: Dimension;
  title: string;
  description: string | null;
  actions: PlanAction[];
}
export interface Plan {
  caseId: string;
  version: number;
  goals: PlanGoal[];
}

export interface FollowUp {
  id: string;
  caseId: string;
  kind: string;
  dueDate: string;
  status: string;
  doneAt: string | null;
  contactMethod: string | null;
  reached: boolean | null;
  note: string | null;
  /** The first day it may be recorded; null for an extra contact. */
  opensOn: string | null;
}

export interface PlanGoalInput {
  id?: string;
  dimension: Dimension;
  title: string;
  description?: string;
  actions: { id?: string; title: string; dueDate?: string; status: string; serviceCategory?: string }[];
}

export const caseKeys = {
  all: ["cases"] as const,
  list: (params: object) => ["cases", "list", params] as const,
  detail: (id: string) => ["cases", id] as const,
  assessments: (id: string) => ["cases", id, "assessments"] as const,
  plan: (id: string) => ["cases", id, "plan"] as const,
  followUps: (id: string) => ["cases", id, "follow-ups"] as const,
  eligibility: (id: string) => ["cases", id, "eligibility"] as const,
  enrolments: (id: string) => ["cases", id, "enrolments"] as const,
  businessPlan: (id: string) => ["cases", id, "business-plan"] as const,
};

/** The orders the case list offers; the server takes a field, or "-" and the field for descending. */
export const caseSorts = [
  "-updated",
  "updated",
  "-opened",
  "opened",
  "stage",
  "-stage",
  "-risk",
  "risk",
] as const;
export type CaseSort = (typeof caseSorts)[number];
export const defaultCaseSort: CaseSort = "-updated";
export const asCaseSort = (v: string | null): CaseSort => caseSorts.find((s) => s === v) ?? defaultCaseSort;

export const listCases = (params: {
  mine?: boolean | undefined;
  stage?: string | undefined;
  sort?: CaseSort | undefined;
  limit: number;
  offset: number;
}) => api.get<Page<Case>>(`/cases${qs(params)}`);
export const getCase = (id: string) => api.get<CaseDetail>(`/cases/${id}`);
export const getAssessments = (id: string) => api.get<Page<Assessment>>(`/cases/${id}/assessments`);
export const getPlan = (id: string) => api.get<Plan>(`/cases/${id}/plan`);
export const getFollowUps = (id: string) => api.get<Page<FollowUp>>(`/cases/${id}/follow-ups`);
export const addAssessment = (id: string, kind: string, answers: unknown) =>
  api.post<Assessment>(`/cases/${id}/assessments`, { kind, answers });
export const savePlan = (id: string, version: number, goals: PlanGoalInput[]) =>
  api.put<Plan>(`/cases/${id}/plan`, { version, goals });
export const completeFollowUp = (
  id: string,
  followUpId: string,
  body: { contactMethod: string; reached: boolean; note?: string },
) => api.post<FollowUp>(`/cases/${id}/follow-ups/${followUpId}/complete`, body);
export const recordContact = (id: string, body: { contactMethod: string; reached: boolean; note?: string }) =>
  api.post<FollowUp>(`/cases/${id}/follow-ups`, body);
/** With open items, closing and handing over say so and why. */
export interface OpenItemsAcknowledgement {
  acknowledgeOpenItems?: boolean;
  openItemsReason?: string;
}
export const handOver = (
  id: string,
  body: { version: number; nationalService: string; note?: string } & OpenItemsAcknowledgement,
) => api.post<Case>(`/cases/${id}/hand-over`, body);
export const closeCase = (
  id: string,
  body: { version: number; reason: string; note?: string } & OpenItemsAcknowledgement,
) => api.post<Case>(`/cases/${id}/close`, body);
export const getOrganisation = (id: string) => api.get<{ id: string; name: string }>(`/organisations/${id}`);
export const getUser = (id: string) => api.get<{ id: string; name: string }>(`/users/${id}`);

export { serviceCategoryCodes };

const prefixOf: Record<Dimension, string> = { economic: "econ.", social: "soc.", psychosocial: "psy." };
export const categoriesOf = (d: Dimension) => serviceCategoryCodes.filter((c) => c.startsWith(prefixOf[d]));
