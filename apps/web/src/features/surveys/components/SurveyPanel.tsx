import { Stack, Table, Text, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/DateText";
import { QueryState } from "../../../components/QueryState";
import { UserName } from "../../../components/UserName";
import { getCurrentSurvey, getSurveyVersions, surveyKeys } from "../api/surveys";
import { SurveyEditor } from "./SurveyEditor";

/** The sustainability survey for administrators: the version in use to edit, and every version kept. */
export function SurveyPanel() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const current = useQuery({ queryKey: surveyKeys.current, queryFn: getCurrentSurvey });
  const versions = useQuery({ queryKey: surveyKeys.versions, queryFn: getSurveyVersions });
  const refresh = () => {
    void client.invalidateQueries({ queryKey: surveyKeys.current });
    void client.invalidateQueries({ queryKey: surveyKeys.versions });
  };
  return (
    <Stack>
      <Text>{t("surveys.editor.intro")}</Text>
      <QueryState query={current}>
        {(survey) => (
          <Stack>
            <Title order={3}>{t("surveys.editor.inUse", { version: survey.version })}</Title>
            {/* a saved version starts a fresh edit of itself */}
            <SurveyEditor key={survey.version} current={survey} onSaved={refresh} />
          </Stack>
        )}
      </QueryState>
      <Title order={3}>{t("surveys.editor.versions")}</Title>
      <QueryState query={versions}>
        {(page) => (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("surveys.editor.versionColumn")}</Table.Th>
                <Table.Th>{t("surveys.editor.savedOn")}</Table.Th>
                <Table.Th>{t("surveys.editor.savedBy")}</Table.Th>
                <Table.Th>{t("surveys.editor.note")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.items.map((v) => (
                <Table.Tr key={v.version}>
                  <Table.Td>{v.version}</Table.Td>
                  <Table.Td>
                    <DateText value={String(v.createdAt)} />
                  </Table.Td>
                  <Table.Td>
                    <UserName id={v.createdByUserId} none={t("surveys.editor.shipped")} />
                  </Table.Td>
                  <Table.Td>{v.note ?? ""}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </Stack>
  );
}
