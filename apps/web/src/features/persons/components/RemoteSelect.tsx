import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";

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
  const { t } = useTranslation();
  const [searchValue, setSearchValue] = useState(valueLabel);
  const [debounced] = useDebouncedValue(searchValue.trim(), 250);
  const typed = debounced !== valueLabel && debounced.length >= 2;
  const results = useQuery({
    queryKey: ["reference", queryKey, debounced],
    queryFn: () => search(debounced),
    enabled: typed,
    placeholderData: keepPreviousData,
    staleTime: 10 * 60_000,
  });
  const options = [...(results.data ?? [])];
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
      nothingFoundMessage={
        typed && !results.isFetching
          ? results.isError
            ? t("persons.picker.failed")
            : t("persons.picker.nothing")
          : t("persons.picker.typeMore")
      }
      error={error}
    />
  );
}
