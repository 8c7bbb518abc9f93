import { describe, expect, it } from "vitest";
import type { PersonHit } from "../api/rules";
import { personOptions } from "./personOptions";

const person = (over: Partial<PersonHit>) =>
  ({
    id: "0123456789abcdef",
    givenName: "Rahim",
    familyName: "Uddin",
    nameNative: null,
    ...over,
  }) as PersonHit;

describe("personOptions", () => {
  it("names a returnee with the start of their id and puts the whole id under it", () => {
    expect(personOptions([person({})])).toEqual([
      { value: "0123456789abcdef", label: "Rahim Uddin (01234567)", hint: "0123456789abcdef" },
    ]);
  });
  it("adds the name in the returnee's own script to the second line", () => {
    expect(personOptions([person({ nameNative: "রহিম উদ্দিন" })])[0]?.hint).toBe(
      "রহিম উদ্দিন · 0123456789abcdef",
    );
  });
});
