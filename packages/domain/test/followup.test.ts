import { describe, expect, it } from "vitest";
import { toIsoDate } from "../src/dates";
import { FollowUpCompleteInput, followUpSchedule, followUpStatus } from "../src/followup";

describe("followUpSchedule", () => {
  it("schedules follow-ups 3, 6 and 12 calendar months after the plan, clamped to month end", () => {
    const schedule = followUpSchedule(new Date("2024-11-30T15:20:00Z"));
    expect(schedule.map((f) => [f.kind, toIsoDate(f.dueDate)])).toEqual([
      ["month_3", "2025-02-28"],
      ["month_6", "2025-05-30"],
      ["month_12", "2025-11-30"],
    ]);
    expect(schedule[0]?.dueDate.toISOString()).toBe("2025-02-28T00:00:00.000Z");
  });
});

describe("followUpStatus", () => {
  const dueDate = new Date("2025-06-15T00:00:00Z");
  const on = (iso: string) => new Date(iso);

  it("is scheduled until a week before, due until two weeks after, then overdue", () => {
    expect(followUpStatus({ dueDate }, on("2025-06-07T23:59:00Z"))).toBe("scheduled");
    expect(followUpStatus({ dueDate }, on("2025-06-08T00:00:00Z"))).toBe("due");
    expect(followUpStatus({ dueDate }, on("2025-06-29T23:59:00Z"))).toBe("due");
    expect(followUpStatus({ dueDate }, on("2025-06-30T00:00:00Z"))).toBe("overdue");
  });

  it("is done once done, even late", () => {
    expect(followUpStatus({ dueDate: "2025-06-15", doneAt: "2025-08-01T10:00:00Z" }, on("2025-09-01"))).toBe(
      "done",
    );
  });
});

describe("FollowUpCompleteInput", () => {
  it("requires a contact method and whether the person was reached", () => {
    expect(FollowUpCompleteInput.parse({ contactMethod: "phone", reached: false })).toEqual({
      contactMethod: "phone",
      reached: false,
    });
    expect(
      FollowUpCompleteInput.safeParse({ contactMethod: "letter" }).error?.issues.map((i) => i.message),
    ).toEqual(["contactMethod must be one of: in_person, phone, home_visit, video", "reached is required"]);
  });
});
