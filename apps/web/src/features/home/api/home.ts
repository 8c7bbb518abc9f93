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

export interface HomeReferral {
  id: string;
  caseId: string;
  person: { id: string; givenName: string; familyName: string };
  service: { id: string; name: string; organisationName: string };
  fromOrganisationName: string;
  toOrganisationName: string;
  status: string;
  overdue: boolean;
  dueAt: string | null;
  updatedAt: string;
  events: { id: string; type: string; at: string }[];
}

export interface HomeFollowUp {
  id: string;
  caseId: string;
  kind: string;
  dueDate: string;
  status: string;
  person: { id: string; givenName: string; familyName: string };
}

/** The first few of a list and its total: home shows counts and the newest items, never a whole table. */
export const homeLimit = 5;

export const incomingWaiting = () =>
  api.get<Page<HomeReferral>>(
    `/referrals${qs({ direction: "incoming", status: "sent", limit: homeLimit, offset: 0 })}`,
  );
export const sentReferrals = () =>
  api.get<Page<HomeReferral>>(`/referrals${qs({ direction: "outgoing", limit: homeLimit, offset: 0 })}`);
export const overdueReferrals = () =>
  api.get<Page<HomeReferral>>(
    `/referrals${qs({ direction: "outgoing", overdue: true, limit: homeLimit, offset: 0 })}`,
  );
export const followUpsDue = () =>
  api.get<Page<HomeFollowUp>>(`/follow-ups${qs({ mine: true, limit: homeLimit, offset: 0 })}`);
