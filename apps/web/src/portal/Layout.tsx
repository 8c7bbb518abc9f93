import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation } from "react-router";
import { signedIn } from "./api";
import { LanguageChoice } from "./LanguageChoice";

/** Every page of the portal: a link to skip to the content, the name, the page, and who runs it. */
export function Layout() {
  const { t } = useTranslation();
  // read again on every page: signing in or out moves to another page
  useLocation();
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
        <Link to={signedIn() ? "/account" : "/sign-in"} className="account-link">
          {signedIn() ? t("portal.account.yours") : t("portal.account.signIn")}
        </Link>
      </header>
      <main id="content" className="page" tabIndex={-1}>
        <Suspense fallback={null}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="footer">
        <p>{t("portal.footer")}</p>
      </footer>
    </>
  );
}
