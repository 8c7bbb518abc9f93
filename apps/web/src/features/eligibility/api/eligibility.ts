import * as values from "@homecoming/domain/values";
import { ApiError, answer, client, type RequestBody, type Schema } from "../../../api/client";
import type { ConditionWords, EvaluatedCondition, Verdict } from "../../rules/api/rules";

export { enrolmentStatuses } from "@homecoming/domain/values";
// widened, so that any status or kind the screens hold can be looked up in them
/** Statuses after which the case may apply to the programme again. */
export const closedEnrolmentStatuses: readonly string[] = values.closedEnrolmentStatuses;
/** What a loan or a grant needs beside it: an enrolment in business training or mentoring. */
export const financeKinds: readonly string[] = values.financeKinds;
export const coachingKinds: readonly string[] = values.coachingKinds;
export type { Verdict };

/** As the server sends it: each distinct condition listed once, offers referring to them by position. */
type EligibilityAnswer = Schema<"Eligibility">;
type WithWords<T> = Omit<T, "conditions"> & { conditions: ConditionWords[] };

export type ProgrammeVerdict = WithWords<EligibilityAnswer["programmes"][number]>;
export type ServiceVerdict = WithWords<EligibilityAnswer["services"][number]>;
export type Recommendation = EligibilityAnswer["recommendations"][number];
export type RankedOffer = Recommendation["options"][number];

/** A case's eligibility with every offer's conditions in words. */
export interface Eligibility extends Omit<EligibilityAnswer, "programmes" | "services" | "conditions"> {
  programmes: ProgrammeVerdict[];
  services: ServiceVerdict[];
}

export type EnrolmentStatus = Schema<"EnrolmentStatus">;
export type Enrolment = Schema<"Enrolment">;
export type { EvaluatedCondition };

export type BusinessPlan = Schema<"BusinessPlan">;
type BusinessPlanBody = RequestBody<"/api/v1/cases/{id}/business-plan", "put">;
export type BusinessPlanFields = Omit<BusinessPlanBody, "version">;

const path = (id: string) => ({ params: { path: { id } } });

export async function getEligibility(caseId: string): Promise<Eligibility> {
  const { conditions, programmes, services, ...rest } = await answer(
    client.GET("/api/v1/cases/{id}/eligibility", path(caseId)),
  );
  const words = (refs: number[]) => refs.map((i) => conditions[i]!);
  return {
    ...rest,
    programmes: programmes.map((p) => ({ ...p, conditions: words(p.conditions) })),
    services: services.map((s) => ({ ...s, conditions: words(s.conditions) })),
  };
}
export const listEnrolments = (caseId: string) =>
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
