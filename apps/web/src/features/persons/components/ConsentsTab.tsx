import { Badge, Button, Card, Group, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { OrganisationName } from "../../../components/OrganisationName";
import { QueryState } from "../../../components/QueryState";
import { RelativeTime } from "../../../components/RelativeTime";
import { UserName } from "../../../components/UserName";
import { type Consent, fetchConsents } from "../api/persons";
import { RecordConsentForm } from "./RecordConsentForm";
import { RecordRequestsCard } from "./RecordRequestsCard";
import { WithdrawConsentDialog } from "./WithdrawConsentDialog";

/** The consents on record, active or withdrawn, and the forms to record or withdraw one. */
export function ConsentsTab({ personId, canChange }: { personId: string; canChange: boolean }) {
  const { t } = useTranslation();
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const consents = useQuery({
    queryKey: ["persons", personId, "consents"],
    queryFn: () => fetchConsents(personId),
  });
  return (
    <Stack>
      {canChange && <RecordRequestsCard personId={personId} />}
      <QueryState query={consents}>
        {(page) => (
          <Stack>
            <Text size="sm" c="dimmed">
              {t("persons.consents.count", { count: page.total })}
            </Text>
            {page.total === 0 && <Text>{t("persons.consents.none")}</Text>}
            {page.items.map((c) => (
              <Card key={c.id} withBorder data-testid="consent">
                <Group justify="space-between" align="flex-start">
                  <Stack gap={4}>
                    <Group gap="xs">
                      <Text fw={600}>{t(`persons.purpose.${c.purpose}`, { defaultValue: c.purpose })}</Text>
                      <Badge color={c.active ? "green" : "gray"} variant="light">
                        {c.active
                          ? t("persons.consents.active")
                          : c.withdrawnAt
                            ? t("persons.consents.withdrawn")
                            : t("persons.consents.expired")}
                      </Badge>
                    </Group>
                    <Text size="sm">
                      {t("persons.consents.covers")}{" "}
                      {c.organisationIds.length === 0
                        ? t("persons.consents.coversAll")
                        : c.organisationIds.map((id, i) => (
                            <span key={id}>
                              {i > 0 && ", "}
                              <OrganisationName id={id} />
                            </span>
                          ))}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {t("persons.consents.given")} <RelativeTime value={c.givenAt} />
                      {" · "}
                      {t("persons.consents.recordedBy")}{" "}
                      <UserName id={c.recordedByUserId} none={t("persons.system")} />
                    </Text>
                    {c.withdrawnAt && (
                      <Text size="sm" c="dimmed">
                        {t("persons.consents.withdrawnAt")} <RelativeTime value={c.withdrawnAt} />
                        {c.withdrawalNote ? ` — ${c.withdrawalNote}` : ""}
                      </Text>
                    )}
                    {c.note && <Text size="sm">{c.note}</Text>}
                  </Stack>
                  {canChange && c.active && (
                    <Button variant="outline" color="red" onClick={() => setWithdrawing(c)}>
                      {t("persons.consents.withdraw", {
                        purpose: t(`persons.purpose.${c.purpose}`, { defaultValue: c.purpose }),
                      })}
                    </Button>
                  )}
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </QueryState>
      {canChange && <RecordConsentForm personId={personId} />}
      <WithdrawConsentDialog
        consent={withdrawing}
        purposeLabel={withdrawing ? t(`persons.purpose.${withdrawing.purpose}`) : ""}
        onClose={() => setWithdrawing(null)}
      />
    </Stack>
  );
}
