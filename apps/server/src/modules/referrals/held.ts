import { desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { referralEvents, referrals } from "../../db/schema";
import { serviceNamesIn } from "../directory/service";
import * as store from "./store";

/** The tables whose rows about a returnee `heldReferrals` gives them (what "my data" covers, checked by a test). */
export const referralTables = [referrals, referralEvents];

/**
 * Every referral made for a returnee (drafts too: they were written about them) with its whole history, for
 * their own copy: the service in their language where it has its words, why it was made, what each side
 * answered and noted. Staff members are not named; organisations are named by id.
 */
export async function heldReferrals(tx: Db, personId: string, language: string) {
  const rows = await tx
    .select()
    .from(referrals)
    .where(eq(referrals.personId, personId))
    .orderBy(desc(referrals.createdAt), referrals.id);
  const events = await store.eventsOf(
    tx,
    rows.map((r) => r.id),
  );
  const names = await serviceNamesIn(
    tx,
    rows.map((r) => r.serviceId),
    language,
  );
  return rows.map((r) => ({
    id: r.id,
    caseId: r.caseId,
    serviceId: r.serviceId,
    serviceName: names.get(r.serviceId)?.name ?? "",
    fromOrganisationId: r.fromOrganisationId,
    toOrganisationId: r.toOrganisationId,
    reason: r.reason,
    urgency: r.urgency,
    consentId: r.consentId,
    status: r.status,
    reasonCode: r.reasonCode,
    outcome: r.outcome,
    dueAt: r.dueAt,
    sentAt: r.sentAt,
    respondedAt: r.respondedAt,
    closedAt: r.closedAt,
    createdAt: r.createdAt,
    events: events
      .filter((e) => e.referralId === r.id)
      .map((e) => ({
        type: e.type,
        at: e.at,
        organisationId: e.actorOrganisationId,
        note: e.note,
        reasonCode: e.reasonCode,
        outcome: e.outcome,
      })),
  }));
}
