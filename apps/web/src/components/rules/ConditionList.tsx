import { Badge, Group, List, Text, ThemeIcon } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ConditionWords, Outcome } from "./api";

const marks: Record<Outcome, { symbol: string; colour: string }> = {
  met: { symbol: "✓", colour: "teal" },
  failed: { symbol: "✗", colour: "red" },
  unknown: { symbol: "?", colour: "gray" },
};

/**
 * Each condition of an evaluated rule: whether it held, in words and a mark, what it says and why it came out
 * so. `empty` is what to say when the rule has no conditions.
 */
export function ConditionList({ conditions, empty }: { conditions: ConditionWords[]; empty?: string }) {
  const { t } = useTranslation();
  if (conditions.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {empty ?? t("rules.conditions.none")}
      </Text>
    );
  return (
    <>
      <List spacing={4} size="sm" listStyleType="none" aria-label={t("rules.conditions.label")}>
        {conditions.map((c, i) => {
          const mark = marks[c.outcome];
          // outside the lead organisation the server replaces a restricted condition's values with "restricted"
          const because = c.because && c.because !== "restricted" ? c.because : undefined;
          return (
            <List.Item
              // biome-ignore lint/suspicious/noArrayIndexKey: conditions have no id and keep their order in the rule
              key={i}
              icon={
                <ThemeIcon color={mark.colour} size="sm" radius="xl" aria-hidden="true">
                  <span>{mark.symbol}</span>
                </ThemeIcon>
              }
            >
              <Group gap={6} wrap="wrap">
                <Text size="sm" fw={700} span>
                  {t(`rules.outcome.${c.outcome}`)}:
                </Text>
                <Text size="sm" span>
                  {c.text}
                </Text>
                {because && (
                  <Text size="sm" c="dimmed" span>
                    ({t("rules.conditions.because", { because })})
                  </Text>
                )}
                {c.restricted && (
                  <Badge variant="outline" color="grape" c="grape.9" size="sm">
                    {t("rules.conditions.restricted")}
                  </Badge>
                )}
              </Group>
            </List.Item>
          );
        })}
      </List>
      {conditions.some((c) => c.restricted) && (
        <Text size="xs" c="dimmed" mt={4}>
          {t("rules.conditions.restrictedHint")}
        </Text>
      )}
    </>
  );
}
