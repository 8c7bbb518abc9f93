import { purposesAllowingAccess } from "@homecoming/domain";
import { and, inArray, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { queryRows } from "../../db/client";
import { persons } from "../../db/schema";
import { type Actor, type Ctx, hasRole } from "../../http/context";
import { casesLedBySql } from "../cases/store";
import { openReferralToSql } from "../referrals/store";
import { consentCoversSql, registeredBySql } from "./store";

/**
 * DESIGN access rule: an organisation sees a person when it leads one of their cases, holds an open
 * referral for them, or is covered by their consent. The registering organisation also sees the record
 * it created, so that a returnee registered at a desk can be found again before a case is opened.
 * Administrators see every record; analysts see no personal record at all.
 */
export function visibleToSql(actor: Actor, personId: AnyPgColumn | SQL): SQL | undefined {
  if (hasRole(actor, "admin")) return undefined;
  if (!hasAnyStaffRole(actor)) return sql`false`;
  const org = actor.organisationId;
  return sql`(${registeredBySql(org, personId)} or ${casesLedBySql(org, personId)}
    or ${openReferralToSql(org, personId)} or ${consentCoversSql(org, personId, purposesAllowingAccess)})`;
}

function hasAnyStaffRole(actor: Actor) {
  return hasRole(actor, "case_manager", "counsellor", "provider");
}

export async function canSeePerson(ctx: Ctx, personId: string): Promise<boolean> {
  const visible = visibleToSql(ctx.actor, sql`${personId}::uuid`);
  if (!visible) return true;
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
