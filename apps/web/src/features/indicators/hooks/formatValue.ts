import { intlLocale } from "../../../i18n/languages";
import type { IndicatorCell, IndicatorResult } from "../api/indicators";

/** A published value as it reads in the interface language: a count, a percentage, a score, days, money. */
export function formatValue(
  unit: IndicatorResult["unit"],
  cell: IndicatorCell | undefined,
  language: string,
) {
  if (!cell || cell.value === null) return null;
  if (unit === "count") return new Intl.NumberFormat(intlLocale(language)).format(cell.value);
  if (unit === "percentage")
    return new Intl.NumberFormat(intlLocale(language), { style: "percent", maximumFractionDigits: 1 }).format(
      cell.value / 100,
    );
  if (unit === "sum")
    return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 2 }).format(cell.value);
  if (unit === "mean")
    return new Intl.NumberFormat(intlLocale(language), {
      maximumFractionDigits: 2,
      minimumFractionDigits: 2,
    }).format(cell.value);
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 1 }).format(cell.value);
}
