import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { intlLocale } from "../../i18n/languages";
import {
  ApiError,
  type HelpProgramme,
  type HelpProgrammeDetail,
  type HelpService,
  type HelpServiceDetail,
  helpProgramme,
  helpService,
  type Language,
} from "../api";
import { useTitle } from "../useTitle";

/**
 * A service in the order people look for: what it is, who it is for, what it costs, when and where, how to
 * reach it. Words not in the reader's language are marked as English for their screen reader.
 */
export function ServiceFacts({ service: s, brief = false }: { service: HelpService; brief?: boolean }) {
  const { t, i18n } = useTranslation();
  const written = s.translated ? undefined : "en";
  // made only where the languages are shown: a list of twenty services does without
  const languageNames = brief
    ? undefined
    : new Intl.DisplayNames([intlLocale(i18n.language), "en"], { type: "language" });
  return (
    <dl className="facts">
      {s.description && (
        <div>
          <dt>{t("portal.help.offer.what")}</dt>
          <dd lang={written} className={brief ? "clamp" : undefined}>
            {s.description}
          </dd>
        </div>
      )}
      {s.eligibility && (
        <div>
          <dt>{t("portal.help.offer.who")}</dt>
          <dd lang={written}>{s.eligibility}</dd>
        </div>
      )}
      <div>
        <dt>{t("portal.help.offer.cost")}</dt>
        <dd lang={written}>{s.cost === "free" ? t("portal.help.offer.free") : s.cost}</dd>
      </div>
      {s.locations.map((l) => (
        <div key={`${l.name}-${l.adminAreaCode}`}>
          <dt>{t("portal.help.offer.where")}</dt>
          <dd>
            {[l.name, l.address, l.districtName].filter(Boolean).join(", ")}
            {l.openingHours && (
              <>
                <br />
                <span lang={written}>{l.openingHours}</span>
              </>
            )}
          </dd>
        </div>
      ))}
      {s.contact.phone && (
        <div>
          <dt>{t("portal.help.offer.phone")}</dt>
          <dd>
            <a href={`tel:${s.contact.phone}`} dir="ltr">
              {s.contact.phone}
            </a>
          </dd>
        </div>
      )}
      {!brief && s.contact.email && (
        <div>
          <dt>{t("portal.help.offer.email")}</dt>
          <dd>
            <a href={`mailto:${s.contact.email}`}>{s.contact.email}</a>
          </dd>
        </div>
      )}
      {!brief && s.contact.website && (
        <div>
          <dt>{t("portal.help.offer.website")}</dt>
          <dd>
            <a href={s.contact.website} rel="noreferrer">
              {s.contact.website}
            </a>
          </dd>
        </div>
      )}
      <div>
        <dt>{t("portal.help.offer.by")}</dt>
        <dd>{s.organisationName}</dd>
      </div>
      {!brief && s.languages.length > 0 && (
        <div>
          <dt>{t("portal.help.offer.languages")}</dt>
          <dd>{s.languages.map((code) => languageNames?.of(code) ?? code).join(", ")}</dd>
        </div>
      )}
    </dl>
  );
}

/** A programme: what it offers, who runs it, until when it takes people and how many places are left. */
export function ProgrammeFacts({
  programme: p,
  brief = false,
}: {
  programme: HelpProgramme;
  brief?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const written = p.translated ? undefined : "en";
  const date = (iso: string) =>
    new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: "long", timeZone: "UTC" }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  return (
    <dl className="facts">
      {p.description && (
        <div>
          <dt>{t("portal.help.offer.what")}</dt>
          <dd lang={written} className={brief ? "clamp" : undefined}>
            {p.description}
          </dd>
        </div>
      )}
      <div>
        <dt>{t("portal.help.offer.by")}</dt>
        <dd>{p.organisationName}</dd>
      </div>
      {p.closesOn && (
        <div>
          <dt>{t("portal.help.offer.until")}</dt>
          <dd>{date(p.closesOn)}</dd>
        </div>
      )}
      {p.placesLeft !== null && (
        <div>
          <dt>{t("portal.help.offer.places")}</dt>
          <dd>{t("portal.help.offer.placesLeft", { count: p.placesLeft })}</dd>
        </div>
      )}
    </dl>
  );
}

/** One service or programme, whole, and the way to "am I eligible?" when it has rules. */
export function OfferPage({ kind }: { kind: "service" | "programme" }) {
  const { t, i18n } = useTranslation();
  const { id = "" } = useParams();
  const { search } = useLocation();
  const [offer, setOffer] = useState<HelpServiceDetail | HelpProgrammeDetail | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const language = i18n.language as Language;
  useTitle(offer?.name ?? t("portal.help.results.all"));
  useEffect(() => {
    (kind === "service" ? helpService(id, language) : helpProgramme(id, language))
      .then(setOffer)
      .catch((error: unknown) => setFailed(error instanceof ApiError ? error.message : String(error)));
  }, [kind, id, language]);

  return (
    <>
      <Link className="back" to={`/help/results${search}`}>
        {t("portal.back")}
      </Link>
      {failed && (
        <>
          <h1>{t("portal.notFound.title")}</h1>
          <p>{failed}</p>
        </>
      )}
      {offer && (
        <>
          <h1 lang={offer.translated ? undefined : "en"}>{offer.name}</h1>
          {kind === "service" ? (
            <ServiceFacts service={offer as HelpServiceDetail} />
          ) : (
            <ProgrammeFacts programme={offer as HelpProgrammeDetail} />
          )}
          {offer.check ? (
            <>
              <h2>{t("portal.help.offer.eligibleTitle")}</h2>
              <p>{t("portal.help.offer.eligibleHint", { count: offer.check.questions.length })}</p>
              <p>
                <Link className="button" to={`/help/${kind}/${id}/check${search}`}>
                  {t("portal.help.offer.eligible")}
                </Link>
              </p>
            </>
          ) : (
            kind === "service" && <p className="notice">{t("portal.help.offer.openToAll")}</p>
          )}
        </>
      )}
    </>
  );
}
