import { useQuery } from "@tanstack/react-query";
import { searchIsic } from "../../../api/reference";
import { sectorLabel } from "../../../components/referenceOptions";

/** An ISIC Rev.4 sector's title with its code, from the code. */
export function SectorName({ code }: { code: string }) {
  const entry = useQuery({
    queryKey: ["reference", "isic-code", code],
    queryFn: async () => (await searchIsic(code)).items.find((e) => e.code === code) ?? null,
    staleTime: Number.POSITIVE_INFINITY,
  });
  return <>{entry.data ? sectorLabel(entry.data) : code}</>;
}
