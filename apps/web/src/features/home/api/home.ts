import { answer, client, type Schema } from "../../../api/client";

export { caseStages } from "@homecoming/domain/values";

/** How many cases of my caseload are at a stage (the list's total; one row fetched). */
export const caseloadCount = (stage: Schema<"CaseStage">) =>
  answer(client.GET("/api/v1/cases", { params: { query: { mine: "true", stage, limit: 1 } } })).then(
    (p) => p.total,
  );

export type HomeReferral = Schema<"Referral">;
export type HomeFollowUp = Schema<"DueFollowUp">;

/** The first few of a list and its total: home shows counts and the newest items, never a whole table. */
export const homeLimit = 5;

const referrals = (query: { direction: "incoming" | "outgoing"; status?: ["sent"]; overdue?: "true" }) =>
  answer(client.GET("/api/v1/referrals", { params: { query: { ...query, limit: homeLimit, offset: 0 } } }));

export const incomingWaiting = () => referrals({ direction: "incoming", status: ["sent"] });
export const sentReferrals = () => referrals({ direction: "outgoing" });
export const overdueReferrals = () => referrals({ direction: "outgoing", overdue: "true" });
export const followUpsDue = () =>
  answer(
    client.GET("/api/v1/follow-ups", { params: { query: { mine: "true", limit: homeLimit, offset: 0 } } }),
  );
