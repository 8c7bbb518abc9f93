import {
  Anchor,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Pager } from "../../../components/Pager";
import { QueryState } from "../../../components/QueryState";
import { useListParams } from "../../../hooks/useListParams";
import { can, useMe } from "../../auth/hooks/useMe";
import {
  isProgrammeSort,
  listProgrammes,
  type ProgrammeSort,
  programmeKeys,
  programmeSorts,
} from "../api/programmes";
import { ActiveBadge } from "./ActiveBadge";
import { CategorySelect } from "./CategorySelect";
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
      <QueryState query={programmes}>
        {(page) =>
          page.total === 0 ? (
            <Text>{isAdmin ? t("programmes.noneAdmin") : t("programmes.none")}</Text>
          ) : (
            <>
              <Table.ScrollContainer minWidth={900}>
                <Table striped highlightOnHover>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t("programmes.column.name")}</Table.Th>
                      <Table.Th>{t("programmes.column.kind")}</Table.Th>
                      <Table.Th>{t("programmes.column.category")}</Table.Th>
                      <Table.Th>{t("programmes.column.organisation")}</Table.Th>
                      <Table.Th>{t("programmes.column.places")}</Table.Th>
                      <Table.Th>{t("programmes.column.dates")}</Table.Th>
                      <Table.Th>{t("programmes.column.ruleVersion")}</Table.Th>
                      <Table.Th>{t("programmes.column.status")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.items.map((p) => (
                      <Table.Tr key={p.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/programmes/${p.id}`} fw={600}>
                            {p.name}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{t(`programmes.kind.${p.kind}`, { defaultValue: p.kind })}</Table.Td>
                        <Table.Td>
                          {t(`programmes.category.${p.category}`, { defaultValue: p.category })}
                        </Table.Td>
                        <Table.Td>{p.ownerOrganisationName}</Table.Td>
                        <Table.Td>
                          <Places programme={p} />
                        </Table.Td>
                        <Table.Td>
                          <OpenDates opensOn={p.opensOn} closesOn={p.closesOn} />
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: "nowrap" }}>
                          {t("programmes.ruleVersion", { n: p.ruleVersion })}
                        </Table.Td>
                        <Table.Td>
                          <ActiveBadge active={p.active} />
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
                onChange={(o) => list.set({ offset: o ? String(o) : "" })}
              />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
