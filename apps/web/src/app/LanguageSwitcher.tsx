import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { languages } from "../i18n/languages";

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <Select
      aria-label={t("common.language")}
      data={languages.map((l) => ({ value: l.code, label: l.name }))}
      value={i18n.language}
      onChange={(code) => code && void i18n.changeLanguage(code)}
      allowDeselect={false}
      w={130}
      size="xs"
    />
  );
}
