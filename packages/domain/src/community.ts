import { z } from "zod";
import { issueKey } from "./errors";
import { InterfaceLanguage } from "./feedback";
import { adminAreaCode, int, isoDateTime, oneOf, text } from "./fields";
import { PhoneText } from "./phone";
import { CommunityTranslations } from "./translations";
import {
  communityEventKinds,
  interfaceLanguages,
  peerGroupKinds,
  questionStatuses,
  questionTopics,
} from "./values";

// The returnees' community (DESIGN.md: the portal's community): events near home a returnee registers for,
// a directory of peer support groups and migration forums, and a board of questions that MRC staff and
// returnees a centre trusts answer, each question read by a moderator before anyone else reads it.

export const CommunityEventKind = oneOf("kind", communityEventKinds).meta({ id: "CommunityEventKind" });
export type CommunityEventKind = z.infer<typeof CommunityEventKind>;
export const PeerGroupKind = oneOf("kind", peerGroupKinds).meta({ id: "PeerGroupKind" });
export type PeerGroupKind = z.infer<typeof PeerGroupKind>;
export const QuestionTopic = oneOf("topic", questionTopics).meta({ id: "QuestionTopic" });
export type QuestionTopic = z.infer<typeof QuestionTopic>;
export const QuestionStatus = z.enum(questionStatuses).meta({ id: "QuestionStatus" });
export type QuestionStatus = z.infer<typeof QuestionStatus>;

const languagesSpoken = z
  .array(oneOf("languages", interfaceLanguages))
  .max(5, "languages must list at most 5 languages")
  .default([])
  .meta({ description: "the languages spoken there" });

const eventFields = {
  kind: CommunityEventKind,
  title: text("title", { max: 200 }),
  description: text("description", { max: 4000 }),
  translations: CommunityTranslations.default({}),
  adminAreaCode: adminAreaCode("adminAreaCode").meta({ description: "the district where it takes place" }),
  venue: text("venue", { max: 300 }).meta({ description: "where: the place and its address" }),
  startsAt: isoDateTime("startsAt"),
  endsAt: isoDateTime("endsAt").optional(),
  capacity: int("capacity", 1, 100_000)
    .optional()
    .meta({ description: "how many may register; none: as many as come" }),
  languages: languagesSpoken,
  phone: PhoneText.optional(),
};

const endsAfterStart = (e: { startsAt?: string | undefined; endsAt?: string | undefined }) =>
  !e.startsAt || !e.endsAt || new Date(e.endsAt) > new Date(e.startsAt);
const endsAfterStartIssue = {
  error: "endsAt must be after startsAt",
  path: ["endsAt"],
  ...issueKey("community.ends_before_start"),
};

/** An event an organisation holds for returnees (an information session, a job fair...). */
export const CommunityEventInput = z
  .object(eventFields)
  .refine((e) => new Date(e.startsAt) > new Date(), {
    error: "startsAt must be in the future",
    path: ["startsAt"],
    ...issueKey("validation.not_future"),
  })
  .refine(endsAfterStart, endsAfterStartIssue);
export type CommunityEventInput = z.infer<typeof CommunityEventInput>;

export const CommunityEventPatch = z
  .object(eventFields)
  .partial()
  .extend({ version: int("version", 1, 2_147_483_647) })
  .refine(endsAfterStart, endsAfterStartIssue);
export type CommunityEventPatch = z.infer<typeof CommunityEventPatch>;

const groupFields = {
  kind: PeerGroupKind,
  name: text("name", { max: 200 }),
  description: text("description", { max: 4000 }),
  translations: CommunityTranslations.default({}),
  adminAreaCodes: z
    .array(adminAreaCode("adminAreaCodes"))
    .max(200, "adminAreaCodes must list at most 200 areas")
    .default([])
    .meta({ description: "the districts or provinces it serves; none: the whole country" }),
  languages: languagesSpoken,
  meets: text("meets", { max: 300 })
    .optional()
    .meta({ description: "when and where it meets, or how (online, by phone)" }),
  phone: PhoneText.optional(),
  email: z.email("email must be an email address").max(200).optional(),
  website: z.url("website must be a web address").max(500).optional(),
};

/** A peer support group, migration forum or returnee association, as an organisation lists it. */
export const PeerGroupInput = z.object(groupFields);
export type PeerGroupInput = z.infer<typeof PeerGroupInput>;
export const PeerGroupPatch = z
  .object({ ...groupFields, active: z.boolean({ error: "active must be true or false" }) })
  .partial()
  .extend({ version: int("version", 1, 2_147_483_647) });
export type PeerGroupPatch = z.infer<typeof PeerGroupPatch>;

/** A returnee's question to the board, in their language; a moderator reads it before it is published. */
export const QuestionInput = z.object({
  topic: QuestionTopic,
  language: InterfaceLanguage,
  title: text("title", { min: 10, max: 200 }).meta({ description: "the question in one line" }),
  body: text("body", { min: 20, max: 4000 }).meta({ description: "what the asker wants others to know" }),
});
export type QuestionInput = z.infer<typeof QuestionInput>;

/** An answer on the board, by MRC staff or a returnee a centre trusts. */
export const AnswerInput = z.object({ body: text("body", { min: 10, max: 4000 }) });
export type AnswerInput = z.infer<typeof AnswerInput>;

/** Why a moderator refuses a question or takes a question or an answer down (the asker reads it). */
export const ModerationReason = z.object({ reason: text("reason", { min: 3, max: 1000 }) });
