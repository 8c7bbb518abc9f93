import { answer, client, type RequestBody, type Schema } from "../api/client";

export { ApiError } from "../api/client";
export type FeedbackInput = RequestBody<"/api/v1/feedback", "post">;
export type FeedbackReceipt = Schema<"FeedbackReceipt">;
export type FeedbackStatusView = Schema<"FeedbackStatusView">;
export type PortalService = Schema<"PortalService">;
export type PortalOrganisation = Schema<"PortalOrganisation">;
export type PortalArea = Schema<"PortalArea">;

export const sendFeedback = (body: FeedbackInput) => answer(client.POST("/api/v1/feedback", { body }));
export const feedbackStatus = (reference: string) =>
  answer(client.POST("/api/v1/feedback/status", { body: { reference } }));
export const findServices = async (q: string) =>
  (await answer(client.GET("/api/v1/portal/services", { params: { query: { q, limit: 8 } } }))).items;
export const findOrganisations = async (q: string) =>
  (await answer(client.GET("/api/v1/portal/organisations", { params: { query: { q, limit: 8 } } }))).items;
export const findDistricts = async (q: string) =>
  (await answer(client.GET("/api/v1/portal/districts", { params: { query: { q, limit: 8 } } }))).items;
