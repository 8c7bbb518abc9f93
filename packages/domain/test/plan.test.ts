import { describe, expect, it } from "vitest";
import { ActionPatch, PlanActionInput, PlanInput } from "../src/plan";

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
