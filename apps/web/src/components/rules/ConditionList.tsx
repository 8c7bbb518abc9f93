import { Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { EvaluatedCondition } from "./api";
import { OutcomeBadge } from "./VerdictBadge";

/** Each condition of an evaluated rule: met, failed or unknown, and why. */
export function ConditionList({ conditions }: { conditions: EvaluatedCondition[] }) {
  const { t } = useTranslation();
  if (conditions.length === 0) return <Text size="sm">{t("rules.preview.noConditions")}</Text>;
  return (
    <Stack gap={6} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {conditions.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: conditions are listed in the rule's order and have no id
        <Group component="li" key={i} gap="xs" wrap="nowrap" align="start">
          <OutcomeBadge outcome={c.outcome} />
          <div>
            <Text size="sm">{c.text}</Text>
            {c.because && (
              <Text size="xs" c="dimmed">
                {t("rules.preview.because", { because: c.because })}
              </Text>
            )}
          </div>
        </Group>
      ))}
    </Stack>
  );
}
