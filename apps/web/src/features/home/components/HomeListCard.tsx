import { Anchor, Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Page } from "../../../api/client";
import { QueryState } from "../../../components/QueryState";

/** A home panel: a heading with the count, the first items, a link to all of them, and what to do when empty. */
export function HomeListCard<T extends { id: string }>({
  id,
  title,
  query,
  empty,
  allLink,
  allLabel,
  renderItem,
  highlight,
}: {
  id: string;
  title: string;
  query: UseQueryResult<Page<T>>;
  empty: string;
  allLink: string;
  allLabel: string;
  renderItem: (item: T) => ReactNode;
  highlight?: boolean;
}) {
  const { i18n } = useTranslation();
  const fmt = new Intl.NumberFormat(i18n.language);
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={3} size="h4" id={id}>
          {title}
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
            <Text size="sm">{empty}</Text>
          ) : (
            <Stack gap="xs">
              {page.items.map((item) => (
                <div key={item.id}>{renderItem(item)}</div>
              ))}
              <Anchor component={Link} to={allLink} size="sm">
                {allLabel}
              </Anchor>
            </Stack>
          )
        }
      </QueryState>
    </Card>
  );
}
