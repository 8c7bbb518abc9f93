import { useTranslation } from "react-i18next";
import { searchIsic, sectorLabel } from "../../../api/reference";
import { RemoteSelect } from "../../../components/RemoteSelect";

/** An ISIC Rev.4 section or division (the economic sector of a job), searched by title words or code. */
export function SectorPicker({
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
      label={t("persons.field.sector")}
      description={t("persons.field.sectorHelp")}
      value={value}
      valueLabel={valueLabel}
      onChange={onChange}
      queryKey="isic"
      search={async (q) => (await searchIsic(q)).items.map((e) => ({ value: e.code, label: sectorLabel(e) }))}
      error={error}
    />
  );
}
