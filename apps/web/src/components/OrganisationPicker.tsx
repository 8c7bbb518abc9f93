import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { answer, client } from "../api/client";
import { getOrganisation } from "../api/records";

const searchOrganisations = (q: string) =>
  answer(client.GET("/api/v1/organisations", { params: { query: { q, limit: 20 } } }));

/**
 * One organisation, found by a part of its name as the user types (a deployment can hold thousands);
 * before any typing it offers the first ones by name.
 */
export function OrganisationPicker({
  label,
  value,
  onChange,
  required,
  error,
  w,
}: {
  label: string;
  value: string;
  onChange: (id: string) => void;
  required?: boolean;
  error?: string | undefined;
  w?: number;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [picked, setPicked] = useState<Record<string, string>>({});
  const chosen = useQuery({
    queryKey: ["organisations", "one", value],
    queryFn: () => getOrganisation(value),
    enabled: Boolean(value) && !picked[value],
  });
  const chosenName = picked[value] ?? chosen.data?.name;
  const [typed] = useDebouncedValue(search.trim(), 250);
  // once an organisation is chosen its name fills the box: that is not a search
  const q = typed === chosenName ? "" : typed;
  const found = useQuery({
    queryKey: ["organisations", "picker", q],
    queryFn: () => searchOrganisations(q),
    placeholderData: keepPreviousData,
  });
  const items = (found.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
  if (value && !items.some((i) => i.value === value)) items.unshift({ value, label: chosenName ?? "" });
  return (
    <Select
      label={label}
      required={required}
      searchable
      data={items}
      value={value || null}
      onChange={(v, option) => {
        if (v && option) setPicked((p) => ({ ...p, [v]: option.label }));
        onChange(v ?? "");
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={found.isError ? t("admin.org.searchFailed") : t("admin.org.noneFound")}
      error={error}
      w={w}
    />
  );
}
