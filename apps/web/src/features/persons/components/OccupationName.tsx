import { useQuery } from "@tanstack/react-query";
import { searchIsco } from "../../../api/reference";

/** An ISCO-08 group's title with its code, from the code. */
export function OccupationName({ code }: { code: string }) {
  const group = useQuery({
    queryKey: ["reference", "isco-code", code],
    queryFn: async () => (await searchIsco(code)).items.find((g) => g.code === code) ?? null,
    staleTime: Number.POSITIVE_INFINITY,
  });
  return <>{group.data ? `${group.data.title} (${code})` : code}</>;
}
