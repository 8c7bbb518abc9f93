import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { getOrganisation, searchOrganisations } from "../api/programmes";

/** One organisation, found by a part of its name as the user types; before any typing, the first ones by name. */
export function OrganisationPicker({
  label,
  value,
  onChange,
  required,
  error,
}: {
  label: string;
  value: string;
  onChange: (id: string) => void;
  required?: boolean;
  error?: string | undefined;
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
      nothingFoundMessage={
        found.isError ? t("programmes.owner.searchFailed") : t("programmes.owner.noneFound")
      }
      error={error}
    />
  );
}
