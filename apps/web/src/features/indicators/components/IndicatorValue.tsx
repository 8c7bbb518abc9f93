import { Text, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { IndicatorCell, IndicatorResult } from "../api/indicators";
import { formatValue } from "../hooks/formatValue";

/** One published value, or a dash that says why it is hidden. */
export function IndicatorValue({
  unit,
  cell,
}: {
  unit: IndicatorResult["unit"];
  cell: IndicatorCell | undefined;
}) {
  const { t, i18n } = useTranslation();
  const text = formatValue(unit, cell, i18n.language);
  if (text !== null) return <>{unit === "median_days" ? t("indicators.days", { days: text }) : text}</>;
  const why = cell?.suppressed ? t(`indicators.suppressed.${cell.suppressed}`) : t("indicators.noValue");
  return (
    <Tooltip label={why}>
      <Text span aria-label={why} c="dimmed">
        –
      </Text>
    </Tooltip>
  );
}
