import type { SurveyScores as DomainSurveyScores } from "@homecoming/domain";
import { answer, client, type RequestBody, type Schema } from "../../../api/client";

export { surveyOccasions } from "@homecoming/domain/values";

export type SurveyVersion = Schema<"SurveyVersion">;
export type SurveyDefinition = SurveyVersion["definition"];
export type SurveyDimension = SurveyDefinition["dimensions"][number];
export type SurveyIndicator = SurveyDimension["indicators"][number];
export type SurveyText = SurveyDefinition["title"];
export type SurveyOccasion = Schema<"SurveyOccasion">;
/** The answers of one survey: each indicator's chosen option. */
export type SurveyAnswers = Record<string, string>;
/** As the server scored a survey; a reader outside the lead organisation gets some of them as null. */
export type SurveyScores = DomainSurveyScores;

export const surveyKeys = {
  current: ["surveys", "sustainability"] as const,
  version: (version: number) => ["surveys", "sustainability", version] as const,
  versions: ["surveys", "sustainability", "versions"] as const,
};

export const getCurrentSurvey = () => answer(client.GET("/api/v1/surveys/sustainability"));
export const getSurveyVersion = (version: number) =>
  answer(client.GET("/api/v1/surveys/sustainability/versions/{version}", { params: { path: { version } } }));
export const getSurveyVersions = () => answer(client.GET("/api/v1/surveys/sustainability/versions"));
export const saveSurveyVersion = (body: RequestBody<"/api/v1/surveys/sustainability/versions", "post">) =>
  answer(client.POST("/api/v1/surveys/sustainability/versions", { body }));

/** A survey's text in the language shown, in English when it has none in that one. */
export function textIn(text: SurveyText, language: string): string {
  return text[language] ?? text.en ?? "";
}

/** The request fields of a survey's questions, each shown under its question when the server names it. */
export function questionFields(definition: SurveyDefinition, field: "answers" | "survey"): string[] {
  return definition.dimensions.flatMap((d) => d.indicators.map((i) => `${field}.${i.code}`));
}
