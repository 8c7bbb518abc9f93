import { categoriesOf } from "@homecoming/reference/service-taxonomy";
import { Anchor, Paper, SimpleGrid, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../../api/client";
import { ErrorState } from "../../../components/ErrorState";
import { type Dimension, dimensions } from "../../cases/api/cases";
import { returneeDisaggregations } from "../api/indicators";
import { useIndicatorAsk } from "../hooks/useIndicatorAsk";
import { useIndicatorName } from "../hooks/useIndicatorName";
import { IndicatorControls } from "./IndicatorControls";
import { IndicatorResultView } from "./IndicatorResultView";

/**
 * One dimension of reintegration: its mean score by occasion and over time, and the returnees referred to and
 * served by the services of that dimension.
 */
export function DimensionPage() {
  const { t } = useTranslation();
  const { dimension = "" } = useParams();
  const [ask, setAsk] = useIndicatorAsk();
  const name = useIndicatorName();
  if (!(dimensions as readonly string[]).includes(dimension))
    return <ErrorState error={new ApiError(404, "not_found", t("indicators.noDimension"))} />;
  const d = dimension as Dimension;
  const plain = { ...ask, by: [] };
  const ours = new Set<string>(categoriesOf(d).map((c) => c.code));
  const keep = (key: string) => ours.has(key);
  const mean = `sustainability_${d}_mean`;
  const panels = [
    { title: name(mean), code: mean, by: "occasion" as const, keep: false },
    {
      title: t("indicators.overTime", { name: name(mean) }),
      code: mean,
      by: "quarter" as const,
      keep: false,
    },
    {
      title: name("returnees_referred"),
      code: "returnees_referred",
      by: "serviceCategory" as const,
      keep: true,
    },
    { title: name("returnees_served"), code: "returnees_served", by: "serviceCategory" as const, keep: true },
  ];
  return (
    <Stack>
      <Anchor component={Link} to="/indicators" size="sm">
        {t("indicators.backToOverview")}
      </Anchor>
      <Title order={2}>{t("indicators.dimensionTitle", { dimension: t(`cases.dimensions.${d}`) })}</Title>
      <Paper withBorder p="md">
        <IndicatorControls ask={plain} onChange={setAsk} allowed={returneeDisaggregations} />
      </Paper>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {panels.map((p) => (
          <Paper key={p.title} withBorder p="md">
            <Title order={3} size="h4" mb="sm">
              {p.title}
            </Title>
            <IndicatorResultView
              code={p.code}
              name={name(p.code)}
              ask={{ ...plain, by: [p.by] }}
              {...(p.keep ? { keep } : {})}
            />
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
