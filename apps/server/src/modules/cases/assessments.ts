import {
  type AssessmentInput,
  type AssessmentKind,
  redactAssessment,
  type SurveyAnswers,
  type SurveyOccasion,
  scoreAssessment,
  scoreSurvey,
  sharedScores,
  type VulnerabilityScores,
} from "@homecoming/domain";
import type { Ctx } from "../../http/context";
import { isCaseLead } from "../access";
import { audit } from "../audit/service";
import { currentSurvey, surveyDefinitions } from "../surveys/service";
import { loadVisibleCase, loadWritableCase, moveStage, recordCaseEvent, setRiskLevel } from "./service";
import * as store from "./store";

type CaseRow = store.CaseRow;

/**
 * A sustainability survey scored with the version in use and kept with it, and audited. The case's first
 * survey is its baseline unless it is taken at a follow-up, which names the occasion (and holds the answers
 * in its `survey` field).
 */
export async function recordSurvey(
  ctx: Ctx,
  row: CaseRow,
  answers: SurveyAnswers,
  occasion: SurveyOccasion | null,
) {
  const survey = await currentSurvey(ctx.tx);
  const field = occasion === null ? "answers" : "survey";
  const scores = scoreSurvey(survey.definition, survey.version, answers, field);
  const taken = occasion ?? ((await store.hasBaseline(ctx.tx, row.id)) ? "other" : "baseline");
  const created = await store.insertAssessment(ctx.tx, {
    caseId: row.id,
    kind: "sustainability_survey",
    answers,
    scores,
    surveyVersion: survey.version,
    occasion: taken,
    assessedByUserId: ctx.actor.userId,
    assessedByOrganisationId: ctx.actor.organisationId,
    createdAt: ctx.now,
  });
  await recordCaseEvent(ctx, row.id, "assessed", {
    kind: "sustainability_survey",
    assessmentId: created.id,
    occasion: taken,
  });
  await audit(ctx, {
    action: "create",
    recordType: "assessment",
    recordId: created.id,
    personId: row.personId,
    details: { kind: created.kind, occasion: taken },
  });
  return created;
}

export async function addAssessment(ctx: Ctx, caseId: string, input: AssessmentInput) {
  let row = await loadWritableCase(ctx, caseId);
  if (input.kind === "sustainability_survey") return recordSurvey(ctx, row, input.answers, null);
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
  // which answers of a survey are restricted is said by the version it was taken on
  const surveys = restricted
    ? await surveyDefinitions(
        ctx.tx,
        rows.flatMap((a) => (a.surveyVersion === null ? [] : [a.surveyVersion])),
      )
    : new Map();
  const items = rows.map((a) => {
    const typed = { ...a, kind: a.kind as AssessmentKind };
    return restricted
      ? redactAssessment(typed, a.surveyVersion === null ? undefined : surveys.get(a.surveyVersion))
      : { ...typed, redacted: false };
  });
  return { items, total: items.length };
}

/** The latest assessment of each kind asked for, newest first (for eligibility; callers audit their read). */
export async function assessmentsOfCase(ctx: Ctx, caseId: string, kinds: AssessmentKind[]) {
  const rows = await store.assessmentsOf(ctx.tx, caseId, kinds);
  return kinds.flatMap((kind) => rows.filter((r) => r.kind === kind).slice(0, 1));
}
