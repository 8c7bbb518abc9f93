import { MultiSelect } from "@mantine/core";
import { useState } from "react";
import { useAreaLabels, useAreaSearch } from "./areas";

/**
 * Several areas found by name as the user types, each shown by its name; with `countries`, a whole
 * country (BD, PK, IQ) can be chosen; `level` keeps to provinces (1) or districts (2).
 */
export function AreaMultiPicker({
  label,
  description,
  value,
  onChange,
  countries = false,
  level,
  error,
  required,
}: {
  label: string;
  description?: string;
  value: string[];
  onChange: (codes: string[]) => void;
  countries?: boolean;
  level?: 1 | 2;
  error?: string | undefined;
  required?: boolean;
}) {
  const [search, setSearch] = useState("");
  const [picked, setPicked] = useState<Record<string, string>>({});
  const known = useAreaLabels(value, picked);
  const found = useAreaSearch(search, { countries, ...(level ? { level } : {}) });
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
