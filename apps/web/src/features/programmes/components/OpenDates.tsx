import { useTranslation } from "react-i18next";
import { useFormat } from "../hooks/format";

/** When a programme takes enrolments, in words: "1 Jan 2025 to 30 Jun 2025", "From …", "Always open". */
export function OpenDates({ opensOn, closesOn }: { opensOn: string | null; closesOn: string | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (opensOn && closesOn)
    return <>{t("programmes.dates.range", { from: f.day(opensOn), to: f.day(closesOn) })}</>;
  if (opensOn) return <>{t("programmes.dates.from", { date: f.day(opensOn) })}</>;
  if (closesOn) return <>{t("programmes.dates.until", { date: f.day(closesOn) })}</>;
  return <>{t("programmes.dates.always")}</>;
}
