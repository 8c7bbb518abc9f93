import {
  ConsentInput,
  ConsentPurpose,
  Debt,
  Disability,
  Education,
  Household,
  Housing,
  issueKey,
  linkageLevels,
  MigrationEpisode,
  PersonDocument,
  PersonPatch,
  PhoneText,
  ReturneeNeed,
  recordRequestStatuses,
  Sex,
  Skill,
} from "@homecoming/domain";
import { z } from "zod";
import { cappedListOf, listOf, Paging, textMatchSort } from "../../http/schemas";

export const PersonEpisode = MigrationEpisode.meta({ id: "MigrationEpisode" });

/** One piece of evidence for or against two records being one person. */
export const LinkageReason = z
  .object({
    code: z.string().meta({ description: "comparison and level, e.g. name.phonetic, birth.swapped" }),
    weight: z.number().meta({ description: "log2 likelihood ratio: positive for, negative against" }),
    text: z.string().meta({ description: "the reason in English words" }),
    detail: z.string().optional().meta({ description: "what agreed or differed, e.g. Md. = Muhammad" }),
  })
  .meta({ id: "LinkageReason" });

/** An earlier registration the caller may see that may be the same returnee. */
export const PossibleDuplicate = z
  .object({
    personId: z.uuid(),
    displayName: z.string(),
    level: z.enum(linkageLevels),
    probability: z.number().min(0).max(1),
    reasonsFor: z.array(LinkageReason),
    reasonsAgainst: z.array(LinkageReason),
  })
  .meta({ id: "PossibleDuplicate" });

/** Matches held by organisations the caller does not share the record with: counted, never named. */
export const HeldElsewhere = z
  .object({
    count: z.int().min(0),
    message: z
      .string()
      .meta({ description: "what the count means and how to ask for the record; empty for 0" }),
  })
  .meta({ id: "HeldElsewhere" });

export const Person = z
  .object({
    id: z.uuid(),
    givenName: z.string(),
    familyName: z.string(),
    nameNative: z.string().nullable(),
    birthDate: z.string().nullable(),
    birthYear: z.int32().nullable(),
    sex: Sex,
    genderIdentity: z.string().optional(),
    nationalId: z.string().nullable(),
    passportNumber: z.string().nullable(),
    phone: z.string().nullable(),
    adminAreaCode: z.string(),
    address: z.string().optional(),
    languages: z.array(z.string()).optional(),
    disability: Disability.optional(),
    household: Household.optional(),
    education: Education.optional(),
    skills: z.array(Skill).optional(),
    debts: z.array(Debt).optional(),
    documents: z.array(PersonDocument).optional(),
    housing: Housing.optional(),
    migrationEpisodes: z.array(PersonEpisode),
    registeredByOrganisationId: z.uuid().nullable(),
    selfRegisteredAt: z.date().nullable().meta({
      description: "when the returnee registered themself on the portal; null when staff registered them",
    }),
    confirmedAt: z
      .date()
      .nullable()
      .meta({ description: "when the registering MRC confirmed a self-registration" }),
    statedNeeds: z
      .array(ReturneeNeed)
      .optional()
      .meta({ description: "the needs the returnee named when registering themself" }),
    mergedIntoId: z.uuid().nullable().describe("set when this record was merged into another"),
    version: z.int32(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: "Person" });

export const RegisteredPerson = Person.extend({
  possibleDuplicates: z.array(PossibleDuplicate),
  heldElsewhere: HeldElsewhere,
}).meta({
  id: "RegisteredPerson",
});

export const PersonSummary = Person.pick({
  id: true,
  givenName: true,
  familyName: true,
  nameNative: true,
  birthDate: true,
  birthYear: true,
  sex: true,
  phone: true,
  adminAreaCode: true,
  createdAt: true,
})
  .extend({
    score: z.number().optional(),
    returnedOn: z.string().nullable().meta({ description: "the latest end date of a stay abroad" }),
  })
  .meta({ id: "PersonSummary" });

export const PersonList = cappedListOf(
  PersonSummary,
  "1,000 for a search by name: the items are then the best of the first matches found",
).meta({ id: "PersonList" });

export const personSortFields = ["relevance", "name", "registered", "returned"] as const;
export type PersonSortField = (typeof personSortFields)[number];

// the default order depends on q: the best match first for a name search, the newest registrations otherwise

export const PersonQuery = Paging.extend({
  q: z.string().trim().min(2, "q must have at least 2 characters").max(200).optional(),
  phone: PhoneText.optional(),
  nationalId: z.string().trim().max(32).optional(),
  sort: z
    .string()
    .optional()
    .meta({
      description:
        "name (family, then given name), registered or returned (latest return), ascending, or with a leading - " +
        "descending; relevance (only with q) lists the best match first. Default: relevance with q, -registered without",
    }),
}).transform(
  textMatchSort(
    personSortFields,
    "-registered",
    "sort by relevance needs a name to match (q); without q sort by name, registered or returned",
  ),
);
export type PersonQuery = z.infer<typeof PersonQuery>;

export const PersonUpdate = z.intersection(
  PersonPatch,
  z.object({ version: z.int32().min(1, "version is required for an update") }),
);

export const Consent = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    purpose: ConsentPurpose,
    organisationIds: z.array(z.uuid()),
    note: z.string().nullable(),
    givenAt: z.date(),
    expiresAt: z.date().nullable(),
    withdrawnAt: z.date().nullable(),
    withdrawalNote: z.string().nullable(),
    recordedByUserId: z.uuid().nullable(),
    recordedByOrganisationId: z.uuid().nullable(),
    active: z.boolean(),
  })
  .meta({ id: "Consent" });

export const WithdrawnConsent = Consent.extend({
  referralsSuspended: z.int().min(0).meta({
    description: "referrals that rested on this consent alone and are now suspended until a new consent",
  }),
}).meta({ id: "WithdrawnConsent" });

export { ConsentInput };

export const WithdrawConsentBody = z.object({ note: z.string().trim().max(1000).optional() }).default({});
export const ConsentParams = z.object({
  id: z.uuid("id must be a UUID"),
  consentId: z.uuid("consentId must be a UUID"),
});

/** What the registration form has typed so far; loose on purpose, since the form is half filled. */
export const DuplicateCheckBody = z
  .object({
    givenName: z.string({ error: "givenName is required" }).trim().min(1, "givenName is required").max(100),
    familyName: z.string().trim().max(100).optional(),
    nameNative: z.string().trim().max(200).optional(),
    birthDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "birthDate must be a date in the form YYYY-MM-DD")
      .optional(),
    birthYear: z.int32().min(1900, "birthYear must be 1900 or later").max(9999).optional(),
    phone: PhoneText.optional(),
    adminAreaCode: z.string().trim().toUpperCase().max(20).optional().meta({
      description: "the home area typed so far: a local phone number is read as one of its country",
    }),
    nationalId: z.string().trim().max(32).optional(),
    passportNumber: z.string().trim().toUpperCase().max(20).optional(),
    sex: Sex.optional(),
    address: z.string().trim().max(500).optional(),
  })
  .meta({ id: "DuplicateCheck" });

export const DuplicateCheckResult = z.object({
  possibleDuplicates: z.array(PossibleDuplicate),
  heldElsewhere: HeldElsewhere,
});

export const RecordRequestStatus = z.enum(recordRequestStatuses).meta({ id: "RecordRequestStatus" });

/** A request as the asking organisation sees it: never who the match is until it is shared. */
export const OutgoingRecordRequest = z
  .object({
    id: z.uuid(),
    status: RecordRequestStatus,
    createdAt: z.date(),
    decidedAt: z.date().nullable(),
    note: z.string().nullable().describe("the holder's reason, when it declined"),
    sharedPersonId: z
      .uuid()
      .nullable()
      .describe("the shared record, once shared and while the returnee's consent lets the asker see it"),
  })
  .meta({ id: "OutgoingRecordRequest" });

export const RecordRequestsOfPerson = z
  .object({
    heldElsewhere: HeldElsewhere,
    askable: z.int32().describe("possible matches held elsewhere whose holder has not been asked yet"),
    items: z.array(OutgoingRecordRequest),
  })
  .meta({ id: "RecordRequestsOfPerson" });

export const AskForRecordsBody = z
  .object({ note: z.string().trim().max(1000, "note must have at most 1000 characters").optional() })
  .default({});

/** A request as the holder sees it: its own returnee, and who asks. */
export const IncomingRecordRequest = z
  .object({
    id: z.uuid(),
    status: RecordRequestStatus,
    heldPerson: z.object({ id: z.uuid(), displayName: z.string() }),
    fromOrganisation: z.object({ id: z.uuid(), name: z.string() }),
    note: z.string().nullable(),
    createdAt: z.date(),
    decidedAt: z.date().nullable(),
  })
  .meta({ id: "IncomingRecordRequest" });

export const RecordRequestQuery = Paging.extend({
  status: RecordRequestStatus.optional().describe("open by default"),
});
export type RecordRequestQuery = z.infer<typeof RecordRequestQuery>;

export const ShareRecordBody = z.object({
  consentConfirmed: z.literal(true, "consentConfirmed: share only with the returnee's consent, and say so"),
  note: z.string().trim().max(2000, "note must have at most 2000 characters").optional(),
  expiresAt: z.iso
    .datetime({ offset: true, error: "expiresAt must be an ISO date-time" })
    .refine((at) => new Date(at) > new Date(), {
      error: "expiresAt must be in the future",
      ...issueKey("validation.not_future"),
    })
    .optional(),
});

export const DeclineRecordBody = z.object({
  reason: z
    .string()
    .trim()
    .min(1, "reason is required")
    .max(1000, "reason must have at most 1000 characters"),
});

export const SelfRegistration = z
  .object({
    id: z.uuid(),
    name: z.string(),
    nameNative: z.string().nullable(),
    birthYear: z.int32().nullable(),
    sex: Sex,
    phone: z.string().nullable(),
    adminAreaCode: z.string(),
    registeredByOrganisationId: z.uuid().nullable(),
    selfRegisteredAt: z.date(),
    statedNeeds: z.array(ReturneeNeed),
    possibleDuplicates: z.array(PossibleDuplicate),
    heldElsewhere: HeldElsewhere,
  })
  .meta({ id: "SelfRegistration" });

export const SelfRegistrationList = listOf(SelfRegistration).meta({ id: "SelfRegistrationList" });

export const ConfirmedRegistration = z
  .object({ id: z.uuid(), confirmedAt: z.date() })
  .meta({ id: "ConfirmedRegistration" });
