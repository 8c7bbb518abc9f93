import { Select } from "@mantine/core";
import { useState } from "react";
import { directoryAreaWords, useAreaLabels, useAreaSearch } from "../../../components/areas";

/** Pick an admin area (division or district) by searching the reference list by name or code. */
export function AreaPicker({
  label,
  value,
  onChange,
  labels = {},
  error,
  required,
}: {
  label: string;
  value: string;
  onChange: (code: string) => void;
  /** names of codes already known, such as the areas of a service being edited */
  labels?: Record<string, string>;
  error?: string | undefined;
  required?: boolean;
}) {
  const [search, setSearch] = useState("");
  const [picked, setPicked] = useState<Record<string, string>>({});
  const known = useAreaLabels(value ? [value] : [], { ...labels, ...picked });
  const found = useAreaSearch(search, {
    unchanged: value ? known[value] : undefined,
    words: directoryAreaWords,
  });
  const items = [...found.options];
  if (value && !items.some((i) => i.value === value)) items.unshift({ value, label: known[value] ?? value });
  return (
    <Select
      label={label}
      searchable
      clearable={!required}
      required={required}
      value={value || null}
      onChange={(v, option) => {
        if (v && option) setPicked((l) => ({ ...l, [v]: option.label }));
        onChange(v ?? "");
      }}
      searchValue={search}
      onSearchChange={setSearch}
      data={items}
      filter={({ options }) => options}
      error={error}
      nothingFoundMessage={found.nothingFound}
    />
  );
}
