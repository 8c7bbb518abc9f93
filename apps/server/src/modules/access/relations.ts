import {
  type FeedbackSide,
  feedbackSideOf,
  forbidden,
  notFound,
  type PlainErrorKey,
} from "@homecoming/domain";
import type { SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Relation } from "../../http/access";
import { type Ctx, hasRole, type ReturneeCtx } from "../../http/context";
import {
  canSeePerson,
  isCaseLead,
  leadsPerson,
  mayHaveSeenSql,
  sideOf,
  type VisibilityScope,
  visibilityScope,
  visibleToSql,
} from "./visibility";

/**
 * Records that the request checked a relation, refusing one its route does not name: the declaration on the
 * route is what is enforced, never a choice made inside a service. Seeing the person is the first step of
 * every other relation, so a route naming any relation may check it on the way.
 */
function note(ctx: { access: Ctx["access"]; checked: Ctx["checked"] }, relation: Relation) {
  const named = ctx.access.relations;
  const allowed = named.includes(relation) || (relation === "sees_person" && named.length > 0);
  if (!allowed) throw new Error(`${ctx.access.action} checks ${relation}, which its route does not name`);
  ctx.checked.add(relation);
}

/** The SQL condition for persons (or rows of persons) the caller may see; undefined for administrators. */
export function personVisibility(ctx: Ctx, personId: AnyPgColumn | SQL): SQL | undefined {
  note(ctx, "sees_person");
  return visibleToSql(ctx.actor, personId);
}

/**
 * For a search by name, beside personVisibility: the index-backed condition wider than the rule
 * (persons.seen_by) that lets the search skip in its index what the caller could never see.
 */
export function personSearchNarrowing(ctx: Ctx): SQL | undefined {
  note(ctx, "sees_person");
  return mayHaveSeenSql(ctx.actor);
}

/** Whom the caller sees, for a statement built once that takes the organisation as a value. */
export function personVisibilityScope(ctx: Ctx): VisibilityScope {
  note(ctx, "sees_person");
  return visibilityScope(ctx.actor);
}

export async function seesPerson(ctx: Ctx, personId: string): Promise<boolean> {
  note(ctx, "sees_person");
  return canSeePerson(ctx, personId);
}

/** A person the caller may not see is not found (404), so that existence does not leak. */
export async function requireVisiblePerson(ctx: Ctx, personId: string) {
  if (!(await seesPerson(ctx, personId))) throw notFound("person.not_found");
}

/** The lead organisation's case workers (and administrators) go on; `refusal` says what the others may not do. */
export async function requirePersonLead(ctx: Ctx, personId: string, refusal: PlainErrorKey) {
  note(ctx, "person_lead");
  if (!(await leadsPerson(ctx, personId))) throw forbidden(refusal);
}

/** Whether the caller works this case (lead organisation's case worker or administrator), as a check. */
export function isCaseLeadOrAdmin(ctx: Ctx, kase: { leadOrganisationId: string }): boolean {
  return hasRole(ctx.actor, "admin") || isCaseLead(ctx.actor, kase);
}

export function requireCaseLead(
  ctx: Ctx,
  kase: { leadOrganisationId: string },
  refusal: PlainErrorKey = "case.lead_changes",
) {
  note(ctx, "case_lead");
  if (!isCaseLeadOrAdmin(ctx, kase)) throw forbidden(refusal);
}

/** Which side of a referral the caller's organisation is on, as a check of the route's relation. */
export function referralSideOf(ctx: Ctx, referral: { fromOrganisationId: string; toOrganisationId: string }) {
  note(ctx, "referral_party");
  return sideOf(ctx.actor, referral);
}

export function requireProgrammeOwner(
  ctx: Ctx,
  programme: { ownerOrganisationId: string; name: string },
  refusal: "programme.owner_lists",
) {
  note(ctx, "programme_owner");
  if (!ownsProgramme(ctx, programme)) throw forbidden(refusal, { programme: programme.name });
}

export function ownsProgramme(ctx: Ctx, programme: { ownerOrganisationId: string }) {
  return hasRole(ctx.actor, "admin") || programme.ownerOrganisationId === ctx.actor.organisationId;
}

/** Checks a programme-owner-or-case-lead route: true when the caller owns the programme. */
export function checkProgrammeOwnerOrCaseLead(
  ctx: Ctx,
  programme: { ownerOrganisationId: string },
  kase: { leadOrganisationId: string } | undefined,
): { owner: boolean; caseLead: boolean } {
  note(ctx, "programme_owner");
  note(ctx, "case_lead");
  return {
    owner: ownsProgramme(ctx, programme),
    caseLead: kase !== undefined && isCaseLeadOrAdmin(ctx, kase),
  };
}

export function inOwnOrganisation(ctx: Ctx, organisationId: string): boolean {
  note(ctx, "own_organisation");
  return hasRole(ctx.actor, "admin") || organisationId === ctx.actor.organisationId;
}

/** A record of another organisation is out of reach, except for administrators. */
export function requireOwnOrganisation(ctx: Ctx, organisationId: string, refusal: PlainErrorKey) {
  if (!inOwnOrganisation(ctx, organisationId)) throw forbidden(refusal);
}

/** The organisation a list is limited to: the caller's own, or any (undefined) for administrators. */
export function ownOrganisationScope(ctx: Ctx): string | undefined {
  note(ctx, "own_organisation");
  return hasRole(ctx.actor, "admin") ? undefined : ctx.actor.organisationId;
}

/**
 * For a record that no organisation owns (an audit trail without a person, say): only administrators, who
 * pass every relation, may go on.
 */
export function requireAdministrator(ctx: Ctx, refusal: PlainErrorKey) {
  if (!hasRole(ctx.actor, "admin")) throw forbidden(refusal);
  for (const relation of ctx.access.relations) note(ctx, relation);
}

/** The organisation whose cases a case worker's own lists hold: the one they work for. */
export function leadOrganisationScope(ctx: Ctx): string {
  note(ctx, "case_lead");
  return ctx.actor.organisationId;
}

/** The organisation whose referrals (sent or received) a list holds; administrators may see every one. */
export function referralPartyScope(ctx: Ctx): { organisationId: string; everyOrganisation: boolean } {
  note(ctx, "referral_party");
  return { organisationId: ctx.actor.organisationId, everyOrganisation: hasRole(ctx.actor, "admin") };
}

/** Who the caller is to a feedback or grievance (domain's feedbackSideOf), as a check of the route's relation. */
export function feedbackSide(
  ctx: Ctx,
  f: {
    handlingOrganisationId: string | null;
    concernedOrganisationId: string | null;
    concernedReads: boolean;
  },
): FeedbackSide {
  note(ctx, "feedback_party");
  return feedbackSideOf({ organisationId: ctx.actor.organisationId, admin: hasRole(ctx.actor, "admin") }, f);
}

/** The organisation whose feedback and grievances (handled, or about it) a list holds; administrators: all. */
export function feedbackPartyScope(ctx: Ctx): { organisationId: string; everyOrganisation: boolean } {
  note(ctx, "feedback_party");
  return { organisationId: ctx.actor.organisationId, everyOrganisation: hasRole(ctx.actor, "admin") };
}

/**
 * The signed-in returnee's own record (null before they gave their consent and profile): the one record a
 * returnee's route reaches.
 */
export function ownRecord(ctx: ReturneeCtx): string | null {
  note(ctx, "returnee_self");
  return ctx.returnee.personId;
}

/** The organisation whose registrations a list holds (the caller's own); administrators: every one. */
export function registeringOrganisationScope(ctx: Ctx): {
  organisationId: string;
  everyOrganisation: boolean;
} {
  note(ctx, "person_lead");
  return { organisationId: ctx.actor.organisationId, everyOrganisation: hasRole(ctx.actor, "admin") };
}
