import {
  type AssessmentInput,
  type AssessmentKind,
  redactAssessment,
  scoreAssessment,
  sharedScores,
  type VulnerabilityScores,
} from "@homecoming/domain";
import type { Ctx } from "../../http/context";
import { isCaseLead } from "../access";
import { audit } from "../audit/service";
import { loadVisibleCase, loadWritableCase, moveStage, recordCaseEvent, setRiskLevel } from "./service";
import * as store from "./store";

export async function addAssessment(ctx: Ctx, caseId: string, input: AssessmentInput) {
  let row = await loadWritableCase(ctx, caseId);
  const scores = scoreAssessment(input);
  const created = await store.insertAssessment(ctx.tx, {
    caseId,
    kind: input.kind,
    answers: input.answers as Record<string, unknown>,
    scores: scores as Record<string, unknown>,
    assessedByUserId: ctx.actor.userId,
    assessedByOrganisationId: ctx.actor.organisationId,
    createdAt: ctx.now,
  });
  await recordCaseEvent(ctx, caseId, "assessed", { kind: input.kind, assessmentId: created.id });
  if (input.kind === "needs" && (row.stage === "registered" || row.stage === "pre_return")) {
    row = await moveStage(ctx, row, "assessed");
  }
  if (input.kind === "vulnerability" && "riskLevel" in scores) {
    // readers outside the lead organisation see the level worked out without the restricted answers
    const shared = sharedScores(input.kind, input.answers) as VulnerabilityScores;
    row = await setRiskLevel(ctx, row, { riskLevel: scores.riskLevel, sharedRiskLevel: shared.riskLevel });
  }
  await audit(ctx, {
    action: "create",
    recordType: "assessment",
    recordId: created.id,
    personId: row.personId,
    details: { kind: input.kind },
  });
  return created;
}

export async function listAssessments(ctx: Ctx, caseId: string) {
  const row = await loadVisibleCase(ctx, caseId);
  const rows = await store.assessmentsOf(ctx.tx, caseId);
  const restricted = !isCaseLead(ctx.actor, row);
  await audit(ctx, { action: "list", recordType: "assessment", recordId: caseId, personId: row.personId });
  const items = rows.map((a) => {
    const typed = { ...a, kind: a.kind as AssessmentKind };
    return restricted ? redactAssessment(typed) : { ...typed, redacted: false };
  });
  return { items, total: items.length };
}

/** The latest assessment of each kind asked for, newest first (for eligibility; callers audit their read). */
export async function assessmentsOfCase(ctx: Ctx, caseId: string, kinds: AssessmentKind[]) {
  const rows = await store.assessmentsOf(ctx.tx, caseId, kinds);
  return kinds.flatMap((kind) => rows.filter((r) => r.kind === kind).slice(0, 1));
}
