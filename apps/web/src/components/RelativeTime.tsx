import { useTranslation } from "react-i18next";
import { intlLocale } from "../i18n/languages";

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

/** Relative when within a week ("3 hours ago"), else the date; the exact date and time in the title. */
export function RelativeTime({ value }: { value: string }) {
  const { i18n } = useTranslation();
  const date = new Date(value);
  const exact = new Intl.DateTimeFormat(intlLocale(i18n.language), {
    dateStyle: "long",
    timeStyle: "short",
  }).format(date);
  const diff = date.getTime() - Date.now();
  let text: string;
  if (Math.abs(diff) < 7 * 86_400_000) {
    const [unit, ms] = units.find(([, ms]) => Math.abs(diff) >= ms) ?? ["minute", 60_000];
    text = new Intl.RelativeTimeFormat(intlLocale(i18n.language), { numeric: "auto" }).format(
      Math.round(diff / ms),
      unit,
    );
  } else {
    text = new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: "medium" }).format(date);
  }
  return (
    <time dateTime={date.toISOString()} title={exact}>
      {text}
    </time>
  );
}
