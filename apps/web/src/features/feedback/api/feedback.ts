import { answer, client, type QueryOf, type RequestBody, type Schema } from "../../../api/client";

export {
  feedbackChannels,
  feedbackKinds,
  feedbackPriorities,
  feedbackStatuses,
  feedbackSubjects,
  grievanceCategories,
  interfaceLanguages,
  sensitiveGrievanceCategories,
} from "@homecoming/domain/values";

export type FeedbackSummary = Schema<"FeedbackSummary">;
export type FeedbackDetail = Schema<"FeedbackDetail">;
export type FeedbackReceipt = Schema<"FeedbackReceipt">;
export type FeedbackAction = Schema<"FeedbackAction">;
export type FeedbackFilter = QueryOf<"/api/v1/feedback", "get">;
export type FeedbackInput = RequestBody<"/api/v1/feedback", "post">;

export const feedbackSorts = ["-received", "received", "due", "-due", "status"] as const;
export type FeedbackSort = (typeof feedbackSorts)[number];
export const asFeedbackSort = (v: string | null): FeedbackSort =>
  feedbackSorts.find((s) => s === v) ?? "-received";

export const feedbackKeys = {
  all: ["feedback"] as const,
  list: (filter: FeedbackFilter) => ["feedback", "list", filter] as const,
  one: (id: string) => ["feedback", id] as const,
};

export const listFeedback = (query: FeedbackFilter) =>
  answer(client.GET("/api/v1/feedback", { params: { query } }));

export const getFeedback = (id: string) =>
  answer(client.GET("/api/v1/feedback/{id}", { params: { path: { id } } }));

export const sendFeedback = (body: FeedbackInput) => answer(client.POST("/api/v1/feedback", { body }));

export const triageFeedback = (id: string, body: RequestBody<"/api/v1/feedback/{id}/triage", "post">) =>
  answer(client.POST("/api/v1/feedback/{id}/triage", { params: { path: { id } }, body }));
export const answerFeedback = (id: string, body: RequestBody<"/api/v1/feedback/{id}/answer", "post">) =>
  answer(client.POST("/api/v1/feedback/{id}/answer", { params: { path: { id } }, body }));
export const closeFeedback = (id: string, body: RequestBody<"/api/v1/feedback/{id}/close", "post">) =>
  answer(client.POST("/api/v1/feedback/{id}/close", { params: { path: { id } }, body }));
export const reopenFeedback = (id: string, body: RequestBody<"/api/v1/feedback/{id}/reopen", "post">) =>
  answer(client.POST("/api/v1/feedback/{id}/reopen", { params: { path: { id } }, body }));
export const noteFeedback = (id: string, text: string) =>
  answer(client.POST("/api/v1/feedback/{id}/notes", { params: { path: { id } }, body: { text } }));
