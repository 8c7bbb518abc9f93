import { useTranslation } from "react-i18next";
import { languages } from "../i18n/languages";
import { switchLanguage } from "./i18n";

/** The five languages, each written in its own script and marked as such, the one in use pressed. */
export function LanguageChoice() {
  const { t, i18n } = useTranslation();
  return (
    <nav className="languages" aria-label={t("portal.language")}>
      <ul>
        {languages.map((l) => (
          <li key={l.code}>
            <button
              type="button"
              lang={l.code}
              dir={l.dir}
              aria-pressed={i18n.language === l.code}
              onClick={() => void switchLanguage(l.code)}
            >
              {l.name}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
