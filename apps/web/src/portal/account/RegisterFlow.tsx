import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { Language } from "../api";
import { ApiError, type CodeSent, type PhoneCountry, registerAccount, verifyPhone } from "../api";
import { ErrorSummary, Field, type Problem } from "../forms";
import { useTitle } from "../useTitle";
import { CodeQuestion } from "./CodeQuestion";
import { likelyCountry, PhoneQuestion } from "./PhoneQuestion";

type Step = "phone" | "password" | "code";

/** Which question of this flow asks for a field the server refused. */
const stepOf: Record<string, Step> = { phone: "phone", country: "phone", password: "password", code: "code" };

/**
 * A returnee's account, one question a page: the mobile number, a password, then the code sent to the
 * number. Proven, the returnee is signed in and goes on to tell us about themself.
 */
export function RegisterFlow() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [step, setStep] = useState<Step>("phone");
  const [country, setCountry] = useState<PhoneCountry>(() => likelyCountry(i18n.language));
  const [phone, setPhone] = useState("");
  const [password, setPassword] = useState("");
  const [shown, setShown] = useState(false);
  const [code, setCode] = useState("");
  const [sent, setSent] = useState<CodeSent | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);

  const heading =
    step === "phone"
      ? t("portal.account.phone.question")
      : step === "password"
        ? t("portal.account.password.question")
        : t("portal.account.code.question");
  useTitle(heading, problems.length > 0);

  const go = (next: Step) => {
    setProblems([]);
    setStep(next);
    window.scrollTo(0, 0);
  };
  const refused = (error: unknown) => {
    const at = error instanceof ApiError && error.field ? stepOf[error.field.split(".")[0]!] : undefined;
    if (error instanceof ApiError && at) {
      setStep(at);
      setProblems([
        { id: error.field === "country" ? "country" : at === "phone" ? "phone" : at, message: error.message },
      ]);
    } else setProblems([{ id: step, message: error instanceof ApiError ? error.message : String(error) }]);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (step === "phone") {
      if (!phone.trim()) return setProblems([{ id: "phone", message: t("portal.account.phone.required") }]);
      return go("password");
    }
    setBusy(true);
    try {
      if (step === "password") {
        if (password.length < 10)
          return setProblems([{ id: "password", message: t("portal.account.password.required") }]);
        setSent(await registerAccount({ phone, country, password, language: i18n.language as Language }));
        go("code");
      } else {
        if (!/^\d{6}$/.test(code))
          return setProblems([{ id: "code", message: t("portal.account.code.required") }]);
        await verifyPhone({ phone, country, code });
        navigate("/account/profile");
      }
    } catch (error) {
      refused(error);
    } finally {
      setBusy(false);
    }
  };

  const back =
    step === "phone" ? (
      <Link className="back" to="/">
        {t("portal.back")}
      </Link>
    ) : (
      <button
        type="button"
        className="back button-link"
        onClick={() => go(step === "code" ? "password" : "phone")}
      >
        {t("portal.back")}
      </button>
    );

  return (
    <>
      {back}
      <ErrorSummary problems={problems} />
      <form noValidate onSubmit={(e) => void submit(e)}>
        {step === "phone" && (
          <>
            <h1>{heading}</h1>
            <p>{t("portal.account.phone.hint")}</p>
            <PhoneQuestion
              phone={phone}
              country={country}
              onPhone={setPhone}
              onCountry={setCountry}
              problems={problems}
            />
          </>
        )}
        {step === "password" && (
          <>
            <Field
              id="password"
              heading
              wide
              type={shown ? "text" : "password"}
              autoComplete="new-password"
              label={heading}
              hint={t("portal.account.password.hint")}
              value={password}
              onChange={setPassword}
              problems={problems}
            />
            <p>
              <button type="button" className="button-link" onClick={() => setShown((s) => !s)}>
                {shown ? t("portal.account.password.hide") : t("portal.account.password.show")}
              </button>
            </p>
          </>
        )}
        {step === "code" && sent && (
          <CodeQuestion
            sent={sent}
            code={code}
            onCode={setCode}
            problems={problems}
            resend={{ phone, country, purpose: "verify_phone" }}
          />
        )}
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t("portal.continue")}
          </button>
        </div>
      </form>
      {step === "phone" && (
        <p>
          {t("portal.account.signInPage.haveAccount")} <Link to="/sign-in">{t("portal.account.signIn")}</Link>
        </p>
      )}
    </>
  );
}
