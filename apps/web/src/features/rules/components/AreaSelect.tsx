import { Select } from "@mantine/core";
import { useState } from "react";
import { useAreaLabels, useAreaSearch } from "../../../components/areas";

/** One area found by name as the user types; `level` keeps to provinces (1) or districts (2). */
export function AreaSelect({
  label,
  value,
  onChange,
  level,
  error,
}: {
  label: string;
  value: string;
  onChange: (code: string) => void;
  level?: 1 | 2;
  error?: string | undefined;
}) {
  const [search, setSearch] = useState("");
  const [picked, setPicked] = useState<Record<string, string>>({});
  const known = useAreaLabels(value ? [value] : [], picked);
  const chosenLabel = value ? known[value] : undefined;
  // the chosen area's name fills the box: that is not a search
  const found = useAreaSearch(search === chosenLabel ? "" : search, level ? { level } : {});
  const data = [...found.options];
  if (value && !data.some((o) => o.value === value)) data.unshift({ value, label: chosenLabel ?? value });
  return (
    <Select
      label={label}
      searchable
      clearable
      data={data}
      value={value || null}
      onChange={(v, option) => {
        if (v && option) setPicked((l) => ({ ...l, [v]: option.label }));
        onChange(v ?? "");
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={found.nothingFound}
      error={error}
    />
  );
}
