import { PersonInput } from "@homecoming/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { access, caseWorkers, staff } from "../../http/access";
import { inTx } from "../../http/context";
import { errorResponses as errors } from "../../http/errors";
import { IdParams, listOf, Paging } from "../../http/schemas";
import * as requests from "./record-requests";
import {
  AskForRecordsBody,
  ConfirmedRegistration,
  Consent,
  ConsentInput,
  ConsentParams,
  DeclineRecordBody,
  DuplicateCheckBody,
  DuplicateCheckResult,
  IncomingRecordRequest,
  Person,
  PersonList,
  PersonQuery,
  PersonUpdate,
  RecordRequestQuery,
  RecordRequestStatus,
  RecordRequestsOfPerson,
  RegisteredPerson,
  SelfRegistrationList,
  ShareRecordBody,
  WithdrawConsentBody,
  WithdrawnConsent,
} from "./schemas";
import { confirmSelfRegistration, selfRegistrationsToConfirm } from "./self-registration";
import * as service from "./service";

export const personRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/persons",
    {
      config: access("person.register", caseWorkers),
      schema: {
        tags: ["persons"],
        summary: "Register a returnee; the answer lists possible duplicates",
        body: PersonInput,
        response: { 201: RegisteredPerson, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await inTx(request, (ctx) => service.registerPerson(ctx, request.body))),
  );
  app.post(
    "/persons/duplicate-check",
    {
      config: access("person.duplicate_check", caseWorkers),
      schema: {
        tags: ["persons"],
        summary:
          "Possible earlier registrations of the identity being typed; stores no person, audits which records were shown",
        body: DuplicateCheckBody,
        response: { 200: DuplicateCheckResult, ...errors },
      },
    },
    (request) => inTx(request, (ctx) => service.checkDuplicates(ctx, request.body)),
  );
  app.get(
    "/persons",
    {
      config: access("person.search", staff, "sees_person"),
      schema: {
        tags: ["persons"],
        summary:
          "Search returnees the caller may see, by name (similarity), phone or national ID / passport, sorted and paged",
        querystring: PersonQuery,
        response: { 200: PersonList, ...errors },
      },
    },
    (request) => inTx(request, (ctx) => service.searchPersons(ctx, request.query)),
  );
  app.get(
    "/persons/self-registrations",
    {
      config: access("person.self_registrations", caseWorkers, "person_lead"),
      schema: {
        tags: ["persons"],
        summary:
          "Returnees who registered themselves on the portal with the caller's organisation and wait to be confirmed, oldest first, each with its possible duplicates",
        querystring: Paging,
        response: { 200: SelfRegistrationList, ...errors },
      },
    },
    (request) => inTx(request, (ctx) => selfRegistrationsToConfirm(ctx, request.query)),
  );
  app.post(
    "/persons/:id/confirm-registration",
    {
      config: access("person.confirm_registration", caseWorkers, "person_lead"),
      schema: {
        tags: ["persons"],
        summary:
          "Confirm a returnee's self-registration: the record is theirs and not a duplicate (merge a duplicate instead)",
        params: IdParams,
        response: { 200: ConfirmedRegistration, ...errors },
      },
    },
    (request) => inTx(request, (ctx) => confirmSelfRegistration(ctx, request.params.id)),
  );
  app.get(
    "/persons/:id",
    {
      config: access("person.read", staff, "sees_person"),
      schema: {
        tags: ["persons"],
        summary:
          "A returnee's record; a record merged into another answers with that one (its id says which)",
        params: IdParams,
        response: { 200: Person, ...errors },
      },
    },
    (request) => inTx(request, (ctx) => service.getPerson(ctx, request.params.id)),
  );
  app.patch(
    "/persons/:id",
    {
      config: access("person.update", caseWorkers, "person_lead"),
      schema: {
        tags: ["persons"],
        summary: "Change a profile; send the version you read (409 when it is stale)",
        params: IdParams,
        body: PersonUpdate,
        response: { 200: Person, ...errors },
      },
    },
    (request) => inTx(request, (ctx) => service.updatePerson(ctx, request.params.id, request.body)),
  );
  app.get(
    "/persons/:id/consents",
    {
      config: access("consent.list", staff, "sees_person"),
      schema: { tags: ["consents"], params: IdParams, response: { 200: listOf(Consent), ...errors } },
    },
    (request) => inTx(request, (ctx) => service.listConsents(ctx, request.params.id)),
  );
  app.post(
    "/persons/:id/consents",
    {
      config: access("consent.record", caseWorkers, "person_lead"),
      schema: {
        tags: ["consents"],
        summary: "Record a consent given by the returnee",
        params: IdParams,
        body: ConsentInput,
        response: { 201: Consent, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await inTx(request, (ctx) => service.recordConsent(ctx, request.params.id, request.body))),
  );
  app.post(
    "/persons/:id/consents/:consentId/withdraw",
    {
      config: access("consent.withdraw", caseWorkers, "person_lead"),
      schema: {
        tags: ["consents"],
        summary: "Record that the returnee withdrew a consent",
        params: ConsentParams,
        body: WithdrawConsentBody,
        response: { 200: WithdrawnConsent, ...errors },
      },
    },
    (request) =>
      inTx(request, (ctx) =>
        service.withdrawConsent(ctx, request.params.id, request.params.consentId, request.body?.note),
      ),
  );

  // asking the holder of a possible match to share it (record-requests.ts)
  app.get(
    "/persons/:id/record-requests",
    {
      config: access("record_request.list", caseWorkers, "person_lead"),
      schema: {
        tags: ["record requests"],
        summary: "Possible matches held elsewhere (counted) and the requests sent to their holders",
        params: IdParams,
        response: { 200: RecordRequestsOfPerson, ...errors },
      },
    },
    (request) => inTx(request, (ctx) => requests.recordRequestsOfPerson(ctx, request.params.id)),
  );
  app.post(
    "/persons/:id/record-requests",
    {
      config: access("record_request.create", caseWorkers, "person_lead"),
      schema: {
        tags: ["record requests"],
        summary:
          "Ask the holders of the possible matches held elsewhere to share them (409 when none is left to ask)",
        params: IdParams,
        body: AskForRecordsBody,
        response: { 201: RecordRequestsOfPerson, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await inTx(request, (ctx) => requests.askForRecords(ctx, request.params.id, request.body?.note)),
        ),
  );
  app.get(
    "/record-requests",
    {
      config: access("record_request.inbox", caseWorkers),
      schema: {
        tags: ["record requests"],
        summary: "Requests to share a record, addressed to the caller's organisation (administrators: all)",
        querystring: RecordRequestQuery,
        response: { 200: listOf(IncomingRecordRequest), ...errors },
      },
    },
    (request) => inTx(request, (ctx) => requests.incomingRecordRequests(ctx, request.query)),
  );
  const Decided = z
    .object({ id: z.uuid(), status: RecordRequestStatus, consentId: z.uuid().nullable() })
    .meta({ id: "DecidedRecordRequest" });
  app.post(
    "/record-requests/:id/share",
    {
      config: access("record_request.share", caseWorkers, "person_lead"),
      schema: {
        tags: ["record requests"],
        summary:
          "Share the record: records the returnee's data-sharing consent naming the asking organisation",
        params: IdParams,
        body: ShareRecordBody,
        response: { 200: Decided, ...errors },
      },
    },
    (request) => inTx(request, (ctx) => requests.shareRecord(ctx, request.params.id, request.body)),
  );
  app.post(
    "/record-requests/:id/decline",
    {
      config: access("record_request.decline", caseWorkers, "person_lead"),
      schema: {
        tags: ["record requests"],
        summary: "Decline to share, with a reason the asking organisation reads",
        params: IdParams,
        body: DeclineRecordBody,
        response: { 200: Decided, ...errors },
      },
    },
    (request) =>
      inTx(request, (ctx) => requests.declineRecordRequest(ctx, request.params.id, request.body.reason)),
  );
};
