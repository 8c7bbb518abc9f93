import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError } from "./api";

/** A problem with one field: its input's id and what to do about it. */
export interface Problem {
  id: string;
  message: string;
}

/** The problems of a page at its top, each a link to its field; it takes the focus when it appears. */
export function ErrorSummary({ problems }: { problems: readonly Problem[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length) ref.current?.focus();
  }, [problems]);
  if (!problems.length) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t("portal.problem")}</h2>
      <ul>
        {problems.map((p) => (
          <li key={p.id}>
            <a href={`#${p.id}`}>{p.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A refusal from the server as the problem of the field it names, else of `otherwise`. */
export function problemOf(error: unknown, otherwise: string): Problem {
  const field = error instanceof ApiError && error.field ? error.field : otherwise;
  return { id: field, message: error instanceof Error ? error.message : String(error) };
}

export const errorOf = (problems: readonly Problem[], id: string) =>
  problems.find((p) => p.id === id)?.message;

/** The ids of a question's hint and problem, for its input's aria-describedby. */
export const describedBy = (id: string, hint: string | undefined, error: string | undefined) =>
  [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].join(" ").trim() || undefined;

/** A question's hint, and its problem when it has one, under its label. */
export function HintAndError({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  return (
    <>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </>
  );
}

/** One question with one answer among a few, its question the page's heading. */
export function Radios<T extends string>({
  id,
  legend,
  hint,
  options,
  value,
  onChange,
  problems,
  small = false,
}: {
  id: string;
  legend: string;
  hint?: string;
  options: readonly { value: T; label: string; hint?: string }[];
  value: T | undefined;
  onChange: (value: T) => void;
  problems: readonly Problem[];
  /** one question among others on the page, rather than the page's heading */
  small?: boolean;
}) {
  const error = errorOf(problems, id);
  return (
    <div className={`group${error ? " group-error" : ""}`}>
      <fieldset aria-describedby={describedBy(id, hint, error)}>
        {small ? (
          <legend className="label">{legend}</legend>
        ) : (
          <legend>
            <h1>{legend}</h1>
          </legend>
        )}
        <HintAndError id={id} hint={hint} error={error} />
        <div className="radios">
          {options.map((o, i) => (
            <div className="radio" key={o.value}>
              <input
                type="radio"
                id={i === 0 ? id : `${id}-${o.value}`}
                name={id}
                value={o.value}
                checked={value === o.value}
                onChange={() => onChange(o.value)}
              />
              <label htmlFor={i === 0 ? id : `${id}-${o.value}`}>
                {o.label}
                {o.hint && <span className="hint">{o.hint}</span>}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** A labelled text input or text area, with its hint and its problem beside it. */
export function Field({
  id,
  label,
  hint,
  value,
  onChange,
  problems,
  multiline = false,
  type = "text",
  autoComplete,
  inputMode,
  heading = false,
  wide = false,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  problems: readonly Problem[];
  multiline?: boolean;
  type?: "text" | "tel" | "email" | "search" | "password";
  autoComplete?: string;
  inputMode?: "numeric" | "tel" | "text";
  /** the question is the page's heading */
  heading?: boolean;
  wide?: boolean;
}) {
  const error = errorOf(problems, id);
  const described = describedBy(id, hint, error);
  const labelled: ReactNode = (
    <label htmlFor={id} className={heading ? "label-heading" : "label"}>
      {label}
    </label>
  );
  const common = {
    id,
    name: id,
    value,
    "aria-describedby": described,
    "aria-invalid": error ? true : undefined,
    onChange: (e: { currentTarget: { value: string } }) => onChange(e.currentTarget.value),
  };
  return (
    <div className={`group${error ? " group-error" : ""}`}>
      {heading ? <h1>{labelled}</h1> : labelled}
      <HintAndError id={id} hint={hint} error={error} />
      {multiline ? (
        <textarea {...common} rows={6} className="input" />
      ) : (
        <input
          {...common}
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          dir={type === "tel" || inputMode === "numeric" ? "ltr" : undefined}
          className={`input${wide ? "" : " input-narrow"}`}
        />
      )}
    </div>
  );
}

/** A labelled choice among many (a country), with its hint and its problem beside it. */
export function Select<T extends string>({
  id,
  label,
  hint,
  options,
  value,
  onChange,
  problems,
}: {
  id: string;
  label: string;
  hint?: string;
  options: readonly { value: T; label: string }[];
  value: T | undefined;
  onChange: (value: T) => void;
  problems: readonly Problem[];
}) {
  const { t } = useTranslation();
  const error = errorOf(problems, id);
  return (
    <div className={`group${error ? " group-error" : ""}`}>
      <label htmlFor={id} className="label">
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <select
        id={id}
        name={id}
        className="input select"
        value={value ?? ""}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.currentTarget.value as T)}
      >
        {value === undefined && <option value="">{t("portal.chooseOne")}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * One question with any number of answers (or none), its question the page's heading; without a legend, a box
 * or boxes whose labels say it all (I agree).
 */
export function Checkboxes<T extends string>({
  id,
  legend,
  hint,
  options,
  value,
  onChange,
  problems,
}: {
  id: string;
  legend: string;
  hint?: string;
  options: readonly { value: T; label: string }[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  problems: readonly Problem[];
}) {
  const error = errorOf(problems, id);
  const toggle = (option: T) =>
    onChange(value.includes(option) ? value.filter((v) => v !== option) : [...value, option]);
  return (
    <div className={`group${error ? " group-error" : ""}`}>
      <fieldset aria-describedby={describedBy(id, hint, error)}>
        {legend && (
          <legend>
            <h1>{legend}</h1>
          </legend>
        )}
        <HintAndError id={id} hint={hint} error={error} />
        <div className="radios">
          {options.map((o, i) => (
            <div className="radio checkbox" key={o.value}>
              <input
                type="checkbox"
                id={i === 0 ? id : `${id}-${o.value}`}
                name={id}
                value={o.value}
                checked={value.includes(o.value)}
                onChange={() => toggle(o.value)}
              />
              <label htmlFor={i === 0 ? id : `${id}-${o.value}`}>{o.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** The answers to check before sending (GOV.UK's "check your answers"), each with a link back to change it. */
export function AnswersSummary({
  rows,
}: {
  rows: readonly { label: string; value: string; change: string }[];
}) {
  const { t } = useTranslation();
  return (
    <dl className="summary">
      {rows.map((row) => (
        <div className="summary-row" key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
          <dd className="summary-change">
            <Link to={row.change}>
              {t("portal.change")}
              <span className="visually-hidden"> {row.label}</span>
            </Link>
          </dd>
        </div>
      ))}
    </dl>
  );
}
