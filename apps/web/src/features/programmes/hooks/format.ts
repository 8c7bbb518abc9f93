import { useTranslation } from "react-i18next";
import { intlLocale } from "../../../i18n/languages";

/** Numbers and dates in the interface language; calendar dates (YYYY-MM-DD) are read as days, not instants. */
export function useFormat() {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const numbers = new Intl.NumberFormat(intlLocale(lang));
  const days = new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: "medium", timeZone: "UTC" });
  return {
    number: (n: number) => numbers.format(n),
    day: (iso: string) => days.format(new Date(`${iso}T00:00:00Z`)),
  };
}
