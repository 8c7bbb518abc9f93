import { categoriesOf, dimensions } from "@homecoming/reference/service-taxonomy";
import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** A code of the service taxonomy, grouped by dimension. */
export function CategorySelect({
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
  const data = dimensions.map((d) => ({
    group: t(`programmes.dimension.${d}`),
    items: categoriesOf(d).map(({ code }) => ({ value: code, label: t(`programmes.category.${code}`) })),
  }));
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
    />
  );
}
