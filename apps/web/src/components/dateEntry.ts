import { intlLocale } from "../i18n/languages";

// Typing a calendar date the way the user's language writes it: the order of day, month and year and the
// digits come from Intl for that language, so nobody is made to type mm/dd/yyyy. Values stay YYYY-MM-DD.

/** English as written where the workspace is used (day before month), not the United States' order. */
export const dateEntryLocale = (language: string) => (language === "en" ? "en-GB" : intlLocale(language));

const numeric = (language: string) =>
  new Intl.DateTimeFormat(dateEntryLocale(language), {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: "UTC",
  });

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD date written the language's way, e.g. 31/03/2027 in English, ৩১/০৩/২০২৭ in Bangla. */
export function formatDateEntry(iso: string, language: string): string {
  const m = isoPattern.exec(iso);
  if (!m) return iso;
  return numeric(language).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

// Bangla, Arabic-Indic and Persian (Urdu, Sorani) digits, read as 0–9
const digitBlocks = [0x09e6, 0x0660, 0x06f0];
const asciiDigits = (text: string) =>
  text.replace(/[\u09e6-\u09ef\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
    const code = d.charCodeAt(0);
    const block = digitBlocks.find((b) => code >= b && code <= b + 9)!;
    return String(code - block);
  });

/** The order the language writes day, month and year in. */
function partOrder(language: string): ("day" | "month" | "year")[] {
  return numeric(language)
    .formatToParts(new Date(Date.UTC(2027, 2, 31)))
    .map((p) => p.type)
    .filter(
      (type): type is "day" | "month" | "year" => type === "day" || type === "month" || type === "year",
    );
}

/**
 * Reads a date typed the language's way (any separator, the language's digits or 0–9) or as YYYY-MM-DD;
 * null when it is not a real calendar date.
 */
export function parseDateEntry(text: string, language: string): string | null {
  const plain = asciiDigits(text).trim();
  const iso = isoPattern.exec(plain);
  const numbers = iso ? [iso[1]!, iso[2]!, iso[3]!] : plain.match(/\d+/g);
  if (numbers?.length !== 3) return null;
  const order = iso ? (["year", "month", "day"] as const) : partOrder(language);
  const at = (part: "day" | "month" | "year") => Number(numbers[order.indexOf(part)]);
  const [year, month, day] = [at("year"), at("month"), at("day")];
  if (year < 1000 || year > 9999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}
