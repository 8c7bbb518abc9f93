import {
  isAdminAreaCode,
  isCountryCode,
  isIscedLevel,
  isIscoCode,
  isIsicCode,
  isLanguageCode,
} from "@homecoming/reference";
import { z } from "zod";
import { parseIsoDate, toIsoDate } from "./dates";
import { issueKey } from "./errors";
import { amount, bool, int, isoDate, oneOf, pastIsoDate, text } from "./fields";
import { PhoneText } from "./phone";
import {
  debtLenders,
  debtPurposes,
  disabilityKinds,
  documentStatuses,
  documentTypes,
  housingStatuses,
  legalStatuses,
  returnTypes,
  sexes,
} from "./values";

export const Sex = oneOf("sex", sexes).meta({ id: "Sex" });
export type Sex = z.infer<typeof Sex>;

export const MigrationReturnType = oneOf("returnType", returnTypes).meta({ id: "ReturnType" });
export type MigrationReturnType = z.infer<typeof MigrationReturnType>;

export const LegalStatus = oneOf("legalStatus", legalStatuses).meta({ id: "LegalStatus" });
export type LegalStatus = z.infer<typeof LegalStatus>;

export const DisabilityKind = oneOf("disability.kinds", disabilityKinds).meta({ id: "DisabilityKind" });
export type DisabilityKind = z.infer<typeof DisabilityKind>;

export const DebtLender = oneOf("lender", debtLenders).meta({ id: "DebtLender" });
export type DebtLender = z.infer<typeof DebtLender>;

export const DebtPurpose = oneOf("debts.purpose", debtPurposes).meta({ id: "DebtPurpose" });
export type DebtPurpose = z.infer<typeof DebtPurpose>;

export const PersonDocumentType = oneOf("documents.type", documentTypes).meta({ id: "DocumentType" });
export type PersonDocumentType = z.infer<typeof PersonDocumentType>;

export const PersonDocumentStatus = oneOf("documents.status", documentStatuses).meta({
  id: "DocumentStatus",
});
export type PersonDocumentStatus = z.infer<typeof PersonDocumentStatus>;

export const HousingStatus = oneOf("housing.status", housingStatuses).meta({ id: "HousingStatus" });
export type HousingStatus = z.infer<typeof HousingStatus>;

const episodeFields = {
  destinationCountry: z
    .string({ error: "destinationCountry is required" })
    .trim()
    .toUpperCase()
    .refine(isCountryCode, {
      error: "destinationCountry must be an ISO 3166 alpha-2 country code",
      ...issueKey("validation.country"),
    }),
  // Optional because an airport desk or a returnee registering themself often cannot give it; the case
  // manager completes the episode while profiling.
  startDate: pastIsoDate("startDate").optional(),
  endDate: isoDate("endDate").optional(),
  occupationIsco: z
    .string({ error: "occupationIsco must be an ISCO-08 code" })
    .trim()
    .refine(isIscoCode, { error: "occupationIsco must be an ISCO-08 code", ...issueKey("validation.isco") })
    .optional(),
  sectorIsic: z
    .string({ error: "sectorIsic must be an ISIC Rev.4 code" })
    .trim()
    .toUpperCase()
    .refine(isIsicCode, { error: "sectorIsic must be an ISIC Rev.4 code", ...issueKey("validation.isic") })
    .optional(),
  legalStatus: LegalStatus.optional(),
  returnType: MigrationReturnType,
  employer: text("employer", { max: 200 }).optional(),
  monthlyIncomeUsd: amount("monthlyIncomeUsd", 1_000_000).optional(),
};

export const MigrationEpisode = z
  .object(episodeFields)
  .refine((e) => !e.startDate || !e.endDate || e.endDate >= e.startDate, {
    error: "endDate must not be before startDate",
    path: ["endDate"],
    ...issueKey("validation.date_order"),
  });
export type MigrationEpisode = z.infer<typeof MigrationEpisode>;

export const Education = z.object({
  iscedLevel: z.number({ error: "education.iscedLevel must be an ISCED 2011 level" }).refine(isIscedLevel, {
    error: "education.iscedLevel must be an ISCED 2011 level",
    ...issueKey("validation.isced"),
  }),
  fieldOfStudy: text("education.fieldOfStudy", { max: 200 }).optional(),
});
export type Education = z.infer<typeof Education>;

export const Skill = z.object({
  name: text("skills.name", { max: 200 }),
  iscoCode: z
    .string({ error: "skills.iscoCode must be an ISCO-08 code" })
    .trim()
    .refine(isIscoCode, { error: "skills.iscoCode must be an ISCO-08 code", ...issueKey("validation.isco") })
    .optional(),
  yearsExperience: amount("skills.yearsExperience", 70).optional(),
  certified: bool("skills.certified"),
  acquiredAbroad: bool("skills.acquiredAbroad"),
});
export type Skill = z.infer<typeof Skill>;

export const Debt = z.object({
  amount: amount("debts.amount"),
  currency: z
    .string({ error: "debts.currency is required" })
    .regex(/^[A-Z]{3}$/, "debts.currency must be a three-letter ISO 4217 code such as BDT"),
  lender: DebtLender,
  purpose: DebtPurpose.optional(),
  monthlyRepayment: amount("debts.monthlyRepayment").optional(),
});
export type Debt = z.infer<typeof Debt>;

export const PersonDocument = z.object({
  type: PersonDocumentType,
  status: PersonDocumentStatus,
});
export type PersonDocument = z.infer<typeof PersonDocument>;

export const Disability = z
  .object({
    hasDisability: bool("disability.hasDisability"),
    kinds: z.array(DisabilityKind).max(6).optional(),
  })
  .refine((d) => d.hasDisability || !d.kinds?.length, {
    error: "disability.kinds must be empty when hasDisability is false",
    path: ["kinds"],
    ...issueKey("person.disability_kinds"),
  });
export type Disability = z.infer<typeof Disability>;

export const Household = z.object({
  size: int("household.size", 1, 50),
  dependants: int("household.dependants", 0, 50),
  childrenOfSchoolAge: int("household.childrenOfSchoolAge", 0, 30),
  headOfHousehold: bool("household.headOfHousehold"),
});
export type Household = z.infer<typeof Household>;

export const Housing = z.object({ status: HousingStatus, adequate: bool("housing.adequate").optional() });
export type Housing = z.infer<typeof Housing>;

const currentYear = () => new Date().getUTCFullYear();

const personFields = {
  givenName: text("givenName", { max: 100 }),
  familyName: text("familyName", { min: 0, max: 100 }).optional(),
  nameNative: text("nameNative", { max: 200 }).optional(),
  birthDate: pastIsoDate("birthDate").refine((d) => d >= "1900-01-01", {
    error: "birthDate must not be before 1900",
    ...issueKey("person.birth_before_1900"),
  }),
  birthYear: int("birthYear", 1900, 9999).refine((y) => y <= currentYear(), {
    error: "birthYear must not be in the future",
    ...issueKey("validation.future_date"),
  }),
  sex: Sex,
  genderIdentity: text("genderIdentity", { max: 100 }).optional(),
  nationalId: z
    .string({ error: "nationalId must be text" })
    .trim()
    .regex(/^[A-Za-z0-9-]{5,32}$/, "nationalId must be 5 to 32 letters, digits or dashes")
    .optional(),
  passportNumber: z
    .string({ error: "passportNumber must be text" })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{5,20}$/, "passportNumber must be 5 to 20 letters or digits")
    .optional(),
  phone: PhoneText.optional(),
  adminAreaCode: z
    .string({ error: "adminAreaCode is required" })
    .trim()
    .toUpperCase()
    .refine(isAdminAreaCode, {
      error: "adminAreaCode must be a known admin area p-code such as BD3026",
      ...issueKey("validation.admin_area"),
    }),
  address: text("address", { max: 300 }).optional(),
  languages: z
    .array(
      z
        .string()
        .trim()
        .refine(isLanguageCode, {
          error: "languages must contain ISO 639 language codes",
          ...issueKey("validation.language"),
        }),
    )
    .max(20, "languages must list at most 20 languages")
    .optional(),
  disability: Disability.optional(),
  household: Household.optional(),
  migrationEpisodes: z.array(MigrationEpisode).max(20, "migrationEpisodes must list at most 20 episodes"),
  education: Education.optional(),
  skills: z.array(Skill).max(50, "skills must list at most 50 skills").optional(),
  debts: z.array(Debt).max(20, "debts must list at most 20 debts").optional(),
  documents: z.array(PersonDocument).max(20, "documents must list at most 20 documents").optional(),
  housing: Housing.optional(),
};

type BirthFields = { birthDate?: string | undefined; birthYear?: number | undefined };

function birthMatchesYear(p: BirthFields): boolean {
  return !p.birthDate || p.birthYear === undefined || Number(p.birthDate.slice(0, 4)) === p.birthYear;
}
const birthYearMismatch = {
  error: "birthYear must match the year of birthDate",
  path: ["birthYear"],
  ...issueKey("person.birth_year_mismatch"),
};
const birthRequired = {
  error: "birthDate or birthYear is required",
  path: ["birthDate"],
  ...issueKey("person.birth_required"),
};
const hasBirth = (p: BirthFields) => p.birthDate !== undefined || p.birthYear !== undefined;

/**
 * The returnee's profile. Its minimum (names, sex, birth year, admin area) is already what an airport
 * desk takes.
 */
export const PersonInput = z
  .object({
    ...personFields,
    birthDate: personFields.birthDate.optional(),
    birthYear: personFields.birthYear.optional(),
    migrationEpisodes: personFields.migrationEpisodes.default([]),
  })
  .refine(hasBirth, birthRequired)
  .refine(birthMatchesYear, birthYearMismatch);
export type PersonInput = z.infer<typeof PersonInput>;

/** An update: each given field is validated as on creation; absent fields stay as they are. */
export const PersonPatch = z
  .object(personFields)
  .partial()
  .refine(birthMatchesYear, birthYearMismatch)
  .refine((p) => Object.keys(p).length > 0, {
    error: "the update must change at least one field",
    ...issueKey("validation.no_change"),
  });
export type PersonPatch = z.infer<typeof PersonPatch>;

/**
 * What an airport reception desk takes in a minute. It is a valid PersonInput as it stands, so it goes
 * through the same creation path and the profile is completed later.
 */
export const QuickPersonInput = z
  .object({
    givenName: personFields.givenName,
    familyName: personFields.familyName,
    sex: personFields.sex,
    birthDate: personFields.birthDate.optional(),
    birthYear: personFields.birthYear.optional(),
    phone: personFields.phone,
    adminAreaCode: personFields.adminAreaCode,
    migrationEpisodes: z
      .array(
        z.object({
          destinationCountry: episodeFields.destinationCountry,
          returnType: episodeFields.returnType,
        }),
      )
      .length(1, "migrationEpisodes must hold exactly the episode the person is returning from"),
  })
  .refine(hasBirth, birthRequired)
  .refine(birthMatchesYear, birthYearMismatch);
export type QuickPersonInput = z.infer<typeof QuickPersonInput>;

export function fullName(person: { givenName: string; familyName?: string | null | undefined }): string {
  return [person.givenName, person.familyName].filter((part) => part?.trim()).join(" ");
}

/**
 * Age in whole years on a date. With only a birth year the person is taken to have had this year's
 * birthday, which is the convention of the indicator age bands.
 */
export function ageOn(birth: string | number, on: Date): number {
  if (typeof birth === "number") return on.getUTCFullYear() - birth;
  const born = parseIsoDate(birth);
  if (!born) throw new RangeError(`birth date ${birth} is not a YYYY-MM-DD date`);
  const years = on.getUTCFullYear() - born.getUTCFullYear();
  const hadBirthday = toIsoDate(on).slice(5) >= birth.slice(5);
  return hadBirthday ? years : years - 1;
}
