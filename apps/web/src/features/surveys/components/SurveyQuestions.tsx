import { Badge, Fieldset, Group, Radio, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { fieldError } from "../../../components/fieldError";
import { type SurveyAnswers, type SurveyDefinition, textIn } from "../api/surveys";

/**
 * The questions of a version of the sustainability survey, one choice per indicator, grouped by dimension.
 * `field` is where the request carries the answers (an assessment's `answers`, a follow-up's `survey`), so
 * that the server's error lands under its question.
 */
export function SurveyQuestions({
  definition,
  answers,
  onChange,
  error,
  field,
}: {
  definition: SurveyDefinition;
  answers: SurveyAnswers;
  onChange: (answers: SurveyAnswers) => void;
  error: unknown;
  field: "answers" | "survey";
}) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="md">
      {definition.dimensions.map((d) => (
        <Fieldset key={d.dimension} legend={t(`cases.dimensions.${d.dimension}`)}>
          <Stack gap="md">
            {d.indicators.map((indicator) => (
              <Radio.Group
                key={indicator.code}
                name={`survey-${indicator.code}`}
                label={
                  <Group gap="xs" component="span">
                    <span>{textIn(indicator.question, i18n.language)}</span>
                    {(d.dimension === "psychosocial" || indicator.restricted) && (
                      <Badge size="xs" color="grape" variant="light" component="span">
                        {t("surveys.restricted")}
                      </Badge>
                    )}
                  </Group>
                }
                value={answers[indicator.code] ?? null}
                onChange={(value) => onChange({ ...answers, [indicator.code]: value })}
                error={fieldError(error, `${field}.${indicator.code}`)}
              >
                <Stack gap={6} mt={6}>
                  {indicator.options.map((o) => (
                    <Radio key={o.value} value={o.value} label={textIn(o.label, i18n.language)} />
                  ))}
                </Stack>
              </Radio.Group>
            ))}
          </Stack>
        </Fieldset>
      ))}
      <Text size="sm" c="dimmed">
        {t("surveys.unanswered")}
      </Text>
    </Stack>
  );
}
