import { isAdminAreaCode, isCountryCode } from "@homecoming/reference";
import { z } from "zod";
import { issueKey, keyedPattern } from "./errors";
import { InterfaceLanguage } from "./feedback";
import { int, oneOf, text } from "./fields";
import { MigrationReturnType, Sex } from "./person";
import { PhoneText } from "./phone";
import {
  callBackTimes,
  oneTimeCodePurposes,
  portalPhoneCountries,
  returneeNeeds,
  selfRegistrationConsentVersion,
  smsPurposes,
  smsStatuses,
} from "./values";

// A returnee's own account on the portal (DESIGN.md: "Returnees have their own portal accounts linked to
// their person"): a phone number and a password, the phone proven by a one-time code sent to it. Once signed
// in, they give their consent and a short profile, which becomes a person record that the MRC of their
// district confirms.

export const ReturneeNeed = oneOf("needs", returneeNeeds).meta({ id: "ReturneeNeed" });
export type ReturneeNeed = z.infer<typeof ReturneeNeed>;
export const OneTimeCodePurpose = oneOf("purpose", oneTimeCodePurposes).meta({ id: "OneTimeCodePurpose" });
export type OneTimeCodePurpose = z.infer<typeof OneTimeCodePurpose>;
export const SmsStatus = z.enum(smsStatuses).meta({ id: "SmsStatus" });
export type SmsStatus = z.infer<typeof SmsStatus>;
export const SmsPurpose = z.enum(smsPurposes).meta({ id: "SmsPurpose" });
export type SmsPurpose = z.infer<typeof SmsPurpose>;

export const PhoneCountry = oneOf("country", portalPhoneCountries).meta({ id: "PhoneCountry" });

/** How many digits a one-time code has, how long it lasts and how many wrong tries end it. */
export const oneTimeCodes = { digits: 6, minutes: 10, tries: 5 } as const;

const code = z
  .string({ error: "code is required" })
  .trim()
  .regex(keyedPattern(/^\d{6}$/, "account.code_format"), "code must be the 6 digits of the message");

/** A new password: long enough to be worth checking; its strength is checked by the server (zxcvbn). */
const newPassword = z
  .string({ error: "password is required" })
  .min(10, "password must be at least 10 characters")
  .max(200, "password must be at most 200 characters");

export const AccountRegistration = z.object({
  phone: PhoneText,
  country: PhoneCountry.optional(),
  password: newPassword,
  language: InterfaceLanguage.default("en"),
});
export type AccountRegistration = z.infer<typeof AccountRegistration>;

export const PhoneOnly = z.object({ phone: PhoneText, country: PhoneCountry.optional() });
export type PhoneOnly = z.infer<typeof PhoneOnly>;

export const CodeResend = PhoneOnly.extend({ purpose: OneTimeCodePurpose });
export type CodeResend = z.infer<typeof CodeResend>;

export const PhoneVerification = PhoneOnly.extend({ code });
export type PhoneVerification = z.infer<typeof PhoneVerification>;

export const PasswordReset = PhoneOnly.extend({ code, password: newPassword });
export type PasswordReset = z.infer<typeof PasswordReset>;

export const AccountLogin = PhoneOnly.extend({
  password: z.string({ error: "password is required" }).min(1, "password must not be empty").max(200),
});
export type AccountLogin = z.infer<typeof AccountLogin>;

const thisYear = () => new Date().getUTCFullYear();

/** The short profile a returnee gives about themself, with their consent. */
export const SelfProfile = z.object({
  consent: z.object({
    accepted: z.literal(true, {
      error: "consent.accepted must be true: the record is kept only with the returnee's consent",
    }),
    version: z.literal(selfRegistrationConsentVersion, {
      error: `consent.version must be ${selfRegistrationConsentVersion}, the words that were read`,
    }),
  }),
  givenName: text("givenName", { max: 100 }),
  familyName: text("familyName", { min: 0, max: 100 }).optional(),
  nameNative: text("nameNative", { max: 200 }).optional(),
  birthYear: z
    .number({ error: "birthYear must be a year" })
    .int("birthYear must be a year")
    .min(1920, "birthYear must be 1920 or later")
    .refine((year) => year <= thisYear() - 10, {
      error: "birthYear must be at least ten years ago",
      ...issueKey("validation.birth_year_recent"),
    }),
  sex: Sex,
  adminAreaCode: z
    .string({ error: "adminAreaCode is required" })
    .trim()
    .refine(isAdminAreaCode, {
      error: "adminAreaCode must be a district",
      ...issueKey("validation.admin_area"),
    }),
  returnedFrom: z
    .string({ error: "returnedFrom is required" })
    .trim()
    .toUpperCase()
    .refine(isCountryCode, {
      error: "returnedFrom must be an ISO 3166 alpha-2 country code",
      ...issueKey("validation.country"),
    }),
  returnYear: int("returnYear", 1970, 2100).refine((year) => year <= thisYear(), {
    error: "returnYear must not be in the future",
    ...issueKey("validation.future_year"),
  }),
  returnType: MigrationReturnType,
  needs: z.array(ReturneeNeed).max(returneeNeeds.length).default([]),
});
export type SelfProfile = z.infer<typeof SelfProfile>;

/** A phone number shown back to its owner without giving it away whole: +880 ••• •• 5678. */
export function maskedPhone(e164: string): string {
  return `${e164.slice(0, 4)} ••• •• ${e164.slice(-4)}`;
}

export const CallBackTime = oneOf("preferredTime", callBackTimes).meta({ id: "CallBackTime" });
export type CallBackTime = z.infer<typeof CallBackTime>;

/** A returnee's request to be called back by their counsellor. */
export const CallBackRequest = z.object({
  preferredTime: CallBackTime.default("any"),
  note: text("note", { min: 0, max: 500 }).optional(),
});
export type CallBackRequest = z.infer<typeof CallBackRequest>;
