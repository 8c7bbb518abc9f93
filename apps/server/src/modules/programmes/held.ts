import { wordsIn } from "@homecoming/domain";
import { desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { businessPlans, enrolments, programmes } from "../../db/schema";

/** The tables whose rows about a returnee `heldEnrolments` gives them (what "my data" covers, checked by a test). */
export const programmeTables = [enrolments, businessPlans];

/**
 * A returnee's applications to programmes (each with the verdict of the rule they were judged by, what was
 * decided and the money given) and the business plans written with them, for their own copy. The programme
 * in their language where it has its words.
 */
export async function heldEnrolments(tx: Db, personId: string, caseIds: string[], language: string) {
  const rows = await tx
    .select({ enrolment: enrolments, name: programmes.name, translations: programmes.translations })
    .from(enrolments)
    .innerJoin(programmes, eq(programmes.id, enrolments.programmeId))
    .where(eq(enrolments.personId, personId))
    .orderBy(desc(enrolments.createdAt), enrolments.id);
  const plans = caseIds.length
    ? await tx
        .select()
        .from(businessPlans)
        .where(inArray(businessPlans.caseId, caseIds))
        .orderBy(desc(businessPlans.createdAt))
    : [];
  return {
    enrolments: rows.map(({ enrolment: e, name, translations }) => ({
      id: e.id,
      caseId: e.caseId,
      programmeId: e.programmeId,
      programmeName: wordsIn({ name }, translations, language).words.name,
      status: e.status,
      verdict: e.verdict,
      note: e.note,
      reason: e.reason,
      appliedByOrganisationId: e.appliedByOrganisationId,
      decidedAt: e.decidedAt,
      startedAt: e.startedAt,
      endedAt: e.endedAt,
      amountGiven: e.amountGiven,
      currency: e.currency,
      createdAt: e.createdAt,
    })),
    businessPlans: plans.map((p) => ({
      id: p.id,
      caseId: p.caseId,
      activity: p.activity,
      sectorIsic: p.sectorIsic,
      currency: p.currency,
      capitalNeeded: p.capitalNeeded,
      ownContribution: p.ownContribution,
      expectedMonthlyIncome: p.expectedMonthlyIncome,
      market: p.market,
      risks: p.risks,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
    })),
  };
}
