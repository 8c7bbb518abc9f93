import { useQuery } from "@tanstack/react-query";
import { indicatorKeys, listIndicators } from "../api/indicators";
import { useIndicatorWords } from "./useIndicatorWords";

/**
 * An indicator's name in the language of the view (useIndicatorWords): its translation where there is one, else the catalogue's
 * English name (the catalogue is read once and kept).
 */
export function useIndicatorName(): (code: string) => string {
  const { t } = useIndicatorWords();
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
