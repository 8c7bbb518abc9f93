import type { SurveyDefinition, SurveyIndicator } from "./sustainability-survey";

// The first version of the reintegration sustainability survey, written into a new database once (a data
// migration); administrators change it by saving a new version. Five indicators per dimension after IOM's
// Reintegration Sustainability Survey (docs/sustainability-survey.md names the sources); equal weights.

type Option = [value: string, label: string, score: number | null];

const indicator = (
  code: string,
  question: string,
  options: Option[],
  restricted = false,
): SurveyIndicator => ({
  code,
  question: { en: question },
  weight: 1,
  restricted,
  options: options.map(([value, label, score]) => ({ value, label: { en: label }, score })),
});

const frequency = (worst: string): Option[] => [
  ["never", "Never", 1],
  ["rarely", "Rarely (once or twice)", 0.67],
  ["sometimes", "Sometimes", 0.33],
  ["often", worst, 0],
];

export const sustainabilitySurveyV1: SurveyDefinition = {
  title: { en: "Reintegration sustainability survey" },
  threshold: 0.66,
  dimensions: [
    {
      dimension: "economic",
      weight: 1,
      indicators: [
        indicator("income_sufficiency", "Does the household's income cover its basic needs?", [
          ["fully", "Fully", 1],
          ["mostly", "Mostly", 0.67],
          ["partly", "Partly", 0.33],
          ["not_at_all", "Not at all", 0],
        ]),
        indicator("employment_stability", "What is the returnee's work now?", [
          ["regular", "Regular work or a business running for three months or more", 1],
          ["irregular", "Irregular, seasonal or daily work", 0.5],
          ["none", "No work", 0],
        ]),
        indicator("debt_burden", "How do debt repayments compare with the household's monthly income?", [
          ["no_debt", "No debt", 1],
          ["under_quarter", "Less than a quarter of income", 0.67],
          ["under_half", "A quarter to a half of income", 0.33],
          ["over_half", "More than half, or repayments cannot be made", 0],
        ]),
        indicator(
          "food_security",
          "In the past month, how often did the household eat less because there was not enough money?",
          frequency("Often"),
        ),
        indicator("savings_credit", "Could the household find money within a month for an emergency?", [
          ["savings", "Yes, from its own savings", 1],
          ["credit", "Yes, through a loan or credit", 0.67],
          ["family", "Only from family or friends", 0.33],
          ["no", "No", 0],
        ]),
      ],
    },
    {
      dimension: "social",
      weight: 1,
      indicators: [
        indicator("housing", "How adequate is the returnee's housing?", [
          ["secure", "Adequate and secure (owned or with a lease)", 1],
          ["insecure", "Adequate but insecure", 0.5],
          ["inadequate", "Inadequate or overcrowded", 0.25],
          ["none", "No stable housing", 0],
        ]),
        indicator(
          "health_care",
          "When the household needed health care in the past six months, could it get it?",
          [
            ["yes", "Yes, when needed", 1],
            ["difficult", "Yes, with difficulty", 0.5],
            ["no", "No", 0],
            ["no_need", "No care was needed", null],
          ],
          true,
        ),
        indicator("children_school", "Are the household's school-age children in school?", [
          ["all", "All of them", 1],
          ["some", "Some of them", 0.5],
          ["none", "None of them", 0],
          ["no_children", "No school-age children", null],
        ]),
        indicator(
          "identity_documents",
          "Does the returnee hold a valid national ID and the documents they need?",
          [
            ["all", "Yes, all of them", 1],
            ["some", "Some are missing or being issued", 0.5],
            ["none", "None", 0],
          ],
        ),
        indicator(
          "safety_justice",
          "Does the returnee feel safe where they live, and able to seek justice if wronged?",
          [
            ["yes", "Yes", 1],
            ["mostly", "Mostly", 0.67],
            ["rarely", "Rarely", 0.33],
            ["no", "No", 0],
          ],
        ),
      ],
    },
    {
      dimension: "psychosocial",
      weight: 1,
      indicators: [
        indicator(
          "discrimination",
          "Since the return, how often has the returnee been rejected or treated unfairly in the community?",
          frequency("Often"),
        ),
        indicator(
          "social_network",
          "Does the returnee take part in community life, and have people to turn to?",
          [
            ["both", "Both", 1],
            ["one", "One of the two", 0.5],
            ["neither", "Neither", 0],
          ],
        ),
        indicator(
          "distress",
          "In the past month, how often did the returnee feel nervous, hopeless or unable to cope?",
          frequency("Often"),
        ),
        indicator("belonging", "Does the returnee feel they belong where they live?", [
          ["strongly", "Strongly", 1],
          ["somewhat", "Somewhat", 0.5],
          ["no", "No", 0],
        ]),
        indicator("migration_intention", "Does the returnee wish to migrate again?", [
          ["no", "No", 1],
          ["choice", "Yes, by choice (an opportunity abroad)", 0.75],
          ["necessity", "Yes, out of necessity (no way to live here)", 0],
        ]),
      ],
    },
  ],
};
