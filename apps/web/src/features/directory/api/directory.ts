import {
  answer,
  client,
  type QueryOf,
  type RequestBody,
  type Schema,
  type Unchosen,
} from "../../../api/client";

export type Service = Schema<"Service">;
export type ServiceLocation = Service["locations"][number];
export type ServiceContact = Service["contact"];
/** An area a service names, with its name: a whole country (level 0), a division or province, a district. */
export type NamedArea = Schema<"NamedArea">;
type NewService = RequestBody<"/api/v1/services", "post">;
/** What the service form edits: every field of a new service, the category empty until one is chosen. */
export type ServiceInput = Unchosen<Required<NewService>, "category">;
type ServiceChange = RequestBody<"/api/v1/services/{id}", "patch">;
export type ServicePatch = Omit<ServiceChange, "category"> & { category?: ServiceInput["category"] };
export type ServiceFilter = QueryOf<"/api/v1/services", "get">;

/** The orders the directory offers; relevance only while searching by text. */
export const serviceSorts = ["relevance", "name", "-name", "organisation", "category", "-created"] as const;
export type ServiceSort = (typeof serviceSorts)[number];
export const isServiceSort = (v: string): v is ServiceSort => (serviceSorts as readonly string[]).includes(v);

export const listServices = (query: ServiceFilter) =>
  answer(client.GET("/api/v1/services", { params: { query } }));
export const getService = (id: string) =>
  answer(client.GET("/api/v1/services/{id}", { params: { path: { id } } }));
export const createService = (body: ServiceInput) =>
  answer(client.POST("/api/v1/services", { body: body as NewService }));
export const updateService = (id: string, body: ServicePatch) =>
  answer(
    client.PATCH("/api/v1/services/{id}", {
      params: { path: { id } },
      body: body as ServiceChange,
    }),
  );

export type Language = Schema<"Language">;
export const listLanguages = () => answer(client.GET("/api/v1/reference/languages"));
