import { useTranslation } from "react-i18next";

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

/** A time relative to now when recent (within a week), else the date; the exact time in the title. */
export function RelativeTime({ at }: { at: string }) {
  const { i18n } = useTranslation();
  const date = new Date(at);
  const exact = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" }).format(
    date,
  );
  const diff = date.getTime() - Date.now();
  let text = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium" }).format(date);
  if (Math.abs(diff) < 7 * 86_400_000) {
    const rtf = new Intl.RelativeTimeFormat(i18n.language, { numeric: "auto" });
    const [unit, ms] = units.find(([, ms]) => Math.abs(diff) >= ms) ?? ["second", 1000];
    text = rtf.format(Math.round(diff / ms), unit);
  }
  return (
    <time dateTime={date.toISOString()} title={exact}>
      {text}
    </time>
  );
}
