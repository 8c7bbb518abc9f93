import { Button, Collapse, Group, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { ProgrammeVerdict } from "../api/eligibility";
import { ProgrammeVerdictCard } from "./ProgrammeVerdictCard";

/**
 * Programmes whose areas do not cover the returnee, with their verdicts, folded away until asked for: the
 * returnee cannot apply to them from this case, and a national catalogue holds hundreds.
 */
export function ProgrammesElsewhere({ programmes }: { programmes: ProgrammeVerdict[] }) {
  const { t, i18n } = useTranslation();
  const [open, { toggle }] = useDisclosure(false);
  return (
    <section aria-labelledby="programmes-elsewhere-title">
      <Group justify="space-between">
        <Title order={4} id="programmes-elsewhere-title">
          {t("cases.eligibility.elsewhere", {
            n: new Intl.NumberFormat(i18n.language).format(programmes.length),
          })}
        </Title>
        <Button
          variant="default"
          size="xs"
          onClick={toggle}
          aria-expanded={open}
          aria-controls="programmes-elsewhere"
        >
          {open ? t("cases.eligibility.hideElsewhere") : t("cases.eligibility.showElsewhere")}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {t("cases.eligibility.elsewhereHint")}
      </Text>
      <Collapse expanded={open} id="programmes-elsewhere">
        {open && (
          <Stack gap="xs">
            {programmes.map((p) => (
              <ProgrammeVerdictCard key={p.id} programme={p} />
            ))}
          </Stack>
        )}
      </Collapse>
    </section>
  );
}
