import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { Pager } from "../../../components/Pager";
import { QueryState } from "../../../components/QueryState";
import { hasRole, useMe } from "../../auth/hooks/useMe";
import { listServices } from "../api/directory";
import { AreaPicker } from "./AreaPicker";
import { CategorySelect } from "./CategorySelect";
import { ServiceSummary } from "./ServiceSummary";

const limit = 12;

/** The service directory: search by text, need and area, paged on the server. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get("q") ?? "");
  const [q] = useDebouncedValue(text, 300);
  const category = params.get("category") ?? "";
  const area = params.get("area") ?? "";
  const offset = Number(params.get("offset") ?? 0) || 0;
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!("offset" in changes)) next.delete("offset");
    setParams(next, { replace: true });
  };
  const filter = { q, category, area, limit, offset: q === (params.get("q") ?? "") ? offset : 0 };
  const services = useQuery({
    queryKey: ["services", "directory", filter],
    queryFn: () => listServices(filter),
    placeholderData: keepPreviousData,
  });
  const canCreate = hasRole(me, "admin", "provider");
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t("directory.title")}</Title>
        {canCreate && (
          <Button component={Link} to="/directory/new">
            {t("directory.create")}
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t("directory.search")}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            set({ q: e.currentTarget.value });
          }}
        />
        <CategorySelect
          label={t("directory.filterCategory")}
          value={category}
          onChange={(v) => set({ category: v })}
        />
        <AreaPicker label={t("directory.filterArea")} value={area} onChange={(v) => set({ area: v })} />
      </SimpleGrid>
      <QueryState query={services}>
        {(page) => (
          <>
            {page.items.length === 0 && <Text c="dimmed">{t("directory.none")}</Text>}
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {page.items.map((s) => (
                <Card key={s.id} withBorder>
                  <Anchor component={Link} to={`/directory/${s.id}`} fw={600} mb={4}>
                    {s.name}
                  </Anchor>
                  <ServiceSummary service={s} />
                </Card>
              ))}
            </SimpleGrid>
            <Pager
              total={page.total}
              limit={limit}
              offset={offset}
              onChange={(o) => set({ offset: String(o) })}
            />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
