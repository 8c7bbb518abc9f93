import {
  answer,
  client,
  type QueryOf,
  type RequestBody,
  type Schema,
  type Unchosen,
} from "../../../api/client";

export {
  consentPurposes,
  debtLenders,
  disabilityKinds,
  documentStatuses,
  documentTypes,
  housingStatuses,
  legalStatuses,
  recordRequestStatuses,
  returnTypes,
  sexes,
} from "@homecoming/domain/values";

export type PersonInput = RequestBody<"/api/v1/persons", "post">;
export type MigrationEpisode = PersonInput["migrationEpisodes"] extends (infer E)[] | undefined ? E : never;
export type Skill = NonNullable<PersonInput["skills"]>[number];
export type Debt = NonNullable<PersonInput["debts"]>[number];
export type PersonDocument = NonNullable<PersonInput["documents"]>[number];
export type Household = NonNullable<PersonInput["household"]>;
export type Disability = NonNullable<PersonInput["disability"]>;

export type Person = Schema<"Person">;
/** A row of the returnee search. */
export type PersonSummary = Schema<"PersonSummary">;
export type PossibleDuplicate = Schema<"RegisteredPerson">["possibleDuplicates"][number];
export type DuplicateProbe = RequestBody<"/api/v1/persons/duplicate-check", "post">;
export type Consent = Schema<"Consent">;
export type PersonCase = Schema<"Case">;
export type AuditEvent = Schema<"AuditEvent">;
export type Organisation = Schema<"Organisation">;

/** The orders of the returnee search; relevance only applies to a name search. */
export const personSorts = [
  "relevance",
  "name",
  "-name",
  "-registered",
  "registered",
  "-returned",
  "returned",
] as const;
export type PersonSort = (typeof personSorts)[number];
export type PersonSearch = QueryOf<"/api/v1/persons", "get">;

const path = (id: string) => ({ params: { path: { id } } });

export const searchPersons = (query: PersonSearch) =>
  answer(client.GET("/api/v1/persons", { params: { query } }));
/** Registers a returnee; the form's key makes a double submit or a retry register them once. */
export const registerPerson = (body: PersonInput, idempotencyKey: string) =>
  answer(client.POST("/api/v1/persons", { body, params: { header: { "idempotency-key": idempotencyKey } } }));
export const checkDuplicates = (body: DuplicateProbe) =>
  answer(client.POST("/api/v1/persons/duplicate-check", { body }));
export const fetchPerson = (id: string) => answer(client.GET("/api/v1/persons/{id}", path(id)));
export const fetchConsents = (personId: string) =>
  answer(client.GET("/api/v1/persons/{id}/consents", path(personId)));
type NewConsent = RequestBody<"/api/v1/persons/{id}/consents", "post">;
export const recordConsent = (personId: string, body: Unchosen<NewConsent, "purpose">) =>
  answer(client.POST("/api/v1/persons/{id}/consents", { ...path(personId), body: body as NewConsent }));
export const withdrawConsent = (personId: string, consentId: string, note: string) =>
  answer(
    client.POST("/api/v1/persons/{id}/consents/{consentId}/withdraw", {
      params: { path: { id: personId, consentId } },
      body: { note },
    }),
  );
export const fetchPersonCases = (personId: string, offset: number, limit: number) =>
  answer(client.GET("/api/v1/cases", { params: { query: { personId, offset, limit } } }));
export const openCase = (personId: string, idempotencyKey: string) =>
  answer(
    client.POST("/api/v1/cases", {
      body: { personId },
      params: { header: { "idempotency-key": idempotencyKey } },
    }),
  );
export const fetchAudit = (personId: string, before?: number) =>
  answer(client.GET("/api/v1/audit", { params: { query: { personId, before, limit: 50 } } }));

export type RecordRequestsOfPerson = Schema<"RecordRequestsOfPerson">;
export type IncomingRecordRequest = Schema<"IncomingRecordRequest">;
export type RecordRequestStatus = Schema<"RecordRequestStatus">;

export const fetchRecordRequestsOf = (personId: string) =>
  answer(client.GET("/api/v1/persons/{id}/record-requests", { params: { path: { id: personId } } }));
export const askForRecords = (personId: string, note?: string) =>
  answer(
    client.POST("/api/v1/persons/{id}/record-requests", {
      params: { path: { id: personId } },
      body: note ? { note } : {},
    }),
  );
export const fetchIncomingRecordRequests = (query: QueryOf<"/api/v1/record-requests", "get">) =>
  answer(client.GET("/api/v1/record-requests", { params: { query } }));
export const shareRecord = (id: string, body: RequestBody<"/api/v1/record-requests/{id}/share", "post">) =>
  answer(client.POST("/api/v1/record-requests/{id}/share", { params: { path: { id } }, body }));
export const declineRecordRequest = (id: string, reason: string) =>
  answer(client.POST("/api/v1/record-requests/{id}/decline", { params: { path: { id } }, body: { reason } }));

export type MergePreview = Schema<"MergePreview">;
export type PersonMerge = Schema<"PersonMerge">;

export const fetchDuplicatesOf = (personId: string) =>
  answer(client.GET("/api/v1/persons/{id}/duplicates", { params: { path: { id: personId } } }));
export const markNotSame = (personId: string, otherPersonId: string, note?: string) =>
  answer(
    client.POST("/api/v1/persons/{id}/not-duplicates", {
      params: { path: { id: personId } },
      body: { otherPersonId, ...(note ? { note } : {}) },
    }),
  );
export const fetchMergePreview = (survivorId: string, fromPersonId: string) =>
  answer(
    client.GET("/api/v1/persons/{id}/merge-preview", {
      params: { path: { id: survivorId }, query: { from: fromPersonId } },
    }),
  );
export const mergePersons = (survivorId: string, fromPersonId: string, note?: string) =>
  answer(
    client.POST("/api/v1/persons/{id}/merge", {
      params: { path: { id: survivorId } },
      body: { fromPersonId, ...(note ? { note } : {}) },
    }),
  );
export const fetchMerges = (personId: string) =>
  answer(client.GET("/api/v1/persons/{id}/merges", { params: { path: { id: personId } } }));
export const undoMerge = (mergeId: string, reason: string) =>
  answer(
    client.POST("/api/v1/person-merges/{id}/undo", { params: { path: { id: mergeId } }, body: { reason } }),
  );

export type LinkCandidate = Schema<"LinkCandidate">;
export const fetchReviewQueue = (query: QueryOf<"/api/v1/link-candidates", "get">) =>
  answer(client.GET("/api/v1/link-candidates", { params: { query } }));
export const rescanRegistry = () => answer(client.POST("/api/v1/link-candidates/scan"));

export type SelfRegistration = Schema<"SelfRegistration">;
export const fetchSelfRegistrations = (query: QueryOf<"/api/v1/persons/self-registrations", "get">) =>
  answer(client.GET("/api/v1/persons/self-registrations", { params: { query } }));
export const confirmSelfRegistration = (id: string) =>
  answer(client.POST("/api/v1/persons/{id}/confirm-registration", path(id)));
