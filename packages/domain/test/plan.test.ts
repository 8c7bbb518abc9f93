import { describe, expect, it } from "vitest";
import {
  ActionPatch,
  actionForReferral,
  actionStatusForReferral,
  PlanActionInput,
  PlanInput,
} from "../src/plan";

describe("plan input", () => {
  it("defaults action status to planned and goal actions to none", () => {
    expect(PlanActionInput.parse({ dimension: "economic", title: "Enrol in welding course" }).status).toBe(
      "planned",
    );
    expect(
      PlanInput.parse({ goals: [{ dimension: "social", title: "Replace the confiscated passport" }] })
        .goals[0]?.actions,
    ).toEqual([]);
  });

  it("checks dimensions and service categories against the taxonomy", () => {
    const issues = PlanActionInput.safeParse({
      dimension: "financial",
      title: "Loan",
      serviceCategory: "econ.loans",
    }).error?.issues.map((i) => i.message);
    expect(issues).toEqual([
      "dimension must be one of: economic, social, psychosocial",
      expect.stringMatching(/^serviceCategory must be one of: econ\.information, /),
    ]);
  });

  it("limits a plan to 30 goals and a goal to 50 actions", () => {
    const goal = { dimension: "economic", title: "Work" };
    expect(PlanInput.safeParse({ goals: Array(31).fill(goal) }).error?.issues[0]?.message).toBe(
      "a plan must have at most 30 goals",
    );
    const actions = Array(51).fill({ title: "Call" });
    expect(PlanInput.safeParse({ goals: [{ ...goal, actions }] }).error?.issues[0]?.message).toBe(
      "a goal must have at most 50 actions",
    );
  });

  it("patches only what is given", () => {
    expect(ActionPatch.parse({ status: "done" })).toEqual({ status: "done" });
    expect(ActionPatch.safeParse({ dueDate: "2025-13-01" }).error?.issues[0]?.message).toBe(
      "dueDate must be a date in YYYY-MM-DD format",
    );
  });
});

describe("an action following its referral", () => {
  it("is under way while the referral is out, done when completed, planned again when it ended without the service", () => {
    expect(actionStatusForReferral("draft")).toBeNull();
    expect(["sent", "accepted", "in_progress"].map((s) => actionStatusForReferral(s as never))).toEqual([
      "in_progress",
      "in_progress",
      "in_progress",
    ]);
    expect(actionStatusForReferral("completed")).toBe("done");
    expect(
      ["declined", "not_completed", "cancelled"].map((s) => actionStatusForReferral(s as never)),
    ).toEqual(["planned", "planned", "planned"]);
  });

  it("is the first unfinished action of the referred category not already followed by an open referral", () => {
    const actions = [
      { id: "a", serviceCategory: "econ.finance", status: "done", referralStatus: null },
      { id: "b", serviceCategory: "econ.finance", status: "planned", referralStatus: "sent" },
      { id: "c", serviceCategory: "econ.finance", status: "planned", referralStatus: "declined" },
      { id: "d", serviceCategory: "econ.finance", status: "planned", referralStatus: null },
    ];
    expect(actionForReferral(actions, "econ.finance")?.id).toBe("c");
    expect(actionForReferral(actions, "soc.housing")).toBeUndefined();
  });
});
