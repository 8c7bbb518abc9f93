import { useTranslation } from "react-i18next";
import { intlLocale } from "../../../i18n/languages";

/** Relative when within a week, the date otherwise; the exact date and time in the title. */
export function HomeTime({ value, dateOnly = false }: { value: string; dateOnly?: boolean }) {
  const { i18n } = useTranslation();
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  const exact = new Intl.DateTimeFormat(intlLocale(i18n.language), {
    dateStyle: "long",
    ...(dateOnly ? { timeZone: "UTC" } : { timeStyle: "short" }),
  }).format(date);
  const diff = date.getTime() - Date.now();
  const day = 86_400_000;
  let text: string;
  const rtf = new Intl.RelativeTimeFormat(intlLocale(i18n.language), { numeric: "auto" });
  if (Math.abs(diff) < 7 * day) {
    if (dateOnly || Math.abs(diff) >= day) text = rtf.format(Math.round(diff / day), "day");
    else if (Math.abs(diff) >= 3_600_000) text = rtf.format(Math.round(diff / 3_600_000), "hour");
    else text = rtf.format(Math.round(diff / 60_000), "minute");
  } else {
    text = new Intl.DateTimeFormat(intlLocale(i18n.language), {
      dateStyle: "medium",
      ...(dateOnly ? { timeZone: "UTC" } : {}),
    }).format(date);
  }
  return (
    <time dateTime={value} title={exact}>
      {text}
    </time>
  );
}
