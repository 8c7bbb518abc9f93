import i18n from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import portal from "../../i18n/locales/en/portal.json";
import { answersOf } from "./CheckPage";
import { conditionWords } from "./phrases";

beforeAll(async () => {
  await i18n.init({
    lng: "en",
    resources: { en: { translation: { portal } } },
    interpolation: { escapeValue: false },
  });
});

const names = {
  country: (code: string) => new Intl.DisplayNames(["en"], { type: "region" }).of(code) ?? code,
  number: (n: number) => new Intl.NumberFormat("en").format(n),
  either: (words: string[]) => new Intl.ListFormat("en", { type: "disjunction" }).format(words),
};
const condition = (phrase: object | undefined, extra: object = {}) => ({
  text: "the English words",
  outcome: "met" as const,
  restricted: false,
  ...(phrase ? { phrase } : {}),
  ...extra,
});

describe("a condition in the reader's words", () => {
  it("says a comparison with the fact's label and its values", () => {
    const say = (phrase: object, extra?: object) =>
      conditionWords(i18n.t, condition(phrase, extra) as never, names).text;
    expect(say({ fact: "age", op: "at_least", values: [18] })).toBe("Your age: 18 or more");
    expect(say({ fact: "age", op: "between", values: [18, 1500] })).toBe("Your age: from 18 to 1,500");
    expect(say({ fact: "returnType", op: "one_of", values: ["forced", "crisis"] })).toBe(
      "How you came back: you were sent back or you left because of war, disaster or illness",
    );
    expect(say({ fact: "country", op: "is", values: ["BD"] })).toBe("Your country: Bangladesh");
    expect(say({ fact: "district", op: "is", values: ["BD3026"] }, { valueNames: ["Dhaka"] })).toBe(
      "Your district: Dhaka",
    );
    expect(say({ fact: "documentsMissing", op: "includes", values: ["passport"] })).toBe(
      "Your lost papers: Passport among them",
    );
    expect(say({ fact: "informalDebt", op: "is", values: [false] })).toBe(
      "You do not owe money to a moneylender",
    );
  });

  it("keeps the server's English for a condition it cannot structure, and hides one on health", () => {
    expect(conditionWords(i18n.t, condition(undefined) as never, names)).toEqual({
      text: "the English words",
      english: true,
    });
    const health = conditionWords(
      i18n.t,
      condition({ fact: "age", op: "is", values: [1] }, { restricted: true }) as never,
      names,
    );
    expect(health.text).toBe(portal.help.restricted);
  });
});

describe("the answers sent", () => {
  it("sends what was answered and leaves out what was not, never as no", () => {
    expect(
      answersOf({
        birthYear: "1990",
        returnYear: "2025",
        returnMonth: "3",
        debtAmount: "50000",
        debtCurrency: "BDT",
        disability: "unsaid",
        informalDebt: "no",
        householdSize: "",
      }),
    ).toEqual({
      birthYear: 1990,
      returnedOn: "2025-03",
      debt: { amount: 50000, currency: "BDT" },
      informalDebt: false,
    });
  });
});
