import { intlLocale } from "../i18n/languages";
/** Every ISO 4217 currency the browser knows, for pickers. */
export const currencyCodes: readonly string[] = Intl.supportedValuesOf("currency");

/** An amount in its currency as the language writes it (BDT 80,000.00); with the bare code if it is unknown. */
export function money(lang: string, amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(intlLocale(lang), { style: "currency", currency }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(intlLocale(lang)).format(amount)} ${currency}`;
  }
}

/** A currency's name in the language, with its code: "Bangladeshi Taka (BDT)". */
export function currencyName(lang: string, code: string): string {
  return `${new Intl.DisplayNames(intlLocale(lang), { type: "currency" }).of(code) ?? code} (${code})`;
}
