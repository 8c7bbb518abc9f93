import { Select } from "@mantine/core";
import { useState } from "react";
import { useRemoteSearch } from "../hooks/useRemoteSearch";

export interface RemoteOption {
  value: string;
  label: string;
}

/**
 * A searchable picker whose options come from the server as the user types (reference data too large to
 * load whole); the chosen option's label is kept by the caller so it shows without another search.
 */
export function RemoteSelect({
  label,
  description,
  value,
  valueLabel,
  onChange,
  search,
  queryKey,
  error,
  required,
}: {
  label: string;
  description?: string;
  value: string;
  valueLabel: string;
  onChange: (value: string, label: string) => void;
  search: (q: string) => Promise<RemoteOption[]>;
  queryKey: string;
  error?: string | undefined;
  required?: boolean;
}) {
  const [searchValue, setSearchValue] = useState(valueLabel);
  const results = useRemoteSearch({
    queryKey: ["reference", queryKey],
    typed: searchValue,
    search,
    unchanged: valueLabel,
  });
  const options = [...results.options];
  if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: valueLabel });
  return (
    <Select
      label={label}
      description={description}
      required={required}
      searchable
      clearable
      data={options}
      value={value || null}
      searchValue={searchValue}
      onSearchChange={setSearchValue}
      onChange={(next, option) => onChange(next ?? "", option?.label ?? "")}
      filter={({ options: all }) => all}
      nothingFoundMessage={results.nothingFound}
      error={error}
    />
  );
}
