import { Badge, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../../components/QueryState";
import { RelativeTime } from "../../../components/RelativeTime";
import { UserName } from "../../../components/UserName";
import { RuleSummary } from "../../rules/components/RuleSummary";
import { listRuleVersions, type Programme, programmeKeys } from "../api/programmes";
import { useFormat } from "../hooks/format";

/** Every version of the programme's rule, newest first: who changed it, when, and how many it reaches. */
export function RuleVersionsPanel({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const f = useFormat();
  const versions = useQuery({
    queryKey: programmeKeys.versions(programme.id),
    queryFn: () => listRuleVersions(programme.id),
    // the reach of a new version is counted in the background: look again until every version has its count
    refetchInterval: (q) => (q.state.data?.items.some((v) => v.impact === null) ? 5_000 : false),
  });
  return (
    <Stack>
      <Title order={3} size="h4">
        {t("programmes.versions.title")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("programmes.versions.help")}
      </Text>
      <QueryState query={versions}>
        {(page) =>
          page.items.length === 0 ? (
            <Text>{t("programmes.versions.none")}</Text>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("programmes.versions.version")}</Table.Th>
                    <Table.Th>{t("programmes.versions.changedBy")}</Table.Th>
                    <Table.Th>{t("programmes.versions.changedAt")}</Table.Th>
                    <Table.Th>{t("programmes.versions.reach")}</Table.Th>
                    <Table.Th>{t("programmes.versions.rule")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.items.map((v) => (
                    <Table.Tr key={v.id}>
                      <Table.Td>
                        {t("programmes.ruleVersion", { n: v.version })}
                        {v.version === programme.ruleVersion && (
                          <Badge variant="filled" color="teal" ml="xs" size="sm" miw="max-content">
                            {t("programmes.versions.current")}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <UserName id={v.changedByUserId} none={t("programmes.versions.someone")} />
                      </Table.Td>
                      <Table.Td>
                        <RelativeTime value={v.changedAt} />
                      </Table.Td>
                      <Table.Td>
                        {v.impact
                          ? t("programmes.versions.counted", {
                              eligible: f.number(v.impact.eligible),
                              notEligible: f.number(v.impact.notEligible),
                              unknown: f.number(v.impact.unknown),
                            })
                          : t("programmes.versions.beingCounted")}
                      </Table.Td>
                      <Table.Td>
                        <RuleSummary rule={v.rule} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
    </Stack>
  );
}
