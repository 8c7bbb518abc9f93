import { Anchor, Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Page } from "../../../api/client";
import { QueryState } from "../../../components/QueryState";
import { intlLocale } from "../../../i18n/languages";

/**
 * A home panel: a heading with the count, the first items, a link to all of them, and what to do when
 * empty; its words are those under home.<words> (title, empty, all).
 */
export function HomeListCard<T extends { id: string }>({
  words,
  query,
  allLink,
  renderItem,
  highlight,
}: {
  words: "needsAction" | "followUps" | "overdueReferrals" | "sentReferrals";
  query: UseQueryResult<Page<T>>;
  allLink: string;
  renderItem: (item: T) => ReactNode;
  highlight?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const id = `home-${words}`;
  const fmt = new Intl.NumberFormat(intlLocale(i18n.language));
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={3} size="h4" id={id}>
          {t(`home.${words}.title`)}
        </Title>
        {query.data && (
          <Badge
            size="lg"
            variant={highlight && query.data.total > 0 ? "filled" : "light"}
            color={highlight && query.data.total > 0 ? "red.9" : "gray"}
            c={highlight && query.data.total > 0 ? undefined : "dark"}
          >
            {fmt.format(query.data.total)}
          </Badge>
        )}
      </Group>
      <QueryState query={query}>
        {(page) =>
          page.total === 0 ? (
            <Text size="sm">{t(`home.${words}.empty`)}</Text>
          ) : (
            <Stack gap="xs">
              {page.items.map((item) => (
                <div key={item.id}>{renderItem(item)}</div>
              ))}
              <Anchor component={Link} to={allLink} size="sm">
                {t(`home.${words}.all`)}
              </Anchor>
            </Stack>
          )
        }
      </QueryState>
    </Card>
  );
}
