import { documentTypes, homeOfLanguage, housingStatuses, returnTypes } from "@homecoming/domain/values";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { intlLocale } from "../../i18n/languages";
import {
  ApiError,
  checkProgramme,
  checkService,
  districtChoices,
  type HelpProgrammeDetail,
  type HelpServiceDetail,
  helpProgramme,
  helpService,
  type Language,
  type SelfCheckAnswers,
  type SelfCheckQuestion,
  type SelfCheckResult,
} from "../api";
import { useCountries } from "../countries";
import { rememberedDistrict } from "../district";
import type { Found } from "../draft";
import { Checkboxes, ErrorSummary, Field, type Problem, problemOf, Radios, Select } from "../forms";
import { SearchPick } from "../SearchPick";
import { useTitle } from "../useTitle";
import { conditionWords } from "./phrases";

/** What the returnee typed, as typed: numbers stay text until sent. */
interface Typed {
  birthYear?: string;
  sex?: "female" | "male" | "other";
  district?: Found;
  destinationCountry?: string;
  yearsAbroad?: string;
  returnYear?: string;
  returnMonth?: string;
  returnType?: (typeof returnTypes)[number];
  educationLevel?: string;
  householdSize?: string;
  childrenOfSchoolAge?: string;
  housingStatus?: (typeof housingStatuses)[number];
  documentsMissing?: (typeof documentTypes)[number][];
  debtAmount?: string;
  debtCurrency?: string;
  informalDebt?: "yes" | "no";
  disability?: "yes" | "no" | "unsaid";
}

const currencies = [
  "BDT",
  "PKR",
  "IQD",
  "USD",
  "SAR",
  "AED",
  "QAR",
  "KWD",
  "OMR",
  "BHD",
  "MYR",
  "EUR",
] as const;
const educationLevels = ["0", "1", "2", "3", "4", "6", "7"] as const;
const number = (text: string | undefined) => (text?.trim() ? Number(text) : undefined);

/** The answers given, as the server reads them; what was left blank is not sent (unknown, never "no"). */
export function answersOf(typed: Typed, currency: string = homeOfLanguage.en.currency): SelfCheckAnswers {
  const a: SelfCheckAnswers = {};
  if (number(typed.birthYear) !== undefined) a.birthYear = number(typed.birthYear);
  if (typed.sex) a.sex = typed.sex;
  if (typed.district) a.adminAreaCode = typed.district.id;
  if (typed.destinationCountry) a.destinationCountry = typed.destinationCountry;
  if (number(typed.yearsAbroad) !== undefined) a.yearsAbroad = number(typed.yearsAbroad);
  if (typed.returnYear?.trim())
    a.returnedOn = `${typed.returnYear.trim()}-${(typed.returnMonth ?? "01").padStart(2, "0")}`;
  if (typed.returnType) a.returnType = typed.returnType;
  if (typed.educationLevel) a.educationLevel = Number(typed.educationLevel);
  if (number(typed.householdSize) !== undefined) a.householdSize = number(typed.householdSize);
  if (number(typed.childrenOfSchoolAge) !== undefined)
    a.childrenOfSchoolAge = number(typed.childrenOfSchoolAge);
  if (typed.housingStatus) a.housingStatus = typed.housingStatus;
  if (typed.documentsMissing) a.documentsMissing = typed.documentsMissing;
  if (number(typed.debtAmount) !== undefined)
    a.debt = { amount: number(typed.debtAmount)!, currency: typed.debtCurrency ?? currency };
  if (typed.informalDebt) a.informalDebt = typed.informalDebt === "yes";
  if (typed.disability === "yes" || typed.disability === "no") a.disability = typed.disability === "yes";
  return a;
}

/** The input a refused answer's field stands for. */
const inputOfField: Record<string, string> = {
  "answers.adminAreaCode": "district",
  "answers.returnedOn": "returnYear",
  "answers.debt.amount": "debtAmount",
  "answers.debt.currency": "debtCurrency",
};

/**
 * "Am I eligible?": the few questions the offer's rules need, all on one page and each one skippable, then
 * the answer in plain words, condition by condition, and what to do next. Nothing typed is kept.
 */
export function CheckPage({ kind }: { kind: "service" | "programme" }) {
  const { t, i18n } = useTranslation();
  const { id = "" } = useParams();
  const { search } = useLocation();
  const language = i18n.language as Language;
  const [offer, setOffer] = useState<HelpServiceDetail | HelpProgrammeDetail | null>(null);
  const [typed, setTyped] = useState<Typed>(() => ({ district: rememberedDistrict() }));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [result, setResult] = useState<SelfCheckResult | null>(null);
  const [busy, setBusy] = useState(false);
  const countries = useCountries(language);
  const locale = intlLocale(language);
  const currencyNames = new Intl.DisplayNames([locale, "en"], { type: "currency" });
  const heading = result ? t(`portal.help.check.verdict.${result.verdict}`) : t("portal.help.check.title");
  useTitle(heading, problems.length > 0);

  useEffect(() => {
    (kind === "service" ? helpService(id, language) : helpProgramme(id, language))
      .then(setOffer)
      .catch((error: unknown) => setProblems([problemOf(error, "send")]));
  }, [kind, id, language]);

  const set = (change: Partial<Typed>) => setTyped((d) => ({ ...d, ...change }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      // the currency shown chosen is the language's until another is picked
      const answers = answersOf(typed, homeOfLanguage[language].currency);
      setResult(await (kind === "service" ? checkService(id, answers) : checkProgramme(id, answers)));
      setProblems([]);
      window.scrollTo(0, 0);
    } catch (error) {
      const problem = problemOf(error, "send");
      const field = error instanceof ApiError && error.field ? error.field : "";
      setProblems([{ ...problem, id: inputOfField[field] ?? field.replace(/^answers\./, "") ?? "send" }]);
    } finally {
      setBusy(false);
    }
  };

  const asked = new Set<SelfCheckQuestion>(offer?.check?.questions ?? []);
  const months = Array.from({ length: 12 }, (_, m) => ({
    value: String(m + 1),
    label: new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }).format(
      new Date(Date.UTC(2026, m, 1)),
    ),
  }));
  const yesNo = (id: keyof Typed, legend: string, unsaid = false) => (
    <Radios
      id={id}
      small
      legend={legend}
      options={[
        { value: "yes", label: t("portal.help.values.yes") },
        { value: "no", label: t("portal.help.values.no") },
        ...(unsaid ? [{ value: "unsaid", label: t("portal.help.check.unsaid") }] : []),
      ]}
      value={typed[id] as string | undefined}
      onChange={(v) => set({ [id]: v } as Partial<Typed>)}
      problems={problems}
    />
  );

  if (result) {
    const names = {
      country: (code: string) => new Intl.DisplayNames([locale, "en"], { type: "region" }).of(code) ?? code,
      number: (n: number) => new Intl.NumberFormat(locale).format(n),
      either: (words: string[]) => new Intl.ListFormat(locale, { type: "disjunction" }).format(words),
    };
    const mark = { met: "✓", failed: "✗", unknown: "?" } as const;
    return (
      <>
        <button type="button" className="back button-link" onClick={() => setResult(null)}>
          {t("portal.help.check.change")}
        </button>
        <div className={`panel verdict-${result.verdict}`}>
          <h1>{heading}</h1>
          {offer && <p lang={offer.translated ? undefined : "en"}>{offer.name}</p>}
        </div>
        <h2>{t("portal.help.check.why")}</h2>
        <ul className="conditions">
          {result.conditions.map((c, i) => {
            const words = conditionWords(t, c, names);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a verdict's conditions have no id; their place is theirs
              <li key={i} className={`condition condition-${c.outcome}`}>
                <span aria-hidden="true" className="condition-mark">
                  {mark[c.outcome]}
                </span>
                <span lang={words.english ? "en" : undefined}>{words.text}</span>
                <span className="visually-hidden"> ({t(`portal.help.check.outcome.${c.outcome}`)})</span>
              </li>
            );
          })}
        </ul>
        {result.centreChecks.length > 0 && <p>{t("portal.help.check.centreChecks")}</p>}
        <h2>{t("portal.help.check.next")}</h2>
        <p>{t(`portal.help.check.nextFor.${result.verdict}`)}</p>
        <p>
          <Link to="/register">{t("portal.home.register")}</Link>
        </p>
        <p>
          <Link to={`/help/${kind}/${id}${search}`}>{t("portal.back")}</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <Link className="back" to={`/help/${kind}/${id}${search}`}>
        {t("portal.back")}
      </Link>
      <ErrorSummary problems={problems} />
      <h1>{heading}</h1>
      {offer && (
        <p className="lead" lang={offer.translated ? undefined : "en"}>
          {offer.name}
        </p>
      )}
      <p>{t("portal.help.check.hint")}</p>
      <form noValidate onSubmit={(e) => void submit(e)}>
        {asked.has("birthYear") && (
          <Field
            id="birthYear"
            inputMode="numeric"
            label={t("portal.help.questions.birthYear")}
            hint={t("portal.account.born.yearHint")}
            value={typed.birthYear ?? ""}
            onChange={(v) => set({ birthYear: v.replace(/\D/g, "").slice(0, 4) })}
            problems={problems}
          />
        )}
        {asked.has("sex") && (
          <Radios
            id="sex"
            small
            legend={t("portal.account.born.sex")}
            options={(["female", "male", "other"] as const).map((value) => ({
              value,
              label: t(`portal.account.born.${value}`),
            }))}
            value={typed.sex}
            onChange={(sex) => set({ sex })}
            problems={problems}
          />
        )}
        {asked.has("adminAreaCode") && (
          <SearchPick
            id="district"
            label={t("portal.account.district.question")}
            search={districtChoices}
            chosen={typed.district}
            onChoose={(district) => set({ district })}
            problems={problems}
          />
        )}
        {asked.has("destinationCountry") && (
          <Select
            id="destinationCountry"
            label={t("portal.account.abroad.question")}
            options={countries}
            value={typed.destinationCountry}
            onChange={(destinationCountry) => set({ destinationCountry })}
            problems={problems}
          />
        )}
        {asked.has("yearsAbroad") && (
          <Field
            id="yearsAbroad"
            inputMode="numeric"
            label={t("portal.help.questions.yearsAbroad")}
            value={typed.yearsAbroad ?? ""}
            onChange={(v) => set({ yearsAbroad: v.replace(/[^\d.]/g, "").slice(0, 4) })}
            problems={problems}
          />
        )}
        {asked.has("returnedOn") && (
          <>
            <Field
              id="returnYear"
              inputMode="numeric"
              label={t("portal.account.abroad.year")}
              hint={t("portal.account.abroad.yearHint")}
              value={typed.returnYear ?? ""}
              onChange={(v) => set({ returnYear: v.replace(/\D/g, "").slice(0, 4) })}
              problems={problems}
            />
            <Select
              id="returnMonth"
              label={t("portal.help.questions.returnMonth")}
              options={months}
              value={typed.returnMonth}
              onChange={(returnMonth) => set({ returnMonth })}
              problems={problems}
            />
          </>
        )}
        {asked.has("returnType") && (
          <Radios
            id="returnType"
            small
            legend={t("portal.account.how.question")}
            options={returnTypes.map((value) => ({ value, label: t(`portal.account.how.${value}`) }))}
            value={typed.returnType}
            onChange={(returnType) => set({ returnType })}
            problems={problems}
          />
        )}
        {asked.has("educationLevel") && (
          <Radios
            id="educationLevel"
            small
            legend={t("portal.help.questions.educationLevel")}
            options={educationLevels.map((value) => ({ value, label: t(`portal.help.education.${value}`) }))}
            value={typed.educationLevel as (typeof educationLevels)[number] | undefined}
            onChange={(educationLevel) => set({ educationLevel })}
            problems={problems}
          />
        )}
        {asked.has("householdSize") && (
          <Field
            id="householdSize"
            inputMode="numeric"
            label={t("portal.help.questions.householdSize")}
            value={typed.householdSize ?? ""}
            onChange={(v) => set({ householdSize: v.replace(/\D/g, "").slice(0, 2) })}
            problems={problems}
          />
        )}
        {asked.has("childrenOfSchoolAge") && (
          <Field
            id="childrenOfSchoolAge"
            inputMode="numeric"
            label={t("portal.help.questions.childrenOfSchoolAge")}
            value={typed.childrenOfSchoolAge ?? ""}
            onChange={(v) => set({ childrenOfSchoolAge: v.replace(/\D/g, "").slice(0, 2) })}
            problems={problems}
          />
        )}
        {asked.has("housingStatus") && (
          <Radios
            id="housingStatus"
            small
            legend={t("portal.help.questions.housingStatus")}
            options={housingStatuses.map((value) => ({
              value,
              label: t(`portal.help.values.housingStatus.${value}`),
            }))}
            value={typed.housingStatus}
            onChange={(housingStatus) => set({ housingStatus })}
            problems={problems}
          />
        )}
        {asked.has("documentsMissing") && (
          <Checkboxes
            id="documentsMissing"
            legend=""
            hint={t("portal.help.questions.documentsMissing")}
            options={documentTypes.map((value) => ({
              value,
              label: t(`portal.help.values.documentsMissing.${value}`),
            }))}
            value={typed.documentsMissing ?? []}
            onChange={(documentsMissing) => set({ documentsMissing })}
            problems={problems}
          />
        )}
        {asked.has("debt") && (
          <>
            <Field
              id="debtAmount"
              inputMode="numeric"
              label={t("portal.help.questions.debt")}
              hint={t("portal.help.questions.debtHint")}
              value={typed.debtAmount ?? ""}
              onChange={(v) => set({ debtAmount: v.replace(/[^\d.]/g, "").slice(0, 12) })}
              problems={problems}
            />
            <Select
              id="debtCurrency"
              label={t("portal.help.questions.currency")}
              options={currencies.map((c) => ({ value: c, label: `${currencyNames.of(c) ?? c} (${c})` }))}
              value={typed.debtCurrency ?? homeOfLanguage[language].currency}
              onChange={(debtCurrency) => set({ debtCurrency })}
              problems={problems}
            />
          </>
        )}
        {asked.has("informalDebt") && yesNo("informalDebt", t("portal.help.questions.informalDebt"))}
        {asked.has("disability") && yesNo("disability", t("portal.help.questions.disability"), true)}
        <div className="actions">
          <button type="submit" className="button" disabled={busy || !offer}>
            {t("portal.help.check.submit")}
          </button>
        </div>
      </form>
    </>
  );
}
