import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { indicatorKeys, listIndicators } from "../api/indicators";

/**
 * An indicator's name in the interface language: its translation where there is one, else the catalogue's
 * English name (the catalogue is read once and kept).
 */
export function useIndicatorName(): (code: string) => string {
  const { t } = useTranslation();
  const catalogue = useQuery({
    queryKey: indicatorKeys.catalogue,
    queryFn: listIndicators,
    staleTime: Infinity,
  });
  return (code) =>
    t(`indicators.names.${code}`, {
      defaultValue: catalogue.data?.items.find((i) => i.code === code)?.name ?? code,
    });
}
