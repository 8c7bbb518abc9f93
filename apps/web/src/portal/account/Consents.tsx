import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type MyConsents, myConsents, withdrawConsent } from "../api";
import { ErrorSummary, Field, type Problem, problemOf } from "../forms";
import { useLazyWords } from "../i18n";
import { useTitle } from "../useTitle";
import { consentBlocks } from "./dataModel";
import { DataBlockView } from "./MyData";
import { useOwn } from "./useOwn";

type Consent = MyConsents["consents"][number];

/**
 * Who may see the returnee's record, and the way to take an agreement back: each agreement in force with the
 * organisations it lets in; taking one back asks once more, with an optional reason, and says what follows.
 */
export function Consents() {
  const { t, i18n } = useTranslation();
  const { value: data, setValue, failed } = useOwn(myConsents, "consents");
  const [asking, setAsking] = useState<Consent | null>(null);
  const [reason, setReason] = useState("");
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ referralsSuspended: number } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const ready = useLazyWords("mydata");
  useTitle(asking ? t("mydata.consents.confirmTitle") : t("mydata.consents.title"), problems.length > 0);
  if (failed) return <p role="alert">{t("mydata.download.failed")}</p>;
  if (!data || !ready) return null;
  const blocks = consentBlocks(data.consents, data.organisations, t, i18n.language);
  const names = (c: Consent) =>
    c.organisationIds.map((id) => data.organisations.find((o) => o.id === id)?.name ?? "").join(", ");
  const holder = data.organisations.find((o) => o.id === data.holderOrganisationId);

  const withdraw = async (e: FormEvent) => {
    e.preventDefault();
    if (!asking) return;
    setBusy(true);
    try {
      const answer = await withdrawConsent(asking.id, reason.trim() || undefined);
      setValue(await myConsents());
      setDone(answer);
      setAsking(null);
      setReason("");
      setProblems([]);
      heading.current?.focus();
    } catch (error) {
      setProblems([problemOf(error, "reason")]);
    } finally {
      setBusy(false);
    }
  };

  if (asking)
    return (
      <form noValidate onSubmit={(e) => void withdraw(e)}>
        <ErrorSummary problems={problems} />
        <h1>{t("mydata.consents.confirmTitle")}</h1>
        <p className="lead">{t(`mydata.purpose.${asking.purpose}`)}</p>
        <p>
          {asking.organisationIds.length
            ? t("mydata.consents.confirmText", { organisations: names(asking) })
            : t("mydata.consents.confirmTextAnyone")}
        </p>
        <Field
          id="reason"
          multiline
          wide
          label={t("mydata.consents.reason")}
          hint={t("mydata.consents.reasonHint")}
          value={reason}
          onChange={setReason}
          problems={problems}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t("mydata.consents.confirm")}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setAsking(null);
              setProblems([]);
            }}
          >
            {t("mydata.consents.cancel")}
          </button>
        </div>
      </form>
    );

  const inForce = data.consents.filter((c) => c.active);
  const ended = data.consents.filter((c) => !c.active);
  const blockOf = (c: Consent) => blocks[data.consents.indexOf(c)]!;
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t("mydata.consents.title")}
      </h1>
      {done && (
        <div className="notice" role="status">
          <p>{t("mydata.consents.done")}</p>
          {done.referralsSuspended > 0 && (
            <p>{t("mydata.consents.doneReferrals", { count: done.referralsSuspended })}</p>
          )}
        </div>
      )}
      <p>{t("mydata.consents.intro")}</p>
      {holder && <p>{t("mydata.consents.holder", { organisation: holder.name })}</p>}
      {inForce.length === 0 && <p>{t("mydata.consents.none")}</p>}
      <ul className="offers">
        {inForce.map((c) => (
          <li key={c.id} className="offer">
            <DataBlockView block={blockOf(c)} />
            <button type="button" className="button button-secondary" onClick={() => setAsking(c)}>
              {t("mydata.consents.withdraw")}
            </button>
          </li>
        ))}
      </ul>
      {ended.length > 0 && (
        <>
          <h2>{t("mydata.consents.past")}</h2>
          <ul className="offers">
            {ended.map((c) => (
              <li key={c.id} className="offer">
                <DataBlockView block={blockOf(c)} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
