import { categoriesOf as taxonomyOf } from "@homecoming/reference/service-taxonomy";
import {
  answer,
  client,
  type QueryOf,
  type RequestBody,
  type Schema,
  type Unchosen,
} from "../../../api/client";

export {
  caseClosureReasons as closureReasons,
  caseStages,
  contactMethods,
  dimensions,
  planActionStatuses as actionStatuses,
} from "@homecoming/domain/values";
export { serviceCategoryCodes } from "@homecoming/reference/service-taxonomy";

export type CaseStage = Schema<"CaseStage">;
export type Dimension = Schema<"Dimension">;
export type Case = Schema<"Case">;
export type CasePerson = Case["person"];
export type CaseDetail = Schema<"CaseDetail">;
export type CaseEvent = CaseDetail["events"][number];
export type Assessment = Schema<"Assessment">;
export type Plan = Schema<"Plan">;
export type PlanGoal = Plan["goals"][number];
export type PlanAction = PlanGoal["actions"][number];
export type FollowUp = Schema<"FollowUp">;
/** Something still open when the case ends: a flagged need never referred, or a referral without its outcome. */
export type OpenItem = CaseDetail["openItems"][number];
type PlanBody = RequestBody<"/api/v1/cases/{id}/plan", "put">;
export type PlanGoalInput = PlanBody["goals"][number];

export const caseKeys = {
  all: ["cases"] as const,
  list: (params: object) => ["cases", "list", params] as const,
  detail: (id: string) => ["cases", id] as const,
  assessments: (id: string) => ["cases", id, "assessments"] as const,
  plan: (id: string) => ["cases", id, "plan"] as const,
  followUps: (id: string) => ["cases", id, "follow-ups"] as const,
  eligibility: (id: string) => ["cases", id, "eligibility"] as const,
  enrolments: (id: string) => ["cases", id, "enrolments"] as const,
  businessPlan: (id: string) => ["cases", id, "business-plan"] as const,
};

/** The orders the case list offers; the server takes a field, or "-" and the field for descending. */
export const caseSorts = [
  "-updated",
  "updated",
  "-opened",
  "opened",
  "stage",
  "-stage",
  "-risk",
  "risk",
] as const;
export type CaseSort = (typeof caseSorts)[number];
export const defaultCaseSort: CaseSort = "-updated";
export const asCaseSort = (v: string | null): CaseSort => caseSorts.find((s) => s === v) ?? defaultCaseSort;

const path = (id: string) => ({ params: { path: { id } } });

export const listCases = (query: QueryOf<"/api/v1/cases", "get">) =>
  answer(client.GET("/api/v1/cases", { params: { query } }));
export const getCase = (id: string) => answer(client.GET("/api/v1/cases/{id}", path(id)));
export const getAssessments = (id: string) => answer(client.GET("/api/v1/cases/{id}/assessments", path(id)));
export const getPlan = (id: string) => answer(client.GET("/api/v1/cases/{id}/plan", path(id)));
export const getFollowUps = (id: string) => answer(client.GET("/api/v1/cases/{id}/follow-ups", path(id)));
type AssessmentBody = RequestBody<"/api/v1/cases/{id}/assessments", "post">;
/** The answers an assessment of a kind takes. */
export type AnswersOf<K extends AssessmentBody["kind"]> = Extract<AssessmentBody, { kind: K }>["answers"];
export const addAssessment = <K extends AssessmentBody["kind"]>(id: string, kind: K, answers: AnswersOf<K>) =>
  answer(
    client.POST("/api/v1/cases/{id}/assessments", { ...path(id), body: { kind, answers } as AssessmentBody }),
  );
export const savePlan = (id: string, version: number, goals: PlanGoalInput[]) =>
  answer(client.PUT("/api/v1/cases/{id}/plan", { ...path(id), body: { version, goals } }));
type FollowUpDone = RequestBody<"/api/v1/cases/{id}/follow-ups/{childId}/complete", "post">;
export const completeFollowUp = (
  id: string,
  childId: string,
  body: Unchosen<FollowUpDone, "contactMethod">,
) =>
  answer(
    client.POST("/api/v1/cases/{id}/follow-ups/{childId}/complete", {
      params: { path: { id, childId } },
      body: body as FollowUpDone,
    }),
  );
export const recordContact = (id: string, body: Unchosen<FollowUpDone, "contactMethod">) =>
  answer(client.POST("/api/v1/cases/{id}/follow-ups", { ...path(id), body: body as FollowUpDone }));
type Closure = RequestBody<"/api/v1/cases/{id}/close", "post">;
/** With open items, closing and handing over say so and why. */
export type OpenItemsAcknowledgement = Pick<Closure, "acknowledgeOpenItems" | "openItemsReason">;
export const handOver = (id: string, body: RequestBody<"/api/v1/cases/{id}/hand-over", "post">) =>
  answer(client.POST("/api/v1/cases/{id}/hand-over", { ...path(id), body }));
export const closeCase = (id: string, body: Unchosen<Closure, "reason">) =>
  answer(client.POST("/api/v1/cases/{id}/close", { ...path(id), body: body as Closure }));

export const categoriesOf = (d: Dimension) => taxonomyOf(d).map((c) => c.code);

export type CallBack = Schema<"CallBack">;
export const listCallBacks = (query: QueryOf<"/api/v1/call-backs", "get">) =>
  answer(client.GET("/api/v1/call-backs", { params: { query } }));
export const markCallBackDone = (id: string) =>
  answer(client.POST("/api/v1/call-backs/{id}/done", { params: { path: { id } } }));
