import { linkageLevels } from "@homecoming/domain";
import { z } from "zod";
import { LinkageReason } from "../persons/schemas";

export const NotSameBody = z
  .object({
    otherPersonId: z.uuid("otherPersonId must be a UUID"),
    note: z.string().trim().max(1000).optional(),
  })
  .meta({ id: "NotSamePerson" });

export const LinkVerdict = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    otherPersonId: z.uuid(),
    note: z.string().nullable(),
    createdAt: z.date(),
  })
  .meta({ id: "LinkVerdict" });

export const MergeBody = z
  .object({
    fromPersonId: z.uuid("fromPersonId must be a UUID"),
    note: z.string().trim().max(1000).optional(),
  })
  .meta({ id: "MergeRequest" });

export const MergePreviewQuery = z.object({ from: z.uuid("from must be a UUID") });

const MovedCounts = z.object({
  cases: z.int(),
  referrals: z.int(),
  consents: z.int(),
  enrolments: z.int(),
  episodes: z.int(),
  recordRequests: z.int(),
});

export const MergePreview = z
  .object({
    survivor: z.object({ id: z.uuid(), displayName: z.string() }),
    merged: z.object({ id: z.uuid(), displayName: z.string() }),
    level: z.enum(linkageLevels).nullable().describe("how linkage judges the pair; null below possible"),
    probability: z.number(),
    reasonsFor: z.array(LinkageReason),
    reasonsAgainst: z.array(LinkageReason),
    moves: MovedCounts.extend({
      auditEvents: z.int().describe("events of the merged record, read with the survivor's"),
    }),
    fills: z.array(z.string()).describe("the survivor's empty fields the merged record fills"),
    markedNotSame: z.boolean().describe("someone marked the two as different people; merging withdraws that"),
    conflicts: z.array(z.string()).describe("what stops the merge; it is refused while any is listed"),
  })
  .meta({ id: "MergePreview" });

export const PersonMerge = z
  .object({
    id: z.uuid(),
    survivorId: z.uuid(),
    mergedId: z.uuid(),
    mergedName: z.string(),
    moved: MovedCounts.extend({ heldRecordRequests: z.int(), redirects: z.int() }),
    filled: z.array(z.string()),
    note: z.string().nullable(),
    mergedByUserId: z.uuid().nullable(),
    mergedByOrganisationId: z.uuid(),
    mergedByOrganisationName: z.string().optional(),
    createdAt: z.date(),
    undoneAt: z.date().nullable(),
    undoReason: z.string().nullable(),
  })
  .meta({ id: "PersonMerge" });

export const UndoMergeBody = z
  .object({
    reason: z
      .string({ error: "reason is required" })
      .trim()
      .min(3, "reason: say why the merge is undone")
      .max(1000),
  })
  .meta({ id: "UndoMerge" });

export const ReviewQueueQuery = z.object({
  level: z.enum(linkageLevels).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

const PairRecord = z.object({
  id: z.uuid(),
  displayName: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  nameNative: z.string().nullable(),
  birthDate: z.string().nullable(),
  birthYear: z.int32().nullable(),
  sex: z.string(),
  phone: z.string().nullable(),
  nationalId: z.string().nullable(),
  passportNumber: z.string().nullable(),
  adminAreaCode: z.string(),
  address: z.string().nullable(),
  registeredAt: z.date(),
  registeredBy: z.string().nullable().describe("the organisation that registered the record"),
});

export const LinkCandidate = z
  .object({
    id: z.uuid(),
    level: z.enum(linkageLevels),
    probability: z.number(),
    reasonsFor: z.array(LinkageReason),
    reasonsAgainst: z.array(LinkageReason),
    foundAt: z.date(),
    records: z.array(PairRecord).length(2),
  })
  .meta({ id: "LinkCandidate" });

export const LinkageScan = z
  .object({
    parametersVersion: z.string(),
    personsRead: z.int(),
    pairsFound: z.int(),
    startedAt: z.date(),
    finishedAt: z.date().nullable(),
  })
  .meta({ id: "LinkageScan" });

export const ReviewQueue = z
  .object({
    items: z.array(LinkCandidate),
    total: z.int(),
    scan: LinkageScan.nullable().describe(
      "where the scan of the whole registry stands; null before the first",
    ),
  })
  .meta({ id: "ReviewQueue" });
