import { type ComboboxData, Select } from "@mantine/core";

/**
 * One code of a fixed list, searchable by its words; "" stands for none. Unless a code is required it
 * can be cleared, or chosen again to take it back.
 */
export function CodeSelect({
  data,
  value,
  onChange,
  label,
  error,
  required,
  nothingFound,
}: {
  data: ComboboxData;
  value: string;
  onChange: (value: string) => void;
  label: string;
  error?: string | undefined;
  required?: boolean | undefined;
  nothingFound?: string;
}) {
  return (
    <Select
      label={label}
      data={data}
      value={value || null}
      onChange={(v) => onChange(v ?? "")}
      clearable={!required}
      allowDeselect={!required}
      searchable
      error={error}
      required={required}
      nothingFoundMessage={nothingFound}
    />
  );
}
