import { Button, Group, Select, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ActiveBadge } from "../../../components/ActiveBadge";
import { type Column, PagedTable } from "../../../components/PagedTable";
import { pick } from "../../../components/pick";
import { useListParams } from "../../../hooks/useListParams";
import { listOrganisations, type Organisation, organisationSorts } from "../api/admin";
import { OrganisationDialog } from "./OrganisationDialog";

const limit = 20;

const sortLabelKey: Record<(typeof organisationSorts)[number], string> = {
  name: "admin.sort.nameAsc",
  "-name": "admin.sort.nameDesc",
  kind: "admin.sort.kind",
  country: "admin.sort.country",
  "-created": "admin.sort.newest",
};

/** Organisations, found by name, sorted and paged on the server, with create and edit. */
export function OrganisationsPanel() {
  const { t } = useTranslation();
  const list = useListParams();
  const sort = pick(organisationSorts, list.get("sort")) ?? organisationSorts[0];
  const [text, setText] = useState(list.get("q"));
  const [q] = useDebouncedValue(text.trim(), 300);
  const [editing, setEditing] = useState<Organisation | "new" | null>(null);
  const filter = { q, sort: sort, limit, offset: list.offset };
  const orgs = useQuery({
    queryKey: ["organisations", "admin", filter],
    queryFn: () => listOrganisations(filter),
    placeholderData: keepPreviousData,
  });
  const columns: Column<Organisation>[] = [
    { key: "name", label: t("admin.org.name"), cell: (o) => o.name },
    {
      key: "kind",
      label: t("admin.org.kind"),
      cell: (o) => t(`admin.kind.${o.kind}`, { defaultValue: o.kind }),
    },
    { key: "country", label: t("admin.org.country"), cell: (o) => o.country },
    { key: "areas", label: t("admin.org.areas"), cell: (o) => o.areasServed.join(", ") },
    { key: "status", label: t("admin.status"), cell: (o) => <ActiveBadge active={o.active} /> },
    {
      key: "actions",
      label: t("admin.actions"),
      hideLabel: true,
      cell: (o) => (
        <Button
          size="xs"
          variant="default"
          onClick={() => setEditing(o)}
          aria-label={t("admin.org.editTitle", { name: o.name })}
        >
          {t("admin.edit")}
        </Button>
      ),
    },
  ];
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <TextInput
            label={t("admin.org.search")}
            type="search"
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              list.set({ q: e.currentTarget.value });
            }}
            w={280}
          />
          <Select
            label={t("admin.sortBy")}
            data={organisationSorts.map((s) => ({ value: s, label: t(sortLabelKey[s]) }))}
            value={sort}
            onChange={(v) => v && list.set({ sort: v })}
            allowDeselect={false}
            w={200}
          />
        </Group>
        <Button onClick={() => setEditing("new")}>{t("admin.org.create")}</Button>
      </Group>
      <PagedTable
        query={orgs}
        rowKey={(o) => o.id}
        columns={columns}
        minWidth={600}
        limit={limit}
        offset={list.offset}
        onPage={list.page}
        empty={<Text>{t("admin.org.noneFound")}</Text>}
      />
      {editing && (
        <OrganisationDialog
          organisation={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
