import {
  Anchor,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { AreaPicker } from "../../../components/AreaPicker";
import { directoryAreaWords } from "../../../components/areas";
import { CategorySelect } from "../../../components/CategorySelect";
import { PagedTable } from "../../../components/PagedTable";
import { useListParams } from "../../../hooks/useListParams";
import { can, useMe } from "../../auth/hooks/useMe";
import { isServiceSort, listServices, type ServiceSort, serviceSorts } from "../api/directory";
import { ServiceSummary } from "./ServiceSummary";

const limit = 12;

const sortLabelKey: Record<ServiceSort, string> = {
  relevance: "directory.sort.relevance",
  name: "directory.sort.nameAsc",
  "-name": "directory.sort.nameDesc",
  organisation: "directory.sort.organisation",
  category: "directory.sort.category",
  "-created": "directory.sort.newest",
};

/** The service directory: search by text, need and area, paged on the server. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const list = useListParams();
  const [text, setText] = useState(list.get("q"));
  const [q] = useDebouncedValue(text, 300);
  const category = list.get("category");
  const area = list.get("area");
  const offset = list.offset;
  const searching = q.trim() !== "";
  // relevance orders text matches only; without text the list falls back to its default, by name
  const asked = list.get("sort");
  const sort: ServiceSort =
    isServiceSort(asked) && (asked !== "relevance" || searching) ? asked : searching ? "relevance" : "name";
  const filter = { q, category, area, sort, limit, offset: q === list.get("q") ? offset : 0 };
  const services = useQuery({
    queryKey: ["services", "directory", filter],
    queryFn: () => listServices(filter),
    placeholderData: keepPreviousData,
  });
  const canCreate = can(me, "service.create");
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
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <TextInput
          label={t("directory.search")}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            list.set({ q: e.currentTarget.value });
          }}
        />
        <CategorySelect
          allowDimension
          label={t("directory.filterCategory")}
          value={category}
          onChange={(v) => list.set({ category: v })}
        />
        <AreaPicker
          label={t("directory.filterArea")}
          words={directoryAreaWords}
          value={area}
          onChange={(v) => list.set({ area: v })}
        />
        <Select
          label={t("directory.sortBy")}
          data={serviceSorts
            .filter((s) => s !== "relevance" || searching)
            .map((s) => ({ value: s, label: t(sortLabelKey[s]) }))}
          value={sort}
          onChange={(v) => v && list.set({ sort: v })}
          allowDeselect={false}
        />
      </SimpleGrid>
      <PagedTable
        query={services}
        rowKey={(s) => s.id}
        card={(s) => (
          <Card withBorder h="100%">
            <Anchor component={Link} to={`/directory/${s.id}`} fw={600} mb={4}>
              {s.name}
            </Anchor>
            <ServiceSummary service={s} />
          </Card>
        )}
        cardCols={{ base: 1, md: 2 }}
        limit={limit}
        offset={offset}
        onPage={list.page}
        empty={<Text c="dimmed">{t("directory.none")}</Text>}
      />
    </Stack>
  );
}
