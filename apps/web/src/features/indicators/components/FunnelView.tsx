import { Stack, Table } from "@mantine/core";
import { useQueries } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Loading } from "../../../components/Loading";
import { getIndicator, type IndicatorAsk, indicatorKeys } from "../api/indicators";
import { useIndicatorName } from "../hooks/useIndicatorName";
import { IndicatorValue } from "./IndicatorValue";

const FunnelChart = lazy(() => import("./FunnelChart").then((m) => ({ default: m.FunnelChart })));

const steps = [
  "referrals_sent",
  "referrals_accepted",
  "referrals_completed",
  "referrals_declined",
  "referrals_not_completed",
  "referrals_overdue",
] as const;

/** The referral funnel over the period: sent, accepted, completed, and what fell out, as bars and a table. */
export function FunnelView({ ask }: { ask: IndicatorAsk }) {
  const { t } = useTranslation();
  const plain = { ...ask, by: [] };
  const results = useQueries({
    queries: steps.map((code) => ({
      queryKey: indicatorKeys.one(code, plain),
      queryFn: () => getIndicator(code, plain),
    })),
  });
  const name = useIndicatorName();
  if (results.some((r) => r.isPending)) return <Loading />;
  const data = steps.map((code, i) => ({
    step: name(code),
    value: results[i]?.data?.cells[0]?.value ?? null,
  }));
  return (
    <Stack gap="xs">
      <div role="img" aria-label={t("indicators.funnelAlt")}>
        <Suspense fallback={<Loading />}>
          <FunnelChart data={data} label={t("indicators.referrals")} />
        </Suspense>
      </div>
      <Table striped withTableBorder>
        <Table.Caption>{t("indicators.funnelCaption")}</Table.Caption>
        <Table.Tbody>
          {steps.map((code, i) => (
            <Table.Tr key={code}>
              <Table.Th scope="row">{name(code)}</Table.Th>
              <Table.Td>
                {results[i]?.data ? (
                  <IndicatorValue unit="count" cell={results[i].data.cells[0]} />
                ) : (
                  t("indicators.failed")
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
