import { describe, expect, it } from "vitest";
import { ConsentInput, type ConsentRecord, consentAllowsAccess, consentCovers } from "../src/consent";

const mrc = "6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f";
const bank = "7a2b3c4d-5e6f-4a7b-9c8d-1e2f3a4b5c6d";
const now = new Date("2025-06-01T12:00:00Z");
const given = (
  purpose: ConsentRecord["purpose"],
  organisationIds: string[],
  extra: Partial<ConsentRecord> = {},
) => ({
  purpose,
  organisationIds,
  givenAt: "2025-05-01T09:00:00Z",
  ...extra,
});

describe("ConsentInput", () => {
  it("requires organisations for referral and data sharing consent", () => {
    expect(
      ConsentInput.safeParse({ purpose: "referral", organisationIds: [] }).error?.issues[0]?.message,
    ).toBe("organisationIds must name at least one organisation for referral and data_sharing consent");
    expect(ConsentInput.parse({ purpose: "contact" })).toEqual({ purpose: "contact", organisationIds: [] });
  });

  it("rejects an expiry in the past and ids that are not UUIDs", () => {
    const issues = ConsentInput.safeParse({
      purpose: "data_sharing",
      organisationIds: ["mrc-dhaka"],
      expiresAt: "2020-01-01T00:00:00Z",
    }).error?.issues.map((i) => i.message);
    expect(issues).toEqual(["organisationIds must be a UUID", "expiresAt must be in the future"]);
  });
});

describe("consentCovers", () => {
  it("covers the named organisation for the given purpose while active", () => {
    const consents = [given("referral", [mrc, bank])];
    expect(consentCovers(consents, bank, "referral", now)).toBe(true);
    expect(consentCovers(consents, bank, "research", now)).toBe(false);
    expect(consentCovers(consents, "8b3c4d5e-6f7a-4b8c-9d0e-2f3a4b5c6d7e", "referral", now)).toBe(false);
  });

  it("stops covering once withdrawn or expired, and not before it was given", () => {
    expect(
      consentCovers(
        [given("referral", [mrc], { withdrawnAt: "2025-05-20T00:00:00Z" })],
        mrc,
        "referral",
        now,
      ),
    ).toBe(false);
    expect(
      consentCovers(
        [given("referral", [mrc], { withdrawnAt: "2025-07-01T00:00:00Z" })],
        mrc,
        "referral",
        now,
      ),
    ).toBe(true);
    expect(consentCovers([given("referral", [mrc], { expiresAt: now })], mrc, "referral", now)).toBe(false);
    expect(
      consentCovers([given("referral", [mrc], { givenAt: "2025-06-02T00:00:00Z" })], mrc, "referral", now),
    ).toBe(false);
  });

  it("lets contact consent without organisations cover any organisation, but never referral", () => {
    expect(consentCovers([given("contact", [])], bank, "contact", now)).toBe(true);
    expect(consentCovers([given("referral", [])], bank, "referral", now)).toBe(false);
  });

  it("allows reading the record under referral or data sharing consent only", () => {
    expect(consentAllowsAccess([given("data_sharing", [bank])], bank, now)).toBe(true);
    expect(consentAllowsAccess([given("referral", [bank])], bank, now)).toBe(true);
    expect(consentAllowsAccess([given("contact", [bank]), given("research", [bank])], bank, now)).toBe(false);
  });
});
