import { errorMessages } from "@homecoming/domain/messages";
import i18n from "i18next";
import { type CatalogueFiles, catalogueOf, startLanguages } from "./catalogues";

// the workspace's catalogue: every feature's file but the portal's (portal, mydata, together), which the portal alone loads, and the
// server's error messages, whose English is the domain's own (the other languages' are locales/*/errors.json)
const english = {
  ...catalogueOf(
    import.meta.glob<{ default: Record<string, unknown> }>(
      [
        "./locales/en/*.json",
        "!./locales/en/portal.json",
        "!./locales/en/mydata.json",
        "!./locales/en/together.json",
      ],
      {
        eager: true,
      },
    ),
  ),
  errors: errorMessages,
};
const others: CatalogueFiles = import.meta.glob<{ default: Record<string, unknown> }>([
  "./locales/*/*.json",
  "!./locales/en/*.json",
  "!./locales/*/portal.json",
  "!./locales/*/mydata.json",
  "!./locales/*/together.json",
]);

const languages = startLanguages(i18n, english, others);
/** Fetches a language's catalogue without switching to it (a report in another language than the screen's). */
export const loadLanguage = languages.load;
/** Switches the workspace to a language, its catalogue fetched first when it is not yet here. */
export const switchLanguage = languages.switchLanguage;
/** The language this browser chose last, ready: the first screen waits for it. */
export const languageReady = languages.ready;

export default i18n;
