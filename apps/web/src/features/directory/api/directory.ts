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
/** An area a service names, with its name: a whole country (level 0), a division or province, a district. */
export interface NamedArea {
  code: string;
  name: string;
  level: number;
  parentName: string | null;
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
  areas: NamedArea[];
  eligibility: string;
  /** JSON Logic over the returnee facts; null: open to every returnee */
  eligibilityRule: unknown;
  ruleVersion: number;
  /** Sent back with a change: a save started from an older version is refused. */
  version: number;
  capacity: number | null;
  cost: string;
  contact: ServiceContact;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export type ServiceInput = Omit<
  Service,
  | "id"
  | "organisationName"
  | "dimension"
  | "areas"
  | "ruleVersion"
  | "version"
  | "active"
  | "createdAt"
  | "updatedAt"
>;

export interface ServiceFilter {
  q?: string;
  category?: string;
  area?: string;
  organisationId?: string;
  includeInactive?: boolean;
  sort?: string;
  limit: number;
  offset: number;
}

/** The orders the directory offers; relevance only while searching by text. */
export const serviceSorts = ["relevance", "name", "-name", "organisation", "category", "-created"] as const;
export type ServiceSort = (typeof serviceSorts)[number];
export const isServiceSort = (v: string): v is ServiceSort => (serviceSorts as readonly string[]).includes(v);

export const listServices = (f: ServiceFilter) => api.get<Page<Service>>(`/services${qs({ ...f })}`);
export const getService = (id: string) => api.get<Service & { can: "update"[] }>(`/services/${id}`);
export const createService = (input: ServiceInput) => api.post<Service>("/services", input);
export const updateService = (
  id: string,
  patch: Partial<Omit<ServiceInput, "organisationId">> & { active?: boolean; version: number },
) => api.patch<Service>(`/services/${id}`, patch);

export interface Language {
  code: string;
  name: string;
}
export const listLanguages = () => api.get<{ items: Language[] }>("/reference/languages");
