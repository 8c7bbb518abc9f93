import { callBackTimes } from "@homecoming/domain/values";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { intlLocale } from "../../i18n/languages";
import { askCallBack, type CallBackTime, type MyCase as Case, type Language, myCase } from "../api";
import { ErrorSummary, Field, type Problem, problemOf, Radios } from "../forms";

/**
 * The returnee's case as they see it: who works with them and where things stand, the places they were sent
 * and what each said, their plan, when they will be contacted next; and a way to ask for a call back.
 */
export function MyCase() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [mine, setMine] = useState<Case | null>(null);
  const [time, setTime] = useState<CallBackTime | undefined>();
  const [note, setNote] = useState("");
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void myCase(language).then(setMine);
  }, [language]);
  const date = (iso: string) =>
    new Intl.DateTimeFormat(intlLocale(language), { dateStyle: "medium", timeZone: "UTC" }).format(
      new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso),
    );
  const ask = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const callBack = await askCallBack({ preferredTime: time ?? "any", ...(note.trim() ? { note } : {}) });
      setMine((m) => (m ? { ...m, callBack } : m));
      setProblems([]);
    } catch (error) {
      setProblems([problemOf(error, "preferredTime")]);
    } finally {
      setBusy(false);
    }
  };
  if (!mine) return null;

  return (
    <>
      {mine.cases.map((c) => {
        const upcoming = c.followUps.filter((f) => f.status !== "done");
        return (
          <section key={c.id} aria-labelledby={`case-${c.id}`}>
            <h2 id={`case-${c.id}`}>{t("portal.case.title", { organisation: c.organisationName })}</h2>
            <p>
              {t(`portal.case.stage.${c.stage}`)}
              {c.caseManagerName ? ` ${t("portal.case.worker", { name: c.caseManagerName })}` : ""}
            </p>
            <h3>{t("portal.case.referrals")}</h3>
            {c.referrals.length === 0 ? (
              <p>{t("portal.case.noReferrals")}</p>
            ) : (
              <ul className="offers">
                {c.referrals.map((r) => (
                  <li key={r.id} className="offer">
                    <strong lang={r.translated ? undefined : "en"}>{r.service}</strong>
                    <br />
                    {r.organisationName}
                    <br />
                    <span className="tag">{t(`portal.case.referral.${r.status}`)}</span>{" "}
                    {t("portal.case.since", { date: date(r.updatedAt) })}
                  </li>
                ))}
              </ul>
            )}
            {c.actions.length > 0 && (
              <>
                <h3>{t("portal.case.plan")}</h3>
                <ul className="offers">
                  {c.actions.map((a) => (
                    <li key={a.id} className="offer">
                      <strong>{a.title}</strong>
                      <br />
                      <span className="tag">{t(`portal.case.action.${a.status}`)}</span>
                      {a.dueDate ? ` ${t("portal.case.by", { date: date(a.dueDate) })}` : ""}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {upcoming.length > 0 && (
              <>
                <h3>{t("portal.case.contacts")}</h3>
                <ul className="offers">
                  {upcoming.map((f) => (
                    <li key={f.id} className="offer">
                      {t(`portal.case.followUp.${f.kind}`)} —{" "}
                      {t("portal.case.around", { date: date(f.dueDate) })}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        );
      })}
      <h2>{t("portal.case.callBack.title")}</h2>
      {mine.callBack ? (
        <p className="notice" role="status">
          {t("portal.case.callBack.asked", {
            organisation: mine.callBack.organisationName,
            time: t(`portal.case.callBack.times.${mine.callBack.preferredTime}`),
            date: date(mine.callBack.requestedAt),
          })}
        </p>
      ) : (
        <form noValidate onSubmit={(e) => void ask(e)}>
          <ErrorSummary problems={problems} />
          <Radios
            id="preferredTime"
            small
            legend={t("portal.case.callBack.when")}
            options={callBackTimes.map((value) => ({
              value,
              label: t(`portal.case.callBack.times.${value}`),
            }))}
            value={time}
            onChange={setTime}
            problems={problems}
          />
          <Field
            id="note"
            multiline
            wide
            label={t("portal.case.callBack.note")}
            hint={t("portal.case.callBack.noteHint")}
            value={note}
            onChange={setNote}
            problems={problems}
          />
          <div className="actions">
            <button type="submit" className="button" disabled={busy}>
              {t("portal.case.callBack.submit")}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
