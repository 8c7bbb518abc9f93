import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access, caseWorkers } from "../../http/access";
import { inTx } from "../../http/context";
import { ErrorBody } from "../../http/errors";
import { requireAdministrator, requirePersonLead } from "../access";
import { AuditPage, AuditQuery } from "./schemas";
import { auditTrail } from "./service";

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/audit",
    {
      config: access("audit.read", caseWorkers, "person_lead"),
      schema: {
        tags: ["audit"],
        summary: "Who read or changed a record (administrators and the lead organisation); newest first",
        querystring: AuditQuery,
        response: {
          200: AuditPage,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
        },
      },
    },
    (request) =>
      inTx(request, async (ctx) => {
        const { mergedIds, ...page } = await auditTrail(ctx, request.query);
        const { personId } = request.query;
        // a record merged into the person is the person: leading the survivor is leading it
        const people = new Set([
          ...(personId ? [personId] : []),
          ...page.items
            .flatMap((i) => [i.personId, ...i.personIds])
            .filter((p): p is string => p !== null && !mergedIds.includes(p)),
        ]);
        for (const p of people) await requirePersonLead(ctx, p, "audit.lead_reads");
        if (!people.size) requireAdministrator(ctx, "audit.admin_reads");
        return page;
      }),
  );
};
