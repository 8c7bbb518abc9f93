import { useSearchParams } from "react-router";

/** The case screen's sections, in the order of the work. */
export const caseTabs = [
  "timeline",
  "assessments",
  "eligibility",
  "plan",
  "referrals",
  "programmes",
  "followUps",
  "close",
] as const;
export type CaseTab = (typeof caseTabs)[number];

/** The id Mantine gives a section's tab inside the case screen's Tabs (id="case-sections"). */
export const caseTabId = (tab: CaseTab) => `case-sections-tab-${tab}`;

/** The open section, kept in the address (?tab=) so a link can open one and a reload keeps it. */
export function useCaseTab(available: (tab: CaseTab) => boolean) {
  const [params, setParams] = useSearchParams();
  const asked = caseTabs.find((x) => x === params.get("tab"));
  const tab: CaseTab = asked && available(asked) ? asked : "timeline";
  const setTab = (next: string | null) =>
    setParams(next && next !== "timeline" ? { tab: next } : {}, { replace: true });
  return [tab, setTab] as const;
}
