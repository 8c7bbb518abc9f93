import { Card, Group, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { intlLocale } from "../../../i18n/languages";
import { ConditionList } from "../../rules/components/ConditionList";
import { VerdictBadge } from "../../rules/components/VerdictBadge";
import type { ProgrammeVerdict } from "../api/eligibility";

/** One programme's verdict for the returnee, why, and what can be done about it. */
export function ProgrammeVerdictCard({
  programme: p,
  action,
}: {
  programme: ProgrammeVerdict;
  action?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const fmt = new Intl.NumberFormat(intlLocale(i18n.language));
  const places =
    p.placesLeft === null
      ? null
      : p.placesLeft === 0
        ? t("cases.eligibility.full")
        : t("cases.eligibility.placesLeft", { count: p.placesLeft, n: fmt.format(p.placesLeft) });
  return (
    <Card withBorder padding="sm" data-testid="programme-verdict">
      <Group justify="space-between" align="start" wrap="nowrap" mb={4}>
        <div>
          <Title order={5}>{p.name}</Title>
          <Text size="sm" c="dimmed">
            {[
              t(`cases.programmeKinds.${p.kind}`, { defaultValue: p.kind }),
              p.organisationName,
              t("cases.eligibility.ruleVersion", { n: fmt.format(p.ruleVersion) }),
              places,
            ]
              .filter(Boolean)
              .join(" · ")}
          </Text>
        </div>
        <VerdictBadge verdict={p.verdict} />
      </Group>
      <ConditionList conditions={p.conditions} anyOf={p.anyOf} />
      {action && <Group mt="xs">{action}</Group>}
    </Card>
  );
}
