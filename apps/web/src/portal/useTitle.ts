import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** The page's title in the browser tab, as "Question – Homecoming"; an error first when the page shows one. */
export function useTitle(heading: string, hasError = false) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${hasError ? `${t("portal.errorTitle")}: ` : ""}${heading} – ${t("portal.name")}`;
  }, [heading, hasError, t]);
}
