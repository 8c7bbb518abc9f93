import type { TFunction } from "i18next";
import { createContext, useContext } from "react";
import { useTranslation } from "react-i18next";

export interface IndicatorWords {
  t: TFunction;
  /** the locale numbers and dates are written in */
  language: string;
}

/**
 * The language the indicator views write in: the interface language, unless a part of the page (a report)
 * is written in another, which it provides here; the rest of the workspace keeps its own.
 */
export const IndicatorLanguage = createContext<IndicatorWords | null>(null);

export function useIndicatorWords(): IndicatorWords {
  const { t, i18n } = useTranslation();
  return useContext(IndicatorLanguage) ?? { t, language: i18n.language };
}
