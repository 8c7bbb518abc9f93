import { ApiError, answer, client, type RequestBody, type Schema } from "../../../api/client";

/** A case's applications to programmes, and its business plan (what a loan or grant is asked for). */
export type BusinessPlan = Schema<"BusinessPlan">;
type BusinessPlanBody = RequestBody<"/api/v1/cases/{id}/business-plan", "put">;
export type BusinessPlanFields = Omit<BusinessPlanBody, "version">;

const path = (id: string) => ({ params: { path: { id } } });

export const listCaseEnrolments = (caseId: string) =>
  answer(client.GET("/api/v1/cases/{id}/enrolments", path(caseId)));
export const applyForProgramme = (
  caseId: string,
  body: RequestBody<"/api/v1/cases/{id}/enrolments", "post">,
) => answer(client.POST("/api/v1/cases/{id}/enrolments", { ...path(caseId), body }));
export const dropEnrolment = (id: string, body: RequestBody<"/api/v1/enrolments/{id}/{action}", "post">) =>
  answer(client.POST("/api/v1/enrolments/{id}/{action}", { params: { path: { id, action: "drop" } }, body }));

/** The case's business plan, or null while none has been written. */
export const getBusinessPlan = (caseId: string) =>
  answer(client.GET("/api/v1/cases/{id}/business-plan", path(caseId))).catch((e: unknown) => {
    if (e instanceof ApiError && e.status === 404 && e.code === "not_found") return null;
    throw e;
  });
export const saveBusinessPlan = (caseId: string, body: Partial<BusinessPlanFields> & { version?: number }) =>
  answer(client.PUT("/api/v1/cases/{id}/business-plan", { ...path(caseId), body: body as BusinessPlanBody }));
