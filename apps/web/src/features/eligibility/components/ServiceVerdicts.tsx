import { Card, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { FoldedSection } from "../../../components/FoldedSection";
import { intlLocale } from "../../../i18n/languages";
import { ConditionList } from "../../rules/components/ConditionList";
import { VerdictBadge } from "../../rules/components/VerdictBadge";
import type { ServiceVerdict } from "../api/eligibility";

/** Every service's verdict, folded away until asked for: the recommendations already pick the fitting ones. */
export function ServiceVerdicts({ services }: { services: ServiceVerdict[] }) {
  const { t, i18n } = useTranslation();
  const sorted = [...services].sort(
    (a, b) => Number(b.reachesReturnee) - Number(a.reachesReturnee) || a.name.localeCompare(b.name),
  );
  return (
    <FoldedSection
      id="service-verdicts"
      title={t("cases.eligibility.services", {
        n: new Intl.NumberFormat(intlLocale(i18n.language)).format(services.length),
      })}
      showLabel={t("cases.eligibility.showServices")}
      hideLabel={t("cases.eligibility.hideServices")}
    >
      {() => (
        <Stack gap="xs" mt="xs">
          {sorted.length === 0 && <Text size="sm">{t("cases.eligibility.noServices")}</Text>}
          {sorted.map((s) => (
            <Card key={s.id} withBorder padding="sm">
              <Group justify="space-between" align="start" wrap="nowrap" mb={4}>
                <div>
                  <Title order={5}>{s.name}</Title>
                  <Text size="sm" c="dimmed">
                    {t(`cases.categories.${s.category}`, { defaultValue: s.category })} · {s.organisationName}
                    {s.reachesReturnee ? "" : ` · ${t("cases.eligibility.outsideArea")}`}
                  </Text>
                </div>
                <VerdictBadge verdict={s.verdict} />
              </Group>
              <ConditionList conditions={s.conditions} anyOf={s.anyOf} />
            </Card>
          ))}
        </Stack>
      )}
    </FoldedSection>
  );
}
