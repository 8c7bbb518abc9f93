import { describe, expect, it } from "vitest";
import {
  BusinessPlanInput,
  decideEnrolment,
  EnrolmentTransitionInput,
  enrolmentMovesOpen,
  isProgrammeOpen,
  moneyFollowUps,
  ProgrammeInput,
} from "../src/programme";

const base = { name: "Reintegration loan", kind: "loan", category: "econ.finance" };

describe("programmes", () => {
  it("takes a programme with a valid rule and fills the defaults", () => {
    const p = ProgrammeInput.parse({ ...base, eligibilityRule: { ">=": [{ var: "age" }, 18] } });
    expect(p).toMatchObject({ areaCodes: [], capacity: null, active: true, description: "" });
    expect(ProgrammeInput.parse(base).eligibilityRule).toBe(true);
  });

  it("refuses a rule over a fact that does not exist, naming it", () => {
    const r = ProgrammeInput.safeParse({ ...base, eligibilityRule: { "<": [{ var: "income" }, 100] } });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({
      path: ["eligibilityRule"],
      message: 'eligibilityRule is not a valid eligibility rule: at <[0].var, there is no fact "income"',
    });
  });

  it("refuses close dates before open dates and unknown areas", () => {
    const dates = ProgrammeInput.safeParse({ ...base, opensOn: "2026-05-01", closesOn: "2026-04-01" });
    expect(dates.error!.issues[0]).toMatchObject({
      path: ["closesOn"],
      message: "closesOn must not be before opensOn",
    });
    const areas = ProgrammeInput.safeParse({ ...base, areaCodes: ["XX99"] });
    expect(areas.error!.issues[0]!.message).toBe(
      "areaCodes must contain admin area p-codes or the codes of whole countries (BD, PK, IQ)",
    );
    expect(ProgrammeInput.parse({ ...base, areaCodes: ["bd", "PK6"] }).areaCodes).toEqual(["BD", "PK6"]);
  });

  it("is open between its dates while active", () => {
    const p = { active: true, opensOn: "2026-01-01", closesOn: "2026-12-31" };
    expect(isProgrammeOpen(p, "2026-06-01")).toBe(true);
    expect(isProgrammeOpen(p, "2027-01-01")).toBe(false);
    expect(isProgrammeOpen({ ...p, active: false }, "2026-06-01")).toBe(false);
    expect(isProgrammeOpen({ active: true, opensOn: null, closesOn: null }, "2026-06-01")).toBe(true);
  });
});

describe("enrolment moves", () => {
  const owner = { side: { owner: true, caseLead: false }, programmeName: "Reintegration loan" };

  it("accepts while places are free and waitlists when the programme is full", () => {
    expect(
      decideEnrolment({ ...owner, status: "applied", action: "accept", placesTaken: 1, capacity: 2 }),
    ).toEqual({
      ok: true,
      to: "accepted",
    });
    expect(
      decideEnrolment({ ...owner, status: "applied", action: "accept", placesTaken: 2, capacity: 2 }),
    ).toEqual({
      ok: true,
      to: "waitlisted",
    });
    expect(
      decideEnrolment({ ...owner, status: "applied", action: "accept", placesTaken: 500, capacity: null }),
    ).toEqual({
      ok: true,
      to: "accepted",
    });
    const full = decideEnrolment({
      ...owner,
      status: "waitlisted",
      action: "accept",
      placesTaken: 2,
      capacity: 2,
    });
    expect(full).toMatchObject({ ok: false, code: "invalid_transition" });
  });

  it("needs a reason to reject or drop, and refuses moves from the wrong status", () => {
    expect(
      decideEnrolment({ ...owner, status: "applied", action: "reject", placesTaken: 0, capacity: 1 }),
    ).toMatchObject({
      ok: false,
      code: "reason_required",
      key: "enrolment.reason_required",
      values: { action: "reject" },
      message: "A reason is required to reject an enrolment",
    });
    expect(
      decideEnrolment({ ...owner, status: "completed", action: "start", placesTaken: 0, capacity: 1 }),
    ).toMatchObject({ ok: false, message: "Cannot start an enrolment that is completed" });
    expect(
      decideEnrolment({
        ...owner,
        status: "active",
        action: "drop",
        placesTaken: 0,
        capacity: 1,
        reason: "moved abroad",
      }),
    ).toEqual({ ok: true, to: "dropped" });
  });

  it("records the money given when a loan or grant starts, and only then", () => {
    const start = {
      ...owner,
      status: "accepted" as const,
      action: "start" as const,
      placesTaken: 1,
      capacity: 2,
    };
    expect(decideEnrolment({ ...start, finance: true })).toEqual({
      ok: false,
      code: "invalid_amount",
      key: "enrolment.amount_required",
      values: {},
      message:
        "The amount given is required to start a loan or grant enrolment: the money given to the returnee",
      field: "amountGiven",
    });
    expect(decideEnrolment({ ...start, finance: true, amountGiven: 50_000 })).toEqual({
      ok: true,
      to: "active",
    });
    expect(decideEnrolment({ ...start, finance: false, amountGiven: 50_000 })).toMatchObject({
      ok: false,
      code: "invalid_amount",
      message: "The amount given is recorded only when a loan or grant enrolment starts",
    });
    expect(
      decideEnrolment({
        ...owner,
        status: "active",
        action: "complete",
        placesTaken: 1,
        capacity: 2,
        finance: true,
        amountGiven: 10,
      }),
    ).toMatchObject({ ok: false, code: "invalid_amount" });
    expect(decideEnrolment({ ...start, finance: false })).toEqual({ ok: true, to: "active" });
    expect(EnrolmentTransitionInput.safeParse({ version: 1, amountGiven: 0 }).error?.issues[0]?.message).toBe(
      "amountGiven must be more than 0",
    );
    expect(
      EnrolmentTransitionInput.safeParse({ version: 1, amountGiven: 10, currency: "taka" }).error?.issues[0]
        ?.message,
    ).toBe("currency must be a three-letter ISO 4217 code such as BDT");
    expect(EnrolmentTransitionInput.parse({ version: 1, amountGiven: 10, currency: "bdt" }).currency).toBe(
      "BDT",
    );
  });

  it("lets only the programme's organisation decide, and the case's lead drop", () => {
    const lead = { side: { owner: false, caseLead: true }, programmeName: "Reintegration loan" };
    expect(
      decideEnrolment({ ...lead, status: "applied", action: "accept", placesTaken: 0, capacity: 1 }),
    ).toEqual({
      ok: false,
      code: "forbidden",
      key: "enrolment.owner_only",
      values: { programme: "Reintegration loan", action: "accept" },
      message: "Only Reintegration loan's organisation may accept an enrolment",
    });
    expect(
      decideEnrolment({
        ...lead,
        status: "applied",
        action: "drop",
        placesTaken: 0,
        capacity: 1,
        reason: "moved",
      }),
    ).toEqual({ ok: true, to: "dropped" });
  });

  it("answers what may happen next for each side, from the same table", () => {
    expect(enrolmentMovesOpen("applied", { owner: true, caseLead: false })).toEqual([
      "accept",
      "reject",
      "waitlist",
      "drop",
    ]);
    expect(enrolmentMovesOpen("applied", { owner: false, caseLead: true })).toEqual(["drop"]);
    expect(enrolmentMovesOpen("accepted", { owner: true, caseLead: true })).toEqual(["start", "drop"]);
    expect(enrolmentMovesOpen("completed", { owner: true, caseLead: true })).toEqual([]);
    expect(enrolmentMovesOpen("active", { owner: false, caseLead: false })).toEqual([]);
  });
});

describe("self-employment support", () => {
  const plan = {
    activity: "Mobile phone repair shop",
    sectorIsic: "95",
    currency: "BDT",
    capitalNeeded: 150_000,
    ownContribution: 30_000,
    expectedMonthlyIncome: 25_000,
    market: "Upazila bazaar, no repair shop within 3 km",
    risks: "Competition from the district town",
  };
  it("takes a complete business plan and refuses an own contribution above the capital", () => {
    expect(BusinessPlanInput.safeParse(plan).success).toBe(true);
    const r = BusinessPlanInput.safeParse({ ...plan, ownContribution: 200_000 });
    expect(r.error!.issues[0]).toMatchObject({
      path: ["ownContribution"],
      message: "ownContribution must not be more than capitalNeeded",
    });
    expect(BusinessPlanInput.safeParse({ ...plan, sectorIsic: "Z999" }).error!.issues[0]!.message).toBe(
      "sectorIsic must be an ISIC Rev.4 code",
    );
  });

  it("schedules repayment checks for a loan and grant-use checks for a grant", () => {
    const start = new Date("2026-01-31T09:00:00Z");
    expect(moneyFollowUps("loan", start).map((f) => [f.kind, f.dueDate.toISOString().slice(0, 10)])).toEqual([
      ["repayment", "2026-02-28"],
      ["repayment", "2026-04-30"],
      ["repayment", "2026-07-31"],
      ["repayment", "2027-01-31"],
    ]);
    expect(moneyFollowUps("grant", start).map((f) => f.kind)).toEqual([
      "grant_use",
      "grant_use",
      "grant_use",
    ]);
  });
});
