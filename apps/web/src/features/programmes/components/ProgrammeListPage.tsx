import { Anchor, Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ActiveBadge } from "../../../components/ActiveBadge";
import { CategorySelect } from "../../../components/CategorySelect";
import { type Column, PagedTable } from "../../../components/PagedTable";
import { useListParams } from "../../../hooks/useListParams";
import { can, useMe } from "../../auth/hooks/useMe";
import {
  isProgrammeSort,
  listProgrammes,
  type Programme,
  type ProgrammeSort,
  programmeKeys,
  programmeSorts,
} from "../api/programmes";
import { KindSelect } from "./KindSelect";
import { OpenDates } from "./OpenDates";
import { Places } from "./Places";

const limit = 20;

/** Programmes (loans, grants, training…): searched, filtered and ordered on the server, paged. */
export function ProgrammeListPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const isAdmin = can(me, "programme.create");
  const list = useListParams();
  const [text, setText] = useState(list.get("q"));
  const [q] = useDebouncedValue(text.trim(), 300);
  const kind = list.get("kind");
  const category = list.get("category");
  const status = list.get("status");
  const asked = list.get("sort");
  const sort: ProgrammeSort = isProgrammeSort(asked) ? asked : "name";
  const offset = list.offset;
  const filter = {
    ...(q ? { q } : {}),
    ...(kind ? { kind } : {}),
    ...(category ? { category } : {}),
    ...(status ? { active: status === "active" } : {}),
    sort,
    limit,
    // the address already holds the new text while the debounced search catches up
    offset: q === list.get("q").trim() ? offset : 0,
  };
  const programmes = useQuery({
    queryKey: programmeKeys.list(filter),
    queryFn: () => listProgrammes(filter),
    placeholderData: keepPreviousData,
  });
  const columns: Column<Programme>[] = [
    {
      key: "name",
      label: t("programmes.column.name"),
      cell: (p) => (
        <Anchor component={Link} to={`/programmes/${p.id}`} fw={600}>
          {p.name}
        </Anchor>
      ),
    },
    {
      key: "kind",
      label: t("programmes.column.kind"),
      cell: (p) => t(`programmes.kind.${p.kind}`, { defaultValue: p.kind }),
    },
    {
      key: "category",
      label: t("programmes.column.category"),
      cell: (p) => t(`taxonomy.category.${p.category}`, { defaultValue: p.category }),
    },
    { key: "organisation", label: t("programmes.column.organisation"), cell: (p) => p.ownerOrganisationName },
    { key: "places", label: t("programmes.column.places"), cell: (p) => <Places programme={p} /> },
    {
      key: "dates",
      label: t("programmes.column.dates"),
      cell: (p) => <OpenDates opensOn={p.opensOn} closesOn={p.closesOn} />,
    },
    {
      key: "ruleVersion",
      label: t("programmes.column.ruleVersion"),
      nowrap: true,
      cell: (p) => t("programmes.ruleVersion", { n: p.ruleVersion }),
    },
    { key: "status", label: t("programmes.column.status"), cell: (p) => <ActiveBadge active={p.active} /> },
  ];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t("programmes.title")}</Title>
        {isAdmin && (
          <Button component={Link} to="/programmes/new">
            {t("programmes.create")}
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
        <TextInput
          label={t("programmes.filter.search")}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            list.set({ q: e.currentTarget.value.trim() });
          }}
        />
        <KindSelect
          label={t("programmes.filter.kind")}
          value={kind}
          onChange={(v) => list.set({ kind: v })}
        />
        <CategorySelect
          label={t("programmes.filter.category")}
          value={category}
          onChange={(v) => list.set({ category: v })}
        />
        <Select
          label={t("programmes.filter.status")}
          data={[
            { value: "all", label: t("programmes.filter.allStatuses") },
            { value: "active", label: t("programmes.filter.activeOnly") },
            { value: "inactive", label: t("programmes.filter.inactiveOnly") },
          ]}
          value={status || "all"}
          onChange={(v) => list.set({ status: v && v !== "all" ? v : "" })}
          allowDeselect={false}
        />
        <Select
          label={t("programmes.filter.sortBy")}
          data={programmeSorts.map((s) => ({ value: s, label: t(`programmes.sort.${s}`) }))}
          value={sort}
          onChange={(v) => v && list.set({ sort: v === "name" ? "" : v })}
          allowDeselect={false}
        />
      </SimpleGrid>
      <PagedTable
        query={programmes}
        rowKey={(p) => p.id}
        columns={columns}
        minWidth={900}
        limit={limit}
        offset={filter.offset}
        onPage={list.page}
        empty={<Text>{isAdmin ? t("programmes.noneAdmin") : t("programmes.none")}</Text>}
      />
    </Stack>
  );
}
