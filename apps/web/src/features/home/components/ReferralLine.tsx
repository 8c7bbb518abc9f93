import { Anchor, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { HomeReferral } from "../api/home";
import { HomeTime } from "./HomeTime";

/**
 * One referral on the home page: who, which service, and its latest change in words; with the
 * organisation that sent it for referrals received, and the one it went to for referrals sent.
 */
export function ReferralLine({
  referral,
  to,
  received = false,
}: {
  referral: HomeReferral;
  to: string;
  received?: boolean;
}) {
  const { t } = useTranslation();
  const latest = referral.events.reduce<HomeReferral["events"][number] | undefined>(
    (a, e) => (!a || e.at >= a.at ? e : a),
    undefined,
  );
  return (
    <div>
      <Anchor component={Link} to={to} fw={600}>
        {referral.person.givenName} {referral.person.familyName}
      </Anchor>
      <Text size="sm">
        {referral.service.name} ·{" "}
        {received
          ? t("home.receivedFrom", { organisation: referral.fromOrganisationName })
          : referral.toOrganisationName}
      </Text>
      <Text size="sm" c="dimmed">
        {latest ? t(`home.referralEvents.${latest.type}`) : t(`home.referralStatus.${referral.status}`)}{" "}
        <HomeTime value={latest?.at ?? referral.updatedAt} />
        {referral.overdue ? ` · ${t("home.overdue")}` : ""}
      </Text>
    </div>
  );
}
