import { purposesAllowingAccess } from "@homecoming/domain";
import { and, inArray, type Placeholder, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { queryRows } from "../../db/client";
import { cases, consents, persons, referrals } from "../../db/schema";
import { type Actor, type Ctx, hasRole } from "../../http/context";

// The access module is the one place outside a module that reads its tables: the visibility of a person is
// a question about cases, referrals and consents at once, and it has to be one SQL condition to filter lists.

function registeredBySql(organisationId: string, personId: AnyPgColumn | SQL) {
  // on the persons table itself the row answers directly; the self-lookup made the planner hash every
  // record the organisation ever registered (a sequential scan of persons) on each name search
  if (personId === persons.id) return sql`${persons.registeredByOrganisationId} = ${organisationId}`;
  return sql`exists (select 1 from ${persons} p where p.id = ${personId} and p.registered_by_organisation_id = ${organisationId})`;
}

function casesLedBySql(organisationId: string, personId: AnyPgColumn | SQL) {
  return sql`exists (select 1 from ${cases} c where c.person_id = ${personId} and c.lead_organisation_id = ${organisationId})`;
}

function openReferralToSql(organisationId: string, personId: AnyPgColumn | SQL) {
  return sql`exists (select 1 from ${referrals} r where r.person_id = ${personId} and r.to_organisation_id = ${organisationId}
    and r.status in ('sent', 'accepted', 'in_progress'))`;
}

/** An active consent for a purpose that opens the record to this organisation. */
function consentCoversSql(organisationId: string, personId: AnyPgColumn | SQL, purposes: readonly string[]) {
  return sql`exists (select 1 from ${consents} k where k.person_id = ${personId}
    and k.organisation_ids @> array[${organisationId}::uuid] and k.withdrawn_at is null
    and (k.expires_at is null or k.expires_at > now())
    and k.purpose in (${sql.join(
      purposes.map((p) => sql`${p}`),
      sql`, `,
    )}))`;
}

/**
 * DESIGN access rule: an organisation sees a person when it leads one of their cases, holds an open
 * referral for them, or is covered by their consent. The registering organisation also sees the record
 * it created, so that a returnee registered at a desk can be found again before a case is opened.
 * Administrators see every record (undefined: no condition); analysts see no personal record at all.
 */
export function visibleToSql(actor: Actor, personId: AnyPgColumn | SQL): SQL | undefined {
  const scope = visibilityScope(actor);
  if (scope.kind === "all") return undefined;
  if (scope.kind === "none") return sql`false`;
  return organisationSeesSql(scope.organisationId, personId);
}

/** Whom the caller sees, in the terms a prepared statement takes: everyone, no one, or an organisation's. */
export type VisibilityScope =
  | { kind: "all" }
  | { kind: "none" }
  | { kind: "organisation"; organisationId: string };

export function visibilityScope(actor: Actor): VisibilityScope {
  if (hasRole(actor, "admin")) return { kind: "all" };
  if (!hasRole(actor, "case_manager", "counsellor", "provider")) return { kind: "none" };
  return { kind: "organisation", organisationId: actor.organisationId };
}

/**
 * The persons an organisation's staff see (the DESIGN rule above), for an organisation given as a value or as
 * a placeholder of a statement built once (`sql.placeholder`).
 */
export function organisationSeesSql(organisation: string | Placeholder, personId: AnyPgColumn | SQL): SQL {
  const org = organisation as string;
  return sql`(${registeredBySql(org, personId)} or ${casesLedBySql(org, personId)}
    or ${openReferralToSql(org, personId)} or ${consentCoversSql(org, personId, purposesAllowingAccess)})`;
}

/**
 * A condition on the persons table wider than the rule, for a search by name to add before it: the
 * organisations that may ever have seen the record (persons.seen_by, kept by the triggers of migration 0025
 * and never narrowed), indexed with the name terms. A search then meets, in the index, only the matches the
 * organisation could see, rather than checking the rule on every namesake in the country. Only a search
 * planned for its own words gains by it: in a statement planned once for any organisation, the planner
 * read every record an organisation had seen from that index to check ten.
 */
export function organisationMayHaveSeenSql(organisationId: string): SQL {
  return sql`${persons.seenBy} @> array[${organisationId}::uuid]`;
}

/** The same for the caller: nothing to add for someone who sees everyone; nothing found for no one. */
export function mayHaveSeenSql(actor: Actor): SQL | undefined {
  const scope = visibilityScope(actor);
  if (scope.kind === "all") return undefined;
  if (scope.kind === "none") return sql`false`;
  return organisationMayHaveSeenSql(scope.organisationId);
}

/** Whether the person exists and the caller may see them (someone who sees everyone: whether they exist). */
export async function canSeePerson(ctx: Ctx, personId: string): Promise<boolean> {
  const visible =
    visibleToSql(ctx.actor, sql`${personId}::uuid`) ??
    sql`exists (select 1 from ${persons} where ${persons.id} = ${personId})`;
  const [row] = await queryRows<{ ok: boolean }>(ctx.tx, sql`select ${visible} as ok`);
  return Boolean(row?.ok);
}

/** Which of these persons the caller may see, in one query. */
export async function visiblePersonIds(ctx: Ctx, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const visible = visibleToSql(ctx.actor, persons.id);
  if (!visible) return new Set(ids);
  const rows = await ctx.tx
    .select({ id: persons.id })
    .from(persons)
    .where(and(inArray(persons.id, ids), visible));
  return new Set(rows.map((r) => r.id));
}

/** The organisation that leads a case of this person (or registered them) answers for their record. */
export async function leadsPerson(ctx: Ctx, personId: string): Promise<boolean> {
  if (hasRole(ctx.actor, "admin")) return true;
  const org = ctx.actor.organisationId;
  const id = sql`${personId}::uuid`;
  const [row] = await queryRows<{ ok: boolean }>(
    ctx.tx,
    sql`select (${registeredBySql(org, id)} or ${casesLedBySql(org, id)}) as ok`,
  );
  return Boolean(row?.ok);
}

/** The DESIGN rule for who works a case: its lead organisation's case managers and counsellors. */
export function isCaseLead(actor: Actor, kase: { leadOrganisationId: string }): boolean {
  return actor.organisationId === kase.leadOrganisationId && hasRole(actor, "case_manager", "counsellor");
}

/** Whether the caller works for this organisation's records as staff: its own staff, or an administrator. */
export function worksFor(actor: Actor, organisationId: string): boolean {
  return (
    hasRole(actor, "admin") ||
    (actor.organisationId === organisationId && hasRole(actor, "case_manager", "counsellor", "provider"))
  );
}

/** Which side of a referral the caller's organisation is on ("both" when it refers to its own service). */
export function sideOf(
  actor: Actor,
  referral: { fromOrganisationId: string; toOrganisationId: string },
): "sender" | "receiver" | "both" | "none" {
  const sender = referral.fromOrganisationId === actor.organisationId;
  const receiver = referral.toOrganisationId === actor.organisationId;
  return sender && receiver ? "both" : sender ? "sender" : receiver ? "receiver" : "none";
}
