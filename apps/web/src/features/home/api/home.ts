import { api, type Page, qs } from "../../../api/client";

export const caseStages = [
  "pre_return",
  "registered",
  "assessed",
  "plan_active",
  "monitoring",
  "handed_over",
  "closed",
] as const;

/** How many cases of my caseload are at a stage (the list's total; one row fetched). */
export const caseloadCount = (stage: string) =>
  api.get<Page<unknown>>(`/cases${qs({ mine: true, stage, limit: 1 })}`).then((p) => p.total);
