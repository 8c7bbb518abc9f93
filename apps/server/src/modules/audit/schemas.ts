import { z } from "zod";
import { sortParam } from "../../http/schemas";

export const AuditEvent = z
  .object({
    seq: z.int(),
    at: z.date(),
    actorUserId: z.uuid().nullable(),
    actorOrganisationId: z.uuid().nullable(),
    action: z.string(),
    recordType: z.string(),
    recordId: z.uuid().nullable(),
    personId: z.uuid().nullable(),
    personIds: z.array(z.uuid()).meta({
      description:
        "the persons a list, search or notification showed; in a person's trail, that person alone",
    }),
    reason: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "AuditEvent" });

export const auditSortFields = ["at"] as const;
export type AuditSortField = (typeof auditSortFields)[number];

const Seq = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const AuditQuery = z.object({
  recordId: z.uuid().optional(),
  personId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  sort: sortParam<AuditSortField>(auditSortFields, "-at").describe(
    "-at (newest first, the default) or at (oldest first)",
  ),
  before: Seq.optional().describe(
    "only events that happened before the event with this seq: the nextBefore of the previous page",
  ),
  after: Seq.optional().describe(
    "only events that happened after the event with this seq: the nextAfter of the previous page",
  ),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPage = z.object({
  items: z.array(AuditEvent),
  nextBefore: z
    .int()
    .nullable()
    .meta({ description: "newest first: pass as before for the next page; null on the last page" }),
  nextAfter: z
    .int()
    .nullable()
    .meta({ description: "oldest first: pass as after for the next page; null on the last page" }),
});
