import { describe, expect, it } from "vitest";
import { ApiError } from "../api/client";
import { fieldError, isFieldOf, shownBeside } from "./fieldError";

const refused = (field?: string) => new ApiError(422, "validation", "Not valid", field);

describe("isFieldOf", () => {
  it("matches the field itself and the fields inside it, not a field that only starts alike", () => {
    expect(isFieldOf("areasServed", "areasServed")).toBe(true);
    expect(isFieldOf("areasServed.2", "areasServed")).toBe(true);
    expect(isFieldOf("areasServedBy", "areasServed")).toBe(false);
  });
});

describe("fieldError", () => {
  it("gives the server's message to the field it names", () => {
    expect(fieldError(refused("roles.0"), "roles")).toBe("Not valid");
    expect(fieldError(refused("name"), "roles")).toBeUndefined();
  });
  it("gives nothing for an error without a field or a network failure", () => {
    expect(fieldError(refused(), "name")).toBeUndefined();
    expect(fieldError(new Error("offline"), "name")).toBeUndefined();
  });
});

describe("shownBeside", () => {
  it("tells an error shown beside one of the fields from one the summary must show", () => {
    expect(shownBeside(refused("reason"), ["reason"])).toBe(true);
    expect(shownBeside(refused("version"), ["reason"])).toBe(false);
    expect(shownBeside(new Error("offline"), ["reason"])).toBe(false);
  });
});
