import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { type CodeSent, type PhoneCountry, signIn, verifyPhone } from "../api";
import { ErrorSummary, Field, type Problem, problemOf } from "../forms";
import { useTitle } from "../useTitle";
import { CodeQuestion } from "./CodeQuestion";
import { likelyCountry, PhoneQuestion } from "./PhoneQuestion";

/**
 * Signing in with the mobile number and password. An account whose number was never proven is sent a new
 * code, asked for here, and then signed in.
 */
export function SignIn() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [country, setCountry] = useState<PhoneCountry>(() => likelyCountry(i18n.language));
  const [phone, setPhone] = useState("");
  const [password, setPassword] = useState("");
  const [sent, setSent] = useState<CodeSent | null>(null);
  const [code, setCode] = useState("");
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const heading = sent ? t("portal.account.code.question") : t("portal.account.signInPage.title");
  useTitle(heading, problems.length > 0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing: Problem[] = [
      ...(!sent && !phone.trim() ? [{ id: "phone", message: t("portal.account.phone.required") }] : []),
      ...(!sent && !password
        ? [{ id: "password", message: t("portal.account.signInPage.passwordRequired") }]
        : []),
      ...(sent && !/^\d{6}$/.test(code) ? [{ id: "code", message: t("portal.account.code.required") }] : []),
    ];
    if (missing.length) return setProblems(missing);
    setBusy(true);
    try {
      if (sent) {
        const me = await verifyPhone({ phone, country, code });
        navigate(me.record ? "/account" : "/account/profile");
        return;
      }
      const outcome = await signIn({ phone, country, password });
      if ("code" in outcome) {
        setProblems([]);
        setSent(outcome.code);
      } else navigate(outcome.me.record ? "/account" : "/account/profile");
    } catch (error) {
      setProblems([problemOf(error, sent ? "code" : "phone")]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Link className="back" to="/">
        {t("portal.back")}
      </Link>
      <ErrorSummary problems={problems} />
      <form noValidate onSubmit={(e) => void submit(e)}>
        {sent ? (
          <CodeQuestion
            sent={sent}
            code={code}
            onCode={setCode}
            problems={problems}
            resend={{ phone, country, purpose: "verify_phone" }}
          />
        ) : (
          <>
            <h1>{heading}</h1>
            <PhoneQuestion
              phone={phone}
              country={country}
              onPhone={setPhone}
              onCountry={setCountry}
              problems={problems}
            />
            <Field
              id="password"
              type="password"
              autoComplete="current-password"
              label={t("portal.account.password.label")}
              value={password}
              onChange={setPassword}
              problems={problems}
            />
          </>
        )}
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {sent ? t("portal.continue") : t("portal.account.signInPage.submit")}
          </button>
          {!sent && <Link to="/password">{t("portal.account.signInPage.forgot")}</Link>}
        </div>
      </form>
      {!sent && (
        <p>
          {t("portal.account.signInPage.noAccount")}{" "}
          <Link to="/register">{t("portal.account.signInPage.register")}</Link>
        </p>
      )}
    </>
  );
}
