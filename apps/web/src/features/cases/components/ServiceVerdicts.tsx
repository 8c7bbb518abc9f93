import { Button, Card, Collapse, Group, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { ConditionList } from "../../../components/rules/ConditionList";
import { VerdictBadge } from "../../../components/rules/VerdictBadge";
import type { ServiceVerdict } from "../api/eligibility";

/** Every service's verdict, folded away until asked for: the recommendations already pick the fitting ones. */
export function ServiceVerdicts({ services }: { services: ServiceVerdict[] }) {
  const { t, i18n } = useTranslation();
  const [open, { toggle }] = useDisclosure(false);
  const sorted = [...services].sort(
    (a, b) => Number(b.reachesReturnee) - Number(a.reachesReturnee) || a.name.localeCompare(b.name),
  );
  return (
    <section aria-labelledby="service-verdicts-title">
      <Group justify="space-between">
        <Title order={4} id="service-verdicts-title">
          {t("cases.eligibility.services", {
            n: new Intl.NumberFormat(i18n.language).format(services.length),
          })}
        </Title>
        <Button
          variant="default"
          size="xs"
          onClick={toggle}
          aria-expanded={open}
          aria-controls="service-verdicts"
        >
          {open ? t("cases.eligibility.hideServices") : t("cases.eligibility.showServices")}
        </Button>
      </Group>
      <Collapse expanded={open} id="service-verdicts">
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
              <ConditionList conditions={s.conditions} />
            </Card>
          ))}
        </Stack>
      </Collapse>
    </section>
  );
}
