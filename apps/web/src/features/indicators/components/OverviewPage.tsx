import { Anchor, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { QueryState } from "../../../components/QueryState";
import { dimensions } from "../../cases/api/cases";
import { indicatorKeys, listIndicators, returneeDisaggregations } from "../api/indicators";
import { useIndicatorAsk } from "../hooks/useIndicatorAsk";
import { useIndicatorName } from "../hooks/useIndicatorName";
import { FunnelView } from "./FunnelView";
import { IndicatorControls } from "./IndicatorControls";
import { IndicatorResultView } from "./IndicatorResultView";
import { KpiCard } from "./KpiCard";

const headline = [
  "returnees_registered",
  "cases_active",
  "referrals_sent",
  "referral_completion_rate",
  "follow_ups_made_share",
  "sustainability_composite_mean",
] as const;

/**
 * The overview for programme managers: the headline figures, the case flow, the referral funnel, the
 * sustainability scores and a table by district, all over one period and filter; then every indicator.
 */
export function OverviewPage() {
  const { t } = useTranslation();
  const [ask, setAsk] = useIndicatorAsk();
  const catalogue = useQuery({
    queryKey: indicatorKeys.catalogue,
    queryFn: listIndicators,
    staleTime: Infinity,
  });
  const plain = { ...ask, by: [] };
  const name = useIndicatorName();
  const section = (title: string, body: React.ReactNode) => (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      {body}
    </Paper>
  );
  return (
    <Stack>
      <Title order={2}>{t("indicators.title")}</Title>
      <Text>{t("indicators.intro")}</Text>
      <Anchor component={Link} to="/indicators/report">
        {t("indicators.report.link")}
      </Anchor>
      <Paper withBorder p="md">
        <IndicatorControls ask={plain} onChange={setAsk} allowed={returneeDisaggregations} />
      </Paper>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {headline.map((code) => (
          <KpiCard key={code} code={code} ask={plain} />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {section(
          t("indicators.sections.flow"),
          <IndicatorResultView
            code="cases_opened"
            name={name("cases_opened")}
            ask={{ ...plain, by: ["month"] }}
          />,
        )}
        {section(t("indicators.sections.funnel"), <FunnelView ask={plain} />)}
        {section(
          t("indicators.sections.scores"),
          <Stack>
            <IndicatorResultView
              code="sustainability_composite_mean"
              name={name("sustainability_composite_mean")}
              ask={{ ...plain, by: ["occasion"] }}
            />
            <Group>
              {dimensions.map((d) => (
                <Anchor key={d} component={Link} to={`/indicators/dimensions/${d}`}>
                  {t("indicators.dimensionPage", { dimension: t(`cases.dimensions.${d}`) })}
                </Anchor>
              ))}
            </Group>
          </Stack>,
        )}
        {section(
          t("indicators.sections.districts"),
          <IndicatorResultView
            code="returnees_registered"
            name={name("returnees_registered")}
            ask={{ ...plain, by: ["district"] }}
          />,
        )}
      </SimpleGrid>
      {section(
        t("indicators.sections.catalogue"),
        <QueryState query={catalogue}>
          {({ items }) => (
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("indicators.column.name")}</Table.Th>
                  <Table.Th>{t("indicators.column.unit")}</Table.Th>
                  <Table.Th>{t("indicators.column.definition")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((i) => (
                  <Table.Tr key={i.code}>
                    <Table.Td>
                      <Anchor component={Link} to={`/indicators/${i.code}`}>
                        {t(`indicators.names.${i.code}`, { defaultValue: i.name })}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t(`indicators.units.${i.unit}`)}</Table.Td>
                    <Table.Td>{i.definition}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </QueryState>,
      )}
    </Stack>
  );
}
