import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ActorSide,
  decideTransition,
  eventTypeForAction,
  foldReferral,
  isOpenStatus,
  isOverdue,
  type ReferralAction,
  type ReferralEvent,
  ReferralInput,
  type ReferralStatus,
  referralDueDate,
  referralMovesOpen,
  type TransitionInput,
} from "../src/referral";
import { referralActions, referralStatuses, terminalStatuses } from "../src/values";

// The diagram of DESIGN.md written out again, independently of the implementation's table.
const edges: readonly [ReferralStatus, ReferralAction, ReferralStatus][] = [
  ["draft", "send", "sent"],
  ["sent", "accept", "accepted"],
  ["sent", "decline", "declined"],
  ["accepted", "start", "in_progress"],
  ["in_progress", "complete", "completed"],
  ["in_progress", "not-complete", "not_completed"],
  ["draft", "cancel", "cancelled"],
  ["sent", "cancel", "cancelled"],
  ["accepted", "cancel", "cancelled"],
  ["in_progress", "cancel", "cancelled"],
  // a consent's withdrawal suspends a referral (a system event, not a move); the sender resumes or cancels it
  ["suspended", "resume", "sent"],
  ["suspended", "cancel", "cancelled"],
];
const senderActions: ReferralAction[] = ["send", "cancel", "resume"];
const terminal: ReferralStatus[] = ["declined", "completed", "not_completed", "cancelled"];

const fullInput: TransitionInput = {
  reasonCode: "no_capacity",
  outcome: "Enrolled in a 3-month welding course",
};
const step = fc.record({
  action: fc.constantFrom(...referralActions),
  side: fc.constantFrom<ActorSide>("sender", "receiver", "both", "none"),
  withInput: fc.boolean(),
});

describe("decideTransition", () => {
  it("only ever follows an edge of the diagram and never leaves a terminal status", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let status: ReferralStatus = "draft";
        for (const { action, side, withInput } of steps) {
          const decision = decideTransition({
            status,
            action,
            actorSide: side,
            input: withInput ? fullInput : {},
          });
          if (terminal.includes(status)) expect(decision.ok).toBe(false);
          if (decision.ok) {
            expect(edges).toContainEqual([status, action, decision.to]);
            status = decision.to;
          }
        }
      }),
    );
  });

  it("lets only the allowed side make each move; both sides together are never forbidden", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...edges),
        fc.constantFrom<ActorSide>("sender", "receiver", "both", "none"),
        ([from, action], side) => {
          const decision = decideTransition({ status: from, action, actorSide: side, input: fullInput });
          const allowed = senderActions.includes(action) ? "sender" : "receiver";
          if (side === "both" || side === allowed) expect(decision).toMatchObject({ ok: true });
          else expect(decision).toMatchObject({ ok: false, code: "forbidden" });
        },
      ),
    );
  });

  it("never answers forbidden to an organisation on both sides, whatever the status", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...edges.map((e) => e[0]), ...terminal),
        fc.constantFrom(...referralActions),
        (s, a) => {
          const decision = decideTransition({ status: s, action: a, actorSide: "both", input: fullInput });
          expect(decision.ok || decision.code !== "forbidden").toBe(true);
        },
      ),
    );
  });

  it("checks the side before the status", () => {
    expect(decideTransition({ status: "completed", action: "accept", actorSide: "sender" })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(decideTransition({ status: "completed", action: "accept", actorSide: "receiver" })).toMatchObject({
      ok: false,
      code: "invalid_transition",
      key: "referral.cannot_move",
      values: { action: "accept", status: "completed" },
      message: "Cannot accept a referral that is completed",
    });
  });

  it("requires a reason code to decline or not complete, and an outcome to complete", () => {
    expect(decideTransition({ status: "sent", action: "decline", actorSide: "receiver" })).toMatchObject({
      code: "reason_required",
    });
    expect(
      decideTransition({ status: "in_progress", action: "not-complete", actorSide: "receiver", input: {} }),
    ).toMatchObject({ code: "reason_required" });
    expect(
      decideTransition({
        status: "in_progress",
        action: "complete",
        actorSide: "receiver",
        input: { outcome: " " },
      }),
    ).toMatchObject({
      code: "reason_required",
      key: "referral.outcome_required",
      message: "The outcome is required to complete a referral",
    });
    expect(
      decideTransition({
        status: "sent",
        action: "decline",
        actorSide: "receiver",
        input: { reasonCode: "no_capacity" },
      }),
    ).toEqual({ ok: true, to: "declined" });
  });

  it("does not let an accepted referral be marked not completed before it starts", () => {
    expect(
      decideTransition({ status: "accepted", action: "not-complete", actorSide: "both", input: fullInput }),
    ).toMatchObject({ ok: false, code: "invalid_transition" });
  });
});

describe("referralMovesOpen", () => {
  it("lists each side's moves from a status, in the table's order", () => {
    expect(referralMovesOpen("draft", "sender")).toEqual([{ action: "send" }, { action: "cancel" }]);
    expect(referralMovesOpen("draft", "receiver")).toEqual([]);
    expect(referralMovesOpen("sent", "receiver")).toEqual([{ action: "accept" }, { action: "decline" }]);
    expect(referralMovesOpen("in_progress", "both")).toEqual([
      { action: "complete" },
      { action: "not-complete" },
      { action: "cancel" },
    ]);
    expect(referralMovesOpen("completed", "both")).toEqual([]);
    expect(referralMovesOpen("sent", "none")).toEqual([]);
  });

  it("says what holds a send back, as decideTransition refuses it", () => {
    const closed = { caseOpen: false, consentCoversReceiver: true };
    const noConsent = { caseOpen: true, consentCoversReceiver: false };
    expect(referralMovesOpen("draft", "sender", closed)[0]).toEqual({
      action: "send",
      heldBy: "case_closed",
    });
    expect(referralMovesOpen("draft", "sender", noConsent)[0]).toEqual({
      action: "send",
      heldBy: "consent_missing",
    });
    expect(
      decideTransition({ status: "draft", action: "send", actorSide: "sender", preconditions: closed }),
    ).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(
      decideTransition({ status: "draft", action: "send", actorSide: "sender", preconditions: noConsent }),
    ).toMatchObject({ ok: false, code: "consent_required" });
  });

  it("offers exactly the moves decideTransition accepts, for every status and side", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...referralStatuses),
        fc.constantFrom("sender", "receiver", "both", "none" as const),
        fc.constantFrom(...referralActions),
        (status, side, action) => {
          const offered = referralMovesOpen(status, side).some((m) => m.action === action);
          const input = { reasonCode: "other" as const, outcome: "done" };
          expect(decideTransition({ status, action, actorSide: side, input }).ok).toBe(offered);
        },
      ),
    );
  });
});

describe("foldReferral", () => {
  it("derives the same status from the events as the step-by-step state", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let status: ReferralStatus = "draft";
        let t = Date.UTC(2025, 0, 1);
        const events: ReferralEvent[] = [
          { type: "created", at: new Date(t), actorUserId: "u", actorOrganisationId: "o" },
        ];
        for (const { action, side, withInput } of steps) {
          const input = withInput ? fullInput : {};
          const decision = decideTransition({ status, action, actorSide: side, input });
          if (!decision.ok) continue;
          t += 3_600_000;
          events.push({
            type: eventTypeForAction[action],
            at: new Date(t),
            actorUserId: "u",
            actorOrganisationId: "o",
            ...input,
          });
          status = decision.to;
        }
        const folded = foldReferral(events);
        expect(folded.status).toBe(status);
        expect(folded.closedAt !== null).toBe(!isOpenStatus(status));
      }),
    );
  });

  it("records when the referral was sent, answered and closed, with its outcome", () => {
    const at = (h: number) => new Date(Date.UTC(2025, 2, 1, h));
    const actor = { actorUserId: "u", actorOrganisationId: "o" };
    const state = foldReferral([
      { type: "created", at: at(0), ...actor },
      { type: "sent", at: at(1), ...actor },
      { type: "accepted", at: at(2), ...actor },
      { type: "started", at: at(3), ...actor },
      { type: "completed", at: at(4), outcome: "Loan of 50,000 BDT granted", ...actor },
    ]);
    expect(state).toEqual({
      status: "completed",
      sentAt: at(1),
      respondedAt: at(2),
      closedAt: at(4),
      reasonCode: null,
      outcome: "Loan of 50,000 BDT granted",
    });
  });
});

describe("suspension", () => {
  const at = (h: number) => new Date(Date.UTC(2025, 2, 1, h));
  const actor = { actorUserId: "u", actorOrganisationId: "o" };
  const suspended = foldReferral([
    { type: "created", at: at(0), ...actor },
    { type: "sent", at: at(1), ...actor },
    { type: "accepted", at: at(2), ...actor },
    { type: "suspended", at: at(3), ...actor },
  ]);

  it("holds a referral open without closing it", () => {
    expect(suspended).toMatchObject({ status: "suspended", respondedAt: at(2), closedAt: null });
    expect(isOpenStatus("suspended")).toBe(true);
    expect(isOverdue("suspended", at(0), at(9))).toBe(false);
  });

  it("sends it again on resume, waiting for a new answer", () => {
    const resumed = foldReferral([
      { type: "created", at: at(0), ...actor },
      { type: "sent", at: at(1), ...actor },
      { type: "accepted", at: at(2), ...actor },
      { type: "suspended", at: at(3), ...actor },
      { type: "resumed", at: at(4), ...actor },
    ]);
    expect(resumed).toMatchObject({ status: "sent", sentAt: at(4), respondedAt: null, closedAt: null });
  });

  it("resumes only under a consent covering the receiver, and only by the sender", () => {
    const pre = { caseOpen: true, consentCoversReceiver: false };
    expect(
      decideTransition({ status: "suspended", action: "resume", actorSide: "sender", preconditions: pre }),
    ).toMatchObject({ ok: false, code: "consent_required" });
    expect(
      decideTransition({
        status: "suspended",
        action: "resume",
        actorSide: "sender",
        preconditions: { ...pre, consentCoversReceiver: true },
      }),
    ).toEqual({ ok: true, to: "sent" });
    expect(decideTransition({ status: "suspended", action: "accept", actorSide: "receiver" })).toMatchObject({
      ok: false,
      code: "invalid_transition",
    });
    expect(decideTransition({ status: "suspended", action: "resume", actorSide: "receiver" })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
  });
});

describe("due dates and overdue", () => {
  const sentAt = new Date("2025-03-10T09:30:00Z");

  it("gives urgent referrals 3 days and routine ones 14", () => {
    expect(referralDueDate("urgent", sentAt).toISOString()).toBe("2025-03-13T09:30:00.000Z");
    expect(referralDueDate("routine", sentAt).toISOString()).toBe("2025-03-24T09:30:00.000Z");
  });

  it("flags only sent and accepted referrals past their due date", () => {
    const due = referralDueDate("urgent", sentAt);
    const later = new Date(due.getTime() + 1);
    expect(isOverdue("sent", due, later)).toBe(true);
    expect(isOverdue("accepted", due, later)).toBe(true);
    expect(isOverdue("sent", due, due)).toBe(false);
    for (const status of ["draft", "in_progress", ...terminalStatuses] as const) {
      expect(isOverdue(status, due, later)).toBe(false);
    }
    expect(isOverdue("sent", null, later)).toBe(false);
  });
});

describe("ReferralInput", () => {
  const ids = {
    caseId: "3f2b8a4e-6c1d-4e8f-9a7b-1c2d3e4f5a6b",
    serviceId: "9b1c2d3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e",
  };

  it("defaults urgency to routine", () => {
    expect(ReferralInput.parse({ ...ids, reason: "Wants welding training" }).urgency).toBe("routine");
  });

  it("names the field in its messages", () => {
    const result = ReferralInput.safeParse({ ...ids, reason: "", urgency: "soon" });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      "reason must not be empty",
      "urgency must be one of: routine, urgent",
    ]);
  });
});
