import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import {
  ApiError,
  cancelRegistration,
  communityEvent,
  type Language,
  myEvents,
  type PortalEvent,
  registerForEvent,
  signedIn,
} from "../api";
import { ErrorSummary, type Problem, problemOf } from "../forms";
import { useLazyWords } from "../i18n";
import { useTitle } from "../useTitle";
import { useWhen } from "./Community";

/**
 * An event: what, when, where, who holds it, the languages and places left; a signed-in returnee registers
 * (told first that the organiser will see their name and number) or takes their registration back.
 */
export function EventPage() {
  const { id = "" } = useParams();
  const { t, i18n } = useTranslation();
  const ready = useLazyWords("together");
  const language = i18n.language as Language;
  const [event, setEvent] = useState<PortalEvent | null>(null);
  const [missing, setMissing] = useState(false);
  const [registered, setRegistered] = useState<boolean | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState<"registered" | "cancelled" | null>(null);
  const [busy, setBusy] = useState(false);
  const when = useWhen();
  useTitle(event?.title ?? t("together.title"), problems.length > 0);

  const load = () =>
    communityEvent(id, language).then(setEvent, (error: unknown) => {
      if (error instanceof ApiError && error.status === 404) setMissing(true);
    });
  // biome-ignore lint/correctness/useExhaustiveDependencies: loaded again for another event or language
  useEffect(() => {
    void load();
    if (signedIn())
      void myEvents(language).then(
        (mine) => setRegistered(mine.items.some((i) => i.event.id === id && !i.cancelledAt)),
        () => setRegistered(null),
      );
  }, [id, language]);

  const act = async (what: "register" | "cancel") => {
    setBusy(true);
    try {
      if (what === "register") await registerForEvent(id);
      else await cancelRegistration(id);
      setRegistered(what === "register");
      setDone(what === "register" ? "registered" : "cancelled");
      setProblems([]);
      await load();
    } catch (error) {
      setProblems([problemOf(error, "register")]);
    } finally {
      setBusy(false);
    }
  };

  if (!ready) return null;
  if (missing)
    return (
      <>
        <h1>{t("together.events.missing")}</h1>
        <p>
          <Link to="/community">{t("together.title")}</Link>
        </p>
      </>
    );
  if (!event) return null;
  const over = new Date(event.endsAt ?? event.startsAt) <= new Date();
  return (
    <>
      <Link className="back" to="/community">
        {t("portal.back")}
      </Link>
      <ErrorSummary problems={problems} />
      <h1 lang={event.translated ? undefined : "en"}>{event.title}</h1>
      {event.cancelledAt && (
        <p className="notice" role="status">
          {t("together.events.cancelled")}
        </p>
      )}
      {done && (
        <p className="notice" role="status">
          {t(done === "registered" ? "together.events.doneRegistered" : "together.events.doneCancelled")}
        </p>
      )}
      <p lang={event.translated ? undefined : "en"}>{event.description}</p>
      <dl className="summary">
        <div className="summary-row">
          <dt>{t("together.events.what")}</dt>
          <dd>{t(`together.kinds.${event.kind}`)}</dd>
        </div>
        <div className="summary-row">
          <dt>{t("together.events.when")}</dt>
          <dd>
            {when(event.startsAt)}
            {event.endsAt ? ` – ${when(event.endsAt)}` : ""}
          </dd>
        </div>
        <div className="summary-row">
          <dt>{t("together.events.where")}</dt>
          <dd dir="auto">{event.venue}</dd>
        </div>
        <div className="summary-row">
          <dt>{t("together.events.who")}</dt>
          <dd>{event.organisationName}</dd>
        </div>
        {event.languages.length > 0 && (
          <div className="summary-row">
            <dt>{t("together.events.languages")}</dt>
            <dd>
              {event.languages
                .map((code) => new Intl.DisplayNames([language, "en"], { type: "language" }).of(code) ?? code)
                .join(", ")}
            </dd>
          </div>
        )}
        {event.phone && (
          <div className="summary-row">
            <dt>{t("together.events.phone")}</dt>
            <dd>
              <a href={`tel:${event.phone}`} dir="ltr">
                {event.phone}
              </a>
            </dd>
          </div>
        )}
        {event.placesLeft !== null && (
          <div className="summary-row">
            <dt>{t("together.events.places")}</dt>
            <dd>
              {event.placesLeft > 0
                ? t("together.events.placesLeft", { count: event.placesLeft })
                : t("together.events.full")}
            </dd>
          </div>
        )}
      </dl>
      {!event.cancelledAt &&
        !over &&
        (!signedIn() ? (
          <p>
            <Link to="/sign-in" className="button">
              {t("together.events.signInToRegister")}
            </Link>
          </p>
        ) : registered ? (
          <>
            <p>{t("together.events.youAreRegistered")}</p>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => void act("cancel")}
            >
              {t("together.events.cancel")}
            </button>
          </>
        ) : registered === false ? (
          <>
            <p className="hint" id="register-hint">
              {t("together.events.shared")}
            </p>
            <button
              type="button"
              id="register"
              className="button"
              aria-describedby="register-hint"
              disabled={busy}
              onClick={() => void act("register")}
            >
              {t("together.events.register")}
            </button>
          </>
        ) : null)}
    </>
  );
}
