import { errorMessages } from "@homecoming/domain/messages";
import i18n from "i18next";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { type CatalogueFiles, startLanguages } from "../i18n/catalogues";
import portal from "../i18n/locales/en/portal.json";

// the portal's own catalogue, under "portal" as in the workspace's, and the server's error messages (a returnee
// reads why a form was refused); the portal never loads the workspace's
const others: CatalogueFiles = import.meta.glob<{ default: Record<string, unknown> }>([
  "../i18n/locales/*/portal.json",
  "../i18n/locales/*/errors.json",
  "!../i18n/locales/en/*.json",
]);

// a link handed out in a language opens the portal in it (?lang=bn)
const languages = startLanguages(i18n, { portal, errors: errorMessages }, others, {
  languageFromAddress: true,
});
/** Switches the portal to a language, its words fetched first when they are not yet here. */
export const switchLanguage = languages.switchLanguage;
/** The language this browser chose last, ready: the first page waits for it. */
export const languageReady = languages.ready;

/**
 * The words of a part of the portal that only some pages read (the returnee's data: `mydata`; the community:
 * `together`), kept out of the
 * first load: each language's file is fetched when a page that needs it opens in that language. Answers
 * whether they are here.
 */
const lazyFiles = import.meta.glob<{ default: Record<string, unknown> }>([
  "../i18n/locales/*/mydata.json",
  "../i18n/locales/*/together.json",
]);
export function useLazyWords(feature: "mydata" | "together"): boolean {
  const { i18n: instance } = useTranslation();
  const language = instance.language;
  const has = () => instance.exists(`${feature}.title`, { lng: language, fallbackLng: [] });
  const [, loaded] = useState(0);
  useEffect(() => {
    if (has()) return;
    let live = true;
    const load = lazyFiles[`../i18n/locales/${language}/${feature}.json`];
    void load?.().then((file) => {
      instance.addResourceBundle(language, "translation", { [feature]: file.default }, true, false);
      if (live) loaded((n) => n + 1);
    });
    return () => {
      live = false;
    };
  });
  return has();
}

export default i18n;
