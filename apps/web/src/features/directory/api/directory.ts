// the taxonomy module alone: the rest of the reference data is not shipped to the browser
import { serviceCategoryCodes } from "@homecoming/reference/service-taxonomy";
import { api, type Page, qs } from "../../../api/client";

export const dimensions = ["economic", "social", "psychosocial"] as const;

export { serviceCategoryCodes };

const prefixDimension: Record<string, (typeof dimensions)[number]> = {
  econ: "economic",
  soc: "social",
  psy: "psychosocial",
};
export const dimensionOf = (code: string) => prefixDimension[code.split(".")[0] ?? ""] ?? "economic";

export interface ServiceLocation {
  name: string;
  address?: string;
  adminAreaCode: string;
  openingHours?: string;
}
export interface ServiceContact {
  phone?: string;
  email?: string;
  website?: string;
  person?: string;
}
export interface Service {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  description: string;
  category: string;
  dimension: string;
  locations: ServiceLocation[];
  serviceAreas: string[];
  languages: string[];
  eligibility: string;
  capacity: number | null;
  cost: string;
  contact: ServiceContact;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export type ServiceInput = Omit<
  Service,
  "id" | "organisationName" | "dimension" | "active" | "createdAt" | "updatedAt"
>;

export interface ServiceFilter {
  q?: string;
  category?: string;
  area?: string;
  organisationId?: string;
  includeInactive?: boolean;
  limit: number;
  offset: number;
}

export const listServices = (f: ServiceFilter) => api.get<Page<Service>>(`/services${qs({ ...f })}`);
export const getService = (id: string) => api.get<Service>(`/services/${id}`);
export const createService = (input: ServiceInput) => api.post<Service>("/services", input);
export const updateService = (id: string, patch: Partial<ServiceInput> & { active?: boolean }) =>
  api.patch<Service>(`/services/${id}`, patch);

export interface AdminArea {
  code: string;
  name: string;
  level: number;
  parent: string | null;
  parentName: string | null;
  country: string;
}
export const searchAdminAreas = (q: string) =>
  api.get<{ items: AdminArea[] }>(`/reference/admin-areas${qs({ q, limit: 20 })}`);
