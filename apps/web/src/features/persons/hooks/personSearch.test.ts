import { describe, expect, it } from "vitest";
import { filterOf, searchByOf } from "./personSearch";

describe("the returnee search box", () => {
  it.each([
    ["+880 1712 345678", "phone"],
    ["00880-1712-345678", "phone"],
    ["01712-345678", "phone"],
    ["01712345678", "phone"],
    ["0750 123 4567", "phone"],
    ["(0300) 123-4567", "phone"],
    ["1992000011112", "identifier"],
    ["35202-1234567-1", "identifier"],
    ["EB0123456", "identifier"],
    ["Rahima Begum", "name"],
    ["রহিমা", "name"],
    ["   ", null],
  ])("reads %s as a search by %s", (typed, by) => {
    expect(searchByOf(typed)).toBe(by);
  });

  it("sends a phone as typed for the server to read, and waits for two letters of a name", () => {
    expect(filterOf(" 01712-345678 ")).toEqual({ phone: "01712-345678" });
    expect(filterOf("EB0123456")).toEqual({ nationalId: "EB0123456" });
    expect(filterOf("R")).toEqual({});
    expect(filterOf("Ra")).toEqual({ q: "Ra" });
  });
});
