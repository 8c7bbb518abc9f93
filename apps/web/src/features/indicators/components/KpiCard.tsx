import { Card, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { getIndicator, type IndicatorAsk, indicatorKeys } from "../api/indicators";
import { useIndicatorName } from "../hooks/useIndicatorName";
import { IndicatorValue } from "./IndicatorValue";

/** One indicator's total over the period, as a card that opens the indicator. */
export function KpiCard({ code, ask }: { code: string; ask: IndicatorAsk }) {
  const { t } = useTranslation();
  const plain = { ...ask, by: [] };
  const query = useQuery({
    queryKey: indicatorKeys.one(code, plain),
    queryFn: () => getIndicator(code, plain),
  });
  const name = useIndicatorName()(code);
  return (
    <Card withBorder component={Link} to={`/indicators/${code}`}>
      <Text size="sm" c="dimmed">
        {name}
      </Text>
      <Text size="xl" fw={700}>
        {query.isError ? (
          t("indicators.failed")
        ) : query.data ? (
          <IndicatorValue unit={query.data.unit} cell={query.data.cells[0]} />
        ) : (
          "…"
        )}
      </Text>
    </Card>
  );
}
