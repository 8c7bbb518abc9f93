import type {
  NeedsScores as DomainNeedsScores,
  PsychosocialScores,
  VulnerabilityScores,
} from "@homecoming/domain";
import { Badge, Card, Group, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { RelativeTime } from "../../../components/RelativeTime";
import { intlLocale } from "../../../i18n/languages";
import type { SurveyAnswers, SurveyScores } from "../../surveys/api/surveys";
import { SurveyAnswerList } from "../../surveys/components/SurveyAnswerList";
import { type Assessment, dimensions } from "../api/cases";

const priorityColors: Record<string, string> = { none: "gray", low: "green", medium: "yellow", high: "red" };
const levelColors: Record<string, string> = {
  low: "green",
  moderate: "yellow",
  severe: "red",
  medium: "yellow",
  high: "red",
};

// a reader outside the lead organisation gets the needs scores without their psychosocial dimension
type NeedsScores = Partial<DomainNeedsScores>;

/** One recorded assessment with what the server computed from it. */
export function AssessmentCard({ assessment }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation();
  const fmt = new Intl.NumberFormat(intlLocale(i18n.language));
  const badge = (color: string | undefined, text: string) => (
    <Badge color={color ?? "gray"} variant="light" c={color === "yellow" ? "dark" : undefined}>
      {text}
    </Badge>
  );
  let body: React.ReactNode = null;
  if (assessment.kind === "psychosocial" && (assessment.redacted || !assessment.scores)) {
    body = <Text c="dimmed">{t("cases.assessments.redacted")}</Text>;
  } else if (assessment.kind === "needs" && assessment.scores) {
    const s = assessment.scores as NeedsScores;
    body = (
      <List listStyleType="none" spacing="xs">
        {dimensions
          .filter((d) => s[d])
          .map((d) => (
            <List.Item key={d}>
              <Group gap="xs">
                <Text fw={600}>{t(`cases.dimensions.${d}`)}:</Text>
                {badge(priorityColors[s[d]!.priority], t(`cases.priority.${s[d]!.priority}`))}
                <Text size="sm" c="dimmed">
                  {t("cases.assessments.score", { score: fmt.format(s[d]!.score) })}
                </Text>
              </Group>
              {s[d]!.needs.length > 0 && (
                <Text size="sm">
                  {t("cases.assessments.suggested")}{" "}
                  {s[d]!.needs.map((c) => t(`cases.categories.${c}`)).join(", ")}
                </Text>
              )}
            </List.Item>
          ))}
        {!s.psychosocial && <List.Item c="dimmed">{t("cases.assessments.psychosocialHidden")}</List.Item>}
      </List>
    );
  } else if (assessment.kind === "vulnerability" && assessment.scores) {
    const s = assessment.scores as VulnerabilityScores;
    body = (
      <>
        <Group gap="xs">
          <Text fw={600}>{t("cases.header.risk")}:</Text>
          {badge(levelColors[s.riskLevel], t(`cases.risk.${s.riskLevel}`))}
          <Text size="sm" c="dimmed">
            {t("cases.assessments.score", { score: fmt.format(s.score) })}
          </Text>
        </Group>
        <Text size="sm">
          {s.flags.length
            ? s.flags.map((f) => t(`cases.flags.codes.${f.code}`, { defaultValue: f.label })).join(", ")
            : t("cases.assessments.noFlags")}
        </Text>
      </>
    );
  } else if (assessment.kind === "sustainability_survey" && assessment.scores) {
    const s = assessment.scores as SurveyScores;
    const two = new Intl.NumberFormat(intlLocale(i18n.language), {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    const score = (value: number | null) => (value === null ? "–" : two.format(value));
    body = (
      <>
        <Text size="sm" c="dimmed" mb="xs">
          {t(`surveys.occasions.${assessment.occasion ?? "other"}`)} ·{" "}
          {t("surveys.version", { version: s.version })}
        </Text>
        <Group gap="lg" mb="xs">
          {dimensions.map((d) => (
            <Text key={d} size="sm">
              {t(`cases.dimensions.${d}`)}: <b>{score(s.dimensions[d])}</b>
            </Text>
          ))}
          {s.composite !== null && (
            <Group gap="xs">
              <Text size="sm">
                {t("surveys.lines.composite")}: <b>{score(s.composite)}</b>
              </Text>
              {badge(
                s.aboveThreshold ? "green" : "yellow",
                t(s.aboveThreshold ? "surveys.aboveThreshold" : "surveys.belowThreshold"),
              )}
            </Group>
          )}
        </Group>
        {assessment.redacted && (
          <Text size="sm" c="dimmed" mb="xs">
            {t("surveys.trend.withheld")}
          </Text>
        )}
        {assessment.surveyVersion !== null && (
          <SurveyAnswerList
            version={assessment.surveyVersion}
            answers={assessment.answers as SurveyAnswers}
          />
        )}
      </>
    );
  } else if (assessment.kind === "psychosocial" && assessment.scores) {
    const s = assessment.scores as PsychosocialScores;
    body = (
      <Group gap="xs">
        <Text fw={600}>{t("cases.assessments.k6", { total: fmt.format(s.k6Total) })}</Text>
        {badge(levelColors[s.level], t(`cases.distress.${s.level}`))}
      </Group>
    );
  }
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Text fw={700}>{t(`cases.assessments.kinds.${assessment.kind}`)}</Text>
        <Text size="sm" c="dimmed">
          <RelativeTime value={assessment.createdAt} />
        </Text>
      </Group>
      {body}
    </Card>
  );
}
