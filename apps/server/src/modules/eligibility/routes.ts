import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access, administrators, staff } from "../../http/access";
import { inTx, requireActor } from "../../http/context";
import { errorResponses as errors } from "../../http/errors";
import { IdParams, writeSuccessAsBuilt } from "../../http/schemas";
import { Eligibility, Facts, Preview, PreviewBody } from "./schemas";
import * as service from "./service";

export const eligibilityRoutes: FastifyPluginAsyncZod = async (app) => {
  // one per server: the offer catalogue it read last, kept until the database says it changed
  const offers = service.offerCatalogue();

  app.get(
    "/eligibility/facts",
    {
      config: access("eligibility.facts", "signed_in"),
      schema: {
        tags: ["eligibility"],
        summary: "The returnee facts rules can read: names, meanings, types and values",
        response: { 200: Facts, ...errors },
      },
    },
    async (request) => {
      requireActor(request);
      return service.factsCatalogue();
    },
  );

  app.post(
    "/eligibility/preview",
    {
      config: access("eligibility.preview", administrators, "sees_person"),
      schema: {
        tags: ["eligibility"],
        summary: "Try a rule on one person before saving it: verdict and reasons",
        body: PreviewBody,
        response: { 200: Preview, ...errors },
      },
    },
    async (request) =>
      inTx(request, (ctx) => service.previewRule(ctx, request.body.rule, request.body.personId)),
  );

  app.get(
    "/cases/:id/eligibility",
    {
      config: access("eligibility.of_case", staff, "sees_person"),
      schema: {
        tags: ["eligibility"],
        summary:
          "For every open programme and service: eligible, not eligible or unknown with the reasons; and ranked recommendations per assessed need",
        params: IdParams,
        response: { 200: Eligibility, ...errors },
      },
      serializerCompiler: writeSuccessAsBuilt,
    },
    async (request) => {
      requireActor(request);
      const side = request.server.sideReads;
      const started = side ? offers.read(side, new Date()) : undefined;
      // awaited inside the transaction; a request refused before that never awaits it
      started?.catch(() => {});
      return inTx(request, (ctx) => service.eligibilityOfCase(ctx, request.params.id, offers, started));
    },
  );
};
