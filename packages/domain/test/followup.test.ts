import { describe, expect, it } from "vitest";
import { toIsoDate } from "../src/dates";
import {
  decideFollowUpRecording,
  FollowUpCompleteInput,
  followUpOpensOn,
  followUpSchedule,
  followUpStatus,
  followUpWindowBounds,
} from "../src/followup";

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

  it("is scheduled until its window opens (a week before for the 3-month one), due until two weeks after, then overdue", () => {
    const kind = "month_3";
    expect(followUpStatus({ kind, dueDate }, on("2025-06-07T23:59:00Z"))).toBe("scheduled");
    expect(followUpStatus({ kind, dueDate }, on("2025-06-08T00:00:00Z"))).toBe("due");
    expect(followUpStatus({ kind, dueDate }, on("2025-06-29T23:59:00Z"))).toBe("due");
    expect(followUpStatus({ kind, dueDate }, on("2025-06-30T00:00:00Z"))).toBe("overdue");
  });

  it("opens the 12-month follow-up's window 30 days before its date", () => {
    const kind = "month_12";
    expect(followUpStatus({ kind, dueDate }, on("2025-05-15T23:59:00Z"))).toBe("scheduled");
    expect(followUpStatus({ kind, dueDate }, on("2025-05-16T00:00:00Z"))).toBe("due");
    expect(followUpOpensOn({ kind, dueDate })).toBe("2025-05-16");
    expect(followUpWindowBounds.opensDaysBefore).toBe(30);
  });

  it("is done once done, even late", () => {
    expect(
      followUpStatus(
        { kind: "month_6", dueDate: "2025-06-15", doneAt: "2025-08-01T10:00:00Z" },
        on("2025-09-01"),
      ),
    ).toBe("done");
  });
});

describe("decideFollowUpRecording", () => {
  const month12 = { kind: "month_12", dueDate: "2026-06-15" };

  it("refuses the 12-month follow-up long before its window, naming the day it opens", () => {
    const early = decideFollowUpRecording(month12, new Date("2025-09-15T10:00:00Z"));
    expect(early).toEqual({
      ok: false,
      code: "conflict",
      key: "follow_up.not_open",
      values: { kind: "month_12", opensOn: "2026-05-16", dueOn: "2026-06-15" },
      message:
        "This follow-up can be recorded from 2026-05-16 (it is due on 2026-06-15); record an earlier contact as an extra contact",
    });
  });

  it("allows it from the day its window opens, and late", () => {
    expect(decideFollowUpRecording(month12, new Date("2026-05-16T00:00:00Z"))).toEqual({ ok: true });
    expect(decideFollowUpRecording(month12, new Date("2027-01-01T00:00:00Z"))).toEqual({ ok: true });
  });

  it("refuses a follow-up that is already done", () => {
    const done = decideFollowUpRecording(
      { ...month12, doneAt: "2026-06-01T09:00:00Z" },
      new Date("2026-06-02"),
    );
    expect(done).toMatchObject({ ok: false, key: "follow_up.already_done" });
  });

  it("has no window for an extra contact", () => {
    const contact = { kind: "contact", dueDate: "2025-09-15" };
    expect(followUpOpensOn(contact)).toBeNull();
    expect(decideFollowUpRecording(contact, new Date("2025-01-01"))).toEqual({ ok: true });
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
