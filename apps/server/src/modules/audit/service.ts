import { validation } from "@homecoming/domain";
import type { Db } from "../../db/client";
import type { Ctx, OpenCtx, ReturneeCtx } from "../../http/context";
import type { AuditQuery } from "./schemas";
import { auditEventExists, insertAudit, listAudit, mergedInto } from "./store";

export type AuditAction =
  | "read"
  | "list"
  | "search"
  | "create"
  | "update"
  | "transition"
  | "withdraw"
  | "close"
  | "merge"
  | "unmerge"
  | "not_duplicate";

export interface AuditEntry {
  action: AuditAction;
  recordType: string;
  recordId: string | null;
  personId?: string | null;
  /** The persons a list, search or notification showed: each one's trail names this read. */
  personIds?: readonly string[];
  details?: Record<string, unknown>;
}

/** Every read and write of personal data goes through here, inside the request's transaction. */
export async function audit(ctx: Ctx, ...entries: AuditEntry[]): Promise<void> {
  await auditOpen(ctx, ...entries);
}

/** The same for a route open to anyone: an event without an actor is someone who was not signed in. */
export async function auditOpen(
  ctx: OpenCtx & { reason?: string | undefined },
  ...entries: AuditEntry[]
): Promise<void> {
  await insertAudit(
    ctx.tx,
    entries.map((e) => ({
      at: ctx.now,
      actorUserId: ctx.actor?.userId ?? null,
      actorOrganisationId: ctx.actor?.organisationId ?? null,
      action: e.action,
      recordType: e.recordType,
      recordId: e.recordId,
      personId: e.personId ?? null,
      personIds: [...new Set(e.personIds ?? [])],
      reason: ctx.reason ?? null,
      details: e.details ?? {},
      ip: ctx.ip ?? null,
    })),
  );
}

/**
 * The same for a returnee acting on their own record on the portal: no user or organisation acts, and the
 * event names the returnee's account, so that their own access log says "you".
 */
export async function auditByReturnee(
  ctx: { tx: Db; now: Date; ip: string | undefined; returnee: { accountId: string } },
  ...entries: AuditEntry[]
): Promise<void> {
  await insertAudit(
    ctx.tx,
    entries.map((e) => ({
      at: ctx.now,
      actorUserId: null,
      actorOrganisationId: null,
      action: e.action,
      recordType: e.recordType,
      recordId: e.recordId,
      personId: e.personId ?? null,
      personIds: [...new Set(e.personIds ?? [])],
      reason: null,
      details: { ...e.details, returneeAccountId: ctx.returnee.accountId },
      ip: ctx.ip ?? null,
    })),
  );
}

/** Audits as whoever acts in this request: a member of staff, or a returnee on their own record. */
export async function auditAs(ctx: Ctx | ReturneeCtx, ...entries: AuditEntry[]): Promise<void> {
  if ("returnee" in ctx) await auditByReturnee(ctx, ...entries);
  else await audit(ctx, ...entries);
}

/** Who acts, as an event's actor columns: nobody on staff when a returnee acts on their own record. */
export function actingStaff(ctx: Ctx | ReturneeCtx): {
  userId: string | null;
  organisationId: string | null;
} {
  return "returnee" in ctx
    ? { userId: null, organisationId: null }
    : { userId: ctx.actor.userId, organisationId: ctx.actor.organisationId };
}

/**
 * One page of the trail of a record or a person, newest first (sort=-at, paged on with before) or oldest
 * first (sort=at, paged on with after). Who may read it is the route's check on the people it names.
 */
export async function auditTrail(ctx: Ctx, query: AuditQuery) {
  if (!query.recordId && !query.personId) throw validation("audit.record_or_person", {}, "recordId");
  for (const field of ["before", "after"] as const) {
    const seq = query[field];
    if (seq !== undefined && !(await auditEventExists(ctx.tx, seq))) {
      throw validation("audit.unknown_event", { seq }, field);
    }
  }
  const mergedIds = query.personId ? await mergedInto(ctx.tx, query.personId) : [];
  const rows = await listAudit(ctx.tx, { ...query, mergedIds });
  const last = rows.length === query.limit ? rows.at(-1)!.seq : null;
  // in a person's trail, a list that showed them names them alone: not who else it showed, nor what was typed
  const self = new Set([query.personId, ...mergedIds]);
  const items = query.personId
    ? rows.map((r) =>
        self.has(r.personId ?? undefined) || r.personIds.length === 0
          ? r
          : { ...r, personIds: r.personIds.filter((p) => self.has(p)), details: {} },
      )
    : rows;
  return {
    /** records merged into the person, whose events the trail holds as the person's own */
    mergedIds,
    items,
    nextBefore: query.sort.direction === "desc" ? last : null,
    nextAfter: query.sort.direction === "asc" ? last : null,
  };
}

/**
 * One page of a returnee's access log, newest first: every read and change of their record (and of records
 * merged into it), and every list that showed them, as who acted (their organisation, or the returnee), what
 * and when. What a list showed of others, what was typed and from where are left out.
 */
export async function accessLogOf(
  db: Db,
  personId: string,
  page: { before?: number | undefined; limit: number },
) {
  if (page.before !== undefined && !(await auditEventExists(db, page.before)))
    throw validation("audit.unknown_event", { seq: page.before }, "before");
  const mergedIds = await mergedInto(db, personId);
  const rows = await listAudit(db, {
    personId,
    mergedIds,
    before: page.before,
    sort: { field: "at", direction: "desc" },
    limit: page.limit,
  });
  return {
    items: rows.map((r) => ({
      seq: r.seq,
      at: r.at,
      byReturnee: typeof r.details.returneeAccountId === "string",
      actorUserId: r.actorUserId,
      organisationId: r.actorOrganisationId,
      action: r.action,
      recordType: r.recordType,
      reason: r.reason,
    })),
    nextBefore: rows.length === page.limit ? rows.at(-1)!.seq : null,
  };
}
