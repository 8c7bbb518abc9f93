import {
  ReferralAction,
  ReferralDirection,
  ReferralEventType,
  ReferralInput,
  ReferralReasonCode,
  ReferralStatus,
  referralActions,
  referralStatuses,
  ServiceCategoryCode,
  TransitionInput,
  Urgency,
} from "@homecoming/domain";
import { z } from "zod";
import { Paging, sortParam } from "../../http/schemas";

export { ReferralInput };
export const TransitionBody = TransitionInput.default({});

export const referralSortFields = ["updated", "sent", "due", "status"] as const;
export type ReferralSortField = (typeof referralSortFields)[number];

export const ReferralQuery = Paging.extend({
  direction: ReferralDirection.optional(),
  status: z.preprocess((v) => (typeof v === "string" ? v.split(",") : v), z.array(ReferralStatus)).optional(),
  caseId: z.uuid().optional(),
  overdue: z.stringbool().optional(),
  sort: sortParam<ReferralSortField>(referralSortFields, "-updated").describe(
    `updated, sent, due or status (in this order: ${referralStatuses.join(", ")}); prefix - for descending`,
  ),
});

export const ReferralEventView = z.object({
  id: z.uuid(),
  type: ReferralEventType,
  at: z.date(),
  actorUserId: z.uuid().nullable(),
  actorOrganisationId: z.uuid().nullable(),
  note: z.string().nullable(),
  reasonCode: ReferralReasonCode.nullable(),
  outcome: z.string().nullable(),
});

export const Referral = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    personId: z.uuid(),
    person: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() }),
    fromOrganisationId: z.uuid(),
    fromOrganisationName: z.string(),
    fromUserId: z.uuid().nullable(),
    serviceId: z.uuid(),
    service: z.object({
      id: z.uuid(),
      name: z.string(),
      category: ServiceCategoryCode,
      organisationName: z.string(),
    }),
    toOrganisationId: z.uuid(),
    toOrganisationName: z.string(),
    reason: z.string(),
    urgency: Urgency,
    consentId: z.uuid().nullable(),
    status: ReferralStatus,
    dueAt: z.date().nullable(),
    overdue: z.boolean(),
    reasonCode: ReferralReasonCode.nullable(),
    outcome: z.string().nullable(),
    sentAt: z.date().nullable(),
    respondedAt: z.date().nullable(),
    closedAt: z.date().nullable(),
    version: z.int32(),
    createdAt: z.date(),
    updatedAt: z.date(),
    events: z.array(ReferralEventView),
    moves: z
      .array(
        z.object({
          action: ReferralAction,
          heldBy: z
            .enum(["case_closed", "consent_missing"])
            .optional()
            .meta({ description: "what has to change before the move can be made" }),
        }),
      )
      .meta({
        description: "What the caller's organisation may do next to this referral, in the table's order",
      }),
    withheld: z.boolean().meta({
      description:
        "true for a receiver that no longer sees the returnee (the consent was withdrawn): the referral's own " +
        "history only, without name, reason, notes or outcome",
    }),
  })
  .meta({ id: "Referral" });

export const ActionParams = z.object({
  id: z.uuid("id must be a UUID"),
  action: z.enum(referralActions, { message: `action must be one of ${referralActions.join(", ")}` }),
});

export const NotificationQuery = z.object({
  since: z.iso.datetime({ offset: true, message: "since must be an ISO date-time" }).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const Notification = z.object({
  id: z.uuid(),
  referralId: z.uuid(),
  type: ReferralEventType,
  at: z.date(),
  status: ReferralStatus,
  direction: ReferralDirection,
  serviceName: z.string(),
  personName: z.string(),
  actorOrganisationName: z.string().nullable(),
});

export const Notifications = z
  .object({ items: z.array(Notification), unseen: z.int32() })
  .meta({ id: "Notifications" });
