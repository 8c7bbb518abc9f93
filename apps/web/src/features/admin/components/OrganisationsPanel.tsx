import { Badge, Button, Group, Select, Stack, Table, TextInput, VisuallyHidden } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Pager } from "../../../components/Pager";
import { pick } from "../../../components/pick";
import { QueryState } from "../../../components/QueryState";
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
      <QueryState query={orgs}>
        {(page) => (
          <>
            <Table.ScrollContainer minWidth={600}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("admin.org.name")}</Table.Th>
                    <Table.Th>{t("admin.org.kind")}</Table.Th>
                    <Table.Th>{t("admin.org.country")}</Table.Th>
                    <Table.Th>{t("admin.org.areas")}</Table.Th>
                    <Table.Th>{t("admin.status")}</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>{t("admin.actions")}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.items.length === 0 && (
                    <Table.Tr>
                      <Table.Td colSpan={6}>{t("admin.org.noneFound")}</Table.Td>
                    </Table.Tr>
                  )}
                  {page.items.map((o) => (
                    <Table.Tr key={o.id}>
                      <Table.Td>{o.name}</Table.Td>
                      <Table.Td>{t(`admin.kind.${o.kind}`, { defaultValue: o.kind })}</Table.Td>
                      <Table.Td>{o.country}</Table.Td>
                      <Table.Td>{o.areasServed.join(", ")}</Table.Td>
                      <Table.Td>
                        <Badge color={o.active ? "teal.9" : "gray.7"}>
                          {o.active ? t("admin.active") : t("admin.inactive")}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setEditing(o)}
                          aria-label={t("admin.org.editTitle", { name: o.name })}
                        >
                          {t("admin.edit")}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Pager
              total={page.total}
              limit={limit}
              offset={filter.offset}
              onChange={(o) => list.set({ offset: String(o) })}
            />
          </>
        )}
      </QueryState>
      {editing && (
        <OrganisationDialog
          organisation={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
