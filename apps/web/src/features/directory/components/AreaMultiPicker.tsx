import { MultiSelect } from "@mantine/core";
import { useState } from "react";
import { useAreaLabels, useAreaSearch } from "../hooks/areas";

/**
 * Several areas found by name as the user types, each shown by its name; with `countries`, a whole
 * country (BD, PK, IQ) can be chosen for a nationwide service.
 */
export function AreaMultiPicker({
  label,
  description,
  value,
  onChange,
  labels = {},
  countries = false,
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
  error?: string | undefined;
  required?: boolean;
}) {
  const [search, setSearch] = useState("");
  const [picked, setPicked] = useState<Record<string, string>>({});
  const known = useAreaLabels(value, { ...labels, ...picked });
  const found = useAreaSearch(search, { countries });
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
      // the server has searched; the chosen areas stay in the data for their names but are listed only when found
      filter={({ options }) => options.filter((o) => "value" in o && results.has(o.value))}
      nothingFoundMessage={found.nothingFound}
      error={error}
    />
  );
}
