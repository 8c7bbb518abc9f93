import type { FormatterModule, i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import {
  directionOf,
  initialLanguage,
  intlLocale,
  type LanguageCode,
  languageStorageKey,
  languages,
} from "./languages";

// The message catalogues: one file per feature and language (locales/<language>/<feature>.json), merged under
// the feature's name so that t("home.title") reads locales/<language>/home.json. English is built in; the
// other languages are fetched when first chosen, so nobody downloads four languages they do not read. The
// workspace and the portal each keep their own i18next instance over this.

export type Catalogue = Record<string, unknown>;
export type CatalogueFiles = Record<string, () => Promise<{ default: Catalogue }>>;

const featureOf = (path: string) => path.replace(/^.*\/(.+)\.json$/, "$1");
const languageOf = (path: string) => path.replace(/^.*\/locales\/([^/]+)\/[^/]+\.json$/, "$1");

/** The catalogue of files already loaded (import.meta.glob with eager), by feature. */
export const catalogueOf = (files: Record<string, { default: Catalogue }>): Catalogue =>
  Object.fromEntries(Object.entries(files).map(([path, file]) => [featureOf(path), file.default]));

/** A language's catalogue, fetched (its files' chunks, together). */
export async function loadCatalogue(files: CatalogueFiles, language: string): Promise<Catalogue> {
  const mine = Object.entries(files).filter(([path]) => languageOf(path) === language);
  const loaded = await Promise.all(
    mine.map(async ([path, load]) => [featureOf(path), (await load()).default] as const),
  );
  return Object.fromEntries(loaded);
}

/**
 * Starts an i18next instance with English built in and ties it to the page: the document's lang and dir follow its language, which is kept in
 * the browser; answers how to fetch a language's catalogue (for words in another language than the page's,
 * as a report's), how to switch language (the catalogue fetched first when it is not yet here) and a promise
 * of the language chosen last in this browser being ready (English when it cannot be fetched).
 */
export function startLanguages(
  i18n: I18n,
  english: Catalogue,
  files: CatalogueFiles,
  { languageFromAddress = false } = {},
) {
  void i18n
    .use(initReactI18next)
    .use(numbersInLanguage)
    .init({
      resources: { en: { translation: english } },
      lng: "en",
      fallbackLng: "en",
      supportedLngs: languages.map((l) => l.code),
      // numbers written in the language's digits (numbersInLanguage)
      interpolation: { escapeValue: false, alwaysFormat: true },
      returnNull: false,
    });
  i18n.on("languageChanged", (code) => {
    localStorage.setItem(languageStorageKey, code);
    document.documentElement.lang = code;
    document.documentElement.dir = directionOf(code);
  });
  const load = async (code: LanguageCode): Promise<void> => {
    if (!i18n.hasResourceBundle(code, "translation"))
      i18n.addResourceBundle(code, "translation", await loadCatalogue(files, code));
  };
  const switchLanguage = async (code: LanguageCode): Promise<void> => {
    await load(code);
    await i18n.changeLanguage(code);
  };
  const ready = switchLanguage(initialLanguage(languageFromAddress)).catch(() => switchLanguage("en"));
  return { load, switchLanguage, ready };
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Every number put into a message ({{count}}, {{n}}) written in the language's digits: ৩ in Bangla, ٣ in
 * Arabic and Sorani. Grouped from five digits on, so that a year stays 2026 (Intl's "min2").
 */
export const numbersInLanguage: FormatterModule = {
  type: "formatter",
  init() {},
  add() {},
  addCached() {},
  format(value, _format, lng) {
    if (typeof value !== "number") return value;
    const locale = intlLocale(lng ?? "en");
    let format = numberFormats.get(locale);
    if (!format) {
      format = new Intl.NumberFormat(locale, { useGrouping: "min2", maximumFractionDigits: 2 });
      numberFormats.set(locale, format);
    }
    return format.format(value);
  },
};
