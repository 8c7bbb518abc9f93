import { returneeNeeds } from "@homecoming/domain/values";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { currentReturnee, districtChoices, signedIn } from "../api";
import { rememberDistrict, rememberedDistrict } from "../district";
import type { Found } from "../draft";
import { ErrorSummary, type Problem } from "../forms";
import { SearchPick } from "../SearchPick";
import { useTitle } from "../useTitle";

/**
 * Find help, one question a page: what the returnee needs, in their words (seven needs), then where they
 * live; the answer is the list of services and programmes near them.
 */
export function FindHelp() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const need = params.get("need");
  const [district, setDistrict] = useState<Found | undefined>(rememberedDistrict);
  const [problems, setProblems] = useState<Problem[]>([]);
  const heading = need ? t("portal.help.where.question") : t("portal.help.need.question");
  useTitle(heading, problems.length > 0);

  // a signed-in returnee's district is the one of their record
  useEffect(() => {
    if (district || !signedIn()) return;
    void currentReturnee().then(async (me) => {
      if (!me?.record) return;
      const code = me.record.adminAreaCode;
      const [found] = (await districtChoices(code)).filter((d) => d.id === code);
      if (found) setDistrict(found);
    });
  }, [district]);

  const results = (area: Found | undefined) => {
    if (area) rememberDistrict(area);
    const query = new URLSearchParams({ ...(need ? { need } : {}), ...(area ? { area: area.id } : {}) });
    navigate(`/help/results?${query}`);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!district) return setProblems([{ id: "district", message: t("portal.help.where.required") }]);
    results(district);
  };

  if (!need)
    return (
      <>
        <Link className="back" to="/">
          {t("portal.back")}
        </Link>
        <h1>{heading}</h1>
        <p className="lead">{t("portal.help.need.hint")}</p>
        <ul className="choices">
          {returneeNeeds.map((n) => (
            <li key={n}>
              <Link to={`/help?need=${n}`} className="choice">
                <strong>{t(`portal.needs.${n}`)}</strong>
                <span>{t(`portal.help.need.hints.${n}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </>
    );

  return (
    <>
      <Link className="back" to="/help">
        {t("portal.back")}
      </Link>
      <ErrorSummary problems={problems} />
      <form noValidate onSubmit={submit}>
        <SearchPick
          id="district"
          label={heading}
          hint={t("portal.help.where.hint")}
          search={districtChoices}
          chosen={district}
          onChoose={(found) => {
            setDistrict(found);
            setProblems([]);
          }}
          problems={problems}
        />
        <div className="actions">
          <button type="submit" className="button">
            {t("portal.help.where.show")}
          </button>
          <button type="button" className="button-link" onClick={() => results(undefined)}>
            {t("portal.help.where.anywhere")}
          </button>
        </div>
      </form>
    </>
  );
}
