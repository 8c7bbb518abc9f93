import { MultiSelect } from "@mantine/core";
import { useState } from "react";
import { useRemoteSearch } from "../../../hooks/useRemoteSearch";
import { findOrganisations } from "../api/persons";

export interface OrganisationOption {
  value: string;
  label: string;
}

/**
 * Organisations found by name as the user types (a deployment can hold thousands); the chosen ones are
 * kept with their names so they stay shown whatever the current search finds.
 */
export function OrganisationsPicker({
  label,
  description,
  value,
  onChange,
  error,
}: {
  label: string;
  description?: string;
  value: OrganisationOption[];
  onChange: (value: OrganisationOption[]) => void;
  error?: string | undefined;
}) {
  const [searchValue, setSearchValue] = useState("");
  const results = useRemoteSearch({
    queryKey: ["organisations", "search"],
    typed: searchValue,
    search: async (q) => (await findOrganisations(q)).items.map((o) => ({ value: o.id, label: o.name })),
  });
  const known = [...value, ...results.options.filter((o) => !value.some((v) => v.value === o.value))];
  return (
    <MultiSelect
      label={label}
      description={description}
      searchable
      data={known}
      value={value.map((o) => o.value)}
      onChange={(ids) => onChange(ids.map((id) => known.find((o) => o.value === id)!))}
      searchValue={searchValue}
      onSearchChange={setSearchValue}
      filter={({ options }) => options}
      nothingFoundMessage={results.nothingFound}
      error={error}
    />
  );
}
