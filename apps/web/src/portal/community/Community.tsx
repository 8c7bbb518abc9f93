import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { intlLocale } from "../../i18n/languages";
import {
  comingEvents,
  districtChoices,
  groupsNear,
  type Language,
  type PortalEvent,
  type PortalGroup,
} from "../api";
import { rememberDistrict, rememberedDistrict } from "../district";
import type { Found } from "../draft";
import { useLazyWords } from "../i18n";
import { SearchPick } from "../SearchPick";
import { useTitle } from "../useTitle";

/** When an event is: its day and time, in the reader's language. */
export function useWhen() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(intlLocale(i18n.language), {
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "numeric",
    minute: "2-digit",
  });
  return (iso: string) => format.format(new Date(iso));
}

/**
 * The community near the returnee's district: the events to come (those of the district first), the groups
 * and forums that serve it, and the way to the board of questions.
 */
export function Community() {
  const { t, i18n } = useTranslation();
  const ready = useLazyWords("together");
  const language = i18n.language as Language;
  const [district, setDistrict] = useState<Found | undefined>(rememberedDistrict);
  const [choosing, setChoosing] = useState(false);
  const [events, setEvents] = useState<PortalEvent[] | null>(null);
  const [groups, setGroups] = useState<PortalGroup[] | null>(null);
  const [failed, setFailed] = useState(false);
  const when = useWhen();
  useTitle(t("together.title"));
  useEffect(() => {
    setFailed(false);
    Promise.all([comingEvents(district?.id, language), groupsNear(district?.id, language)])
      .then(([e, g]) => {
        setEvents(e.items);
        setGroups(g.items);
      })
      .catch(() => setFailed(true));
  }, [district, language]);
  if (!ready) return null;

  return (
    <>
      <h1>{t("together.title")}</h1>
      <p className="lead">{t("together.intro")}</p>
      {choosing || !district ? (
        <SearchPick
          id="district"
          label={t("together.where")}
          hint={t("portal.help.where.hint")}
          search={districtChoices}
          chosen={district}
          onChoose={(found) => {
            rememberDistrict(found);
            setDistrict(found);
            setChoosing(false);
          }}
          problems={[]}
          heading={false}
        />
      ) : (
        <p>
          {t("together.near", { place: district.label })}{" "}
          <button type="button" className="button-link" onClick={() => setChoosing(true)}>
            {t("together.changePlace")}
          </button>
        </p>
      )}
      {failed && (
        <p className="error" role="alert">
          {t("together.failed")}
        </p>
      )}

      <h2>{t("together.events.title")}</h2>
      {events && events.length === 0 && <p>{t("together.events.none")}</p>}
      <ul className="offers">
        {events?.map((e) => (
          <li key={e.id} className="offer">
            <h3>
              <Link to={`/community/events/${e.id}`}>
                <span lang={e.translated ? undefined : "en"}>{e.title}</span>
              </Link>
            </h3>
            <p>
              <span className="tag">{t(`together.kinds.${e.kind}`)}</span> {when(e.startsAt)}
            </p>
            <p dir="auto">{e.venue}</p>
            <p>
              {t("together.events.by", { organisation: e.organisationName })}
              {e.placesLeft !== null && (
                <>
                  {" · "}
                  {e.placesLeft > 0
                    ? t("together.events.placesLeft", { count: e.placesLeft })
                    : t("together.events.full")}
                </>
              )}
            </p>
          </li>
        ))}
      </ul>

      <h2>{t("together.groups.title")}</h2>
      {groups && groups.length === 0 && <p>{t("together.groups.none")}</p>}
      <ul className="offers">
        {groups?.map((g) => (
          <li key={g.id} className="offer">
            <h3 lang={g.translated ? undefined : "en"}>{g.name}</h3>
            <p>
              <span className="tag">{t(`together.groupKinds.${g.kind}`)}</span>
            </p>
            <p lang={g.translated ? undefined : "en"}>{g.description}</p>
            {g.meets && <p dir="auto">{t("together.groups.meets", { when: g.meets })}</p>}
            <p>
              {g.phone && (
                <a href={`tel:${g.phone}`} dir="ltr">
                  {g.phone}
                </a>
              )}
              {g.phone && (g.email || g.website) && " · "}
              {g.email && <a href={`mailto:${g.email}`}>{g.email}</a>}
              {g.email && g.website && " · "}
              {g.website && (
                <a href={g.website} rel="noopener noreferrer">
                  {t("together.groups.website")}
                </a>
              )}
            </p>
            <p className="hint">{t("together.groups.listedBy", { organisation: g.organisationName })}</p>
          </li>
        ))}
      </ul>

      <h2>{t("together.board.title")}</h2>
      <p>{t("together.board.intro")}</p>
      <ul className="links">
        <li>
          <Link to="/community/questions">{t("together.board.read")}</Link>
        </li>
        <li>
          <Link to="/community/ask">{t("together.board.ask")}</Link>
        </li>
        <li>
          <Link to="/community/mine">{t("together.mine.title")}</Link>
        </li>
      </ul>
    </>
  );
}
