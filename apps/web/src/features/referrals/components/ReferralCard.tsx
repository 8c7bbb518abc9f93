import { openStatuses } from "@homecoming/domain/values";
import { Badge, Card, Group, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { RelativeTime } from "../../../components/RelativeTime";
import type { Referral } from "../api/referrals";
import { ReferralHistory } from "./ReferralHistory";
import { StatusBadge } from "./StatusBadge";

/** One referral: service, provider, status in words and colour, who holds it since when, overdue, history. */
export function ReferralCard({
  referral: r,
  showPerson = false,
  actions,
}: {
  referral: Referral;
  showPerson?: boolean;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const last = r.events[r.events.length - 1];
  const holder =
    r.status === "draft"
      ? r.fromOrganisationName
      : (openStatuses as readonly string[]).includes(r.status)
        ? r.toOrganisationName
        : null;
  return (
    <Card
      withBorder
      padding="md"
      style={r.overdue ? { borderColor: "var(--mantine-color-red-7)", borderWidth: 2 } : undefined}
      aria-label={t("referrals.cardLabel", { service: r.service.name })}
      data-testid="referral-card"
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <div>
            <Text fw={600}>{r.service.name}</Text>
            <Text size="sm" c="dimmed">
              {t("referrals.fromTo", { from: r.fromOrganisationName, to: r.toOrganisationName })}
              {showPerson && !r.withheld && ` · ${r.person.givenName} ${r.person.familyName}`}
            </Text>
          </div>
          <Group gap="xs">
            {r.urgency === "urgent" && <Badge color="red.9">{t("referrals.urgency.urgent")}</Badge>}
            {r.overdue && (
              <Badge color="red.9" variant="filled">
                {t("referrals.overdue")}
              </Badge>
            )}
            <StatusBadge status={r.status} />
          </Group>
        </Group>
        {r.withheld ? (
          <Text size="sm" c="dimmed">
            {t("referrals.withheld")}
          </Text>
        ) : (
          <Text size="sm">{r.reason}</Text>
        )}
        {last && (
          <Text size="sm" c="dimmed">
            {holder ? t("referrals.heldBy", { organisation: holder }) : t(`referrals.status.${r.status}`)} ·{" "}
            {t("referrals.since")} <RelativeTime value={last.at} />
            {r.dueAt && (
              <>
                {" "}
                · {t("referrals.due")} <RelativeTime value={r.dueAt} />
              </>
            )}
          </Text>
        )}
        {r.outcome && (
          <Text size="sm">
            <Text span fw={500}>
              {t("referrals.history.outcome")}:
            </Text>{" "}
            {r.outcome}
          </Text>
        )}
        <ReferralHistory referral={r} />
        {actions}
      </Stack>
    </Card>
  );
}
