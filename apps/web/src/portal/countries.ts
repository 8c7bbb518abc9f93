import { countriesByRegion, countryRegionCodes } from "@homecoming/reference/country-regions";
import { useMemo } from "react";
import { intlLocale } from "../i18n/languages";

/**
 * Every country, those most returnees worked in first (the Gulf, then the rest by region), named in the
 * reader's language by the browser.
 */
export function useCountries(language: string) {
  return useMemo(() => {
    const names = new Intl.DisplayNames([intlLocale(language), "en"], { type: "region" });
    const collator = new Intl.Collator(intlLocale(language));
    return countryRegionCodes.flatMap((region) =>
      [...countriesByRegion[region]]
        .map((code) => ({ value: code, label: names.of(code) ?? code }))
        .sort((a, b) => collator.compare(a.label, b.label)),
    );
  }, [language]);
}
