import { Paper, Stack, Table, Text, Title } from "@mantine/core";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/DateText";
import { Loading } from "../../../components/Loading";
import { intlLocale } from "../../../i18n/languages";
import type { SurveyScores } from "../../surveys/api/surveys";
import { type Assessment, dimensions } from "../api/cases";

// the charting library loads with the first chart, not with the case screen
const SustainabilityChart = lazy(() =>
  import("./SustainabilityChart").then((m) => ({ default: m.SustainabilityChart })),
);

const colours = {
  economic: "teal.6",
  social: "blue.6",
  psychosocial: "grape.6",
  composite: "dark.4",
} as const;
const lines = [...dimensions, "composite"] as const;

/**
 * Each dimension's score and the composite at every sustainability survey of the case, oldest first: a line
 * chart, and the table of the same numbers as its text alternative. A reader outside the lead organisation
 * has no psychosocial score and no composite, so those lines stay empty.
 */
export function SustainabilityTrend({ assessments }: { assessments: Assessment[] }) {
  const { t, i18n } = useTranslation();
  const fmt = new Intl.NumberFormat(intlLocale(i18n.language), {
    maximumFractionDigits: 2,
    minimumFractionDigits: 2,
  });
  const day = new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: "short", timeZone: "UTC" });
  const surveys = assessments
    .filter((a) => a.kind === "sustainability_survey" && a.scores)
    .sort((a, b) => String(a.createdAt).localeCompare(String(b.createdAt)));
  if (surveys.length === 0) return null;
  const rows = surveys.map((a) => {
    const s = a.scores as SurveyScores;
    return {
      id: a.id,
      createdAt: a.createdAt,
      occasion: t(`surveys.occasions.${a.occasion ?? "other"}`),
      economic: s.dimensions.economic,
      social: s.dimensions.social,
      psychosocial: s.dimensions.psychosocial,
      composite: s.composite,
    };
  });
  const shown = lines.filter((l) => rows.some((r) => r[l] !== null));
  const cell = (value: number | null) => (value === null ? "–" : fmt.format(value));
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{t("surveys.trend.title")}</Title>
        <div role="img" aria-label={t("surveys.trend.alt")}>
          <Suspense fallback={<Loading />}>
            <SustainabilityChart
              data={rows.map((r) => ({ ...r, at: `${r.occasion} ${day.format(new Date(r.createdAt))}` }))}
              series={shown.map((l) => ({ name: l, label: t(`surveys.lines.${l}`), color: colours[l] }))}
              format={(v) => fmt.format(v)}
            />
          </Suspense>
        </div>
        <Table striped>
          <Table.Caption>{t("surveys.trend.caption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("surveys.trend.when")}</Table.Th>
              {lines.map((l) => (
                <Table.Th key={l}>{t(`surveys.lines.${l}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  {r.occasion}, <DateText value={r.createdAt} />
                </Table.Td>
                {lines.map((l) => (
                  <Table.Td key={l}>{cell(r[l])}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {surveys.some((a) => a.redacted) && (
          <Text size="sm" c="dimmed">
            {t("surveys.trend.withheld")}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
