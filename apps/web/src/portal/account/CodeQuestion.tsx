import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, type CodeSent, sendNewCode } from "../api";
import { Field, type Problem } from "../forms";

/** The code sent by text message: where it went, the six digits, and a new code when it does not come. */
export function CodeQuestion({
  sent,
  code,
  onCode,
  problems,
  resend,
  heading = true,
}: {
  sent: CodeSent;
  code: string;
  onCode: (code: string) => void;
  problems: readonly Problem[];
  /** what a new code is asked for, and for which number */
  resend: Parameters<typeof sendNewCode>[0];
  heading?: boolean;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState<string | null>(null);
  const again = async () => {
    try {
      const answer = await sendNewCode(resend);
      setNote(t("portal.account.code.resent", { phone: answer.sentTo }));
    } catch (error) {
      setNote(error instanceof ApiError ? error.message : String(error));
    }
  };
  return (
    <>
      {heading && <h1>{t("portal.account.code.question")}</h1>}
      <p>{t("portal.account.code.hint", { phone: `\u2068${sent.sentTo}\u2069`, minutes: sent.minutes })}</p>
      <Field
        id="code"
        label={t("portal.account.code.label")}
        inputMode="numeric"
        autoComplete="one-time-code"
        value={code}
        onChange={(value) => onCode(value.replace(/\D/g, "").slice(0, 6))}
        problems={problems}
      />
      <p className="hint">{t("portal.account.code.late")}</p>
      <p>
        <button type="button" className="button-link" onClick={() => void again()}>
          {t("portal.account.code.resend")}
        </button>
      </p>
      {note && (
        <p className="notice" role="status">
          {note}
        </p>
      )}
    </>
  );
}
