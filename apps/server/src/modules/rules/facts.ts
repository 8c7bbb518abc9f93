import {
  buildFacts,
  factCatalogue,
  isRestrictedValue,
  type NeedsScores,
  type ReturneeFacts,
  type VulnerabilityScores,
} from "@homecoming/domain";
import type { Ctx } from "../../http/context";
import { assessmentsOfCase } from "../cases/assessments";
import { personOfRows } from "../persons/rows";
import { loadPersonRows } from "../persons/service";

// ---- facts ---------------------------------------------------------------------------------------------

/** Facts of a person, from their record and the latest assessments of one of their cases (if any). */
export async function factsOf(ctx: Ctx, personId: string, caseId: string | null): Promise<ReturneeFacts> {
  const { row, episodes } = await loadPersonRows(ctx, personId);
  const latest = caseId ? await assessmentsOfCase(ctx, caseId, ["needs", "vulnerability"]) : [];
  const needs = latest.find((a) => a.kind === "needs")?.scores as NeedsScores | undefined;
  const vulnerability = latest.find((a) => a.kind === "vulnerability")?.scores as
    | VulnerabilityScores
    | undefined;
  return buildFacts({ person: personOfRows(row, episodes), needs, vulnerability, asOf: ctx.now });
}

/** Facts for a reader outside the lead organisation: restricted ones are withheld. */
export function visibleFacts(facts: ReturneeFacts, lead: boolean): Record<string, unknown> {
  if (lead) return { ...facts };
  const out: Record<string, unknown> = { ...facts };
  for (const f of factCatalogue) if (f.restricted) out[f.name] = "restricted";
  out.vulnerabilityFlags =
    facts.vulnerabilityFlags?.map((flag) =>
      isRestrictedValue("vulnerabilityFlags", flag) ? "restricted" : flag,
    ) ?? null;
  return out;
}
