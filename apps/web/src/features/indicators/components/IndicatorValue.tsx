import { Anchor, Text, Tooltip } from "@mantine/core";
import { Link } from "react-router";
import type { IndicatorCell, IndicatorResult } from "../api/indicators";
import { formatValue } from "../hooks/formatValue";
import { useIndicatorWords } from "../hooks/useIndicatorWords";

/** One published value, or a dash that says why it is hidden. */
export function IndicatorValue({
  unit,
  cell,
  href,
}: {
  unit: IndicatorResult["unit"];
  cell: IndicatorCell | undefined;
  /** where the cases behind it are listed, for those who may see them */
  href?: string | undefined;
}) {
  const { t, language } = useIndicatorWords();
  const text = formatValue(unit, cell, language);
  if (text !== null) {
    const shown = unit === "median_days" ? t("indicators.days", { days: text }) : text;
    return href ? (
      <Anchor component={Link} to={href} aria-label={t("indicators.casesBehind.link", { value: shown })}>
        {shown}
      </Anchor>
    ) : (
      <>{shown}</>
    );
  }
  const why = cell?.suppressed ? t(`indicators.suppressed.${cell.suppressed}`) : t("indicators.noValue");
  return (
    <Tooltip label={why}>
      <Text span aria-label={why} c="dimmed">
        –
      </Text>
    </Tooltip>
  );
}
