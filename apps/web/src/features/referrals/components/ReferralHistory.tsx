import { List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { RelativeTime } from "../../../components/RelativeTime";
import type { Referral } from "../api/referrals";

/** The referral's status history from its events: what happened, by whom (organisation), when, and why. */
export function ReferralHistory({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const orgName = (id: string | null) =>
    id === null
      ? t("referrals.history.system")
      : id === referral.toOrganisationId
        ? referral.toOrganisationName
        : id === referral.fromOrganisationId
          ? referral.fromOrganisationName
          : t("referrals.history.otherOrganisation");
  return (
    <List size="sm" spacing={4} aria-label={t("referrals.history.title")}>
      {referral.events.map((e) => (
        <List.Item key={e.id}>
          <Text size="sm" span fw={500}>
            {t(`referrals.event.${e.type}`, { defaultValue: e.type })}
          </Text>{" "}
          <Text size="sm" span c="dimmed">
            {t("referrals.history.by", { organisation: orgName(e.actorOrganisationId) })} ·{" "}
            <RelativeTime value={e.at} />
          </Text>
          {e.reasonCode && (
            <Text size="sm">
              {t("referrals.history.reason")}: {t(`referrals.reasonCode.${e.reasonCode}`)}
            </Text>
          )}
          {e.note && (
            <Text size="sm">
              {t("referrals.history.note")}: {e.note}
            </Text>
          )}
          {e.outcome && (
            <Text size="sm">
              {t("referrals.history.outcome")}: {e.outcome}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
