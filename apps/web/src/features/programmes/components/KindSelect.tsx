import { useTranslation } from "react-i18next";
import { CodeSelect } from "../../../components/CodeSelect";
import { programmeKinds } from "../api/programmes";

/** What a programme gives: loan, grant, training… */
export function KindSelect(props: {
  value: string;
  onChange: (value: string) => void;
  label: string;
  error?: string | undefined;
  required?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <CodeSelect
      {...props}
      data={programmeKinds.map((k) => ({ value: k, label: t(`programmes.kind.${k}`) }))}
    />
  );
}
