/**
 * Languages returnees speak, in Bangladesh, Pakistan and Iraq and in the countries they worked in.
 * ISO 639-1 where it exists, ISO 639-3 otherwise (Sorani ckb, Kurmanji kmr, Sylheti, Chittagonian,
 * Saraiki, Balochi, Syriac), which are the languages case workers need to tell apart.
 */
export const languageCodes = [
  "en",
  "bn",
  "ur",
  "ar",
  "ckb",
  "kmr",
  "pa",
  "ps",
  "sd",
  "hi",
  "ne",
  "ta",
  "si",
  "ml",
  "tl",
  "id",
  "ms",
  "fa",
  "syl",
  "ctg",
  "skr",
  "bal",
  "syr",
  "tr",
  "te",
  "dv",
  "th",
  "zh",
  "ko",
  "ja",
  "ru",
  "it",
  "fr",
  "de",
  "el",
  "ro",
] as const;

export type LanguageCode = (typeof languageCodes)[number];

const names: Record<LanguageCode, string> = {
  en: "English",
  bn: "Bengali",
  ur: "Urdu",
  ar: "Arabic",
  ckb: "Kurdish (Sorani)",
  kmr: "Kurdish (Kurmanji)",
  pa: "Punjabi",
  ps: "Pashto",
  sd: "Sindhi",
  hi: "Hindi",
  ne: "Nepali",
  ta: "Tamil",
  si: "Sinhala",
  ml: "Malayalam",
  tl: "Tagalog",
  id: "Indonesian",
  ms: "Malay",
  fa: "Persian",
  syl: "Sylheti",
  ctg: "Chittagonian",
  skr: "Saraiki",
  bal: "Balochi",
  syr: "Syriac",
  tr: "Turkish",
  te: "Telugu",
  dv: "Dhivehi",
  th: "Thai",
  zh: "Chinese",
  ko: "Korean",
  ja: "Japanese",
  ru: "Russian",
  it: "Italian",
  fr: "French",
  de: "German",
  el: "Greek",
  ro: "Romanian",
};

export function isLanguageCode(code: string): code is LanguageCode {
  return Object.hasOwn(names, code);
}

/** English name of a listed language, undefined for any other code. */
export function languageName(code: string): string | undefined {
  return isLanguageCode(code) ? names[code] : undefined;
}
