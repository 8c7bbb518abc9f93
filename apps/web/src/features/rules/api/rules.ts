import { answer, client, type Schema } from "../../../api/client";

export type FactsCatalogue = Schema<"ReturneeFactsCatalogue">;
/** A returnee fact a rule can read, as GET /eligibility/facts describes it. */
export type Fact = FactsCatalogue["facts"][number];
export type FactType = Schema<"FactType">;

export type Verdict = Schema<"Verdict">;
export type Outcome = Schema<"ConditionOutcome">;

export type RulePreview = Schema<"RulePreview">;
/** One condition of a rule as the server evaluated it on a person, with the facts it read and their values. */
export type EvaluatedCondition = RulePreview["conditions"][number];
/** Conditions of which any one is enough, as positions in a verdict's conditions, and how the group came out. */
export type AnyOfGroup = RulePreview["anyOf"][number];
/** A condition of a rule and how it came out, in words (a case's eligibility lists them so for every offer). */
export type ConditionWords = Schema<"Eligibility">["conditions"][number] | EvaluatedCondition;

export type PersonHit = Schema<"PersonSummary">;

export const fetchFacts = () => answer(client.GET("/api/v1/eligibility/facts"));
export const previewRule = (rule: unknown, personId: string) =>
  answer(client.POST("/api/v1/eligibility/preview", { body: { rule, personId } }));
export const searchPersons = (q: string) =>
  answer(client.GET("/api/v1/persons", { params: { query: { q, limit: 10 } } }));
