import { MultiSelect } from "@mantine/core";
import { useState } from "react";
import { type AreaSearchWords, useAreaLabels, useAreaSearch } from "./areas";

/**
 * Several areas found by name as the user types, each shown by its name; with `countries`, a whole
 * country (BD, PK, IQ) can be chosen; `level` keeps to provinces (1) or districts (2); `labels` names
 * codes already known (such as the areas of a service being edited); `words` is what the list says while
 * it offers nothing.
 */
export function AreaMultiPicker({
  label,
  description,
  value,
  onChange,
  labels = {},
  countries = false,
  level,
  words,
  error,
  required,
}: {
  label: string;
  description?: string;
  value: string[];
  onChange: (codes: string[]) => void;
  /** names of codes already known, such as the areas of a service being edited */
  labels?: Record<string, string>;
  countries?: boolean;
  level?: 1 | 2;
  words?: AreaSearchWords;
  error?: string | undefined;
  required?: boolean;
}) {
  const [search, setSearch] = useState("");
  const [picked, setPicked] = useState<Record<string, string>>({});
  const known = useAreaLabels(value, { ...labels, ...picked });
  const found = useAreaSearch(search, { countries, level, words });
  const results = new Set(found.options.map((o) => o.value));
  const data = [
    ...value.map((code) => ({ value: code, label: known[code] ?? code })),
    ...found.options.filter((o) => !value.includes(o.value)),
  ];
  return (
    <MultiSelect
      label={label}
      description={description}
      required={required}
      searchable
      data={data}
      value={value}
      onChange={(codes) => {
        setPicked((l) => ({
          ...l,
          ...Object.fromEntries(
            found.options.filter((o) => codes.includes(o.value)).map((o) => [o.value, o.label]),
          ),
        }));
        onChange(codes);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      // the server has searched; chosen areas stay in the data for their names but are listed only when found
      filter={({ options }) => options.filter((o) => "value" in o && results.has(o.value))}
      nothingFoundMessage={found.nothingFound}
      error={error}
    />
  );
}
