import { List, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../../components/QueryState";
import { getSurveyVersion, type SurveyAnswers, surveyKeys, textIn } from "../api/surveys";

/** A survey's answers as they were asked: the questions and options of the version it was taken on. */
export function SurveyAnswerList({ version, answers }: { version: number; answers: SurveyAnswers }) {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: surveyKeys.version(version),
    queryFn: () => getSurveyVersion(version),
    staleTime: Number.POSITIVE_INFINITY, // a version never changes
  });
  return (
    <QueryState query={query}>
      {({ definition }) => (
        <List size="sm" spacing={4}>
          {definition.dimensions.flatMap((d) =>
            d.indicators
              .filter((i) => answers[i.code] !== undefined)
              .map((i) => {
                const option = i.options.find((o) => o.value === answers[i.code]);
                return (
                  <List.Item key={i.code}>
                    <Text span size="sm">
                      {textIn(i.question, i18n.language)}{" "}
                    </Text>
                    <Text span size="sm" fw={600}>
                      {option ? textIn(option.label, i18n.language) : t("surveys.unknownAnswer")}
                    </Text>
                  </List.Item>
                );
              }),
          )}
        </List>
      )}
    </QueryState>
  );
}
