import type { DisabilityKind } from "@homecoming/domain";
import { api, type Page, qs } from "../../../api/client";

export const sexes = ["female", "male", "other"] as const;
export const returnTypes = ["voluntary", "assisted", "forced", "crisis"] as const;
export const legalStatuses = ["regular", "irregular", "overstayed", "unknown"] as const;
export const debtLenders = [
  "family_friends",
  "informal_lender",
  "recruitment_agency",
  "bank",
  "mfi",
  "employer",
  "other",
] as const;
export const documentTypes = [
  "passport",
  "national_id",
  "birth_certificate",
  "work_permit",
  "skills_certificate",
  "bank_account",
  "other",
] as const;
export const documentStatuses = ["held", "missing", "expired", "confiscated"] as const;
export const housingStatuses = [
  "owned",
  "rented",
  "with_family",
  "temporary",
  "homeless",
  "shelter",
] as const;
export const consentPurposes = ["referral", "data_sharing", "contact", "research"] as const;
// every kind of disability the domain accepts, in the order the form offers them: the Record type makes the
// compiler name a kind the domain adds until the form offers it too
const offeredDisabilityKinds: Record<DisabilityKind, true> = {
  physical: true,
  visual: true,
  hearing: true,
  intellectual: true,
  psychosocial: true,
  other: true,
};
export const disabilityKinds = Object.keys(offeredDisabilityKinds) as DisabilityKind[];

export interface MigrationEpisode {
  destinationCountry: string;
  startDate?: string;
  endDate?: string;
  occupationIsco?: string;
  sectorIsic?: string;
  legalStatus?: string;
  returnType: string;
  employer?: string;
  monthlyIncomeUsd?: number;
}
export interface Skill {
  name: string;
  iscoCode?: string;
  yearsExperience?: number;
  certified: boolean;
  acquiredAbroad: boolean;
}
export interface Debt {
  amount: number;
  currency: string;
  lender: string;
  purpose?: string;
  monthlyRepayment?: number;
}
export interface PersonDocument {
  type: string;
  status: string;
}
export interface Household {
  size: number;
  dependants: number;
  childrenOfSchoolAge: number;
  headOfHousehold: boolean;
}

export interface Disability {
  hasDisability: boolean;
  kinds?: string[];
}

export interface PersonInput {
  givenName: string;
  familyName?: string;
  nameNative?: string;
  birthDate?: string;
  birthYear?: number;
  sex: string;
  genderIdentity?: string;
  nationalId?: string;
  passportNumber?: string;
  phone?: string;
  adminAreaCode: string;
  address?: string;
  languages?: string[];
  migrationEpisodes: MigrationEpisode[];
  education?: { iscedLevel: number; fieldOfStudy?: string };
  skills?: Skill[];
  debts?: Debt[];
  documents?: PersonDocument[];
  housing?: { status: string; adequate?: boolean };
  household?: Household;
  disability?: Disability;
}

export interface Person
  extends Omit<
    PersonInput,
    "familyName" | "nameNative" | "birthDate" | "birthYear" | "nationalId" | "passportNumber" | "phone"
  > {
  id: string;
  familyName: string;
  nameNative: string | null;
  birthDate: string | null;
  birthYear: number | null;
  nationalId: string | null;
  passportNumber: string | null;
  phone: string | null;
  registeredByOrganisationId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A row of the returnee search. */
export interface PersonSummary {
  id: string;
  givenName: string;
  familyName: string;
  nameNative: string | null;
  birthDate: string | null;
  birthYear: number | null;
  sex: string;
  phone: string | null;
  adminAreaCode: string;
  createdAt: string;
  returnedOn: string | null;
  score?: number;
}

/** The orders of the returnee search; relevance only applies to a name search. */
export const personSorts = [
  "relevance",
  "name",
  "-name",
  "-registered",
  "registered",
  "-returned",
  "returned",
] as const;
export type PersonSort = (typeof personSorts)[number];

export interface PersonSearch {
  q?: string;
  phone?: string;
  nationalId?: string;
  sort?: PersonSort;
  limit: number;
  offset: number;
}

export interface PossibleDuplicate {
  personId: string;
  score: number;
  reasons: string[];
  displayName?: string;
}

export interface DuplicateProbe {
  givenName: string;
  familyName?: string;
  nameNative?: string;
  birthDate?: string;
  birthYear?: number;
  phone?: string;
  adminAreaCode?: string;
  nationalId?: string;
  passportNumber?: string;
}

export interface Consent {
  id: string;
  personId: string;
  purpose: string;
  organisationIds: string[];
  note: string | null;
  givenAt: string;
  expiresAt: string | null;
  withdrawnAt: string | null;
  withdrawalNote: string | null;
  recordedByUserId: string | null;
  recordedByOrganisationId: string | null;
  active: boolean;
}

export interface PersonCase {
  id: string;
  personId: string;
  leadOrganisationId: string;
  stage: string;
  riskLevel: string | null;
  openedAt: string;
  closedAt: string | null;
}

export interface AuditEvent {
  seq: number;
  at: string;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  action: string;
  recordType: string;
  recordId: string | null;
  reason: string | null;
}

export interface Organisation {
  id: string;
  name: string;
  kind: string;
  country: string;
}

export const searchPersons = (search: PersonSearch) =>
  api.get<Page<PersonSummary>>(`/persons${qs({ ...search })}`);
export const registerPerson = (input: PersonInput) =>
  api.post<Person & { possibleDuplicates: PossibleDuplicate[] }>("/persons", input);
export const checkDuplicates = (probe: DuplicateProbe) =>
  api.post<{ possibleDuplicates: PossibleDuplicate[] }>("/persons/duplicate-check", probe);
export const fetchPerson = (id: string) => api.get<Person>(`/persons/${id}`);
export const fetchConsents = (personId: string) => api.get<Page<Consent>>(`/persons/${personId}/consents`);
export const recordConsent = (personId: string, body: { purpose: string; organisationIds: string[] }) =>
  api.post<Consent>(`/persons/${personId}/consents`, body);
export const withdrawConsent = (personId: string, consentId: string, note: string) =>
  api.post<Consent>(`/persons/${personId}/consents/${consentId}/withdraw`, { note });
export const fetchPersonCases = (personId: string, offset: number, limit: number) =>
  api.get<Page<PersonCase>>(`/cases${qs({ personId, offset, limit })}`);
export const openCase = (personId: string) => api.post<{ id: string; stage: string }>("/cases", { personId });
export const fetchAudit = (personId: string, before?: number) =>
  api.get<{ items: AuditEvent[]; nextBefore: number | null }>(`/audit${qs({ personId, before, limit: 50 })}`);
export const findOrganisations = (q: string) =>
  api.get<Page<Organisation>>(`/organisations${qs({ q, limit: 20 })}`);
export const fetchOrganisation = (id: string) => api.get<Organisation>(`/organisations/${id}`);
export const fetchUser = (id: string) => api.get<{ id: string; name: string }>(`/users/${id}`);
