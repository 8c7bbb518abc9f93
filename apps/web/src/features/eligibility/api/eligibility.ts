import * as values from "@homecoming/domain/values";
import { answer, client, type Schema } from "../../../api/client";
import type { ConditionWords, Verdict } from "../../rules/api/rules";

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
