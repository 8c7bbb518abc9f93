import { useTranslation } from "react-i18next";
import { languages } from "../i18n/languages";
import { keepLanguage, type Language, signedIn } from "./api";
import { switchLanguage } from "./i18n";

/** Reads the portal in a language; a signed-in returnee's account keeps it, for the text messages they get. */
async function choose(language: Language) {
  await switchLanguage(language);
  if (signedIn()) await keepLanguage(language).catch(() => undefined);
}

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
              onClick={() => void choose(l.code)}
            >
              {l.name}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
