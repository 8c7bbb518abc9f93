import { describe, expect, it } from "vitest";
import type { VulnerabilityFlag } from "../src/assessment-vulnerability";
import {
  type CaseStage,
  CloseCaseInput,
  canMoveStage,
  caseFlagsAwaitingReferral,
  caseWorkOpen,
  decideCaseEnding,
  HandOverInput,
  nextStages,
  openItemsOfCase,
} from "../src/case";
import { caseStages } from "../src/values";

describe("canMoveStage", () => {
  it("moves forward along the process", () => {
    expect(nextStages("pre_return")).toEqual([
      "registered",
      "assessed",
      "plan_active",
      "monitoring",
      "handed_over",
      "closed",
    ]);
    expect(nextStages("assessed")).toEqual(["plan_active", "monitoring", "handed_over", "closed"]);
  });

  it("lets monitoring fall back to an active plan but nothing else move backwards", () => {
    expect(canMoveStage("monitoring", "plan_active")).toBe(true);
    expect(canMoveStage("monitoring", "assessed")).toBe(false);
    expect(canMoveStage("plan_active", "registered")).toBe(false);
  });

  it("closes any open case, hands over only to closure, and keeps closed cases closed", () => {
    for (const stage of caseStages.filter((s) => s !== "closed"))
      expect(canMoveStage(stage, "closed")).toBe(true);
    expect(nextStages("handed_over")).toEqual(["closed"]);
    expect(nextStages("closed")).toEqual([]);
  });

  it("does not count staying put as a move", () => {
    for (const stage of caseStages) expect(canMoveStage(stage, stage as CaseStage)).toBe(false);
  });
});

describe("closure and hand-over input", () => {
  it("requires the national service a case is handed over to", () => {
    expect(HandOverInput.safeParse({ organisationName: "DSS" }).error?.issues[0]?.message).toBe(
      "nationalService is required",
    );
  });

  it("requires a note when the closure reason is other", () => {
    expect(CloseCaseInput.safeParse({ reason: "other" }).error?.issues[0]?.message).toBe(
      "note is required when reason is other",
    );
    expect(CloseCaseInput.parse({ reason: "reintegrated" })).toEqual({ reason: "reintegrated" });
    expect(CloseCaseInput.safeParse({ reason: "finished" }).error?.issues[0]?.message).toBe(
      "reason must be one of: reintegrated, handed_over, moved_abroad_again, lost_contact, declined_support, deceased, other",
    );
  });
});

describe("caseWorkOpen", () => {
  it("offers the work of an open case to whoever works it, and nothing to a reader", () => {
    expect(caseWorkOpen("assessed", true)).toEqual([
      "update",
      "assess",
      "plan",
      "refer",
      "record_follow_up",
      "apply",
      "hand_over",
      "close",
    ]);
    expect(caseWorkOpen("assessed", false)).toEqual([]);
  });

  it("offers nothing on a closed case, and no second hand-over", () => {
    expect(caseWorkOpen("closed", true)).toEqual([]);
    expect(caseWorkOpen("handed_over", true)).not.toContain("hand_over");
    expect(caseWorkOpen("handed_over", true)).toContain("close");
  });
});

describe("ending a case with items open", () => {
  const flag = { code: "victim_of_trafficking", label: "Victim of trafficking" };
  const referrals = [
    { id: "r1", status: "sent", serviceName: "Legal clinic" },
    { id: "r2", status: "completed", serviceName: "Course" },
  ];

  it("lists unreferred flags and referrals without an outcome, and nothing once the case is closed", () => {
    expect(openItemsOfCase({ stage: "monitoring", flagsAwaitingReferral: [flag], referrals })).toEqual([
      { kind: "flag", code: flag.code, label: flag.label },
      { kind: "referral", referralId: "r1", serviceName: "Legal clinic", status: "sent" },
    ]);
    expect(openItemsOfCase({ stage: "closed", flagsAwaitingReferral: [flag], referrals })).toEqual([]);
  });

  it("refuses without an acknowledgement and a reason, naming what is open", () => {
    const items = openItemsOfCase({ stage: "monitoring", flagsAwaitingReferral: [flag], referrals });
    expect(decideCaseEnding("close", items, {})).toEqual({
      ok: false,
      code: "conflict",
      key: "case.open_items_close",
      values: {
        items: '"Victim of trafficking" needs a referral and has none; the referral to Legal clinic is sent',
      },
      message:
        'This case has open items: "Victim of trafficking" needs a referral and has none; the referral to Legal clinic is sent. To close it anyway, acknowledge them and say why they stay open',
    });
    expect(decideCaseEnding("hand over", items, { acknowledgeOpenItems: true }).ok).toBe(false);
    expect(
      decideCaseEnding("close", items, { acknowledgeOpenItems: true, openItemsReason: "Moved away" }),
    ).toEqual({
      ok: true,
      acknowledged: { items, reason: "Moved away" },
    });
    expect(decideCaseEnding("close", [], {})).toEqual({ ok: true, acknowledged: null });
  });

  it("asks for the reason when the open items are acknowledged", () => {
    const issues = CloseCaseInput.safeParse({ reason: "lost_contact", acknowledgeOpenItems: true }).error
      ?.issues;
    expect(issues?.map((i) => i.path.join("."))).toEqual(["openItemsReason"]);
    expect(HandOverInput.safeParse({ nationalService: "DSS", acknowledgeOpenItems: true }).success).toBe(
      false,
    );
  });

  it("shows no flag as waiting for a referral on a closed case", () => {
    const flags: VulnerabilityFlag[] = [
      { code: "debt_bondage", label: "Debt bondage", requiresReferral: true, categories: ["soc.legal_aid"] },
    ];
    expect(caseFlagsAwaitingReferral("plan_active", flags, [])).toHaveLength(1);
    expect(caseFlagsAwaitingReferral("closed", flags, [])).toEqual([]);
  });
});
