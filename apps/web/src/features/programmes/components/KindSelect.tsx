import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { programmeKinds } from "../api/programmes";

/** What a programme gives: loan, grant, training… */
export function KindSelect({
  value,
  onChange,
  label,
  error,
  required,
}: {
  value: string;
  onChange: (value: string) => void;
  label: string;
  error?: string | undefined;
  required?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={label}
      data={programmeKinds.map((k) => ({ value: k, label: t(`programmes.kind.${k}`) }))}
      value={value || null}
      onChange={(v) => onChange(v ?? "")}
      clearable={!required}
      allowDeselect={!required}
      searchable
      error={error}
      required={required}
    />
  );
}
