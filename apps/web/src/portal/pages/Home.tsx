import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTitle } from "../useTitle";

/** The portal's front door: what it is for, and what a returnee can do here. */
export function Home() {
  const { t } = useTranslation();
  useTitle(t("portal.home.title"));
  return (
    <>
      <h1>{t("portal.home.title")}</h1>
      <p className="lead">{t("portal.home.intro")}</p>
      <ul className="choices">
        <li>
          <Link to="/help" className="choice">
            <strong>{t("portal.home.help")}</strong>
            <span>{t("portal.home.helpHint")}</span>
          </Link>
        </li>
        <li>
          <Link to="/community" className="choice">
            <strong>{t("portal.home.community")}</strong>
            <span>{t("portal.home.communityHint")}</span>
          </Link>
        </li>
        <li>
          <Link to="/register" className="choice">
            <strong>{t("portal.home.register")}</strong>
            <span>{t("portal.home.registerHint")}</span>
          </Link>
        </li>
        <li>
          <Link to="/feedback" className="choice">
            <strong>{t("portal.home.feedback")}</strong>
            <span>{t("portal.home.feedbackHint")}</span>
          </Link>
        </li>
        <li>
          <Link to="/status" className="choice">
            <strong>{t("portal.home.status")}</strong>
            <span>{t("portal.home.statusHint")}</span>
          </Link>
        </li>
      </ul>
    </>
  );
}
