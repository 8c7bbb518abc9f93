import { api, type Page, qs } from "../../api/client";

export type FactType = "number" | "boolean" | "enum" | "list";

/** A returnee fact a rule can read, as GET /eligibility/facts describes it. */
export interface Fact {
  name: string;
  label: string;
  description: string;
  type: FactType;
  values?: string[];
  unit?: string;
  restricted?: boolean;
}

export interface FactsCatalogue {
  version: number;
  facts: Fact[];
}

export type Verdict = "eligible" | "not_eligible" | "unknown";
export type Outcome = "met" | "failed" | "unknown";

/** Conditions of which any one is enough, as positions in a verdict's conditions, and how the group came out. */
export interface AnyOfGroup {
  conditions: number[];
  outcome: Outcome;
}

/** A condition of a rule and how it came out, in words (a case's eligibility lists them so for every offer). */
export interface ConditionWords {
  text: string;
  outcome: Outcome;
  because?: string;
  /** It reads health or psychosocial facts. */
  restricted?: boolean;
}

/** One condition of a rule as the server evaluated it on a person, with the facts it read and their values. */
export interface EvaluatedCondition extends ConditionWords {
  facts: string[];
  actual: Record<string, unknown>;
  restricted: boolean;
}

export interface RulePreview {
  personId: string;
  caseId: string | null;
  facts: Record<string, unknown>;
  verdict: Verdict;
  conditions: EvaluatedCondition[];
  anyOf: AnyOfGroup[];
}

export interface PersonHit {
  id: string;
  givenName: string;
  familyName: string;
  nameNative: string | null;
  birthDate: string | null;
  birthYear: number | null;
}

export interface AdminArea {
  code: string;
  name: string;
  level: number;
  parent: string | null;
  parentName: string | null;
  country: string;
}

export const fetchFacts = () => api.get<FactsCatalogue>("/eligibility/facts");
export const previewRule = (rule: unknown, personId: string) =>
  api.post<RulePreview>("/eligibility/preview", { rule, personId });
export const searchPersons = (q: string) => api.get<Page<PersonHit>>(`/persons${qs({ q, limit: 10 })}`);
export const fetchCountries = (lang: string) =>
  api.get<{ items: { code: string; name: string }[] }>(`/reference/countries${qs({ lang })}`);
export const searchAdminAreas = (q: string, level?: 1 | 2) =>
  api.get<{ items: AdminArea[] }>(`/reference/admin-areas${qs({ q, level, limit: 20 })}`);
