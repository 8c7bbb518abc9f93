import { type PersonSearch, type PersonSort, personSorts } from "../api/persons";

export type SearchBy = "name" | "phone" | "identifier";

/**
 * A phone number as people write it: international (+ or 00 first), digits in groups with spaces or brackets
 * (0750 123 4567), or a local number of 10 or 11 digits with a leading 0 (01712-345678). ID numbers are
 * written without spaces and do not start with a trunk 0 at that length.
 */
function looksLikePhone(s: string): boolean {
  if (!/^\+?[\d\s\-./()]+$/.test(s)) return false;
  const digits = s.replace(/\D/g, "");
  return /^(\+|00)/.test(s) || /[\s()]/.test(s) || /^0\d{9,10}$/.test(digits);
}

/**
 * What the one search box holds: a phone number (international or local), an ID or passport number
 * (letters and digits without spaces, at least one digit), or else a name in any script.
 */
export function searchByOf(text: string): SearchBy | null {
  const s = text.trim();
  if (s === "") return null;
  if (looksLikePhone(s)) return "phone";
  if (/\d/.test(s) && /^[\p{L}\d-]+$/u.test(s)) return "identifier";
  return "name";
}

/** The API's filter for the search box; a name shorter than two characters is not searched yet. */
export function filterOf(text: string): Pick<PersonSearch, "q" | "phone" | "nationalId"> {
  const s = text.trim();
  switch (searchByOf(s)) {
    case "phone":
      return { phone: s };
    case "identifier":
      return { nationalId: s };
    case "name":
      return s.length >= 2 ? { q: s } : {};
    default:
      return {};
  }
}

/** The order in effect: the chosen one when it applies, else the best match for a name, newest otherwise. */
export function sortOf(chosen: string | null, nameSearch: boolean): PersonSort {
  const valid = personSorts.find((s) => s === chosen);
  if (valid && (valid !== "relevance" || nameSearch)) return valid;
  return nameSearch ? "relevance" : "-registered";
}
