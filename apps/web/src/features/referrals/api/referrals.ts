import { api, type Page, qs } from "../../../api/client";

export const referralStatuses = [
  "draft",
  "sent",
  "accepted",
  "declined",
  "in_progress",
  "completed",
  "not_completed",
  "cancelled",
] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

export const reasonCodes = [
  "not_eligible",
  "no_capacity",
  "could_not_contact",
  "no_longer_interested",
  "referred_elsewhere",
  "other",
] as const;

export type ReferralAction = "send" | "accept" | "decline" | "start" | "complete" | "not-complete" | "cancel";

export interface ReferralEvent {
  id: string;
  type: string;
  at: string;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  note: string | null;
  reasonCode: string | null;
  outcome: string | null;
}

export interface Referral {
  id: string;
  caseId: string;
  personId: string;
  person: { id: string; givenName: string; familyName: string };
  fromOrganisationId: string;
  fromOrganisationName: string;
  fromUserId: string | null;
  serviceId: string;
  service: { id: string; name: string; category: string; organisationName: string };
  toOrganisationId: string;
  toOrganisationName: string;
  reason: string;
  urgency: string;
  consentId: string | null;
  status: ReferralStatus;
  dueAt: string | null;
  overdue: boolean;
  reasonCode: string | null;
  outcome: string | null;
  sentAt: string | null;
  respondedAt: string | null;
  closedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  events: ReferralEvent[];
  moves: { action: ReferralAction; heldBy?: "case_closed" | "consent_missing" }[];
}

/** The orders a referral list offers; the server takes a field, or "-" and the field for descending. */
export const referralSorts = [
  "-updated",
  "updated",
  "due",
  "-due",
  "-sent",
  "sent",
  "status",
  "-status",
] as const;
export type ReferralSort = (typeof referralSorts)[number];
export const defaultReferralSort: ReferralSort = "-updated";
export const asReferralSort = (v: string | null): ReferralSort =>
  referralSorts.find((s) => s === v) ?? defaultReferralSort;

export interface ReferralFilter {
  direction?: "incoming" | "outgoing";
  status?: string;
  caseId?: string;
  overdue?: boolean;
  sort?: ReferralSort;
  limit: number;
  offset: number;
}

export const listReferrals = (f: ReferralFilter) => api.get<Page<Referral>>(`/referrals${qs({ ...f })}`);

export const createReferral = (input: {
  caseId: string;
  serviceId: string;
  reason: string;
  urgency: string;
}) => api.post<Referral>("/referrals", input);

export const moveReferral = (
  id: string,
  action: ReferralAction,
  body: { note?: string; reasonCode?: string; outcome?: string } = {},
) => api.post<Referral>(`/referrals/${id}/${action}`, body);

export const recordReferralConsent = (personId: string, organisationId: string) =>
  api.post<unknown>(`/persons/${personId}/consents`, {
    purpose: "referral",
    organisationIds: [organisationId],
  });

export interface NotificationItem {
  id: string;
  referralId: string;
  type: string;
  at: string;
  status: string;
  serviceName: string;
  personName: string;
  actorOrganisationName: string | null;
  direction: "incoming" | "outgoing";
}
export interface Notifications {
  items: NotificationItem[];
  unseen: number;
}
export const fetchNotifications = (since?: string) =>
  api.get<Notifications>(`/notifications${qs({ since, limit: 20 })}`);
