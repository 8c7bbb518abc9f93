import { nameVariantGroups } from "@homecoming/reference";
import { describe, expect, it } from "vitest";
import {
  canonicalNamePart,
  isKnownNamePart,
  nameParts,
  nameQueryTerms,
  nameSearchTerms,
  phoneticKey,
} from "../src/names";

/** Two spellings are read as one name part when their canonical forms or their phonetic keys agree. */
const sameName = (a: string, b: string) => {
  const [x, y] = [nameParts(a), nameParts(b)];
  const alike = (p: string, q: string) =>
    p === q || (!(isKnownNamePart(p) && isKnownNamePart(q)) && phoneticKey(p) === phoneticKey(q));
  return x.length === y.length && x.every((p, i) => alike(p, y[i]!));
};

describe("name knowledge", () => {
  it.each([
    ["Mohammad", ["Muhammad", "Mohammed", "Md.", "Mohd", "MD"]],
    ["Hossain", ["Hussain", "Hussein", "Hossen"]],
    ["Rahman", ["Rehman", "Rahaman"]],
    ["Chowdhury", ["Choudhury", "Chaudhry"]],
    ["Khatun", ["Khatoon"]],
    ["Begum", ["Begam"]],
    ["Akter", ["Akhter", "Aktar"]],
    ["Uddin", ["Udin", "Ud Din", "Ud-Din"]],
    ["Abdul", ["Abdool", "Abd"]],
    ["Ahmed", ["Ahmad"]],
    ["Yusuf", ["Yousef"]],
    ["Qasim", ["Kassem"]],
  ])("reads %s and %j as one name", (name, variants) => {
    for (const v of variants) expect(sameName(name, v), `${name} / ${v}`).toBe(true);
  });

  it("keeps different names apart", () => {
    for (const [a, b] of [
      ["Jamal", "Kamal"],
      ["Rahim", "Karim"],
      ["Hasan", "Hossain"],
      ["Rahima", "Rahim"],
      ["Ali", "Omar"],
    ])
      expect(sameName(a!, b!), `${a} / ${b}`).toBe(false);
  });

  it("leaves out particles, titles and honorifics, and joins or splits compound names", () => {
    expect(nameParts("Mst. Fatema Begum")).toEqual(["fatima", "begum"]);
    expect(nameParts("Alhaj Md. Abdur Rahman Ud Din")).toEqual(["muhammad", "abdul", "rahman", "uddin"]);
    expect(nameParts("Abdurrahman")).toEqual(["abdul", "rahman"]);
    expect(nameParts("Hussein Al-Jubouri")).toEqual(["hussain", "jubouri"]);
    expect(nameParts("Yousef bin Qasim")).toEqual(["yusuf", "qasim"]);
    expect(nameParts("Abdullah")).toEqual(["abdullah"]);
    // a name made only of such words keeps them
    expect(nameParts("Mst.")).toEqual(["mst"]);
  });

  it("compares native-script names through transliteration", () => {
    expect(sameName("মোঃ রহিম উদ্দিন", "Md. Rahim Uddin")).toBe(true);
    expect(sameName("ফাতেমা বেগম", "Fatema Begum")).toBe(true);
    expect(sameName("চৌধুরী", "Chowdhury")).toBe(true);
    expect(sameName("محمد حسين", "Mohammed Hussein")).toBe(true);
    expect(sameName("عبد الرحمن", "Abdul Rahman")).toBe(true);
    expect(sameName("کاروان عزیز", "Karwan Aziz")).toBe(true);
  });

  it("gives one phonetic key whatever the vowels and doubled letters", () => {
    expect(phoneticKey("rahman")).toBe("rhmn");
    expect(phoneticKey("hosain")).toBe(phoneticKey("hussain"));
    expect(phoneticKey("mosharraf")).toBe(phoneticKey("musharaf"));
    expect(phoneticKey("kawsar")).toBe(phoneticKey("kausar"));
    expect(phoneticKey("shahidul")).toBe(phoneticKey("sahidul"));
    expect(phoneticKey("ismail")).toBe(phoneticKey("esmail"));
  });

  it("holds each spelling in one group only, in lower-case letters", () => {
    const seen = new Map<string, string>();
    for (const group of nameVariantGroups)
      for (const v of group) {
        expect(v, `${v} in ${group[0]}`).toMatch(/^[a-z-]+$/);
        expect(seen.get(v) ?? group[0], `${v} is in ${seen.get(v)} and ${group[0]}`).toBe(group[0]);
        seen.set(v, group[0]!);
      }
    expect(canonicalNamePart("md")).toBe("muhammad");
  });
});

/** Whether a registration's stored terms meet every word of a search (the SQL: name_terms && each set). */
const found = (query: string, name: { givenName: string; familyName?: string; nameNative?: string }) => {
  const stored = new Set(nameSearchTerms(name));
  const sets = nameQueryTerms(query);
  return sets.length > 0 && sets.every((set) => set.some((t) => stored.has(t)));
};

describe("search by name terms", () => {
  const mdHussain = { givenName: "Md.", familyName: "Hussain", nameNative: "মোঃ হোসেন" };

  it.each([
    ["Mohammad Hossain", "every spelling of a known name"],
    ["Muhammad Hussein", "every spelling of a known name"],
    ["Hossain Mohammed", "the words in any order"],
    ["মোহাম্মদ হোসেন", "the native script"],
    ["Mohammad Hosain", "a letter less"],
    ["Mohammad Hosssain", "a letter more"],
    ["Mohammad Hoss", "the last word being typed"],
    ["Hus", "the first letters of the canonical spelling"],
  ])("finds Md. Hussain by %j: %s", (query) => {
    expect(found(query, mdHussain)).toBe(true);
  });

  it("finds a registration misspelt in a way no table lists by the name spelt right", () => {
    expect(found("Rahman", { givenName: "Abdur", familyName: "Rahmna" })).toBe(true);
    expect(found("Rahman Abdur", { givenName: "Abdur", familyName: "Rahamn" })).toBe(true);
    expect(found("Abdur Rahman", { givenName: "Abdur", familyName: "Rahmann" })).toBe(true);
    expect(found("Chowdury Nasima", { givenName: "Nasima", familyName: "Choudhury" })).toBe(true);
  });

  it("asks every word: a name that shares only one is not found", () => {
    expect(found("Mohammad Rahman", mdHussain)).toBe(false);
    expect(found("Fatema Hossain", mdHussain)).toBe(false);
    expect(found("Zebulon Quartermaine", mdHussain)).toBe(false);
  });

  it("finds every registration by its own name as written, in either script", () => {
    const names = [
      { givenName: "Nasima", familyName: "Chowdhury", nameNative: "নাসিমা চৌধুরী" },
      { givenName: "Abdulkarim", familyName: "Al-Tamimi", nameNative: "عبد الكريم التميمي" },
      { givenName: "Mst. Rokeya", familyName: "Begum" },
      { givenName: "Kawa", familyName: "Hama Amin" },
      { givenName: "Shahida", familyName: "" },
    ];
    for (const name of names) {
      expect(found(`${name.givenName} ${name.familyName}`, name), name.givenName).toBe(true);
      if (name.nameNative) expect(found(name.nameNative, name), name.nameNative).toBe(true);
    }
  });

  it("finds a word whose sound says too little by how it starts", () => {
    // Hiwa has one consonant: its key alone would match half the registry
    expect(nameQueryTerms("Hiwa Hama")).toEqual([["^hiw"], expect.arrayContaining(["#hm", "^ham"])]);
    expect(found("Hiwa Hama", { givenName: "Hiwa", familyName: "Hama Amin" })).toBe(true);
    expect(found("Hiwa Hama", { givenName: "Hemin", familyName: "Hama" })).toBe(false);
  });

  it("reads a short last word of a name in its own script as a whole word", () => {
    // Butt in Urdu: two letters, yet a whole name, which narrows the search to those who bear it
    expect(nameQueryTerms("ساجد بٹ")).toHaveLength(2);
    expect(found("ساجد بٹ", { givenName: "Sajid", familyName: "Butt" })).toBe(true);
    expect(found("ساجد بٹ", { givenName: "Sajid", familyName: "Khan" })).toBe(false);
  });

  it("leaves out words too short to say anything, down to no terms at all", () => {
    expect(nameQueryTerms("Ra")).toEqual([]);
    expect(nameQueryTerms("Nasima R")).toEqual([expect.arrayContaining(["=nasima"])]);
  });
});
