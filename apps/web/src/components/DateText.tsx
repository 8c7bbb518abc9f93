import { useTranslation } from "react-i18next";
import { intlLocale } from "../i18n/languages";

/** A calendar date (YYYY-MM-DD or an ISO time) in the user's language. */
export function DateText({ value }: { value: string }) {
  const { i18n } = useTranslation();
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return (
    <time dateTime={value}>
      {new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: "medium", timeZone: "UTC" }).format(
        date,
      )}
    </time>
  );
}
