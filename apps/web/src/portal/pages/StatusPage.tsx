import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { intlLocale } from "../../i18n/languages";
import { ApiError, type FeedbackStatusView, feedbackStatus } from "../api";
import { ErrorSummary, Field, type Problem } from "../forms";
import { useTitle } from "../useTitle";

/** Where a complaint or feedback stands, read with the reference given when it was sent. */
export function StatusPage() {
  const { t, i18n } = useTranslation();
  const [reference, setReference] = useState("");
  const [problems, setProblems] = useState<Problem[]>([]);
  const [view, setView] = useState<FeedbackStatusView | null>(null);
  const [busy, setBusy] = useState(false);
  useTitle(
    view ? t("portal.status.titleOf", { reference: view.reference }) : t("portal.status.title"),
    problems.length > 0,
  );
  const day = (at: string) =>
    new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: "long", timeZone: "UTC" }).format(
      new Date(at.length === 10 ? `${at}T00:00:00Z` : at),
    );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reference.trim()) return setProblems([{ id: "reference", message: t("portal.status.required") }]);
    setBusy(true);
    try {
      setView(await feedbackStatus(reference.trim()));
      setProblems([]);
    } catch (error) {
      const message =
        error instanceof ApiError
          ? error.status === 404
            ? t("portal.status.notFound")
            : error.status === 429
              ? t("portal.status.tooMany")
              : error.status === 400
                ? t("portal.status.malformed")
                : error.message
          : String(error);
      setProblems([{ id: "reference", message }]);
    } finally {
      setBusy(false);
    }
  };

  if (view)
    return (
      <>
        <button type="button" className="back button-link" onClick={() => setView(null)}>
          {t("portal.status.another")}
        </button>
        <h1>{t("portal.status.titleOf", { reference: view.reference })}</h1>
        <p className="status-line">
          <strong className={`tag tag-${view.status}`}>{t(`portal.status.state.${view.status}`)}</strong>
        </p>
        <dl className="summary">
          <div className="summary-row">
            <dt>{t("portal.status.kind")}</dt>
            <dd>{t(`portal.feedback.kind.${view.kind}`)}</dd>
          </div>
          {view.about && (
            <div className="summary-row">
              <dt>{t("portal.status.about")}</dt>
              <dd>{view.about}</dd>
            </div>
          )}
          <div className="summary-row">
            <dt>{t("portal.status.handledBy")}</dt>
            <dd>{view.handledBy ?? t("portal.administrators")}</dd>
          </div>
          <div className="summary-row">
            <dt>{t("portal.status.due")}</dt>
            <dd>{day(view.dueOn)}</dd>
          </div>
        </dl>
        <h2>{t("portal.status.answer")}</h2>
        {view.answer ? (
          <div className="inset">
            <p className="pre">{view.answer}</p>
            {view.answeredAt && (
              <p className="hint">{t("portal.status.answeredOn", { date: day(view.answeredAt) })}</p>
            )}
          </div>
        ) : (
          <p>{t("portal.status.noAnswer")}</p>
        )}
        <h2>{t("portal.status.history")}</h2>
        <ol className="history">
          {view.history.map((h) => (
            <li key={`${h.status}${h.at}`}>
              <strong>{t(`portal.status.state.${h.status}`)}</strong> {day(h.at)}
            </li>
          ))}
        </ol>
        <p>
          <Link to="/feedback">{t("portal.status.again")}</Link>
        </p>
      </>
    );

  return (
    <>
      <Link className="back" to="/">
        {t("portal.back")}
      </Link>
      <ErrorSummary problems={problems} />
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Field
          id="reference"
          heading
          label={t("portal.status.title")}
          hint={t("portal.status.hint")}
          value={reference}
          onChange={setReference}
          problems={problems}
          autoComplete="off"
        />
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t("portal.status.check")}
          </button>
        </div>
      </form>
    </>
  );
}
