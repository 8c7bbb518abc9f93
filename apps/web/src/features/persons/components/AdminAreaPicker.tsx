import { useTranslation } from "react-i18next";
import { searchAdminAreas } from "../../../api/reference";
import { RemoteSelect } from "../../../components/RemoteSelect";

/** The returnee's district, searched by name or p-code, shown with its division or province. */
export function AdminAreaPicker({
  value,
  valueLabel,
  onChange,
  error,
}: {
  value: string;
  valueLabel: string;
  onChange: (code: string, label: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <RemoteSelect
      label={t("persons.field.adminArea")}
      description={t("persons.field.adminAreaHelp")}
      required
      value={value}
      valueLabel={valueLabel}
      onChange={onChange}
      queryKey="admin-areas"
      search={async (q) =>
        (await searchAdminAreas(q, 2)).items.map((a) => ({
          value: a.code,
          label: a.parentName ? t("persons.areaIn", { name: a.name, parent: a.parentName }) : a.name,
        }))
      }
      error={error}
    />
  );
}
