import { describe, expect, it } from "vitest";
import { caseReferrals } from "./referrals-port";

describe("the referrals of a case", () => {
  it("are provided wherever the referrals module is loaded, as the demo seed loads it before any app is built", async () => {
    // npm start seeds an empty database before it builds the app: nothing here builds one
    await import("../../seed/demo");
    expect(typeof caseReferrals().referralsOfCase).toBe("function");
  });
});
