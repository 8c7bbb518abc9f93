import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { intlLocale } from "../../i18n/languages";
import {
  ApiError,
  districtChoices,
  type FeedbackInput,
  type FeedbackReceipt,
  findOrganisations,
  findServices,
  sendFeedback,
} from "../api";
import { type Draft, inputOf, loadDraft, type Step, saveDraft, stepOfField, stepsOf } from "../draft";
import { AnswersSummary, ErrorSummary, Field, type Problem, Radios } from "../forms";
import { SearchPick } from "../SearchPick";
import { useTitle } from "../useTitle";

/**
 * Feedback or a complaint, one question a page (GOV.UK's pattern): what it is, what it is about, which one,
 * what happened, how satisfied (feedback), who is sending it (or no one), where they live; then the answers
 * to check, and the reference to keep.
 */
export function FeedbackFlow() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [draft, setDraft] = useState<Draft>(loadDraft);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [receipt, setReceipt] = useState<FeedbackReceipt | null>(null);
  const [sending, setSending] = useState(false);
  const steps = stepsOf(draft);
  const asked = params.get("step") as Step | null;
  const step: Step = asked && steps.includes(asked) ? asked : "kind";
  const back = steps[steps.indexOf(step) - 1];

  useEffect(() => saveDraft(draft), [draft]);
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const go = (next: Step) => {
    setProblems([]);
    setParams(next === "kind" ? {} : { step: next });
    window.scrollTo(0, 0);
  };
  const forward = () => go(stepsOf(draft)[steps.indexOf(step) + 1] ?? "check");

  /** What this step still lacks, as problems beside its fields. */
  const lacking = (): Problem[] => {
    const need = (ok: boolean, id: string, key: string) => (ok ? [] : [{ id, message: t(key) }]);
    switch (step) {
      case "kind":
        return need(!!draft.kind, "kind", "portal.feedback.kind.required");
      case "subject":
        return need(!!draft.subject, "subject", "portal.feedback.subject.required");
      case "which":
        return draft.subject === "service"
          ? need(!!draft.service, "which", "portal.feedback.which.serviceRequired")
          : need(!!draft.organisation, "which", "portal.feedback.which.organisationRequired");
      case "message":
        return need((draft.message?.trim().length ?? 0) >= 10, "message", "portal.feedback.message.required");
      case "rating":
        return need(!!draft.rating, "rating", "portal.feedback.rating.required");
      case "contact":
        return [
          ...need(!!draft.named, "named", "portal.feedback.contact.required"),
          ...(draft.named === "yes"
            ? need(!!draft.name?.trim(), "name", "portal.feedback.contact.nameRequired")
            : []),
        ];
      default:
        return [];
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (step !== "check") {
      const missing = lacking();
      if (missing.length) return setProblems(missing);
      return forward();
    }
    setSending(true);
    try {
      const answer = await sendFeedback(inputOf(draft, i18n.language as FeedbackInput["language"]));
      saveDraft(null);
      setReceipt(answer);
    } catch (error) {
      const at = error instanceof ApiError && error.field ? stepOfField(error.field) : null;
      if (error instanceof ApiError && at) {
        go(at.step);
        setProblems([{ id: at.input, message: error.message }]);
      } else {
        setProblems([{ id: "send", message: error instanceof ApiError ? error.message : String(error) }]);
      }
    } finally {
      setSending(false);
    }
  };

  const heading = receipt
    ? t("portal.feedback.done.title")
    : step === "check"
      ? t("portal.feedback.check.title")
      : t(`portal.feedback.${step}.question`, { context: draft.kind });
  useTitle(heading, problems.length > 0);

  if (receipt) return <Done receipt={receipt} />;

  return (
    <>
      {back ? (
        <Link className="back" to={back === "kind" ? "/feedback" : `/feedback?step=${back}`}>
          {t("portal.back")}
        </Link>
      ) : (
        <Link className="back" to="/">
          {t("portal.back")}
        </Link>
      )}
      <ErrorSummary problems={problems} />
      <form noValidate onSubmit={(e) => void submit(e)}>
        {step === "kind" && (
          <Radios
            id="kind"
            legend={heading}
            options={[
              {
                value: "grievance",
                label: t("portal.feedback.kind.grievance"),
                hint: t("portal.feedback.kind.grievanceHint"),
              },
              {
                value: "feedback",
                label: t("portal.feedback.kind.feedback"),
                hint: t("portal.feedback.kind.feedbackHint"),
              },
            ]}
            value={draft.kind}
            onChange={(kind) => set({ kind, ...(kind === "grievance" ? { rating: undefined } : {}) })}
            problems={problems}
          />
        )}
        {step === "subject" && (
          <Radios
            id="subject"
            legend={heading}
            options={(["service", "organisation", "staff", "other"] as const).map((value) => ({
              value,
              label: t(`portal.feedback.subject.${value}`),
            }))}
            value={draft.subject}
            onChange={(subject) => set({ subject })}
            problems={problems}
          />
        )}
        {step === "which" && draft.subject === "service" && (
          <SearchPick
            id="which"
            label={t("portal.feedback.which.service")}
            hint={t("portal.feedback.which.serviceHint")}
            search={async (q) =>
              (await findServices(q)).map((s) => ({ id: s.id, label: s.name, hint: s.organisationName }))
            }
            chosen={draft.service}
            onChoose={(service) => set({ service })}
            problems={problems}
          />
        )}
        {step === "which" && draft.subject !== "service" && (
          <>
            <SearchPick
              id="which"
              label={t(`portal.feedback.which.${draft.subject === "staff" ? "staff" : "organisation"}`)}
              hint={t("portal.feedback.which.organisationHint")}
              search={async (q) => (await findOrganisations(q)).map((o) => ({ id: o.id, label: o.name }))}
              chosen={draft.organisation}
              onChoose={(organisation) => set({ organisation })}
              problems={problems}
            />
            {draft.subject === "staff" && (
              <Field
                id="staffName"
                label={t("portal.feedback.which.staffName")}
                hint={t("portal.feedback.which.staffNameHint")}
                value={draft.staffName ?? ""}
                onChange={(staffName) => set({ staffName })}
                problems={problems}
              />
            )}
          </>
        )}
        {step === "message" && (
          <Field
            id="message"
            heading
            wide
            multiline
            label={heading}
            hint={t("portal.feedback.message.hint")}
            value={draft.message ?? ""}
            onChange={(message) => set({ message })}
            problems={problems}
          />
        )}
        {step === "rating" && (
          <Radios
            id="rating"
            legend={heading}
            options={(["5", "4", "3", "2", "1"] as const).map((value) => ({
              value,
              label: t(`portal.feedback.rating.${value}`),
            }))}
            value={draft.rating}
            onChange={(rating) => set({ rating })}
            problems={problems}
          />
        )}
        {step === "contact" && (
          <>
            <Radios
              id="named"
              legend={heading}
              hint={t("portal.feedback.contact.hint")}
              options={[
                { value: "yes", label: t("portal.feedback.contact.yes") },
                {
                  value: "no",
                  label: t("portal.feedback.contact.no"),
                  hint: t("portal.feedback.contact.noHint"),
                },
              ]}
              value={draft.named}
              onChange={(named) => set({ named })}
              problems={problems}
            />
            {draft.named === "yes" && (
              <>
                <Field
                  id="name"
                  label={t("portal.feedback.contact.name")}
                  autoComplete="name"
                  value={draft.name ?? ""}
                  onChange={(name) => set({ name })}
                  problems={problems}
                />
                <Field
                  id="phone"
                  type="tel"
                  label={t("portal.feedback.contact.phone")}
                  hint={t("portal.feedback.contact.phoneHint")}
                  autoComplete="tel"
                  value={draft.phone ?? ""}
                  onChange={(phone) => set({ phone })}
                  problems={problems}
                />
              </>
            )}
          </>
        )}
        {step === "district" && (
          <SearchPick
            id="district"
            label={heading}
            hint={t("portal.feedback.district.hint")}
            search={districtChoices}
            chosen={draft.district}
            onChoose={(district) => set({ district, skipDistrict: false })}
            problems={problems}
          />
        )}
        {step === "check" && <Check draft={draft} heading={heading} />}
        <div className="actions">
          <button type="submit" className="button" disabled={sending}>
            {step === "check" ? t("portal.feedback.check.send") : t("portal.continue")}
          </button>
          {step === "district" && (
            <button
              type="button"
              className="button-link"
              onClick={() => {
                set({ skipDistrict: true });
                go("check");
              }}
            >
              {t("portal.feedback.district.skip")}
            </button>
          )}
        </div>
      </form>
    </>
  );
}

/** The answers given, each with a link back to change it. */
function Check({ draft, heading }: { draft: Draft; heading: string }) {
  const { t } = useTranslation();
  const rows: [string, string, Step][] = [
    [t("portal.feedback.check.kind"), t(`portal.feedback.kind.${draft.kind}`), "kind"],
    [
      t("portal.feedback.check.about"),
      draft.subject === "service"
        ? (draft.service?.label ?? "")
        : draft.subject === "other"
          ? t("portal.feedback.subject.other")
          : `${draft.organisation?.label ?? ""}${draft.subject === "staff" && draft.staffName ? ` (${draft.staffName})` : ""}`,
      draft.subject === "other" ? "subject" : "which",
    ],
    [t("portal.feedback.check.message"), draft.message ?? "", "message"],
    ...(draft.kind === "feedback"
      ? ([[t("portal.feedback.check.rating"), t(`portal.feedback.rating.${draft.rating}`), "rating"]] as [
          string,
          string,
          Step,
        ][])
      : []),
    [
      t("portal.feedback.check.sender"),
      draft.named === "yes"
        ? [draft.name, draft.phone].filter(Boolean).join(", ")
        : t("portal.feedback.check.anonymous"),
      "contact",
    ],
    [
      t("portal.feedback.check.district"),
      draft.district && !draft.skipDistrict ? draft.district.label : t("portal.feedback.check.noDistrict"),
      "district",
    ],
  ];
  return (
    <>
      <h1>{heading}</h1>
      <AnswersSummary
        rows={rows.map(([label, value, step]) => ({ label, value, change: `/feedback?step=${step}` }))}
      />
      <p>{t("portal.feedback.check.privacy")}</p>
    </>
  );
}

/** The confirmation: the reference to keep, and what happens next. */
function Done({ receipt }: { receipt: FeedbackReceipt }) {
  const { t, i18n } = useTranslation();
  const due = new Intl.DateTimeFormat(intlLocale(i18n.language), {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(new Date(`${receipt.dueOn}T00:00:00Z`));
  return (
    <>
      <div className="panel">
        <h1>{t("portal.feedback.done.title")}</h1>
        <p>{t("portal.feedback.done.reference")}</p>
        <p className="reference">{receipt.reference}</p>
      </div>
      <h2>{t("portal.feedback.done.next")}</h2>
      <p>
        {t(`portal.feedback.done.answer_${receipt.kind}`, {
          handler: receipt.handledBy ?? t("portal.administrators"),
          date: due,
        })}
      </p>
      <p>{t("portal.feedback.done.keep")}</p>
      <p>
        <Link to="/status">{t("portal.feedback.done.status")}</Link>
      </p>
    </>
  );
}
