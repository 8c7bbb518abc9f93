import { Badge, Group, List, Text, ThemeIcon } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { AnyOfGroup, ConditionWords, Outcome } from "../api/rules";

const marks: Record<Outcome, { symbol: string; colour: string }> = {
  met: { symbol: "✓", colour: "teal" },
  failed: { symbol: "✗", colour: "red" },
  unknown: { symbol: "?", colour: "gray" },
};
// a failed alternative of an "any of" group that another alternative met: not a reason against the verdict
const notNeeded = { symbol: "–", colour: "gray" };

/**
 * Each condition of an evaluated rule: whether it held, in words and a mark, what it says and why it came out
 * so. Alternatives of an "any of" group are listed under it, with the one that met it named. `empty` is what
 * to say when the rule has no conditions.
 */
export function ConditionList({
  conditions,
  anyOf = [],
  empty,
}: {
  conditions: ConditionWords[];
  anyOf?: AnyOfGroup[] | undefined;
  empty?: string;
}) {
  const { t } = useTranslation();
  if (conditions.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {empty ?? t("rules.conditions.none")}
      </Text>
    );
  const groupOf = new Map<number, AnyOfGroup>();
  for (const g of anyOf) for (const i of g.conditions) groupOf.set(i, g);

  const row = (c: ConditionWords, i: number, group?: AnyOfGroup) => {
    const spare = group?.outcome === "met" && c.outcome === "failed";
    const mark = spare ? notNeeded : marks[c.outcome];
    // outside the lead organisation the server replaces a restricted condition's values with "restricted"
    const because = c.because && c.because !== "restricted" ? c.because : undefined;
    return (
      <List.Item
        key={i}
        icon={
          <ThemeIcon color={mark.colour} size="sm" radius="xl" aria-hidden="true">
            <span>{mark.symbol}</span>
          </ThemeIcon>
        }
      >
        <Group gap={6} wrap="wrap">
          <Text size="sm" fw={700} span>
            {spare ? t("rules.conditions.notNeeded") : t(`rules.outcome.${c.outcome}`)}:
          </Text>
          <Text size="sm" span>
            <bdi>{c.text}</bdi>
          </Text>
          {because && (
            <Text size="sm" c="dimmed" span>
              (<bdi>{t("rules.conditions.because", { because })}</bdi>)
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
  };

  const items: ReactNode[] = [];
  conditions.forEach((c, i) => {
    const group = groupOf.get(i);
    if (!group) {
      items.push(row(c, i));
      return;
    }
    if (group.conditions[0] !== i) return;
    const met = group.conditions.map((j) => conditions[j]).find((x) => x?.outcome === "met");
    const mark = marks[group.outcome];
    items.push(
      <List.Item
        // biome-ignore lint/suspicious/noArrayIndexKey: conditions have no id and keep their order in the rule
        key={`group-${i}`}
        icon={
          <ThemeIcon color={mark.colour} size="sm" radius="xl" aria-hidden="true">
            <span>{mark.symbol}</span>
          </ThemeIcon>
        }
      >
        <Text size="sm" fw={700}>
          {t(`rules.conditions.anyOf.${group.outcome}`, { met: met?.text ?? "" })}
        </Text>
        <List spacing={4} size="sm" listStyleType="none" withPadding>
          {group.conditions.map((j) => row(conditions[j]!, j, group))}
        </List>
      </List.Item>,
    );
  });
  return (
    <>
      <List spacing={4} size="sm" listStyleType="none" aria-label={t("rules.conditions.label")}>
        {items}
      </List>
      {conditions.some((c) => c.restricted) && (
        <Text size="xs" c="dimmed" mt={4}>
          {t("rules.conditions.restrictedHint")}
        </Text>
      )}
    </>
  );
}
