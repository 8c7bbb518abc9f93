import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTitle } from "../useTitle";

export function NotFound() {
  const { t } = useTranslation();
  useTitle(t("portal.notFound.title"));
  return (
    <>
      <h1>{t("portal.notFound.title")}</h1>
      <p>{t("portal.notFound.text")}</p>
      <p>
        <Link to="/">{t("portal.notFound.home")}</Link>
      </p>
    </>
  );
}
