import { Anchor, Group, Paper, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DateText } from "../../../components/DateText";
import { OrganisationName } from "../../../components/OrganisationName";
import { UserName } from "../../../components/UserName";
import { EligibilitySummary } from "../../eligibility/components/EligibilitySummary";
import type { CaseDetail } from "../api/cases";
import { RiskBadge } from "./RiskBadge";
import { StageBadge } from "./StageBadge";

/** The case's fixed header: who, where the case stands, who runs it. */
export function CaseHeader({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const p = detail.person;
  return (
    <Paper
      withBorder
      p="md"
      pos="sticky"
      top={60}
      style={{ zIndex: 2, background: "var(--mantine-color-body)" }}
    >
      <Group justify="space-between" align="start">
        <div>
          <Title order={2}>
            <Anchor component={Link} to={`/persons/${detail.personId}`} inherit>
              {p.givenName} {p.familyName}
            </Anchor>
          </Title>
          {p.nameNative && <Text size="lg">{p.nameNative}</Text>}
          {detail.stage !== "closed" && <EligibilitySummary caseId={detail.id} />}
        </div>
        <Group gap="xl">
          <div>
            <Text size="sm" c="dimmed">
              {t("cases.header.stage")}
            </Text>
            <StageBadge stage={detail.stage} />
          </div>
          <div>
            <Text size="sm" c="dimmed">
              {t("cases.header.risk")}
            </Text>
            <RiskBadge risk={detail.riskLevel} />
          </div>
          <div>
            <Text size="sm" c="dimmed">
              {t("cases.header.caseManager")}
            </Text>
            <Text>
              <UserName id={detail.caseManagerUserId} />
            </Text>
          </div>
          <div>
            <Text size="sm" c="dimmed">
              {t("cases.header.lead")}
            </Text>
            <Text>
              <OrganisationName id={detail.leadOrganisationId} />
            </Text>
          </div>
          <div>
            <Text size="sm" c="dimmed">
              {t("cases.header.opened")}
            </Text>
            <Text>
              <DateText value={detail.openedAt} />
            </Text>
          </div>
        </Group>
      </Group>
    </Paper>
  );
}
