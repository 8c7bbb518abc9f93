import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { directionOf, languages } from "./languages";

// one file per feature (locales/en/<feature>.json), merged under the feature's name: t("home.title")
// the portal has its own catalogue (portal.json), loaded by the portal alone
const files = import.meta.glob<{ default: Record<string, unknown> }>(
  ["./locales/en/*.json", "!./locales/en/portal.json"],
  { eager: true },
);
const en = Object.fromEntries(
  Object.entries(files).map(([path, file]) => [path.replace(/^.*\/(.+)\.json$/, "$1"), file.default]),
);

const stored = typeof localStorage === "undefined" ? null : localStorage.getItem("hc.language");
const initial = languages.some((l) => l.code === stored) ? stored! : "en";

// English is complete; the other languages fall back to it key by key until their translations arrive
void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: initial,
  fallbackLng: "en",
  supportedLngs: languages.map((l) => l.code),
  interpolation: { escapeValue: false },
  returnNull: false,
});

function applyDocumentLanguage(code: string) {
  document.documentElement.lang = code;
  document.documentElement.dir = directionOf(code);
}
applyDocumentLanguage(initial);
i18n.on("languageChanged", (code) => {
  localStorage.setItem("hc.language", code);
  applyDocumentLanguage(code);
});

export default i18n;
