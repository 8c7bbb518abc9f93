import { useTranslation } from "react-i18next";
import { Link, Outlet } from "react-router";
import { LanguageChoice } from "./LanguageChoice";

/** Every page of the portal: a link to skip to the content, the name, the page, and who runs it. */
export function Layout() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip" href="#content">
        {t("portal.skip")}
      </a>
      <header className="header">
        <Link to="/" className="brand">
          {t("portal.name")}
        </Link>
        <LanguageChoice />
      </header>
      <main id="content" className="page" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="footer">
        <p>{t("portal.footer")}</p>
      </footer>
    </>
  );
}
