import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { intlLocale } from "../../i18n/languages";
import { currentReturnee, type PortalMe, signOut } from "../api";
import { useLazyWords } from "../i18n";
import { useTitle } from "../useTitle";
import { MyCase } from "./MyCase";

/** The returnee's own account: their number, their record and where it stands, and the way out. */
export function Account() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [me, setMe] = useState<PortalMe | null>(null);
  const dataWords = useLazyWords("mydata");
  useTitle(t("portal.account.mine.title"));
  useEffect(() => {
    void currentReturnee().then((found) => {
      if (found) setMe(found);
      else navigate("/sign-in", { replace: true });
    });
  }, [navigate]);
  if (!me) return null;
  const record = me.record;
  const date = (iso: string) =>
    new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: "long" }).format(new Date(iso));
  const rows: [string, string][] = record
    ? [
        [t("portal.account.mine.name"), [record.name, record.nameNative].filter(Boolean).join(", ")],
        [t("portal.account.mine.centre"), record.centre?.name ?? ""],
        [
          t("portal.account.mine.status"),
          record.confirmedAt
            ? t("portal.account.mine.confirmed", { date: date(record.confirmedAt) })
            : t("portal.account.mine.waiting"),
        ],
        [
          t("portal.account.mine.needs"),
          record.statedNeeds.length
            ? record.statedNeeds.map((n) => t(`portal.needs.${n}`)).join("; ")
            : t("portal.account.check.noNeeds"),
        ],
      ]
    : [];
  return (
    <>
      <h1>{t("portal.account.mine.title")}</h1>
      <dl className="summary">
        <div className="summary-row">
          <dt>{t("portal.account.mine.phone")}</dt>
          <dd dir="ltr">{me.account.phone}</dd>
        </div>
      </dl>
      {record ? (
        <>
          <h2>{t("portal.account.mine.record")}</h2>
          <dl className="summary">
            {rows.map(([key, value]) => (
              <div className="summary-row" key={key}>
                <dt>{key}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <MyCase />
          {dataWords && (
            <>
              <h2>{t("mydata.links.title")}</h2>
              <ul className="links">
                <li>
                  <Link to="/account/data">{t("mydata.links.all")}</Link>
                </li>
                <li>
                  <Link to="/account/consents">{t("mydata.links.consents")}</Link>
                </li>
                <li>
                  <Link to="/account/access-log">{t("mydata.links.log")}</Link>
                </li>
              </ul>
            </>
          )}
        </>
      ) : (
        <>
          <p>{t("portal.account.mine.noRecord")}</p>
          <p>
            <Link to="/account/profile" className="button">
              {t("portal.account.mine.start")}
            </Link>
          </p>
        </>
      )}
      <p>
        <button
          type="button"
          className="button-link"
          onClick={() => void signOut().then(() => navigate("/", { state: { signedOut: true } }))}
        >
          {t("portal.account.mine.signOut")}
        </button>
      </p>
    </>
  );
}
