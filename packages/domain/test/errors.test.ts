import { describe, expect, it } from "vitest";
import { conflict, DomainError, isDomainError, notFound, staleVersion, validation } from "../src/errors";

describe("domain errors", () => {
  it("carry a code, a message and optionally the field", () => {
    const error = validation("birthDate must not be in the future", "birthDate");
    expect(error).toBeInstanceOf(Error);
    expect(isDomainError(error)).toBe(true);
    expect({ code: error.code, message: error.message, field: error.field }).toEqual({
      code: "validation",
      message: "birthDate must not be in the future",
      field: "birthDate",
    });
  });

  it("name what was not found and leave field unset when there is none", () => {
    const error = notFound("referral");
    expect(error.message).toBe("referral not found");
    expect(error.code).toBe("not_found");
    expect("field" in error).toBe(false);
    expect(staleVersion().code).toBe("stale_version");
    expect(conflict("x").name).toBe("DomainError");
    expect(isDomainError(new Error("plain"))).toBe(false);
    expect(new DomainError("locked", "account locked").code).toBe("locked");
  });
});
