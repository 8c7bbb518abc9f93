import { Select, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type PersonHit, searchPersons } from "../api/rules";

const nameOf = (p: PersonHit) => `${p.givenName} ${p.familyName}`;
const labelOf = (p: PersonHit) => `${nameOf(p)} (${p.id.slice(0, 8)})`;

/** A returnee found by name as the user types, shown with their name and record id. */
export function PersonPicker({
  label,
  description,
  value,
  onChange,
  error,
}: {
  label: string;
  description?: string;
  value: string;
  onChange: (id: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [picked, setPicked] = useState<Record<string, PersonHit>>({});
  const chosen = value ? picked[value] : undefined;
  const [typed] = useDebouncedValue(search.trim(), 250);
  const active = typed.length >= 2 && (!chosen || typed !== labelOf(chosen));
  const found = useQuery({
    queryKey: ["persons", "picker", typed],
    queryFn: () => searchPersons(typed),
    enabled: active,
    placeholderData: keepPreviousData,
  });
  const hits = active ? (found.data?.items ?? []) : [];
  const byId = new Map(hits.map((p) => [p.id, p]));
  if (chosen && !byId.has(chosen.id)) byId.set(chosen.id, chosen);
  const data = [...byId.values()].map((p) => ({ value: p.id, label: labelOf(p) }));
  const nothingFound = !active
    ? t("rules.picker.typeMore")
    : found.isError
      ? t("rules.picker.failed")
      : found.isFetching
        ? t("rules.picker.searching")
        : t("rules.picker.nothing");
  return (
    <Select
      label={label}
      description={description}
      searchable
      clearable
      data={data}
      value={value || null}
      onChange={(id) => {
        const person = id ? byId.get(id) : undefined;
        if (person) setPicked((p) => ({ ...p, [person.id]: person }));
        onChange(id ?? "");
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={nothingFound}
      renderOption={({ option }) => {
        const person = byId.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{person ? nameOf(person) : option.label}</Text>
            <Text size="xs" c="dimmed">
              {person?.nameNative ? `${person.nameNative} · ` : ""}
              {option.value}
            </Text>
          </Stack>
        );
      }}
      error={error}
    />
  );
}
