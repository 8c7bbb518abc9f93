import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "./api";
import type { Found } from "./draft";
import { describedBy, errorOf, HintAndError, type Problem } from "./forms";

/**
 * Find one thing by a few words (a service, an organisation, a district): the words, a search button, then the
 * things found as choices. What was chosen before stays chosen, with its name, until another is.
 */
export function SearchPick({
  id,
  label,
  hint,
  search,
  chosen,
  onChoose,
  problems,
  heading = true,
}: {
  id: string;
  label: string;
  /** the question is the page's heading (its own page); false: a question among others */
  heading?: boolean;
  hint?: string;
  search: (words: string) => Promise<Found[]>;
  chosen: Found | undefined;
  onChoose: (found: Found) => void;
  problems: readonly Problem[];
}) {
  const { t } = useTranslation();
  const [words, setWords] = useState("");
  const [found, setFound] = useState<Found[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const error = errorOf(problems, id);
  const run = async () => {
    setBusy(true);
    setFailed(null);
    try {
      setFound(await search(words.trim()));
    } catch (e) {
      setFailed(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const options = [...(chosen && !found?.some((f) => f.id === chosen.id) ? [chosen] : []), ...(found ?? [])];
  return (
    <div className={`group${error ? " group-error" : ""}`}>
      {heading ? (
        <h1>
          <label htmlFor={id} className="label-heading">
            {label}
          </label>
        </h1>
      ) : (
        <label htmlFor={id} className="label">
          {label}
        </label>
      )}
      <HintAndError id={id} hint={hint} error={error} />
      <div className="search">
        <input
          id={id}
          type="search"
          className="input"
          value={words}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(e) => setWords(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              void run();
            }
          }}
        />
        <button type="button" className="button button-secondary" onClick={() => void run()} disabled={busy}>
          {t("portal.search")}
        </button>
      </div>
      {failed && <p className="error">{failed}</p>}
      {found !== null && found.length === 0 && <p>{t("portal.nothingFound")}</p>}
      {options.length > 0 && (
        <fieldset className="found">
          <legend className="label">{t("portal.chooseOne")}</legend>
          <div className="radios">
            {options.map((o) => (
              <div className="radio" key={o.id}>
                <input
                  type="radio"
                  id={`${id}-${o.id}`}
                  name={`${id}-found`}
                  checked={chosen?.id === o.id}
                  onChange={() => onChoose(o)}
                />
                <label htmlFor={`${id}-${o.id}`}>
                  {o.label}
                  {o.hint && <span className="hint">{o.hint}</span>}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      )}
    </div>
  );
}
