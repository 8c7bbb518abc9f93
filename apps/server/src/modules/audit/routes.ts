import { forbidden, validation } from "@homecoming/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { inTx } from "../../http/context";
import { ErrorBody } from "../../http/errors";
import { leadsPerson } from "../persons/access";
import { listAudit } from "./service";

const AuditEvent = z
  .object({
    seq: z.number().int(),
    at: z.date(),
    actorUserId: z.uuid().nullable(),
    actorOrganisationId: z.uuid().nullable(),
    action: z.string(),
    recordType: z.string(),
    recordId: z.uuid().nullable(),
    personId: z.uuid().nullable(),
    reason: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "AuditEvent" });

const AuditQuery = z.object({
  recordId: z.uuid().optional(),
  personId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().positive().optional(),
});

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/audit",
    {
      schema: {
        tags: ["audit"],
        summary: "Who read or changed a record (administrators and the lead organisation); newest first",
        querystring: AuditQuery,
        response: {
          200: z.object({ items: z.array(AuditEvent), nextBefore: z.number().int().nullable() }),
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
        },
      },
    },
    (request) =>
      inTx(request, async (ctx) => {
        const { recordId, personId, limit, before } = request.query;
        if (!recordId && !personId) throw validation("recordId or personId is required", "recordId");
        const items = await listAudit(ctx.tx, { recordId, personId, before, limit });
        const people = new Set([
          ...(personId ? [personId] : []),
          ...items.map((i) => i.personId).filter((p) => p !== null),
        ]);
        for (const p of people) {
          if (!(await leadsPerson(ctx, p))) {
            throw forbidden("Only administrators and the lead organisation may read this record's audit");
          }
        }
        if (!people.size && !ctx.actor.roles.includes("admin")) {
          throw forbidden("Only administrators may read the audit of records without a person");
        }
        return { items, nextBefore: items.length === limit ? items.at(-1)!.seq : null };
      }),
  );
};
