import { countryName } from "@homecoming/reference";
import {
  type CountryCode,
  isSupportedCountry,
  ParseError,
  parsePhoneNumberWithError,
  validatePhoneNumberLength,
} from "libphonenumber-js/max";
import { z } from "zod";
import { keyedPattern, validation } from "./errors";

/**
 * A phone number as people write it: local (01712-345678, (0300) 123 4567) or international
 * (+880 1712 345678, 00880…, 8801712345678), with spaces, dashes, dots, slashes and brackets. The schema
 * checks only the characters; `phoneE164` decides, with the person's country, whether it is a real number.
 */
export const PhoneText = z
  .string({ error: "phone must be text" })
  .trim()
  .min(1, "phone must not be empty")
  .max(40, "phone must be at most 40 characters")
  .regex(
    keyedPattern(/^\+?[\d\s\-./()]+$/, "phone.characters"),
    "phone must be digits, with an optional leading + and spaces, dashes, dots, slashes or brackets",
  );

/** Why a number is refused: the key of its error, without a country or with the one it was read in. */
export type PhoneProblem = "too_short" | "too_long" | "not_in_use" | "country_code" | "not_a_number";

export type PhoneVerdict =
  | { ok: true; e164: string }
  | { ok: false; reason: string; problem: PhoneProblem; country?: string };

const where = (country: string | undefined) => (country ? ` in ${countryName(country) ?? country}` : "");

const refused = (problem: PhoneProblem, reason: string, country?: string): PhoneVerdict => ({
  ok: false,
  reason: `${reason}${where(country)}`,
  problem,
  ...(country ? { country: countryName(country) ?? country } : {}),
});

/**
 * The number in E.164 (+8801712345678), reading a local number as one of `country` (ISO 3166 alpha-2, the
 * person's country). The verdict names why a number is refused, for the clerk who typed it.
 */
export function phoneE164(raw: string, country?: string | undefined): PhoneVerdict {
  const defaultCountry = country && isSupportedCountry(country) ? (country as CountryCode) : undefined;
  // 00 is the international prefix in every country of return the product serves; without a country to read
  // it by, the library would not know it
  const typed = raw.trim().replace(/^00/, "+");
  try {
    const number = parsePhoneNumberWithError(typed, defaultCountry ? { defaultCountry } : {});
    if (number.isValid()) return { ok: true, e164: number.number };
    const length = validatePhoneNumberLength(typed, defaultCountry ? { defaultCountry } : {});
    const home = number.country ?? defaultCountry;
    if (length === "TOO_SHORT") return refused("too_short", "it has too few digits for a number", home);
    if (length === "TOO_LONG") return refused("too_long", "it has too many digits for a number", home);
    return refused("not_in_use", "it is not a number in use", home);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    switch (error.message) {
      case "INVALID_COUNTRY":
        return refused("country_code", "write it with + and the country code, such as +880 1712 345678");
      case "TOO_SHORT":
        return refused("too_short", "it has too few digits for a number", defaultCountry);
      case "TOO_LONG":
        return refused("too_long", "it has too many digits for a phone number");
      default:
        return refused("not_a_number", "it is not a phone number");
    }
  }
}

/** `phoneE164`, refusing an impossible number with a validation error that names the field and the reason. */
export function requirePhoneE164(raw: string, country: string | undefined, field = "phone"): string {
  const verdict = phoneE164(raw, country);
  if (verdict.ok) return verdict.e164;
  const { problem, country: where } = verdict;
  if (where && (problem === "too_short" || problem === "too_long" || problem === "not_in_use"))
    throw validation(`phone.${problem}_in`, { country: where }, field);
  throw validation(`phone.${problem}`, {}, field);
}
