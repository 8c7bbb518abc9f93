import { categoriesOf, dimensions } from "@homecoming/reference/service-taxonomy";
import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** A taxonomy code or a whole dimension, grouped by dimension. */
export function CategorySelect({
  value,
  onChange,
  label,
  allowDimension = true,
  error,
  required,
}: {
  value: string;
  onChange: (value: string) => void;
  label: string;
  allowDimension?: boolean;
  error?: string | undefined;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const data = dimensions.map((d) => ({
    group: t(`directory.dimension.${d}`),
    items: [
      ...(allowDimension
        ? [{ value: d, label: t("directory.allOf", { dimension: t(`directory.dimension.${d}`) }) }]
        : []),
      ...categoriesOf(d).map(({ code }) => ({ value: code, label: t(`directory.category.${code}`) })),
    ],
  }));
  return (
    <Select
      label={label}
      data={data}
      value={value || null}
      onChange={(v) => onChange(v ?? "")}
      clearable={!required}
      searchable
      error={error}
      required={required}
      nothingFoundMessage={t("directory.noCategory")}
    />
  );
}
