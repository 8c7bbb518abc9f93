import { Anchor, Button, Group, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Pager } from "../../../components/Pager";
import { QueryState } from "../../../components/QueryState";
import { RelativeTime } from "../../../components/RelativeTime";
import { useListParams } from "../../../hooks/useListParams";
import { personSorts, searchPersons } from "../api/persons";
import { filterOf, searchByOf, sortOf } from "../hooks/personSearch";
import { AreaName } from "./AreaName";

const limit = 20;

/** Finds returnees by name, phone or ID number, sorted and paged on the server. */
export function PersonSearchPage() {
  const { t, i18n } = useTranslation();
  const list = useListParams();
  const [text, setText] = useState(list.get("q"));
  const [typed] = useDebouncedValue(text, 300);
  const searchBy = searchByOf(typed);
  const filter = filterOf(typed);
  const sort = sortOf(list.get("sort"), filter.q !== undefined);
  const offset = typed === list.get("q") ? list.offset : 0;
  const search = { ...filter, sort, limit, offset };
  const persons = useQuery({
    queryKey: ["persons", "search", search],
    queryFn: () => searchPersons(search),
    placeholderData: keepPreviousData,
  });
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeZone: "UTC" });
  const searching = Object.keys(filter).length > 0;
  return (
    <Stack>
      <Title order={1}>{t("persons.search.title")}</Title>
      <Group align="flex-start" grow preventGrowOverflow={false}>
        <TextInput
          type="search"
          label={t("persons.search.label")}
          description={searchBy && searching ? t(`persons.search.by.${searchBy}`) : t("persons.search.help")}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            list.set({ q: e.currentTarget.value });
          }}
          miw={280}
        />
        <Select
          label={t("persons.search.sortBy")}
          allowDeselect={false}
          data={personSorts
            .filter((s) => s !== "relevance" || filter.q !== undefined)
            .map((s) => ({ value: s, label: t(`persons.search.sort.${s}`) }))}
          value={sort}
          onChange={(v) => list.set({ sort: v ?? "" })}
          maw={260}
        />
      </Group>
      <QueryState query={persons}>
        {(page) =>
          page.total === 0 ? (
            <Stack align="flex-start" gap="xs">
              <Text>
                {searching ? t("persons.search.noMatch", { text: typed.trim() }) : t("persons.search.empty")}
              </Text>
              <Button component={Link} to="/register">
                {t("persons.search.register")}
              </Button>
            </Stack>
          ) : (
            <>
              <Table.ScrollContainer minWidth={800}>
                <Table striped highlightOnHover>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t("persons.search.name")}</Table.Th>
                      <Table.Th>{t("persons.search.born")}</Table.Th>
                      <Table.Th>{t("persons.field.sex")}</Table.Th>
                      <Table.Th>{t("persons.field.adminArea")}</Table.Th>
                      <Table.Th>{t("persons.field.phone")}</Table.Th>
                      <Table.Th>{t("persons.search.returned")}</Table.Th>
                      <Table.Th>{t("persons.search.registered")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.items.map((p) => (
                      <Table.Tr key={p.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/persons/${p.id}`}>
                            {[p.givenName, p.familyName].filter(Boolean).join(" ")}
                          </Anchor>
                          {p.nameNative && (
                            <Text size="sm" c="dimmed" dir="auto">
                              {p.nameNative}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>{p.birthYear ?? t("persons.notGiven")}</Table.Td>
                        <Table.Td>{t(`persons.sex.${p.sex}`, { defaultValue: p.sex })}</Table.Td>
                        <Table.Td>
                          <AreaName code={p.adminAreaCode} />
                        </Table.Td>
                        <Table.Td>
                          {p.phone ? <span dir="ltr">{p.phone}</span> : t("persons.notGiven")}
                        </Table.Td>
                        <Table.Td>
                          {p.returnedOn ? date.format(new Date(p.returnedOn)) : t("persons.notGiven")}
                        </Table.Td>
                        <Table.Td>
                          <RelativeTime value={p.createdAt} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Pager
                total={page.total}
                limit={limit}
                offset={offset}
                onChange={(o) => list.set({ offset: o ? String(o) : "" })}
              />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
