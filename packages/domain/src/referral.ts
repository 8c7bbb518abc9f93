import { z } from "zod";
import { addDaysUtc, toIsoDate } from "./dates";
import { issueKey, type Refusal, refusal } from "./errors";
import { isoDate, oneOf, text, uuid } from "./fields";
import {
  openStatuses,
  referralActions,
  referralDirections,
  referralEventTypes,
  referralReasonCodes,
  referralStatuses,
  terminalStatuses,
  urgencies,
} from "./values";

export const ReferralStatus = oneOf("status", referralStatuses).meta({ id: "ReferralStatus" });
export type ReferralStatus = z.infer<typeof ReferralStatus>;

export const ReferralAction = oneOf("action", referralActions);

export const ReferralDirection = oneOf("direction", referralDirections).meta({ id: "ReferralDirection" });
export type ReferralDirection = z.infer<typeof ReferralDirection>;
export type ReferralAction = z.infer<typeof ReferralAction>;

export function isOpenStatus(status: ReferralStatus): boolean {
  return (openStatuses as readonly ReferralStatus[]).includes(status);
}

export const ReferralReasonCode = oneOf("reasonCode", referralReasonCodes).meta({
  id: "ReferralReasonCode",
});
export type ReferralReasonCode = z.infer<typeof ReferralReasonCode>;

export const Urgency = oneOf("urgency", urgencies).meta({ id: "Urgency" });
export type Urgency = z.infer<typeof Urgency>;

export const ReferralInput = z.object({
  caseId: uuid("caseId"),
  serviceId: uuid("serviceId"),
  reason: text("reason", { max: 2000 }),
  urgency: Urgency.default("routine"),
  dueDate: isoDate("dueDate")
    .refine((d) => d >= toIsoDate(new Date()), {
      error: "dueDate must not be in the past",
      ...issueKey("validation.past_date"),
    })
    .optional(),
});
export type ReferralInput = z.infer<typeof ReferralInput>;

export const TransitionInput = z.object({
  note: text("note", { max: 2000 }).optional(),
  reasonCode: ReferralReasonCode.optional(),
  outcome: text("outcome", { max: 2000 }).optional(),
});
export type TransitionInput = z.infer<typeof TransitionInput>;

/** Which organisation makes a move: the one that referred, or the one whose service receives the referral. */
export type ReferralSide = "sender" | "receiver";
/** The caller's relation to a referral; "both" when an organisation refers to its own service. */
export type ActorSide = ReferralSide | "both" | "none";

type Move = { side: ReferralSide; from: readonly ReferralStatus[]; to: ReferralStatus };

/** The state diagram of DESIGN.md as data: who may make each move, from where, and where it leads. */
export const referralMoves = {
  send: { side: "sender", from: ["draft"], to: "sent" },
  accept: { side: "receiver", from: ["sent"], to: "accepted" },
  decline: { side: "receiver", from: ["sent"], to: "declined" },
  start: { side: "receiver", from: ["accepted"], to: "in_progress" },
  complete: { side: "receiver", from: ["in_progress"], to: "completed" },
  "not-complete": { side: "receiver", from: ["in_progress"], to: "not_completed" },
  cancel: { side: "sender", from: openStatuses, to: "cancelled" },
  // a referral suspended when the consent it rested on was withdrawn goes out again under a new consent
  resume: { side: "sender", from: ["suspended"], to: "sent" },
} as const satisfies Record<ReferralAction, Move>;

/** Facts outside the referral that a move needs: a referral is sent only from an open case, under a consent. */
export interface ReferralPreconditions {
  caseOpen: boolean;
  /** An active referral or data-sharing consent of the returnee covers the receiving organisation. */
  consentCoversReceiver: boolean;
}

export type ReferralHold = "case_closed" | "consent_missing";

export type TransitionDecision = { ok: true; to: ReferralStatus } | ({ ok: false } & Refusal);

const sideOnly = { sender: "referral.sender_only", receiver: "referral.receiver_only" } as const;

const holdRefusals: Record<ReferralHold, Refusal> = {
  case_closed: refusal("conflict", "referral.case_closed"),
  consent_missing: refusal("consent_required", "referral.consent_missing"),
};

/** What holds a move back although the side and the status allow it. */
function holdOf(action: ReferralAction, pre: ReferralPreconditions | undefined): ReferralHold | undefined {
  if (!needsConsent(action) || !pre) return undefined;
  if (!pre.caseOpen) return "case_closed";
  if (!pre.consentCoversReceiver) return "consent_missing";
  return undefined;
}

/** Moves that hand the returnee's data to the receiver: they need an open case and a consent covering it. */
export const needsConsent = (action: ReferralAction) => action === "send" || action === "resume";

const mayMakeMove = (side: ActorSide, move: Move) => side === "both" || side === move.side;

/**
 * Decides one move. The caller's side is checked before the status, so an organisation that may never make
 * a move learns that (403) rather than something about the referral's state (409); then what holds the move
 * back (a closed case, a missing consent); then the reason or outcome the move needs.
 */
export function decideTransition(args: {
  status: ReferralStatus;
  action: ReferralAction;
  actorSide: ActorSide;
  input?: TransitionInput | undefined;
  preconditions?: ReferralPreconditions | undefined;
}): TransitionDecision {
  const { status, action, actorSide, input } = args;
  const move: Move = referralMoves[action];
  if (!mayMakeMove(actorSide, move))
    return { ok: false, ...refusal("forbidden", sideOnly[move.side], { action }) };
  if (!move.from.includes(status))
    return { ok: false, ...refusal("invalid_transition", "referral.cannot_move", { action, status }) };
  const hold = holdOf(action, args.preconditions);
  if (hold) return { ok: false, ...holdRefusals[hold] };
  if ((action === "decline" || action === "not-complete") && !input?.reasonCode)
    return { ok: false, ...refusal("reason_required", "referral.reason_required", { action }, "reasonCode") };
  if (action === "complete" && !input?.outcome?.trim())
    return { ok: false, ...refusal("reason_required", "referral.outcome_required", {}, "outcome") };
  return { ok: true, to: move.to };
}

/** A move the caller may be offered: open now, or held back by a closed case or a missing consent. */
export type ReferralMove = { action: ReferralAction; heldBy?: ReferralHold };

/**
 * What may happen next to a referral for one side, in the order of the table: the moves its side may make
 * from its status. A move that waits for a precondition is listed with what holds it, so a screen can say
 * what to do first; every other move is open (a reason or outcome is asked when it is made).
 */
export function referralMovesOpen(
  status: ReferralStatus,
  actorSide: ActorSide,
  preconditions?: ReferralPreconditions,
): ReferralMove[] {
  return referralActions.flatMap((action) => {
    const move: Move = referralMoves[action];
    if (!mayMakeMove(actorSide, move) || !move.from.includes(status)) return [];
    const heldBy = holdOf(action, preconditions);
    return [heldBy ? { action, heldBy } : { action }];
  });
}

/** Days a receiving organisation has to act on a sent referral. */
export const referralResponseDays: Record<Urgency, number> = { urgent: 3, routine: 14 };

export function referralDueDate(urgency: Urgency, sentAt: Date): Date {
  return addDaysUtc(sentAt, referralResponseDays[urgency]);
}

/** Overdue means the receiver has not finished responding in time: it applies to sent and accepted only. */
export function isOverdue(status: ReferralStatus, dueAt: Date | null | undefined, now: Date): boolean {
  return (status === "sent" || status === "accepted") && dueAt != null && now.getTime() > dueAt.getTime();
}

export const ReferralEventType = oneOf("type", referralEventTypes).meta({ id: "ReferralEventType" });
export type ReferralEventType = z.infer<typeof ReferralEventType>;

export const eventTypeForAction: Record<ReferralAction, ReferralEventType> = {
  send: "sent",
  accept: "accepted",
  decline: "declined",
  start: "started",
  complete: "completed",
  "not-complete": "not_completed",
  cancel: "cancelled",
  resume: "resumed",
};

const statusAfterEvent: Record<ReferralEventType, ReferralStatus> = {
  created: "draft",
  sent: "sent",
  accepted: "accepted",
  declined: "declined",
  started: "in_progress",
  completed: "completed",
  not_completed: "not_completed",
  cancelled: "cancelled",
  suspended: "suspended",
  resumed: "sent",
};

/** One entry of a referral's append-only history. */
export const ReferralEvent = z.object({
  type: ReferralEventType,
  at: z.date({ error: "at must be a date" }),
  actorUserId: uuid("actorUserId"),
  actorOrganisationId: uuid("actorOrganisationId"),
  note: z.string().optional(),
  reasonCode: ReferralReasonCode.optional(),
  outcome: z.string().optional(),
});
export type ReferralEvent = z.infer<typeof ReferralEvent>;

export type ReferralState = {
  status: ReferralStatus;
  sentAt: Date | null;
  respondedAt: Date | null;
  closedAt: Date | null;
  reasonCode: ReferralReasonCode | null;
  outcome: string | null;
};

type FoldedEvent = Pick<ReferralEvent, "type" | "at" | "reasonCode" | "outcome">;

const initialReferralState: ReferralState = {
  status: "draft",
  sentAt: null,
  respondedAt: null,
  closedAt: null,
  reasonCode: null,
  outcome: null,
};

/** The state after one more event: a move appended to a folded history needs no second fold. */
export function applyReferralEvent(state: ReferralState, event: FoldedEvent): ReferralState {
  const status = statusAfterEvent[event.type];
  return {
    status,
    sentAt: event.type === "sent" || event.type === "resumed" ? event.at : state.sentAt,
    // a resumed referral waits for the receiver's answer again
    respondedAt:
      event.type === "accepted" || event.type === "declined"
        ? event.at
        : event.type === "resumed"
          ? null
          : state.respondedAt,
    closedAt: (terminalStatuses as readonly ReferralStatus[]).includes(status) ? event.at : state.closedAt,
    reasonCode: event.reasonCode || state.reasonCode,
    outcome: event.outcome || state.outcome,
  };
}

/** Why a referral was suspended, as its receiver reads it (it sees no more of the returnee). */
export const suspensionNote =
  "The returnee withdrew the consent this referral rested on: it is suspended, and the returnee's details are " +
  "withheld, until the referring organisation sends it again under a new consent or cancels it.";

/**
 * The referral's current state computed from its history (events in append order). Events were checked
 * by decideTransition when appended, so folding trusts them.
 */
export function foldReferral(events: readonly FoldedEvent[]): ReferralState {
  return events.reduce(applyReferralEvent, initialReferralState);
}
