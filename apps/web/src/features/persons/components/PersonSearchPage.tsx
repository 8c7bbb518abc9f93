import { Anchor, Button, Group, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type Column, PagedTable } from "../../../components/PagedTable";
import { RelativeTime } from "../../../components/RelativeTime";
import { useListParams } from "../../../hooks/useListParams";
import { intlLocale } from "../../../i18n/languages";
import { personSorts, searchPersons } from "../api/persons";
import { filterOf, searchByOf, sortOf } from "../hooks/personSearch";
import { AreaName } from "./AreaName";

const limit = 20;
type PersonRow = Awaited<ReturnType<typeof searchPersons>>["items"][number];

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
  const date = new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: "medium", timeZone: "UTC" });
  const searching = Object.keys(filter).length > 0;
  const notGiven = t("persons.notGiven");
  const columns: Column<PersonRow>[] = [
    {
      key: "name",
      label: t("persons.search.name"),
      cell: (p) => (
        <>
          <Anchor component={Link} to={`/persons/${p.id}`}>
            {[p.givenName, p.familyName].filter(Boolean).join(" ")}
          </Anchor>
          {p.nameNative && (
            <Text size="sm" c="dimmed" dir="auto">
              {p.nameNative}
            </Text>
          )}
        </>
      ),
    },
    { key: "born", label: t("persons.search.born"), cell: (p) => p.birthYear ?? notGiven },
    {
      key: "sex",
      label: t("persons.field.sex"),
      cell: (p) => t(`persons.sex.${p.sex}`, { defaultValue: p.sex }),
    },
    { key: "area", label: t("persons.field.adminArea"), cell: (p) => <AreaName code={p.adminAreaCode} /> },
    {
      key: "phone",
      label: t("persons.field.phone"),
      cell: (p) => (p.phone ? <span dir="ltr">{p.phone}</span> : notGiven),
    },
    {
      key: "returned",
      label: t("persons.search.returned"),
      cell: (p) => (p.returnedOn ? date.format(new Date(p.returnedOn)) : notGiven),
    },
    {
      key: "registered",
      label: t("persons.search.registered"),
      cell: (p) => <RelativeTime value={p.createdAt} />,
    },
  ];
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
      {persons.data?.capped && (
        <Text role="status">
          {t("persons.search.capped", { count: persons.data.total, text: typed.trim() })}
        </Text>
      )}
      <PagedTable
        query={persons}
        rowKey={(p) => p.id}
        columns={columns}
        minWidth={800}
        limit={limit}
        offset={offset}
        onPage={list.page}
        empty={
          <Stack align="flex-start" gap="xs">
            <Text>
              {searching ? t("persons.search.noMatch", { text: typed.trim() }) : t("persons.search.empty")}
            </Text>
            <Button component={Link} to="/register">
              {t("persons.search.register")}
            </Button>
          </Stack>
        }
      />
    </Stack>
  );
}
