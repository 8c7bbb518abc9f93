import { needPriorities } from "@homecoming/domain/values";
import { Badge, Card, Group, List, Stack, Text, Title, type TitleOrder } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { intlLocale } from "../../../i18n/languages";
import { VerdictBadge } from "../../rules/components/VerdictBadge";
import type { RankedOffer, Recommendation } from "../api/eligibility";

const priorityColours: Record<string, string> = { high: "red", medium: "blue", low: "gray" };
// highest first; needs without a priority are never recommended
const priorities = [...needPriorities].reverse().filter((p) => p !== "none");

/**
 * Each assessed need with the offers that answer it, best first (eligible before unknown, nearest first), and
 * what can be done with each offer.
 */
export function RecommendationList({
  recommendations,
  actions,
  limit,
  headingOrder = 4,
}: {
  recommendations: Recommendation[];
  actions: (offer: RankedOffer, need: Recommendation) => ReactNode;
  /** Show only the first offers of each need. */
  limit?: number;
  headingOrder?: TitleOrder;
}) {
  const { t, i18n } = useTranslation();
  const fmt = new Intl.NumberFormat(intlLocale(i18n.language));
  const list = new Intl.ListFormat(intlLocale(i18n.language), { type: "conjunction" });
  const answered = recommendations.filter((need) => need.options.length > 0);
  const unanswered = recommendations.filter((need) => need.options.length === 0);
  return (
    <Stack gap="sm">
      {answered.map((need) => {
        const options = limit === undefined ? need.options : need.options.slice(0, limit);
        return (
          <Card key={need.category} withBorder padding="sm">
            <Group justify="space-between" align="start" mb="xs">
              <div>
                <Title order={headingOrder} size="h5">
                  {t(`cases.categories.${need.category}`, { defaultValue: need.category })}
                </Title>
                <Text size="sm" c="dimmed">
                  {t(`cases.dimensions.${need.dimension}`)} ·{" "}
                  {t(`cases.recommendations.sources.${need.source}`)}
                </Text>
              </div>
              <Badge color={priorityColours[need.priority] ?? "gray"} variant="filled">
                {t(`cases.priority.${need.priority}`)}
              </Badge>
            </Group>
            <Stack gap="xs" component="ol" m={0} p={0} style={{ listStyle: "none" }}>
              {options.map((o) => (
                <Group
                  component="li"
                  key={`${o.type}-${o.id}`}
                  justify="space-between"
                  wrap="nowrap"
                  align="center"
                  gap="sm"
                >
                  <div>
                    <Group gap="xs">
                      <Text fw={600} size="sm">
                        {o.name}
                      </Text>
                      <VerdictBadge verdict={o.verdict} />
                    </Group>
                    <Text size="sm" c="dimmed">
                      {t(`cases.recommendations.types.${o.type}`)} · {o.organisationName}
                      {o.distance ? ` · ${t(`cases.recommendations.distances.${o.distance}`)}` : ""}
                    </Text>
                  </div>
                  <Group gap="xs" wrap="nowrap">
                    {actions(o, need)}
                  </Group>
                </Group>
              ))}
            </Stack>
            {limit !== undefined && need.options.length > limit && (
              <Text size="sm" c="dimmed" mt="xs">
                {t("cases.recommendations.more", {
                  count: need.options.length - limit,
                  n: fmt.format(need.options.length - limit),
                })}
              </Text>
            )}
          </Card>
        );
      })}
      {unanswered.length > 0 && (
        <div>
          <Text size="sm">{t("cases.recommendations.noOffers", { count: unanswered.length })}</Text>
          <List size="sm">
            {priorities
              .filter((p) => unanswered.some((need) => need.priority === p))
              .map((p) => (
                <List.Item key={p}>
                  {t(`cases.priority.${p}`)}:{" "}
                  {list.format(
                    unanswered
                      .filter((need) => need.priority === p)
                      .map((need) => t(`cases.categories.${need.category}`, { defaultValue: need.category })),
                  )}
                </List.Item>
              ))}
          </List>
        </div>
      )}
    </Stack>
  );
}
