import { startTransition, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { ApiError, type HelpProgramme, type HelpService, type Language } from "../api";
import { rememberedDistrict } from "../district";
import { useTitle } from "../useTitle";
import { filterOf, firstServices, helpFound } from "./found";
import { ProgrammeFacts, ServiceFacts } from "./Offer";

/** What answers the need near the district: services first (what, who for, cost, when and where, how to reach), then open programmes. */
export function Results() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const language = i18n.language as Language;
  const { need, area } = filterOf(params, language);
  const [services, setServices] = useState<{ items: HelpService[]; total: number } | null>(null);
  const [programmes, setProgrammes] = useState<HelpProgramme[] | null>(null);
  const [shown, setShown] = useState(firstServices);
  const [failed, setFailed] = useState<string | null>(null);
  const remembered = rememberedDistrict();
  const place = area && remembered?.id === area ? remembered.label : area;
  const heading = need ? t(`portal.needs.${need}`) : t("portal.help.results.all");
  useTitle(heading);

  useEffect(() => {
    setFailed(null);
    helpFound({ ...(need ? { need } : {}), ...(area ? { area } : {}), language }, shown)
      .then((found) =>
        // drawn in slices: a long list does not hold up a tap on a slow phone
        startTransition(() => {
          setServices(found.services);
          setProgrammes(found.programmes);
        }),
      )
      .catch((error: unknown) => setFailed(error instanceof ApiError ? error.message : String(error)));
  }, [need, area, language, shown]);

  const suffix = `?${params.toString()}`;
  return (
    <>
      <Link className="back" to={need ? `/help?need=${need}` : "/help"}>
        {t("portal.back")}
      </Link>
      <h1>{heading}</h1>
      <p className="lead">
        {place ? t("portal.help.results.near", { place }) : t("portal.help.results.everywhere")}{" "}
        <Link to={need ? `/help?need=${need}` : "/help"}>{t("portal.help.results.changePlace")}</Link>
      </p>
      {failed && (
        <p className="error" role="alert">
          {failed}
        </p>
      )}
      {services && (
        <section aria-labelledby="services-title">
          <h2 id="services-title">{t("portal.help.results.services", { count: services.total })}</h2>
          {services.items.length === 0 ? (
            <p>{t("portal.help.results.noServices")}</p>
          ) : (
            <ul className="offers">
              {services.items.map((s) => (
                <li key={s.id} className="offer">
                  <h3 lang={s.translated ? undefined : "en"}>
                    <Link to={`/help/service/${s.id}${suffix}`}>{s.name}</Link>
                  </h3>
                  <ServiceFacts service={s} brief />
                </li>
              ))}
            </ul>
          )}
          {services.items.length < services.total && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setShown((n) => n + firstServices)}
            >
              {t("portal.help.results.more")}
            </button>
          )}
        </section>
      )}
      {programmes && programmes.length > 0 && (
        <section aria-labelledby="programmes-title">
          <h2 id="programmes-title">{t("portal.help.results.programmes")}</h2>
          <ul className="offers">
            {programmes.map((p) => (
              <li key={p.id} className="offer">
                <h3 lang={p.translated ? undefined : "en"}>
                  <Link to={`/help/programme/${p.id}${suffix}`}>{p.name}</Link>
                </h3>
                <ProgrammeFacts programme={p} brief />
              </li>
            ))}
          </ul>
        </section>
      )}
      {/* after the answer, not above it while it comes: nothing moves under the reader's eyes */}
      {(services || failed) && (
        <>
          <h2>{t("portal.help.results.noneFits")}</h2>
          <p>
            {t("portal.help.results.register")} <Link to="/register">{t("portal.home.register")}</Link>
          </p>
        </>
      )}
    </>
  );
}
