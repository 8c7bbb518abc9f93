import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import portal from "../i18n/locales/en/portal.json";

// the portal's own catalogue, under "portal" as in the workspace's; the portal never loads the workspace's
void i18n.use(initReactI18next).init({
  resources: { en: { translation: { portal } } },
  lng: "en",
  fallbackLng: "en",
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
