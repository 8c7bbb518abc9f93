import { Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/DateText";
import { QueryState } from "../../../components/QueryState";
import { RelativeTime } from "../../../components/RelativeTime";
import { caseKeys, getFollowUps } from "../api/cases";
import { FollowUpForm } from "./FollowUpForm";

const statusColors: Record<string, string> = {
  scheduled: "gray",
  due: "yellow",
  overdue: "red",
  done: "green",
};

/** The 3-, 6- and 12-month follow-ups and the checks of money given (repayment, grant use): when, whether done, and recording one. */
export function FollowUpsSection({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const [recording, setRecording] = useState<string | null>(null);
  const query = useQuery({ queryKey: caseKeys.followUps(caseId), queryFn: () => getFollowUps(caseId) });
  // the server counts whole UTC days, and so does this
  const today = new Date().toISOString().slice(0, 10);
  return (
    <Stack>
      <Title order={3}>{t("cases.sections.followUps")}</Title>
      {canWrite && (
        <Stack gap={0}>
          <Text size="sm" c="dimmed">
            {t("cases.followUps.contactHint")}
          </Text>
          <FollowUpForm
            caseId={caseId}
            open={recording === "contact"}
            onToggle={(o) => setRecording(o ? "contact" : null)}
          />
        </Stack>
      )}
      <QueryState query={query}>
        {(page) =>
          page.items.length === 0 ? (
            <Text>{t("cases.followUps.none")}</Text>
          ) : (
            <Stack>
              {page.items.map((f) => (
                <Card key={f.id} withBorder>
                  <Group justify="space-between">
                    <Text fw={700}>
                      <bdi>{t(`cases.followUps.kinds.${f.kind}`)}</bdi>
                    </Text>
                    <Badge
                      color={statusColors[f.status] ?? "gray"}
                      variant="light"
                      c={f.status === "due" ? "dark" : undefined}
                    >
                      {t(`cases.followUps.statuses.${f.status}`)}
                    </Badge>
                  </Group>
                  <Text size="sm">
                    {t(f.opensOn === null ? "cases.followUps.contactOn" : "cases.followUps.dueOn")}{" "}
                    <DateText value={f.dueDate} />
                  </Text>
                  {f.status !== "done" && f.opensOn !== null && f.opensOn > today && (
                    <Text size="sm" c="dimmed">
                      {t("cases.followUps.opensOn")} <DateText value={f.opensOn} />.{" "}
                      {t("cases.followUps.notYet")}
                    </Text>
                  )}
                  {f.doneAt && (
                    <Text size="sm">
                      {t("cases.followUps.doneSummary", {
                        method: t(`cases.followUps.methods.${f.contactMethod}`),
                        reached: t(f.reached ? "cases.followUps.reachedYes" : "cases.followUps.reachedNo"),
                      })}{" "}
                      <RelativeTime value={f.doneAt} />
                      {f.note ? ` — ${f.note}` : ""}
                    </Text>
                  )}
                  {canWrite && f.status !== "done" && (f.opensOn === null || f.opensOn <= today) && (
                    <FollowUpForm
                      caseId={caseId}
                      followUp={f}
                      open={recording === f.id}
                      onToggle={(o) => setRecording(o ? f.id : null)}
                    />
                  )}
                </Card>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
