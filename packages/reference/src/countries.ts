import isoCountries from "i18n-iso-countries";
import ar from "i18n-iso-countries/langs/ar.json" with { type: "json" };
import bn from "i18n-iso-countries/langs/bn.json" with { type: "json" };
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import ku from "i18n-iso-countries/langs/ku.json" with { type: "json" };
import ur from "i18n-iso-countries/langs/ur.json" with { type: "json" };
import { type CountryRegion, countriesByRegion } from "./country-regions";
import { fold, matchesWords, words } from "./text";

export { type CountryRegion, countriesByRegion, countryRegionCodes } from "./country-regions";

// The browser build of i18n-iso-countries registers no locale, so the ones the product shows are registered
// here. The package has no Sorani (ckb) locale; its "ku" is Kurmanji in Latin script.
for (const locale of [en, bn, ur, ar, ku]) isoCountries.registerLocale(locale);

const localeAliases: Record<string, string> = { kmr: "ku" };
const registeredLocales = new Set(["en", "bn", "ur", "ar", "ku"]);

function localeFor(lang: string): string {
  const locale = localeAliases[lang] ?? lang;
  return registeredLocales.has(locale) ? locale : "en";
}

const alpha2Codes = new Set(Object.keys(isoCountries.getAlpha2Codes()));

/** True for an upper-case ISO 3166-1 alpha-2 code. */
export function isCountryCode(code: string): boolean {
  return alpha2Codes.has(code);
}

/** The country's name in `lang`, or in English when that language has no names (such as Sorani, "ckb"). */
export function countryName(alpha2: string, lang = "en"): string | undefined {
  if (!isCountryCode(alpha2)) return undefined;
  return isoCountries.getName(alpha2, localeFor(lang)) ?? isoCountries.getName(alpha2, "en");
}

export type Country = { code: string; name: string };

export function countries(lang = "en"): Country[] {
  const locale = localeFor(lang);
  const collator = new Intl.Collator(locale);
  return [...alpha2Codes]
    .map((code) => ({ code, name: countryName(code, locale) ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * Countries whose code is `query` or whose name (in `lang` or in English) has words starting with the query's,
 * ignoring case and accents ("turk" finds Türkiye, "ae" the United Arab Emirates); all of them for an empty
 * query. The exact code or name comes first, then the rest by name.
 */
export function searchCountries(query: string, lang = "en"): Country[] {
  const folded = fold(query.trim());
  const all = countries(lang);
  if (folded === "") return all;
  const queryWords = words(folded);
  const exact = (c: Country) => c.code.toLowerCase() === folded || fold(c.name) === folded;
  const matching = all.filter(
    (c) =>
      exact(c) ||
      matchesWords(queryWords, c.name) ||
      matchesWords(queryWords, countryName(c.code, "en") ?? ""),
  );
  return [...matching.filter(exact), ...matching.filter((c) => !exact(c))];
}

const regionOf = new Map<string, CountryRegion>(
  Object.entries(countriesByRegion).flatMap(([region, codes]) =>
    codes.map((code): [string, CountryRegion] => [code, region as CountryRegion]),
  ),
);

export function countryRegion(alpha2: string): CountryRegion | undefined {
  return regionOf.get(alpha2);
}
