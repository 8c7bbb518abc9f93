import {
  answer,
  client,
  type PathOf,
  type QueryOf,
  type RequestBody,
  type Schema,
} from "../../../api/client";

export { referralReasonCodes as reasonCodes, referralStatuses } from "@homecoming/domain/values";

export type Referral = Schema<"Referral">;
export type ReferralEvent = Referral["events"][number];
export type ReferralStatus = Schema<"ReferralStatus">;
export type ReferralAction = PathOf<"/api/v1/referrals/{id}/{action}", "post">["action"];

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

export type ReferralFilter = QueryOf<"/api/v1/referrals", "get">;

export const listReferrals = (query: ReferralFilter) =>
  answer(client.GET("/api/v1/referrals", { params: { query } }));

export const createReferral = (body: RequestBody<"/api/v1/referrals", "post">) =>
  answer(client.POST("/api/v1/referrals", { body }));

export const moveReferral = (
  id: string,
  action: ReferralAction,
  body: RequestBody<"/api/v1/referrals/{id}/{action}", "post"> = {},
) => answer(client.POST("/api/v1/referrals/{id}/{action}", { params: { path: { id, action } }, body }));

export const recordReferralConsent = (personId: string, organisationId: string) =>
  answer(
    client.POST("/api/v1/persons/{id}/consents", {
      params: { path: { id: personId } },
      body: { purpose: "referral", organisationIds: [organisationId] },
    }),
  );

export type Notifications = Schema<"Notifications">;
export type NotificationItem = Notifications["items"][number];
export const fetchNotifications = (since?: string) =>
  answer(client.GET("/api/v1/notifications", { params: { query: { since, limit: 20 } } }));
