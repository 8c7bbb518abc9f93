import { api, type Page, qs } from "../../../api/client";

export const organisationKinds = [
  "ministry",
  "mrc",
  "ngo",
  "provider",
  "employer",
  "partner_abroad",
] as const;
export const roles = ["admin", "case_manager", "counsellor", "provider", "analyst", "employer"] as const;

export interface Organisation {
  id: string;
  name: string;
  kind: string;
  country: string;
  areasServed: string[];
  active: boolean;
  createdAt: string;
  updatedAt: string;
}
export interface OrganisationInput {
  name: string;
  kind: string;
  country: string;
  areasServed: string[];
}
export interface User {
  id: string;
  organisationId: string;
  email: string;
  name: string;
  roles: string[];
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/** The orders the organisation and user lists offer, as values of their sort parameter. */
export const organisationSorts = ["name", "-name", "kind", "country", "-created"] as const;
export const userSorts = ["name", "-name", "email", "-created"] as const;

export const listOrganisations = (f: { q?: string; sort?: string; limit: number; offset: number }) =>
  api.get<Page<Organisation>>(`/organisations${qs(f)}`);
export const getOrganisation = (id: string) => api.get<Organisation>(`/organisations/${id}`);
export const createOrganisation = (input: OrganisationInput) =>
  api.post<Organisation>("/organisations", input);
export const updateOrganisation = (id: string, patch: Partial<OrganisationInput> & { active?: boolean }) =>
  api.patch<Organisation>(`/organisations/${id}`, patch);

export const listUsers = (f: { organisationId: string; sort?: string; limit: number; offset: number }) =>
  api.get<Page<User>>(`/users${qs(f)}`);
export const createUser = (input: {
  organisationId: string;
  email: string;
  name: string;
  password: string;
  roles: string[];
}) => api.post<User>("/users", input);
export const updateUser = (
  id: string,
  patch: { name?: string; roles?: string[]; active?: boolean; password?: string },
) => api.patch<User>(`/users/${id}`, patch);
