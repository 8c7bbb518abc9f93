import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { access, administrators } from "../../http/access";
import { inTx } from "../../http/context";
import { ErrorBody } from "../../http/errors";
import { SmsPage, SmsQuery } from "./schemas";
import { listSmsMessages } from "./service";

export const smsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/sms-messages",
    {
      config: access("sms.read", administrators),
      schema: {
        tags: ["sms"],
        summary:
          "The text messages the system sent or holds (newest first): with no provider configured, the one-time codes wait here for an administrator to pass on",
        querystring: SmsQuery,
        response: { 200: SmsPage, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    (request) => inTx(request, (ctx) => listSmsMessages(ctx, request.query)),
  );
};
