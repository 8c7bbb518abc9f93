import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { askPasswordReset, type CodeSent, type PhoneCountry, setNewPassword } from "../api";
import { ErrorSummary, Field, type Problem, problemOf } from "../forms";
import { useTitle } from "../useTitle";
import { CodeQuestion } from "./CodeQuestion";
import { likelyCountry, PhoneQuestion } from "./PhoneQuestion";

/** A forgotten password: a code sent to the account's number, then a new password with it. */
export function PasswordReset() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [country, setCountry] = useState<PhoneCountry>(() => likelyCountry(i18n.language));
  const [phone, setPhone] = useState("");
  const [sent, setSent] = useState<CodeSent | null>(null);
  const [code, setCode] = useState("");
  const [password, setPassword] = useState("");
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const heading = sent ? t("portal.account.reset.codeTitle") : t("portal.account.reset.title");
  useTitle(heading, problems.length > 0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing: Problem[] = sent
      ? [
          ...(!/^\d{6}$/.test(code) ? [{ id: "code", message: t("portal.account.code.required") }] : []),
          ...(password.length < 10
            ? [{ id: "password", message: t("portal.account.password.required") }]
            : []),
        ]
      : !phone.trim()
        ? [{ id: "phone", message: t("portal.account.phone.required") }]
        : [];
    if (missing.length) return setProblems(missing);
    setBusy(true);
    try {
      if (!sent) {
        setSent(await askPasswordReset({ phone, country }));
        setProblems([]);
      } else {
        const me = await setNewPassword({ phone, country, code, password });
        navigate(me.record ? "/account" : "/account/profile");
      }
    } catch (error) {
      setProblems([problemOf(error, sent ? "code" : "phone")]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Link className="back" to="/sign-in">
        {t("portal.back")}
      </Link>
      <ErrorSummary problems={problems} />
      <form noValidate onSubmit={(e) => void submit(e)}>
        <h1>{heading}</h1>
        {sent ? (
          <>
            <CodeQuestion
              heading={false}
              sent={sent}
              code={code}
              onCode={setCode}
              problems={problems}
              resend={{ phone, country, purpose: "reset_password" }}
            />
            <Field
              id="password"
              type="password"
              autoComplete="new-password"
              wide
              label={t("portal.account.reset.newPassword")}
              hint={t("portal.account.password.hint")}
              value={password}
              onChange={setPassword}
              problems={problems}
            />
          </>
        ) : (
          <>
            <p>{t("portal.account.reset.hint")}</p>
            <PhoneQuestion
              phone={phone}
              country={country}
              onPhone={setPhone}
              onCountry={setCountry}
              problems={problems}
            />
          </>
        )}
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {sent ? t("portal.account.reset.submit") : t("portal.account.reset.send")}
          </button>
        </div>
      </form>
    </>
  );
}
