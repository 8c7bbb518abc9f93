import { Anchor, Card, SimpleGrid, Text, Title } from "@mantine/core";
import { useQueries, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { intlLocale } from "../../../i18n/languages";
import { can, useMe } from "../../auth/hooks/useMe";
import {
  caseloadCount,
  caseStages,
  followUpsDue,
  incomingWaiting,
  overdueReferrals,
  sentReferrals,
} from "../api/home";
import { HomeListCard } from "./HomeListCard";
import { HomeTime } from "./HomeTime";
import { ReferralLine } from "./ReferralLine";

export function HomePage() {
  const { t, i18n } = useTranslation();
  const me = useMe().data;
  const fmt = new Intl.NumberFormat(intlLocale(i18n.language));
  const caseWorker = can(me, "follow_up.due");
  const counts = useQueries({
    queries: caseStages.map((stage) => ({
      queryKey: ["caseload", stage],
      queryFn: () => caseloadCount(stage),
      enabled: caseWorker,
    })),
  });
  const receiver = can(me, "referral.list");
  const incoming = useQuery({ queryKey: ["home", "incoming"], queryFn: incomingWaiting, enabled: receiver });
  const sent = useQuery({ queryKey: ["home", "sent"], queryFn: sentReferrals, enabled: caseWorker });
  const overdue = useQuery({ queryKey: ["home", "overdue"], queryFn: overdueReferrals, enabled: caseWorker });
  const due = useQuery({ queryKey: ["home", "followUps"], queryFn: followUpsDue, enabled: caseWorker });
  return (
    <>
      <Title order={2} mb="md">
        {t("home.greeting", { name: me?.user.name })}
      </Title>
      {caseWorker && (
        <section aria-labelledby="caseload-title">
          <Title order={3} size="h4" mb="xs" id="caseload-title">
            {t("home.caseload")}
          </Title>
          <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} mb="lg">
            {caseStages.map((stage, i) => (
              <Card key={stage} withBorder component={Link} to={`/cases?mine=true&stage=${stage}`}>
                <Text size="sm" c="dimmed">
                  {t(`home.stages.${stage}`)}
                </Text>
                <Text size="xl" fw={700}>
                  {counts[i]?.data === undefined ? "…" : fmt.format(counts[i].data)}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        </section>
      )}
      {!caseWorker && !receiver && can(me, "indicator.read") && (
        <Card withBorder component={Link} to="/indicators" maw={480} mb="lg">
          <Text fw={700}>{t("home.indicators.title")}</Text>
          <Text size="sm">{t("home.indicators.text")}</Text>
        </Card>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {receiver && (
          <HomeListCard
            words="needsAction"
            query={incoming}
            allLink="/inbox"
            highlight
            renderItem={(r) => <ReferralLine referral={r} to="/inbox" received />}
          />
        )}
        {caseWorker && (
          <HomeListCard
            words="followUps"
            query={due}
            allLink="/cases?mine=true"
            renderItem={(f) => (
              <div>
                <Anchor component={Link} to={`/cases/${f.caseId}`} fw={600}>
                  {f.person.givenName} {f.person.familyName}
                </Anchor>
                <Text size="sm" c="dimmed">
                  <bdi>{t(`home.followUpKinds.${f.kind}`)}</bdi> · {t(`home.followUpStatus.${f.status}`)} ·{" "}
                  <HomeTime value={f.dueDate} dateOnly />
                </Text>
              </div>
            )}
          />
        )}
        {caseWorker && (
          <HomeListCard
            words="overdueReferrals"
            query={overdue}
            allLink="/cases?mine=true"
            highlight
            renderItem={(r) => <ReferralLine referral={r} to={`/cases/${r.caseId}`} />}
          />
        )}
        {caseWorker && (
          <HomeListCard
            words="sentReferrals"
            query={sent}
            allLink="/cases?mine=true"
            renderItem={(r) => <ReferralLine referral={r} to={`/cases/${r.caseId}`} />}
          />
        )}
      </SimpleGrid>
    </>
  );
}
