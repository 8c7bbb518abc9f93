import type { Ctx } from "../../http/context";
import { insertAudit, listAudit } from "./store";

export type AuditAction =
  | "read"
  | "list"
  | "search"
  | "create"
  | "update"
  | "transition"
  | "withdraw"
  | "close";

export interface AuditEntry {
  action: AuditAction;
  recordType: string;
  recordId: string | null;
  personId?: string | null;
  details?: Record<string, unknown>;
}

/** Every read and write of personal data goes through here, inside the request's transaction. */
export async function audit(ctx: Ctx, ...entries: AuditEntry[]): Promise<void> {
  await insertAudit(
    ctx.tx,
    entries.map((e) => ({
      at: ctx.now,
      actorUserId: ctx.actor.userId,
      actorOrganisationId: ctx.actor.organisationId,
      action: e.action,
      recordType: e.recordType,
      recordId: e.recordId,
      personId: e.personId ?? null,
      reason: ctx.reason ?? null,
      details: e.details ?? {},
      ip: ctx.ip ?? null,
    })),
  );
}

export { listAudit };
