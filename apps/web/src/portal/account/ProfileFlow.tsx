import { returneeNeeds, returnTypes } from "@homecoming/domain/values";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ApiError, currentReturnee, districtChoices, giveProfile, type PortalMe } from "../api";
import { useCountries } from "../countries";
import { AnswersSummary, Checkboxes, ErrorSummary, Field, type Problem, Radios, Select } from "../forms";
import { SearchPick } from "../SearchPick";
import { useTitle } from "../useTitle";
import {
  isYear,
  loadProfileDraft,
  type ProfileDraft,
  type ProfileStep,
  profileInputOf,
  profileStepOfField,
  profileSteps,
  saveProfileDraft,
} from "./profile";

/**
 * The returnee's consent in plain words, then a short profile one question a page (name, birth, district,
 * where they worked and how they came back, what they need), the answers to check, and where the record went.
 */
export function ProfileFlow() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [draft, setDraft] = useState<ProfileDraft>(loadProfileDraft);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState<PortalMe | null>(null);
  const countries = useCountries(i18n.language);
  const asked = params.get("step") as ProfileStep | null;
  const step: ProfileStep = asked && profileSteps.includes(asked) ? asked : "consent";
  const back = profileSteps[profileSteps.indexOf(step) - 1];

  // only for a signed-in returnee without a record yet
  useEffect(() => {
    void currentReturnee().then((me) => {
      if (!me) navigate("/sign-in", { replace: true });
      else if (me.record && !done) navigate("/account", { replace: true });
    });
  }, [navigate, done]);
  useEffect(() => saveProfileDraft(draft), [draft]);
  const set = (change: Partial<ProfileDraft>) => setDraft((d) => ({ ...d, ...change }));
  const go = (next: ProfileStep) => {
    setProblems([]);
    setParams(next === "consent" ? {} : { step: next });
    window.scrollTo(0, 0);
  };

  const lacking = (): Problem[] => {
    const need = (ok: boolean, id: string, key: string) => (ok ? [] : [{ id, message: t(key) }]);
    switch (step) {
      case "consent":
        return need(draft.agreed === true, "agreed", "portal.account.consent.required");
      case "name":
        return need(!!draft.givenName?.trim(), "givenName", "portal.account.name.required");
      case "born":
        return [
          ...need(isYear(draft.birthYear), "birthYear", "portal.account.born.yearRequired"),
          ...need(!!draft.sex, "sex", "portal.account.born.sexRequired"),
        ];
      case "district":
        return need(!!draft.district, "district", "portal.chooseOne");
      case "abroad":
        return [
          ...need(!!draft.returnedFrom, "returnedFrom", "portal.account.abroad.countryRequired"),
          ...need(isYear(draft.returnYear), "returnYear", "portal.account.abroad.yearRequired"),
        ];
      case "how":
        return need(!!draft.returnType, "returnType", "portal.account.how.required");
      default:
        return [];
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (step !== "check") {
      const missing = lacking();
      if (missing.length) return setProblems(missing);
      return go(profileSteps[profileSteps.indexOf(step) + 1]!);
    }
    setSending(true);
    try {
      const me = await giveProfile(profileInputOf(draft));
      saveProfileDraft(null);
      setDone(me);
    } catch (error) {
      const at = error instanceof ApiError && error.field ? profileStepOfField(error.field) : null;
      if (error instanceof ApiError && at) {
        go(at.step);
        setProblems([{ id: at.input, message: error.message }]);
      } else setProblems([{ id: "send", message: error instanceof Error ? error.message : String(error) }]);
    } finally {
      setSending(false);
    }
  };

  const heading = done?.record
    ? t("portal.account.done.title", { centre: done.record.centre?.name ?? t("portal.administrators") })
    : step === "consent"
      ? t("portal.account.consent.title")
      : step === "check"
        ? t("portal.account.check.title")
        : t(`portal.account.${step}.question`);
  useTitle(heading, problems.length > 0);

  if (done?.record)
    return (
      <>
        <div className="panel">
          <h1>{heading}</h1>
        </div>
        <h2>{t("portal.account.done.next")}</h2>
        <p>{t("portal.account.done.call", { phone: `\u2068${done.account.phone}\u2069` })}</p>
        <p>{t("portal.account.done.account")}</p>
        <p>
          <Link to="/account">{t("portal.account.yours")}</Link>
        </p>
      </>
    );

  return (
    <>
      <Link className="back" to={back ? `/account/profile?step=${back}` : "/account"}>
        {t("portal.back")}
      </Link>
      <ErrorSummary problems={problems} />
      <form noValidate onSubmit={(e) => void submit(e)}>
        {step === "consent" && (
          <div className="consent">
            <h1>{heading}</h1>
            <p className="lead">{t("portal.account.consent.intro")}</p>
            {(["what", "who", "why", "withdraw"] as const).map((part) => (
              <section key={part}>
                <h2>{t(`portal.account.consent.${part}Title`)}</h2>
                <p>{t(`portal.account.consent.${part}`)}</p>
              </section>
            ))}
            <Checkboxes
              id="agreed"
              legend=""
              options={[{ value: "yes", label: t("portal.account.consent.agree") }]}
              value={draft.agreed ? ["yes"] : []}
              onChange={(chosen) => set({ agreed: chosen.includes("yes") })}
              problems={problems}
            />
          </div>
        )}
        {step === "name" && (
          <>
            <h1>{heading}</h1>
            <Field
              id="givenName"
              label={t("portal.account.name.given")}
              autoComplete="given-name"
              value={draft.givenName ?? ""}
              onChange={(givenName) => set({ givenName })}
              problems={problems}
            />
            <Field
              id="familyName"
              label={t("portal.account.name.family")}
              autoComplete="family-name"
              value={draft.familyName ?? ""}
              onChange={(familyName) => set({ familyName })}
              problems={problems}
            />
            <Field
              id="nameNative"
              label={t("portal.account.name.native")}
              value={draft.nameNative ?? ""}
              onChange={(nameNative) => set({ nameNative })}
              problems={problems}
            />
          </>
        )}
        {step === "born" && (
          <>
            <h1>{heading}</h1>
            <Field
              id="birthYear"
              inputMode="numeric"
              label={t("portal.account.born.year")}
              hint={t("portal.account.born.yearHint")}
              value={draft.birthYear ?? ""}
              onChange={(birthYear) => set({ birthYear: birthYear.replace(/\D/g, "").slice(0, 4) })}
              problems={problems}
            />
            <Radios
              id="sex"
              legend={t("portal.account.born.sex")}
              small
              options={(["female", "male", "other"] as const).map((value) => ({
                value,
                label: t(`portal.account.born.${value}`),
              }))}
              value={draft.sex}
              onChange={(sex) => set({ sex })}
              problems={problems}
            />
          </>
        )}
        {step === "district" && (
          <SearchPick
            id="district"
            label={heading}
            hint={t("portal.account.district.hint")}
            search={districtChoices}
            chosen={draft.district}
            onChoose={(district) => set({ district })}
            problems={problems}
          />
        )}
        {step === "abroad" && (
          <>
            <h1>{heading}</h1>
            <Select
              id="returnedFrom"
              label={t("portal.account.abroad.country")}
              options={countries}
              value={draft.returnedFrom}
              onChange={(returnedFrom) => set({ returnedFrom })}
              problems={problems}
            />
            <Field
              id="returnYear"
              inputMode="numeric"
              label={t("portal.account.abroad.year")}
              hint={t("portal.account.abroad.yearHint")}
              value={draft.returnYear ?? ""}
              onChange={(returnYear) => set({ returnYear: returnYear.replace(/\D/g, "").slice(0, 4) })}
              problems={problems}
            />
          </>
        )}
        {step === "how" && (
          <Radios
            id="returnType"
            legend={heading}
            options={returnTypes.map((value) => ({ value, label: t(`portal.account.how.${value}`) }))}
            value={draft.returnType}
            onChange={(returnType) => set({ returnType })}
            problems={problems}
          />
        )}
        {step === "needs" && (
          <Checkboxes
            id="needs"
            legend={heading}
            hint={t("portal.account.needs.hint")}
            options={returneeNeeds.map((value) => ({ value, label: t(`portal.needs.${value}`) }))}
            value={draft.needs ?? []}
            onChange={(needs) => set({ needs })}
            problems={problems}
          />
        )}
        {step === "check" && <Check draft={draft} heading={heading} countries={countries} />}
        <div className="actions">
          <button type="submit" className="button" disabled={sending}>
            {step === "check" ? t("portal.account.check.send") : t("portal.continue")}
          </button>
        </div>
      </form>
    </>
  );
}

/** The answers given, each with a link back to change it. */
function Check({
  draft,
  heading,
  countries,
}: {
  draft: ProfileDraft;
  heading: string;
  countries: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const country = countries.find((c) => c.value === draft.returnedFrom)?.label ?? "";
  const rows: [string, string, ProfileStep][] = [
    [
      t("portal.account.check.name"),
      [[draft.givenName, draft.familyName].filter(Boolean).join(" "), draft.nameNative]
        .filter(Boolean)
        .join(", "),
      "name",
    ],
    [
      t("portal.account.check.born"),
      [draft.birthYear, draft.sex ? t(`portal.account.born.${draft.sex}`) : ""].filter(Boolean).join(", "),
      "born",
    ],
    [t("portal.account.check.district"), draft.district?.label ?? "", "district"],
    [t("portal.account.check.abroad"), country, "abroad"],
    [t("portal.account.check.returned"), draft.returnYear ?? "", "abroad"],
    [
      t("portal.account.check.how"),
      draft.returnType ? t(`portal.account.how.${draft.returnType}`) : "",
      "how",
    ],
    [
      t("portal.account.check.needs"),
      draft.needs?.length
        ? draft.needs.map((n) => t(`portal.needs.${n}`)).join("; ")
        : t("portal.account.check.noNeeds"),
      "needs",
    ],
  ];
  return (
    <>
      <h1>{heading}</h1>
      <AnswersSummary
        rows={rows.map(([label, value, step]) => ({ label, value, change: `/account/profile?step=${step}` }))}
      />
    </>
  );
}
