import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { searchAdminAreas } from "../api/directory";

/** Pick an admin area (division or district) by searching the reference list by name or code. */
export function AreaPicker({
  label,
  value,
  onChange,
  error,
  required,
}: {
  label: string;
  value: string;
  onChange: (code: string) => void;
  error?: string | undefined;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [labels, setLabels] = useState<Record<string, string>>({});
  const [q] = useDebouncedValue(search, 250);
  const areas = useQuery({
    queryKey: ["admin-areas", q],
    queryFn: () => searchAdminAreas(q),
    enabled: q.trim().length >= 2 && !Object.values(labels).includes(q),
  });
  const items = (areas.data?.items ?? []).map((a) => ({
    value: a.code,
    label: `${a.name}${a.parentName && a.parentName !== a.name ? `, ${a.parentName}` : ""} (${a.code})`,
  }));
  if (value && !items.some((i) => i.value === value)) items.unshift({ value, label: labels[value] ?? value });
  return (
    <Select
      label={label}
      searchable
      clearable={!required}
      required={required}
      value={value || null}
      onChange={(v, option) => {
        if (v && option) setLabels((l) => ({ ...l, [v]: option.label }));
        onChange(v ?? "");
      }}
      searchValue={search}
      onSearchChange={setSearch}
      data={items}
      filter={({ options }) => options}
      error={error}
      nothingFoundMessage={q.trim().length >= 2 ? t("directory.noArea") : t("directory.typeArea")}
    />
  );
}
