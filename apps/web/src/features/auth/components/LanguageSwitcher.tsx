import { Select } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { switchLanguage } from "../../../i18n";
import { isLanguage, languages } from "../../../i18n/languages";
import { type Me, saveLanguage } from "../api/auth";
import { meKey } from "../hooks/useMe";

/** The language to work in: kept in this browser, and with the account when signed in (every browser then). */
export function LanguageSwitcher({ signedIn }: { signedIn: boolean }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const choose = async (code: string | null) => {
    if (!isLanguage(code)) return;
    await switchLanguage(code);
    if (signedIn) queryClient.setQueryData<Me | null>(meKey, await saveLanguage(code));
  };
  return (
    <Select
      aria-label={t("common.language")}
      data={languages.map((l) => ({ value: l.code, label: l.name }))}
      value={i18n.language}
      onChange={(code) => void choose(code)}
      allowDeselect={false}
      w={130}
      size="xs"
    />
  );
}
