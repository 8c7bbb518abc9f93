import {
  type AssessmentKind,
  buildFacts,
  type FactsSource,
  factCatalogue,
  type NeedsScores,
  type ReturneeFacts,
  sharedScores,
  type VulnerabilityScores,
} from "@homecoming/domain";
import type { Ctx } from "../../http/context";
import { assessmentsOfCase } from "../cases/assessments";
import { personOfRows } from "../persons/rows";
import { loadPersonRows } from "../persons/service";

// ---- facts ---------------------------------------------------------------------------------------------

type LatestAssessment = { kind: string; answers: unknown; scores: unknown };

/** Restricted facts by path in the facts object ("needs.psychosocial" lives at facts.needs.psychosocial). */
const restrictedFacts = factCatalogue.filter((f) => f.restricted).map((f) => f.name.split("."));

function setAt(facts: Record<string, unknown>, path: string[], value: unknown) {
  const [head, ...rest] = path as [string, ...string[]];
  if (rest.length === 0) facts[head] = value;
  else facts[head] = { ...(facts[head] as Record<string, unknown>), [rest.join(".")]: value };
}

/**
 * The latest needs and vulnerability scores as a reader may know them: as stored for the lead organisation's
 * case workers (`lead`), the shared scores (worked out without restricted answers) for anyone else.
 */
export function scoresForReader(latest: readonly LatestAssessment[], lead: boolean) {
  const scoresOf = (kind: AssessmentKind) => {
    const a = latest.find((l) => l.kind === kind);
    if (!a) return undefined;
    return lead ? a.scores : (sharedScores(kind, a.answers) ?? undefined);
  };
  return {
    needs: scoresOf("needs") as Partial<NeedsScores> | undefined,
    vulnerability: scoresOf("vulnerability") as VulnerabilityScores | undefined,
  };
}

/**
 * The facts of a returnee as a reader may know them. The lead organisation's case workers (`lead`) get the
 * facts of the record and the latest scores. Anyone else gets facts built from the shared scores with every
 * restricted fact unknown, so that no fact, verdict or recommendation they read was derived from restricted
 * data. Pass `scores` when the caller has worked them out already (scoresForReader).
 */
export function factsFor(
  source: { person: FactsSource["person"]; latest: readonly LatestAssessment[]; asOf: Date },
  lead: boolean,
  scores = scoresForReader(source.latest, lead),
): ReturneeFacts {
  const facts = buildFacts({ person: source.person, ...scores, asOf: source.asOf });
  if (!lead)
    for (const path of restrictedFacts) setAt(facts as unknown as Record<string, unknown>, path, null);
  return facts;
}

/** Facts of a person, from their record and the latest assessments of one of their cases (if any). */
export async function factsOf(
  ctx: Ctx,
  personId: string,
  caseId: string | null,
  lead = true,
): Promise<ReturneeFacts> {
  const { row, episodes } = await loadPersonRows(ctx, personId);
  const latest = caseId ? await assessmentsOfCase(ctx, caseId, ["needs", "vulnerability"]) : [];
  return factsFor({ person: personOfRows(row, episodes), latest, asOf: ctx.now }, lead);
}

/** Facts as a reader outside the lead organisation reads them: a restricted fact says "restricted". */
export function visibleFacts(facts: ReturneeFacts, lead: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = { ...facts };
  if (!lead) for (const path of restrictedFacts) setAt(out, path, "restricted");
  return out;
}
