import {
  answer,
  client,
  type QueryOf,
  type RequestBody,
  type Schema,
  type Unchosen,
} from "../../../api/client";

export { organisationKinds, roles } from "@homecoming/domain/values";

export type Organisation = Schema<"Organisation">;
type NewOrganisation = RequestBody<"/api/v1/organisations", "post">;
export type OrganisationInput = Unchosen<NewOrganisation, "kind">;
type OrganisationChange = RequestBody<"/api/v1/organisations/{id}", "patch">;
export type User = Schema<"User">;
export type Role = Schema<"Role">;
export type OrganisationKind = Schema<"OrganisationKind">;

/** The orders the organisation and user lists offer, as values of their sort parameter. */
export const organisationSorts = ["name", "-name", "kind", "country", "-created"] as const;
export const userSorts = ["name", "-name", "email", "-created"] as const;

export const listOrganisations = (query: QueryOf<"/api/v1/organisations", "get">) =>
  answer(client.GET("/api/v1/organisations", { params: { query } }));
export const createOrganisation = (body: OrganisationInput) =>
  answer(client.POST("/api/v1/organisations", { body: body as NewOrganisation }));
export const updateOrganisation = (id: string, body: OrganisationInput & { active?: boolean }) =>
  answer(
    client.PATCH("/api/v1/organisations/{id}", {
      params: { path: { id } },
      body: body as OrganisationChange,
    }),
  );

export const listUsers = (query: QueryOf<"/api/v1/users", "get">) =>
  answer(client.GET("/api/v1/users", { params: { query } }));
export const createUser = (body: RequestBody<"/api/v1/users", "post">) =>
  answer(client.POST("/api/v1/users", { body }));
export const updateUser = (id: string, body: RequestBody<"/api/v1/users/{id}", "patch">) =>
  answer(client.PATCH("/api/v1/users/{id}", { params: { path: { id } }, body }));
export const unlockUser = (id: string) =>
  answer(client.POST("/api/v1/users/{id}/unlock", { params: { path: { id } } }));

export type SmsMessage = Schema<"SmsMessage">;
export { smsStatuses } from "@homecoming/domain/values";
export const listTextMessages = (query: QueryOf<"/api/v1/sms-messages", "get">) =>
  answer(client.GET("/api/v1/sms-messages", { params: { query } }));
