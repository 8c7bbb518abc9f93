import { Anchor, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../../api/client";
import { ErrorState } from "../../../components/ErrorState";
import { QueryState } from "../../../components/QueryState";
import { answerableAsk, exportUrl, getIndicator, indicatorKeys, listIndicators } from "../api/indicators";
import { useIndicatorAsk } from "../hooks/useIndicatorAsk";
import { IndicatorControls } from "./IndicatorControls";
import { IndicatorResultView } from "./IndicatorResultView";

/** One indicator: what it counts, and its values over a period, split and filtered as the user chooses. */
export function IndicatorPage() {
  const { t } = useTranslation();
  const { code = "" } = useParams();
  const [asked, setAsk] = useIndicatorAsk();
  const catalogue = useQuery({
    queryKey: indicatorKeys.catalogue,
    queryFn: listIndicators,
    staleTime: Infinity,
  });
  const known = catalogue.data?.items.find((i) => i.code === code);
  const ask = known ? answerableAsk(known, asked) : asked;
  // the same query the view makes, read here for the names of the filters in force
  const result = useQuery({
    queryKey: indicatorKeys.one(code, ask),
    queryFn: () => getIndicator(code, ask),
    enabled: known !== undefined,
  });
  return (
    <QueryState query={catalogue}>
      {({ items }) => {
        const definition = items.find((i) => i.code === code);
        if (!definition)
          return <ErrorState error={new ApiError(404, "not_found", t("indicators.notFound", { code }))} />;
        const name = t(`indicators.names.${code}`, { defaultValue: definition.name });
        return (
          <Stack>
            <Anchor component={Link} to="/indicators" size="sm">
              {t("indicators.backToOverview")}
            </Anchor>
            <Title order={2}>{name}</Title>
            <Text>{definition.definition}</Text>
            <Text size="sm" c="dimmed">
              {t("indicators.sourceLine", {
                source: definition.source,
                reference: definition.reference ?? "",
              })}
            </Text>
            <Paper withBorder p="md">
              <IndicatorControls
                ask={ask}
                onChange={setAsk}
                allowed={definition.disaggregations}
                splits
                labels={result.data?.labels}
              />
            </Paper>
            <Group>
              {(["csv", "xlsx"] as const).map((format) => (
                <Button
                  key={format}
                  component="a"
                  href={exportUrl(code, ask, format)}
                  download
                  variant="default"
                >
                  {t(`indicators.download.${format}`)}
                </Button>
              ))}
            </Group>
            <IndicatorResultView code={code} name={name} ask={ask} link={false} />
          </Stack>
        );
      }}
    </QueryState>
  );
}
