import { categoriesOf, dimensions } from "@homecoming/reference/service-taxonomy";
import { useTranslation } from "react-i18next";
import { CodeSelect } from "./CodeSelect";

/** A code of the service taxonomy, grouped by dimension; with `allowDimension`, a whole dimension too. */
export function CategorySelect({
  allowDimension = false,
  ...props
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
    group: t(`taxonomy.dimension.${d}`),
    items: [
      ...(allowDimension
        ? [{ value: d, label: t("taxonomy.allOf", { dimension: t(`taxonomy.dimension.${d}`) }) }]
        : []),
      ...categoriesOf(d).map(({ code }) => ({ value: code, label: t(`taxonomy.category.${code}`) })),
    ],
  }));
  return <CodeSelect {...props} data={data} nothingFound={t("taxonomy.noCategory")} />;
}
