import { describe, expect, it } from "vitest";
import { type CaseStage, CloseCaseInput, canMoveStage, HandOverInput, nextStages } from "../src/case";
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
