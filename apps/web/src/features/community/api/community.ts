import { answer, client, type QueryOf, type RequestBody, type Schema } from "../../../api/client";

export type CommunityEvent = Schema<"CommunityEvent">;
export type EventFields = RequestBody<"/api/v1/community/events", "post">;
export type PeerGroup = Schema<"PeerGroup">;
export type GroupFields = RequestBody<"/api/v1/community/groups", "post">;
export type ModerationQuestion = Schema<"ModerationQuestion">;
export type QuestionStatus = ModerationQuestion["status"];
export type Registration = Schema<"EventRegistrationList">["items"][number];

export const listEvents = (query: QueryOf<"/api/v1/community/events", "get">) =>
  answer(client.GET("/api/v1/community/events", { params: { query } }));
export const createEvent = (body: EventFields) => answer(client.POST("/api/v1/community/events", { body }));
export const updateEvent = (id: string, body: RequestBody<"/api/v1/community/events/{id}", "put">) =>
  answer(client.PUT("/api/v1/community/events/{id}", { params: { path: { id } }, body }));
export const cancelEvent = (id: string, reason: string) =>
  answer(client.POST("/api/v1/community/events/{id}/cancel", { params: { path: { id } }, body: { reason } }));
export const eventRegistrations = (id: string) =>
  answer(client.GET("/api/v1/community/events/{id}/registrations", { params: { path: { id } } }));

export const listGroups = () => answer(client.GET("/api/v1/community/groups"));
export const createGroup = (body: GroupFields) => answer(client.POST("/api/v1/community/groups", { body }));
export const updateGroup = (id: string, body: RequestBody<"/api/v1/community/groups/{id}", "put">) =>
  answer(client.PUT("/api/v1/community/groups/{id}", { params: { path: { id } }, body }));

export const moderationList = (query: QueryOf<"/api/v1/community/questions", "get">) =>
  answer(client.GET("/api/v1/community/questions", { params: { query } }));
export const publishQuestion = (id: string) =>
  answer(client.POST("/api/v1/community/questions/{id}/publish", { params: { path: { id } } }));
export const refuseQuestion = (id: string, reason: string) =>
  answer(
    client.POST("/api/v1/community/questions/{id}/refuse", { params: { path: { id } }, body: { reason } }),
  );
export const answerQuestion = (id: string, body: string) =>
  answer(
    client.POST("/api/v1/community/questions/{id}/answers", { params: { path: { id } }, body: { body } }),
  );
export const hideAnswer = (id: string, reason: string) =>
  answer(client.POST("/api/v1/community/answers/{id}/hide", { params: { path: { id } }, body: { reason } }));

export const trustedReturnees = () => answer(client.GET("/api/v1/community/trusted-returnees"));
export const trustReturnee = (personId: string) =>
  answer(client.POST("/api/v1/community/trusted-returnees/{id}", { params: { path: { id: personId } } }));
export const revokeTrust = (personId: string) =>
  answer(
    client.POST("/api/v1/community/trusted-returnees/{id}/revoke", { params: { path: { id: personId } } }),
  );
