/** The languages of the workspace and the portal, each named in its own script (UX.md). */
export const languages = [
  { code: "en", name: "English", dir: "ltr" },
  { code: "bn", name: "বাংলা", dir: "ltr" },
  { code: "ur", name: "اردو", dir: "rtl" },
  { code: "ar", name: "العربية", dir: "rtl" },
  { code: "ckb", name: "کوردی", dir: "rtl" },
] as const;

export type LanguageCode = (typeof languages)[number]["code"];

export const isLanguage = (code: unknown): code is LanguageCode => languages.some((l) => l.code === code);

export function directionOf(code: string): "ltr" | "rtl" {
  return languages.find((l) => l.code === code)?.dir ?? "ltr";
}

/**
 * The locale numbers and dates are written in, for a language of the product. Arabic and Sorani are written
 * as in Iraq (Arabic-Indic digits) and Urdu as in Pakistan, the countries whose returnees read them; where the
 * browser lacks a language's data (Chromium has no Sorani dates or numbers), the next in line is taken.
 */
const localeCandidates: Record<string, readonly string[]> = {
  en: ["en"],
  bn: ["bn-BD", "bn"],
  ur: ["ur-PK", "ur"],
  ar: ["ar-IQ", "ar"],
  ckb: ["ckb-IQ", "ckb", "ar-IQ"],
};

const supported = new Map<string, string>();

/** The Intl locale of a language: intlLocale("ar") is "ar-IQ". */
export function intlLocale(code: string): string {
  let locale = supported.get(code);
  if (!locale) {
    const candidates = localeCandidates[code] ?? [code];
    locale = Intl.NumberFormat.supportedLocalesOf([...candidates])[0] ?? "en";
    supported.set(code, locale);
  }
  return locale;
}

/** Where the choice of language is kept in the browser (the workspace and the portal share it). */
export const languageStorageKey = "hc.language";

/**
 * The language a page opens in: with `fromAddress` the address's when it names one (?lang=ar, as a link
 * handed out in Arabic gives it: the portal's), else the one chosen last in this browser, else English.
 */
export function initialLanguage(fromAddress = false): LanguageCode {
  const asked = fromAddress ? new URLSearchParams(location.search).get("lang") : null;
  if (isLanguage(asked)) return asked;
  const stored = typeof localStorage === "undefined" ? null : localStorage.getItem(languageStorageKey);
  return isLanguage(stored) ? stored : "en";
}
