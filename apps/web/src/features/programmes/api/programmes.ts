// the taxonomy module alone: the rest of the reference data is not shipped to the browser
import { serviceCategoryCodes } from "@homecoming/reference/service-taxonomy";
import { api, type Page, qs } from "../../../api/client";
import type { AnyOfGroup, EvaluatedCondition, Verdict } from "../../../components/rules/api";

export { serviceCategoryCodes };

export const programmeKinds = [
  "loan",
  "grant",
  "training",
  "business_training",
  "mentoring",
  "recognition_of_prior_learning",
  "job_placement",
  "cash_for_work",
  "social_protection",
  "psychosocial_support",
  "legal_aid",
  "housing",
  "schooling",
  "documentation",
] as const;

export const dimensions = ["economic", "social", "psychosocial"] as const;
const prefixDimension: Record<string, (typeof dimensions)[number]> = {
  econ: "economic",
  soc: "social",
  psy: "psychosocial",
};
export const dimensionOf = (code: string) => prefixDimension[code.split(".")[0] ?? ""] ?? "economic";

export interface Programme {
  id: string;
  ownerOrganisationId: string;
  ownerOrganisationName: string;
  name: string;
  description: string;
  kind: string;
  category: string;
  dimension: string;
  areaCodes: string[];
  capacity: number | null;
  placesTaken: number;
  opensOn: string | null;
  closesOn: string | null;
  eligibilityRule: unknown;
  ruleVersion: number;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ProgrammeFields {
  name: string;
  description: string;
  kind: string;
  category: string;
  areaCodes: string[];
  capacity: number | null;
  opensOn: string | null;
  closesOn: string | null;
  active: boolean;
  eligibilityRule: unknown;
}

export type ProgrammeInput = ProgrammeFields & { ownerOrganisationId?: string };
export type ProgrammePatch = Partial<ProgrammeFields> & { version: number };

/** The orders the list offers, as values of its sort parameter. */
export const programmeSorts = ["name", "-name", "kind", "opens", "closes", "-updated"] as const;
export type ProgrammeSort = (typeof programmeSorts)[number];
export const isProgrammeSort = (v: string): v is ProgrammeSort =>
  (programmeSorts as readonly string[]).includes(v);

export interface ProgrammeFilter {
  q?: string;
  kind?: string;
  category?: string;
  active?: boolean;
  sort: ProgrammeSort;
  limit: number;
  offset: number;
}

export interface RuleVersion {
  id: string;
  version: number;
  rule: unknown;
  changedByUserId: string | null;
  changedAt: string;
  impact: { eligible: number; notEligible: number; unknown: number; countedAt: string } | null;
}

export const enrolmentStatuses = [
  "applied",
  "waitlisted",
  "accepted",
  "active",
  "completed",
  "rejected",
  "dropped",
] as const;

export const enrolmentActions = ["accept", "waitlist", "start", "complete", "reject", "drop"] as const;
export type EnrolmentAction = (typeof enrolmentActions)[number];

/** The moves each status allows, as the server's enrolment rules have them. */
export const needsReason = (a: EnrolmentAction) => a === "reject" || a === "drop";

export interface Enrolment {
  moves: EnrolmentAction[];
  id: string;
  programmeId: string;
  programmeName: string;
  caseId: string;
  personId: string;
  status: string;
  ruleVersion: number;
  verdict: { verdict: Verdict; conditions: EvaluatedCondition[]; anyOf?: AnyOfGroup[] };
  note: string | null;
  reason: string | null;
  decidedAt: string | null;
  startedAt: string | null;
  endedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const programmeKeys = {
  all: ["programmes"] as const,
  list: (f: ProgrammeFilter) => ["programmes", "list", f] as const,
  one: (id: string) => ["programmes", "one", id] as const,
  versions: (id: string) => ["programmes", "one", id, "rule-versions"] as const,
  enrolments: (id: string) => ["programmes", "one", id, "enrolments"] as const,
};

export const listProgrammes = (f: ProgrammeFilter) =>
  api.get<Page<Programme>>(`/programmes${qs({ ...f, sort: f.sort === "name" ? undefined : f.sort })}`);
export const getProgramme = (id: string) => api.get<Programme>(`/programmes/${id}`);
export const createProgramme = (input: ProgrammeInput) => api.post<Programme>("/programmes", input);
export const updateProgramme = (id: string, patch: ProgrammePatch) =>
  api.patch<Programme>(`/programmes/${id}`, patch);
export const listRuleVersions = (id: string) => api.get<Page<RuleVersion>>(`/programmes/${id}/rule-versions`);
export const listEnrolments = (id: string, f: { status?: string; limit: number; offset: number }) =>
  api.get<Page<Enrolment>>(`/programmes/${id}/enrolments${qs(f)}`);
export const moveEnrolment = (
  id: string,
  action: EnrolmentAction,
  body: { version: number; reason?: string },
) => api.post<Enrolment>(`/enrolments/${id}/${action}`, body);

export const getUser = (id: string) => api.get<{ id: string; name: string }>(`/users/${id}`);
