import { useTranslation } from "react-i18next";
import { searchIsco } from "../../../api/reference";
import { RemoteSelect } from "../../../components/RemoteSelect";

/** An ISCO-08 unit group, searched by title words or code. */
export function OccupationPicker({
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
      label={t("persons.field.occupation")}
      description={t("persons.field.occupationHelp")}
      value={value}
      valueLabel={valueLabel}
      onChange={onChange}
      queryKey="isco"
      search={async (q) =>
        (await searchIsco(q)).items
          .filter((g) => g.level === 4)
          .map((g) => ({ value: g.code, label: `${g.title} (${g.code})` }))
      }
      error={error}
    />
  );
}
