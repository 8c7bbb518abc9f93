import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDomainError } from "../src/errors";
import { PhoneText, phoneE164, requirePhoneE164 } from "../src/phone";

describe("phoneE164", () => {
  it.each([
    ["01712-345678", "BD", "+8801712345678"],
    ["01712 345678", "BD", "+8801712345678"],
    ["8801712345678", "BD", "+8801712345678"],
    ["00880 1712 345678", "BD", "+8801712345678"],
    ["+880 (1712) 345-678", "BD", "+8801712345678"],
    ["03001234567", "PK", "+923001234567"],
    ["(0300) 123-4567", "PK", "+923001234567"],
    ["0750 123 4567", "IQ", "+9647501234567"],
    ["0750.123.4567", "IQ", "+9647501234567"],
    ["012-345 6789", "MY", "+60123456789"],
    ["050 123 4567", "SA", "+966501234567"],
    ["0151 23456789", "DE", "+4915123456789"],
  ])("reads %s typed in %s as %s", (typed, country, e164) => {
    expect(phoneE164(typed, country)).toEqual({ ok: true, e164 });
  });

  it("reads an international number whatever the person's country", () => {
    expect(phoneE164("+923001234567", "BD")).toEqual({ ok: true, e164: "+923001234567" });
    expect(phoneE164("+9647501234567")).toEqual({ ok: true, e164: "+9647501234567" });
  });

  it("drops a trunk 0 written after the country code", () => {
    expect(phoneE164("+880 01712 345678")).toEqual({ ok: true, e164: "+8801712345678" });
  });

  it("names why an impossible number is refused", () => {
    expect(phoneE164("0171", "BD")).toEqual({
      ok: false,
      reason: "it has too few digits for a number in Bangladesh",
      problem: "too_short",
      country: "Bangladesh",
    });
    expect(phoneE164("0171234", "BD")).toEqual({
      ok: false,
      reason: "it is not a number in use in Bangladesh",
      problem: "not_in_use",
      country: "Bangladesh",
    });
    expect(phoneE164("+96475012345678", "IQ")).toEqual({
      ok: false,
      reason: "it has too many digits for a number in Iraq",
      problem: "too_long",
      country: "Iraq",
    });
    expect(phoneE164("01712345678")).toEqual({
      ok: false,
      reason: "write it with + and the country code, such as +880 1712 345678",
      problem: "country_code",
    });
    expect(phoneE164("0100 000 0000", "IQ")).toEqual({
      ok: false,
      reason: "it is not a number in use in Iraq",
      problem: "not_in_use",
      country: "Iraq",
    });
  });

  it("refuses with a validation error naming the field and the reason", () => {
    try {
      requirePhoneE164("0171", "BD");
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe("validation");
      expect((error as Error).message).toBe(
        "This is not a valid phone number: it has too few digits for a number in Bangladesh",
      );
      expect(error).toMatchObject({ key: "phone.too_short_in", values: { country: "Bangladesh" } });
      expect((error as { field?: string }).field).toBe("phone");
    }
  });

  it("answers the same number for every way of writing it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("+8801712345678", "+923001234567", "+9647501234567"),
        fc.array(fc.constantFrom("", "", " ", "-", ".", "(", ")"), { minLength: 13, maxLength: 13 }),
        fc.boolean(),
        (e164, separators, withZeros) => {
          const typed = [...e164.slice(1)].map((digit, i) => (i > 2 ? separators[i] : "") + digit).join("");
          expect(phoneE164(withZeros ? `00${typed}` : `+${typed}`)).toEqual({ ok: true, e164 });
        },
      ),
    );
  });
});

describe("PhoneText", () => {
  it("takes digits with separators and refuses letters", () => {
    expect(PhoneText.parse(" +880 (1712) 345-678 ")).toBe("+880 (1712) 345-678");
    expect(PhoneText.safeParse("call me").error?.issues[0]?.message).toBe(
      "phone must be digits, with an optional leading + and spaces, dashes, dots, slashes or brackets",
    );
  });
});
