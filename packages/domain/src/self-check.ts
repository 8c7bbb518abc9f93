import { isAdminAreaCode, isCountryCode, isIscedLevel } from "@homecoming/reference";
import { z } from "zod";
import { toIsoDate } from "./dates";
import { buildFacts, type ReturneeFacts } from "./eligibility-facts";
import { factsOfRule, type Rule } from "./eligibility-rule";
import { issueKey } from "./errors";
import { amount, bool, currencyCode, int } from "./fields";
import { HousingStatus, MigrationReturnType, PersonDocumentType, Sex } from "./person";
import { selfCheckQuestions } from "./values";

// "Am I eligible?" on the portal: a returnee answers, about themself, the few questions a programme's or
// service's rule needs, in plain words; the answers become the returnee facts the rules engine reads, and the
// rule is explained on them. What no question asks (a screening's flags, an assessment's priorities, an
// occupation's group) stays unknown: the centre checks it.

export type SelfCheckQuestion = (typeof selfCheckQuestions)[number];

const thisYear = () => new Date().getUTCFullYear();

/** The answers a returnee may give; each optional (unanswered is unknown, never false). */
export const SelfCheckAnswers = z
  .object({
    birthYear: int("birthYear", 1920, 2100)
      .refine((y) => y <= thisYear(), {
        error: "birthYear must not be in the future",
        ...issueKey("validation.future_year"),
      })
      .optional(),
    sex: Sex.optional(),
    returnedOn: z
      .string({ error: "returnedOn must be a month in YYYY-MM format" })
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "returnedOn must be a month in YYYY-MM format")
      .refine((m) => m <= toIsoDate(new Date()).slice(0, 7), {
        error: "returnedOn must not be in the future",
        ...issueKey("validation.future_date"),
      })
      .optional(),
    returnType: MigrationReturnType.optional(),
    destinationCountry: z
      .string({ error: "destinationCountry must be a country code" })
      .trim()
      .toUpperCase()
      .refine(isCountryCode, {
        error: "destinationCountry must be an ISO 3166 alpha-2 country code",
        ...issueKey("validation.country"),
      })
      .optional(),
    yearsAbroad: amount("yearsAbroad", 60).optional(),
    adminAreaCode: z
      .string({ error: "adminAreaCode must be an area code" })
      .trim()
      .refine(isAdminAreaCode, {
        error: "adminAreaCode must be a district",
        ...issueKey("validation.admin_area"),
      })
      .optional(),
    educationLevel: z
      .number({ error: "educationLevel must be an ISCED 2011 level" })
      .refine(isIscedLevel, {
        error: "educationLevel must be an ISCED 2011 level",
        ...issueKey("validation.isced"),
      })
      .optional(),
    debt: z.object({ amount: amount("debt.amount"), currency: currencyCode("debt.currency") }).optional(),
    informalDebt: bool("informalDebt").optional(),
    documentsMissing: z.array(PersonDocumentType).max(20).optional(),
    housingStatus: HousingStatus.optional(),
    householdSize: int("householdSize", 1, 50).optional(),
    childrenOfSchoolAge: int("childrenOfSchoolAge", 0, 30).optional(),
    disability: bool("disability").optional(),
  })
  .meta({ id: "SelfCheckAnswers" });
export type SelfCheckAnswers = z.infer<typeof SelfCheckAnswers>;

/** The facts each question answers. */
export const questionFacts: Record<SelfCheckQuestion, readonly string[]> = {
  birthYear: ["age"],
  sex: ["sex"],
  returnedOn: ["monthsSinceReturn"],
  returnType: ["returnType"],
  destinationCountry: ["destinationCountry", "destinationRegion"],
  yearsAbroad: ["monthsAbroad"],
  adminAreaCode: ["country", "province", "district"],
  educationLevel: ["iscedLevel"],
  debt: ["debtAmountUsd"],
  informalDebt: ["informalDebt"],
  documentsMissing: ["documentsMissing"],
  housingStatus: ["housingStatus"],
  householdSize: ["householdSize"],
  childrenOfSchoolAge: ["childrenOfSchoolAge"],
  disability: ["disability"],
};

/**
 * What to ask for a rule: the questions whose facts it reads, in the portal's order, and the facts it reads
 * that no question answers (the centre finds them out).
 */
export function questionsFor(rule: Rule): { questions: SelfCheckQuestion[]; centreChecks: string[] } {
  const read = new Set(factsOfRule(rule));
  const questions = selfCheckQuestions.filter((q) => questionFacts[q].some((f) => read.has(f)));
  const answered = new Set(questions.flatMap((q) => questionFacts[q]));
  return { questions, centreChecks: [...read].filter((f) => !answered.has(f)) };
}

/**
 * The returnee facts the answers give (`buildFacts` over a profile made of them): what was not answered is
 * unknown. The age from a year of birth alone is the age reached this year, at most one too high; the months
 * since return count from the first of the month given.
 */
export function factsFromAnswers(a: SelfCheckAnswers, asOf: Date): ReturneeFacts {
  const endDate = a.returnedOn ? `${a.returnedOn}-01` : undefined;
  const abroadFrom =
    endDate && a.yearsAbroad !== undefined
      ? toIsoDate(
          new Date(Date.parse(`${endDate}T00:00:00Z`) - Math.round(a.yearsAbroad * 365.25) * 86_400_000),
        )
      : undefined;
  const hasEpisode =
    a.destinationCountry !== undefined || endDate !== undefined || a.returnType !== undefined;
  const facts = buildFacts({
    person: {
      sex: a.sex ?? "",
      adminAreaCode: a.adminAreaCode ?? "",
      birthYear: a.birthYear ?? null,
      migrationEpisodes: hasEpisode
        ? [
            {
              destinationCountry: a.destinationCountry ?? "",
              ...(endDate ? { endDate } : {}),
              ...(abroadFrom ? { startDate: abroadFrom } : {}),
              returnType: a.returnType ?? "voluntary",
            },
          ]
        : [],
      ...(a.educationLevel !== undefined ? { education: { iscedLevel: a.educationLevel } } : {}),
      ...(a.debt !== undefined || a.informalDebt !== undefined
        ? {
            debts: [
              {
                amount: a.debt?.amount ?? 0,
                currency: a.debt?.currency ?? "USD",
                lender: a.informalDebt ? ("informal_lender" as const) : ("bank" as const),
              },
            ],
          }
        : {}),
      ...(a.documentsMissing !== undefined
        ? { documents: a.documentsMissing.map((type) => ({ type, status: "missing" as const })) }
        : {}),
      ...(a.housingStatus !== undefined ? { housing: { status: a.housingStatus } } : {}),
      ...(a.householdSize !== undefined || a.childrenOfSchoolAge !== undefined
        ? {
            household: {
              size: a.householdSize ?? 1,
              dependants: 0,
              childrenOfSchoolAge: a.childrenOfSchoolAge ?? 0,
              headOfHousehold: false,
            },
          }
        : {}),
      ...(a.disability !== undefined ? { disability: { hasDisability: a.disability } } : {}),
    },
    asOf,
  });
  // what the made-up profile had to fill in is not an answer
  return {
    ...facts,
    returnType: a.returnType ?? null,
    destinationCountry: a.destinationCountry ?? null,
    destinationRegion: a.destinationCountry ? facts.destinationRegion : null,
    monthsAbroad: abroadFrom ? facts.monthsAbroad : null,
    debtAmountUsd: a.debt ? facts.debtAmountUsd : null,
    informalDebt: a.informalDebt ?? null,
    householdSize: a.householdSize ?? null,
    childrenOfSchoolAge: a.childrenOfSchoolAge ?? null,
  };
}
